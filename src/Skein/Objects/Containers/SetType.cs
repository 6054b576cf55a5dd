using System.Text;
using Skein.Objects.Iterators;

namespace Skein.Objects.Containers;

/// <summary>The slots and methods of set and frozenset.</summary>
internal static class SetType
{
    public static void Init(PyType t, bool frozen)
    {
        var name = frozen ? "frozenset" : "set";
        if (frozen)
        {
            t.New = (type, args, kw) =>
            {
                if (kw != null && kw.Count > 0 && (ReferenceEquals(type, PyTypes.FrozenSet) || type.Init == PyTypes.FrozenSet.Init))
                    throw Errors.TypeError("frozenset() takes no keyword arguments");
                if (args.Length > 1) throw Errors.TypeError($"{type.Name} expected at most 1 argument, got {args.Length}");
                if (ReferenceEquals(type, PyTypes.FrozenSet))
                {
                    if (args.Length == 1 && args[0] is PyFrozenSet f && ReferenceEquals(f.Type, PyTypes.FrozenSet)) return f;
                    return args.Length == 0 ? new PyFrozenSet() : PyFrozenSet.From(args[0]);
                }
                var result = new PyFrozenSet(type);
                if (args.Length == 1) result.Update(args[0]);
                return result;
            };
            t.Hash = self => ((PyAnySet)self).ContentHash();
        }
        else
        {
            t.New = (type, _, kw) =>
            {
                if (kw != null && kw.Count > 0 && ReferenceEquals(type, PyTypes.Set)) throw Errors.TypeError("set() takes no keyword arguments");
                return ReferenceEquals(type, PyTypes.Set) ? new PySet() : new PySet(type);
            };
            t.Init = (self, args, kw) =>
            {
                if (kw != null && kw.Count > 0) throw Errors.TypeError("set() takes no keyword arguments");
                if (args.Length > 1) throw Errors.TypeError($"{self.Type.Name} expected at most 1 argument, got {args.Length}");
                var s = (PyAnySet)self;
                s.Clear();
                if (args.Length == 1) s.Update(args[0]);
            };
            t.Hash = SlotAdapters.HashNotImplemented;
        }
        t.Repr = Repr;
        t.Len = self => ((PyAnySet)self).Count;
        t.Iter = self => new SetIterator((PyAnySet)self);
        t.Contains = (self, key) => SetOperations.ContainsKey((PyAnySet)self, key);
        t.RichCompare = (a, b, op) => a is PyAnySet x && b is PyAnySet y ? SetOperations.Compare(x, y, op) : PyNotImplemented.Instance;
        t.Number[(int)BinaryOp.Or] = (a, b) => a is PyAnySet x && b is PyAnySet ? SetOperations.Union(x, [b]) : PyNotImplemented.Instance;
        t.Number[(int)BinaryOp.And] = (a, b) => a is PyAnySet x && b is PyAnySet ? SetOperations.Intersection(x, b) : PyNotImplemented.Instance;
        t.Number[(int)BinaryOp.Sub] = (a, b) => a is PyAnySet x && b is PyAnySet ? SetOperations.Difference(x, b) : PyNotImplemented.Instance;
        t.Number[(int)BinaryOp.Xor] = (a, b) => a is PyAnySet x && b is PyAnySet ? SetOperations.SymmetricDifference(x, b) : PyNotImplemented.Instance;

        t.DefMethod("copy", (self, args, _) =>
        {
            ArgParser.Exactly(name + ".copy", args, 0);
            var s = (PyAnySet)self;
            if (frozen && ReferenceEquals(s.Type, PyTypes.FrozenSet)) return s;
            var result = frozen ? new PyFrozenSet() : (PyAnySet)new PySet();
            result.Merge(s);
            return result;
        }, "Return a shallow copy of a set.");
        t.DefMethod("union", (self, args, _) => SetOperations.Union((PyAnySet)self, args), "Return the union of sets as a new set.");
        t.DefMethod("intersection", (self, args, _) => IntersectionMulti((PyAnySet)self, args), "Return the intersection of two sets as a new set.");
        t.DefMethod("difference", (self, args, _) =>
        {
            var s = (PyAnySet)self;
            if (args.Length == 0) return SetOperations.Copy(s);
            var result = SetOperations.Difference(s, args[0]);
            for (var i = 1; i < args.Length; i++) SetOperations.DifferenceUpdate(result, args[i]);
            return result;
        }, "Return the difference of two or more sets as a new set.");
        t.DefMethod("symmetric_difference", (self, args, _) =>
        {
            ArgParser.Exactly(name + ".symmetric_difference", args, 1);
            return SetOperations.SymmetricDifference((PyAnySet)self, args[0]);
        }, "Return the symmetric difference of two sets as a new set.");
        t.DefMethod("issubset", (self, args, _) =>
        {
            ArgParser.Exactly(name + ".issubset", args, 1);
            return PyBool.From(SetOperations.IsSubset((PyAnySet)self, args[0]));
        }, "Report whether another set contains this set.");
        t.DefMethod("issuperset", (self, args, _) =>
        {
            ArgParser.Exactly(name + ".issuperset", args, 1);
            return PyBool.From(SetOperations.IsSuperset((PyAnySet)self, args[0]));
        }, "Report whether this set contains another set.");
        t.DefMethod("isdisjoint", (self, args, _) =>
        {
            ArgParser.Exactly(name + ".isdisjoint", args, 1);
            return PyBool.From(SetOperations.IsDisjoint((PyAnySet)self, args[0]));
        }, "Return True if two sets have a null intersection.");
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var keys = new PyList();
            foreach (var (key, _) in ((PyAnySet)self).Entries()) keys.Append(key);
            return PyTuple.Create(self.Type, PyTuple.Create(keys), self.InstanceDict is { Count: > 0 } d ? d : PyNone.Instance);
        }, "Return state information for pickling.");
        t.DefMethod("__sizeof__", (self, _, _) => PyInt.From(200 + 16L * ((PyAnySet)self).Count));
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        }, "See PEP 585");
        if (frozen) return;

        t.InPlace[(int)BinaryOp.Or] = (a, b) =>
        {
            if (b is not PyAnySet) return PyNotImplemented.Instance;
            ((PyAnySet)a).Update(b);
            return a;
        };
        t.InPlace[(int)BinaryOp.And] = (a, b) =>
        {
            if (b is not PyAnySet) return PyNotImplemented.Instance;
            var s = (PyAnySet)a;
            s.ReplaceContents(SetOperations.Intersection(s, b));
            return a;
        };
        t.InPlace[(int)BinaryOp.Sub] = (a, b) =>
        {
            if (b is not PyAnySet) return PyNotImplemented.Instance;
            SetOperations.DifferenceUpdate((PyAnySet)a, b);
            return a;
        };
        t.InPlace[(int)BinaryOp.Xor] = (a, b) =>
        {
            if (b is not PyAnySet) return PyNotImplemented.Instance;
            SetOperations.SymmetricDifferenceUpdate((PyAnySet)a, b);
            return a;
        };
        t.DefMethod("add", (self, args, _) =>
        {
            ArgParser.Exactly("set.add", args, 1);
            ((PyAnySet)self).Add(args[0]);
            return PyNone.Instance;
        }, "Add an element to a set.");
        t.DefMethod("remove", (self, args, _) =>
        {
            ArgParser.Exactly("set.remove", args, 1);
            if (!((PyAnySet)self).Discard(SetOperations.LookupKey(args[0]))) throw Errors.KeyError(args[0]);
            return PyNone.Instance;
        }, "Remove an element from a set; it must be a member.");
        t.DefMethod("discard", (self, args, _) =>
        {
            ArgParser.Exactly("set.discard", args, 1);
            ((PyAnySet)self).Discard(SetOperations.LookupKey(args[0]));
            return PyNone.Instance;
        }, "Remove an element from a set if it is a member.");
        t.DefMethod("pop", (self, args, _) =>
        {
            ArgParser.Exactly("set.pop", args, 0);
            return ((PyAnySet)self).PopAny() ?? throw Errors.KeyError(new PyStr("pop from an empty set"));
        }, "Remove and return an arbitrary set element.");
        t.DefMethod("clear", (self, args, _) =>
        {
            ArgParser.Exactly("set.clear", args, 0);
            ((PyAnySet)self).Clear();
            return PyNone.Instance;
        }, "Remove all elements from this set.");
        t.DefMethod("update", (self, args, _) =>
        {
            foreach (var other in args) ((PyAnySet)self).Update(other);
            return PyNone.Instance;
        }, "Update a set with the union of itself and others.");
        t.DefMethod("intersection_update", (self, args, _) =>
        {
            var s = (PyAnySet)self;
            s.ReplaceContents(IntersectionMulti(s, args));
            return PyNone.Instance;
        }, "Update a set with the intersection of itself and another.");
        t.DefMethod("difference_update", (self, args, _) =>
        {
            foreach (var other in args) SetOperations.DifferenceUpdate((PyAnySet)self, other);
            return PyNone.Instance;
        }, "Remove all elements of another set from this set.");
        t.DefMethod("symmetric_difference_update", (self, args, _) =>
        {
            ArgParser.Exactly("set.symmetric_difference_update", args, 1);
            SetOperations.SymmetricDifferenceUpdate((PyAnySet)self, args[0]);
            return PyNone.Instance;
        }, "Update a set with the symmetric difference of itself and another.");
    }

    private static PyAnySet IntersectionMulti(PyAnySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return SetOperations.Copy(so);
        var result = so;
        foreach (var other in others) result = SetOperations.Intersection(result, other);
        return result;
    }

    private static PyObject Repr(PyObject self)
    {
        var s = (PyAnySet)self;
        var exact = ReferenceEquals(s.Type, PyTypes.Set);
        if (s.Count == 0) return new PyStr(s.Type.Name + "()");
        if (!ReprGuard.Enter(s)) return new PyStr(s.Type.Name + "(...)");
        try
        {
            var sb = new StringBuilder();
            if (!exact) sb.Append(s.Type.Name).Append('(');
            sb.Append('{');
            var first = true;
            foreach (var (key, _) in s.Entries())
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(key));
            }
            sb.Append('}');
            if (!exact) sb.Append(')');
            return new PyStr(sb.ToString());
        }
        finally
        {
            ReprGuard.Leave(s);
        }
    }
}
