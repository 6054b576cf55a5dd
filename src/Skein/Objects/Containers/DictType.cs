using System.Text;
using Skein.Objects.Iterators;

namespace Skein.Objects.Containers;

/// <summary>The slots and methods of the dict type (PyDict holds the thread-safe table).</summary>
public static class DictType
{
    internal static void Init(PyType t)
    {
        t.New = (type, _, _) => ReferenceEquals(type, PyTypes.Dict) ? new PyDict() : new PyDict(type);
        t.Init = (self, args, kw) => UpdateCommon((PyDict)self, args, kw, "dict");
        t.Repr = Repr;
        t.Hash = SlotAdapters.HashNotImplemented;
        t.Len = self => ((PyDict)self).Count;
        t.Iter = self => new DictIterator((PyDict)self, DictItemKind.Keys);
        t.Contains = (self, key) => ((PyDict)self).GetItemOrNull(key) != null;
        t.GetItem = GetItem;
        t.SetItem = (self, key, value) =>
        {
            var d = (PyDict)self;
            if (value != null) d.SetItem(key, value);
            else if (d.Pop(key) == null) throw Errors.KeyError(key);
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a is not PyDict x || b is not PyDict y) return PyNotImplemented.Instance;
            return PyBool.From(Equal(x, y) == (op == CompareOp.Eq));
        };
        t.Number[(int)BinaryOp.Or] = (a, b) =>
        {
            if (a is not PyDict x || b is not PyDict) return PyNotImplemented.Instance;
            var result = x.Copy();
            UpdateFrom(result, b);
            return result;
        };
        t.InPlace[(int)BinaryOp.Or] = (a, b) =>
        {
            UpdateFrom((PyDict)a, b);
            return a;
        };

        t.DefMethod("keys", (self, args, _) =>
        {
            ArgParser.Exactly("dict.keys", args, 0);
            return new PyDictView((PyDict)self, DictItemKind.Keys);
        }, "D.keys() -> a set-like object providing a view on D's keys");
        t.DefMethod("values", (self, args, _) =>
        {
            ArgParser.Exactly("dict.values", args, 0);
            return new PyDictView((PyDict)self, DictItemKind.Values);
        }, "D.values() -> an object providing a view on D's values");
        t.DefMethod("items", (self, args, _) =>
        {
            ArgParser.Exactly("dict.items", args, 0);
            return new PyDictView((PyDict)self, DictItemKind.Items);
        }, "D.items() -> a set-like object providing a view on D's items");
        t.DefMethod("get", (self, args, _) =>
        {
            ArgParser.Range("get", args, 1, 2);
            return ((PyDict)self).GetItemOrNull(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.Instance);
        }, "Return the value for key if key is in the dictionary, else default.");
        t.DefMethod("setdefault", (self, args, _) =>
        {
            ArgParser.Range("setdefault", args, 1, 2);
            return ((PyDict)self).SetDefault(args[0], args.Length > 1 ? args[1] : PyNone.Instance);
        }, "Insert key with a value of default if key is not in the dictionary.");
        t.DefMethod("pop", (self, args, _) =>
        {
            ArgParser.Range("pop", args, 1, 2);
            return ((PyDict)self).Pop(args[0]) ?? (args.Length > 1 ? args[1] : throw Errors.KeyError(args[0]));
        }, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.");
        t.DefMethod("popitem", (self, args, _) =>
        {
            ArgParser.Exactly("dict.popitem", args, 0);
            if (!((PyDict)self).PopLast(out var key, out var value)) throw Errors.KeyError(new PyStr("popitem(): dictionary is empty"));
            return new PyTuple([key, value]);
        }, "Remove and return a (key, value) pair as a 2-tuple.");
        t.DefMethod("update", (self, args, kw) =>
        {
            UpdateCommon((PyDict)self, args, kw, "update");
            return PyNone.Instance;
        }, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.");
        t.DefMethod("copy", (self, args, _) =>
        {
            ArgParser.Exactly("dict.copy", args, 0);
            return ((PyDict)self).Copy();
        }, "D.copy() -> a shallow copy of D");
        t.DefMethod("clear", (self, args, _) =>
        {
            ArgParser.Exactly("dict.clear", args, 0);
            ((PyDict)self).Clear();
            return PyNone.Instance;
        }, "D.clear() -> None.  Remove all items from D.");
        t.DefMethod("__reversed__", (self, args, _) =>
        {
            ArgParser.Exactly("dict.__reversed__", args, 0);
            return new DictIterator((PyDict)self, DictItemKind.Keys, reverse: true);
        }, "Return a reverse iterator over the dict keys.");
        t.DefMethod("__sizeof__", (self, _, _) => PyInt.From(64 + 24L * ((PyDict)self).Count));
        t.DefClassMethod("fromkeys", (cls, args, _) =>
        {
            ArgParser.Range("fromkeys", args, 1, 2);
            var value = args.Length > 1 ? args[1] : PyNone.Instance;
            var d = Ops.Call(cls);
            var fast = d is PyDict pd && pd.Type.SetItem == PyTypes.Dict.SetItem ? pd : null;
            var it = Ops.GetIter(args[0]);
            while (Ops.Next(it) is { } key)
            {
                if (fast != null) fast.SetItem(key, value);
                else Ops.SetItem(d, key, value);
            }
            return d;
        }, "Create a new dictionary with keys from iterable and values set to value.");
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        }, "See PEP 585");
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var d = (PyDict)self;
        var value = d.GetItemOrNull(key);
        if (value != null) return value;
        if (!ReferenceEquals(d.Type, PyTypes.Dict) && Ops.LookupSpecial(d, Names.__missing__) is { } missing)
            return Ops.Call(missing, key);
        throw Errors.KeyError(key);
    }

    /// <summary>CPython's dict_equal: same size, and every key of a maps to an equal value in b.</summary>
    private static bool Equal(PyDict a, PyDict b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        var position = 0;
        while (a.NextEntry(ref position, out var key, out var value))
        {
            var other = b.GetItemOrNull(key);
            if (other == null || !SequenceSupport.ItemEquals(value, other)) return false;
        }
        return true;
    }

    /// <summary>dict(...)/dict.update(...): at most one positional mapping or iterable of pairs, then the keywords.</summary>
    private static void UpdateCommon(PyDict self, ReadOnlySpan<PyObject> args, PyDict? kw, string function)
    {
        if (args.Length > 1) throw Errors.TypeError($"{function} expected at most 1 argument, got {args.Length}");
        if (args.Length == 1) UpdateFrom(self, args[0]);
        if (kw != null && kw.Count > 0) self.Update(kw);
    }

    /// <summary>
    /// CPython's dict_update_arg: a dict is merged directly, anything with keys() as a mapping
    /// (keys() then [key]), anything else as an iterable of key/value pairs.
    /// </summary>
    public static void UpdateFrom(PyDict self, PyObject other)
    {
        if (other is PyDict od && ReferenceEquals(od.Type.Iter, PyTypes.Dict.Iter))
        {
            self.Update(od);
            return;
        }
        var keys = Ops.GetAttrOrNull(other, "keys");
        if (keys != null)
        {
            var it = Ops.GetIter(Ops.Call(keys));
            while (Ops.Next(it) is { } key) self.SetItem(key, Ops.GetItem(other, key));
            return;
        }
        MergeFromPairs(self, other);
    }

    private static void MergeFromPairs(PyDict self, PyObject pairs)
    {
        var it = Ops.GetIter(pairs);
        for (var i = 0L; Ops.Next(it) is { } item; i++)
        {
            PyObject key, value;
            if (item is PyTuple tu && tu.Items.Length == 2)
            {
                key = tu.Items[0];
                value = tu.Items[1];
            }
            else
            {
                if (Ops.GetIterOrNull(item) == null)
                    throw Errors.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
                var parts = Ops.ToArray(item);
                if (parts.Length != 2)
                    throw Errors.ValueError($"dictionary update sequence element #{i} has length {parts.Length}; 2 is required");
                key = parts[0];
                value = parts[1];
            }
            self.SetItem(key, value);
        }
    }

    private static PyObject Repr(PyObject self)
    {
        var d = (PyDict)self;
        if (d.Count == 0) return new PyStr("{}");
        if (!ReprGuard.Enter(d)) return new PyStr("{...}");
        try
        {
            var sb = new StringBuilder("{");
            var position = 0;
            var first = true;
            while (d.NextEntry(ref position, out var key, out var value))
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(key)).Append(": ").Append(Ops.Repr(value));
            }
            return new PyStr(sb.Append('}').ToString());
        }
        finally
        {
            ReprGuard.Leave(d);
        }
    }
}
