using System.Text;
using Skein.Objects.Containers;
using Skein.Objects.Iterators;

namespace Skein.Modules;

/// <summary>_collections: the native parts of the collections module (deque and its iterators).</summary>
[BuiltinModule("_collections")]
public static class CollectionsModule
{
    public static readonly PyType DequeType = PyTypes.Define("deque", null, InitDeque, isBaseType: true, module: "collections");

    public static void Init(PyModule module)
    {
        module.Set("deque", DequeType);
        module.Set("_deque_iterator", DequeIterator.ForwardType);
        module.Set("_deque_reverse_iterator", DequeIterator.ReverseType);
    }

    private static void InitDeque(PyType t)
    {
        t.New = (type, _, _) => new PyDeque(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("deque", args, kw, ["iterable", "maxlen"]);
            var d = (PyDeque)self;
            var maxlen = -1L;
            if (a[1] is { } m and not PyNone)
            {
                if (m is not PyInt && m.Type.Index == null) throw Errors.TypeError("an integer is required");
                maxlen = Ops.AsLong(m);
                if (maxlen < 0) throw Errors.ValueError("maxlen must be non-negative");
            }
            d.Clear();
            d.MaxLen = maxlen;
            if (a[0] != null) d.Extend(a[0]!, left: false);
        };
        t.Repr = Repr;
        t.Hash = SlotAdapters.HashNotImplemented;
        t.Len = self => ((PyDeque)self).Count;
        t.Iter = self => new DequeIterator((PyDeque)self, reverse: false);
        t.Contains = (self, value) => IndexOf((PyDeque)self, value, 0, long.MaxValue) >= 0;
        t.RichCompare = (a, b, op) =>
        {
            if (a is not PyDeque x || b is not PyDeque y) return PyNotImplemented.Instance;
            return SequenceSupport.Compare(new ArrayReader(x.ToArray()), new ArrayReader(y.ToArray()), op);
        };
        t.GetItem = (self, key) => ((PyDeque)self).GetAt(Index(key));
        t.SetItem = (self, key, value) =>
        {
            var d = (PyDeque)self;
            if (value == null) d.DeleteAt(Index(key));
            else d.SetAt(Index(key), value);
        };
        t.Number[(int)BinaryOp.Add] = (a, b) =>
        {
            if (a is not PyDeque x) return PyNotImplemented.Instance;
            if (b is not PyDeque y) throw Errors.TypeError($"can only concatenate {a.Type.Name} (not \"{b.Type.Name}\") to {a.Type.Name}");
            var result = Copy(x);
            result.Extend(y, left: false);
            return result;
        };
        t.Number[(int)BinaryOp.Mul] = (a, b) =>
        {
            var (d, n) = a is PyDeque x ? (x, b) : b is PyDeque y ? (y, a) : (null, a);
            if (d == null || !SequenceSupport.IsIndexable(n)) return PyNotImplemented.Instance;
            var result = Copy(d);
            result.RepeatInPlace(SequenceSupport.RepeatCount(n));
            return result;
        };
        t.InPlace[(int)BinaryOp.Add] = (a, b) =>
        {
            ((PyDeque)a).Extend(b, left: false);
            return a;
        };
        t.InPlace[(int)BinaryOp.Mul] = (a, b) =>
        {
            if (!SequenceSupport.IsIndexable(b)) return PyNotImplemented.Instance;
            ((PyDeque)a).RepeatInPlace(SequenceSupport.RepeatCount(b));
            return a;
        };

        t.DefMethod("append", (self, args, _) =>
        {
            ArgParser.Exactly("deque.append", args, 1);
            ((PyDeque)self).Append(args[0]);
            return PyNone.Instance;
        }, "Add an element to the right side of the deque.");
        t.DefMethod("appendleft", (self, args, _) =>
        {
            ArgParser.Exactly("deque.appendleft", args, 1);
            ((PyDeque)self).AppendLeft(args[0]);
            return PyNone.Instance;
        }, "Add an element to the left side of the deque.");
        t.DefMethod("pop", (self, args, _) =>
        {
            ArgParser.Exactly("deque.pop", args, 0);
            return ((PyDeque)self).Pop();
        }, "Remove and return the rightmost element.");
        t.DefMethod("popleft", (self, args, _) =>
        {
            ArgParser.Exactly("deque.popleft", args, 0);
            return ((PyDeque)self).PopLeft();
        }, "Remove and return the leftmost element.");
        t.DefMethod("extend", (self, args, _) =>
        {
            ArgParser.Exactly("deque.extend", args, 1);
            ((PyDeque)self).Extend(args[0], left: false);
            return PyNone.Instance;
        }, "Extend the right side of the deque with elements from the iterable");
        t.DefMethod("extendleft", (self, args, _) =>
        {
            ArgParser.Exactly("deque.extendleft", args, 1);
            ((PyDeque)self).Extend(args[0], left: true);
            return PyNone.Instance;
        }, "Extend the left side of the deque with elements from the iterable");
        t.DefMethod("rotate", (self, args, _) =>
        {
            ArgParser.Range("rotate", args, 0, 1);
            ((PyDeque)self).Rotate(args.Length == 0 ? 1 : Ops.AsLong(args[0]));
            return PyNone.Instance;
        }, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.");
        t.DefMethod("clear", (self, args, _) =>
        {
            ArgParser.Exactly("deque.clear", args, 0);
            ((PyDeque)self).Clear();
            return PyNone.Instance;
        }, "Remove all elements from the deque.");
        t.DefMethod("copy", (self, args, _) =>
        {
            ArgParser.Exactly("deque.copy", args, 0);
            return Copy((PyDeque)self);
        }, "Return a shallow copy of a deque.");
        t.DefMethod("__copy__", (self, args, _) =>
        {
            ArgParser.Exactly("deque.__copy__", args, 0);
            return Copy((PyDeque)self);
        }, "Return a shallow copy of a deque.");
        t.DefMethod("count", (self, args, _) =>
        {
            ArgParser.Exactly("deque.count", args, 1);
            var d = (PyDeque)self;
            var items = d.Snapshot(out var state);
            var n = 0L;
            foreach (var item in items)
            {
                if (SequenceSupport.ItemEquals(item, args[0])) n++;
                CheckUnchanged(d, state);
            }
            return PyInt.From(n);
        }, "Return number of occurrences of value.");
        t.DefMethod("index", (self, args, _) =>
        {
            ArgParser.Range("index", args, 1, 3);
            var d = (PyDeque)self;
            SliceIndices.SearchBounds(args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null, d.Count, out var start, out var stop);
            var i = IndexOf(d, args[0], start, stop);
            return i >= 0 ? PyInt.From(i) : throw Errors.ValueError($"{Ops.Repr(args[0])} is not in deque");
        }, "Return first index of value.");
        t.DefMethod("insert", (self, args, _) =>
        {
            ArgParser.Range("insert", args, 2, 2);
            ((PyDeque)self).Insert(Ops.AsLong(args[0]), args[1]);
            return PyNone.Instance;
        }, "Insert value before index.");
        t.DefMethod("remove", (self, args, _) =>
        {
            ArgParser.Exactly("deque.remove", args, 1);
            var d = (PyDeque)self;
            var items = d.Snapshot(out var state);
            for (var i = 0; i < items.Length; i++)
            {
                var equal = SequenceSupport.ItemEquals(items[i], args[0]);
                CheckUnchanged(d, state);
                if (!equal) continue;
                if (!d.RemoveAtIfUnchanged(i, state)) throw Errors.RuntimeError("deque mutated during remove().");
                return PyNone.Instance;
            }
            throw Errors.ValueError($"{Ops.Repr(args[0])} is not in deque");
        }, "Remove first occurrence of value.");
        t.DefMethod("reverse", (self, args, _) =>
        {
            ArgParser.Exactly("deque.reverse", args, 0);
            ((PyDeque)self).Reverse();
            return PyNone.Instance;
        }, "Reverse *IN PLACE*.");
        t.DefMethod("__reversed__", (self, _, _) => new DequeIterator((PyDeque)self, reverse: true), "Return a reverse iterator over the deque.");
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var d = (PyDeque)self;
            var state = d.InstanceDict is { Count: > 0 } dict ? dict : (PyObject)PyNone.Instance;
            var args = d.MaxLen < 0 ? PyTuple.Empty : PyTuple.Create(PyTuple.Empty, PyInt.From(d.MaxLen));
            return PyTuple.Create(d.Type, args, state, new DequeIterator(d, reverse: false));
        }, "Return state information for pickling.");
        t.DefMethod("__sizeof__", (self, _, _) => PyInt.From(624 + 8L * ((PyDeque)self).Count));
        t.DefGetter("maxlen", self => ((PyDeque)self).MaxLen < 0 ? PyNone.Instance : PyInt.From(((PyDeque)self).MaxLen),
            doc: "maximum size of a deque or None if unbounded");
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        }, "See PEP 585");
    }

    private static void CheckUnchanged(PyDeque d, long state)
    {
        if (Volatile.Read(ref d.State) != state) throw Errors.RuntimeError("deque mutated during iteration");
    }

    private static long IndexOf(PyDeque d, PyObject value, long start, long stop)
    {
        var items = d.Snapshot(out var state);
        for (var i = start; i < stop && i < items.Length; i++)
        {
            var equal = SequenceSupport.ItemEquals(items[i], value);
            CheckUnchanged(d, state);
            if (equal) return i;
        }
        return -1;
    }

    private static long Index(PyObject key)
    {
        if (key is not PyInt && key.Type.Index == null) throw Errors.TypeError($"sequence index must be integer, not '{key.Type.Name}'");
        return Ops.AsLong(key);
    }

    /// <summary>deque.copy(): an exact deque copies directly; a subclass is rebuilt through its constructor, as CPython does.</summary>
    private static PyDeque Copy(PyDeque d)
    {
        if (ReferenceEquals(d.Type, DequeType))
        {
            var result = new PyDeque(DequeType) { MaxLen = d.MaxLen };
            result.Extend(d, left: false);
            return result;
        }
        var copy = d.MaxLen < 0 ? Ops.Call(d.Type, d) : Ops.Call(d.Type, d, PyInt.From(d.MaxLen));
        return copy as PyDeque ?? throw Errors.TypeError($"{d.Type.Name}() must return a deque, not {copy.Type.Name}");
    }

    private static PyObject Repr(PyObject self)
    {
        var d = (PyDeque)self;
        if (!ReprGuard.Enter(d)) return new PyStr("[...]");
        try
        {
            var sb = new StringBuilder(d.Type.Name).Append("([");
            var items = d.ToArray();
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(items[i]));
            }
            sb.Append(']');
            if (d.MaxLen >= 0) sb.Append(", maxlen=").Append(d.MaxLen);
            return new PyStr(sb.Append(')').ToString());
        }
        finally
        {
            ReprGuard.Leave(d);
        }
    }
}
