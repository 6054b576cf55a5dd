using System.Text;
using Skein.Objects.Iterators;

namespace Skein.Objects.Containers;

/// <summary>The slots and methods of the list type (see PyList for the storage and its thread-safety rules).</summary>
internal static class ListType
{
    public static void Init(PyType t)
    {
        t.New = (type, _, _) => ReferenceEquals(type, PyTypes.List) ? new PyList() : new PyList(type);
        t.Init = (self, args, kw) =>
        {
            var list = (PyList)self;
            if (kw != null && kw.Count > 0 && (ReferenceEquals(self.Type, PyTypes.List) || self.Type.New == PyTypes.List.New))
                throw Errors.TypeError("list() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"list expected at most 1 argument, got {args.Length}");
            list.Clear();
            if (args.Length == 1) list.Extend(args[0]);
        };
        t.Repr = Repr;
        t.Hash = SlotAdapters.HashNotImplemented;
        t.Len = self => ((PyList)self).Count;
        t.Iter = self => new ListIterator((PyList)self);
        t.Contains = (self, value) =>
        {
            var list = (PyList)self;
            for (var i = 0; ; i++)
            {
                var item = list.GetItemOrNull(i);
                if (item == null) return false;
                if (SequenceSupport.ItemEquals(item, value)) return true;
            }
        };
        t.RichCompare = (a, b, op) => a is PyList x && b is PyList y ? SequenceSupport.Compare(x, y, op) : PyNotImplemented.Instance;
        t.GetItem = GetItem;
        t.SetItem = SetItem;
        t.Number[(int)BinaryOp.Add] = (a, b) =>
        {
            if (a is not PyList x || b is not PyList y) return PyNotImplemented.Instance;
            var left = x.ToArray();
            var right = y.ToArray();
            var result = new PyObject[SequenceSupport.RepeatedLength(1, (long)left.Length + right.Length)];
            left.CopyTo(result, 0);
            right.CopyTo(result, left.Length);
            return new PyList(result);
        };
        t.Number[(int)BinaryOp.Mul] = (a, b) =>
        {
            if (a is PyList x && SequenceSupport.IsIndexable(b)) return Repeat(x, b);
            if (b is PyList y && SequenceSupport.IsIndexable(a)) return Repeat(y, a);
            return PyNotImplemented.Instance;
        };
        t.InPlace[(int)BinaryOp.Add] = (a, b) =>
        {
            ((PyList)a).Extend(b);
            return a;
        };
        t.InPlace[(int)BinaryOp.Mul] = (a, b) =>
        {
            if (!SequenceSupport.IsIndexable(b)) return PyNotImplemented.Instance;
            ((PyList)a).RepeatInPlace(SequenceSupport.RepeatCount(b));
            return a;
        };

        t.DefMethod("append", (self, args, _) =>
        {
            ArgParser.Exactly("list.append", args, 1);
            ((PyList)self).Append(args[0]);
            return PyNone.Instance;
        }, "Append object to the end of the list.");
        t.DefMethod("extend", (self, args, _) =>
        {
            ArgParser.Exactly("list.extend", args, 1);
            ((PyList)self).Extend(args[0]);
            return PyNone.Instance;
        }, "Extend list by appending elements from the iterable.");
        t.DefMethod("insert", (self, args, _) =>
        {
            ArgParser.Range("insert", args, 2, 2);
            ((PyList)self).Insert(Ops.AsLong(args[0]), args[1]);
            return PyNone.Instance;
        }, "Insert object before index.");
        t.DefMethod("pop", (self, args, _) =>
        {
            ArgParser.Range("pop", args, 0, 1);
            return ((PyList)self).Pop(args.Length == 0 ? -1 : Ops.AsLong(args[0]));
        }, "Remove and return item at index (default last).");
        t.DefMethod("remove", (self, args, _) =>
        {
            ArgParser.Exactly("list.remove", args, 1);
            var list = (PyList)self;
            for (var i = 0L; ; i++)
            {
                var item = list.GetItemOrNull(i);
                if (item == null) throw Errors.ValueError("list.remove(x): x not in list");
                if (SequenceSupport.ItemEquals(item, args[0]) && list.RemoveIfAt(i, item)) return PyNone.Instance;
            }
        }, "Remove first occurrence of value.");
        t.DefMethod("index", (self, args, _) =>
        {
            ArgParser.Range("index", args, 1, 3);
            var list = (PyList)self;
            SliceIndices.SearchBounds(args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null, list.Count, out var start, out var stop);
            for (var i = start; i < stop; i++)
            {
                var item = list.GetItemOrNull(i);
                if (item == null) break;
                if (SequenceSupport.ItemEquals(item, args[0])) return PyInt.From(i);
            }
            throw Errors.ValueError($"{Ops.Repr(args[0])} is not in list");
        }, "Return first index of value.");
        t.DefMethod("count", (self, args, _) =>
        {
            ArgParser.Exactly("list.count", args, 1);
            var list = (PyList)self;
            var n = 0L;
            for (var i = 0; ; i++)
            {
                var item = list.GetItemOrNull(i);
                if (item == null) return PyInt.From(n);
                if (SequenceSupport.ItemEquals(item, args[0])) n++;
            }
        }, "Return number of occurrences of value.");
        t.DefMethod("clear", (self, args, _) =>
        {
            ArgParser.Exactly("list.clear", args, 0);
            ((PyList)self).Clear();
            return PyNone.Instance;
        }, "Remove all items from list.");
        t.DefMethod("copy", (self, args, _) =>
        {
            ArgParser.Exactly("list.copy", args, 0);
            return new PyList(((PyList)self).ToArray());
        }, "Return a shallow copy of the list.");
        t.DefMethod("reverse", (self, args, _) =>
        {
            ArgParser.Exactly("list.reverse", args, 0);
            ((PyList)self).Reverse();
            return PyNone.Instance;
        }, "Reverse *IN PLACE*.");
        t.DefMethod("sort", (self, args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError("sort() takes no positional arguments");
            ParseSortArguments(kw, "sort", out var key, out var reverse);
            ((PyList)self).Sort(key, reverse);
            return PyNone.Instance;
        }, "Sort the list in ascending order and return None.");
        t.DefMethod("__reversed__", (self, args, _) =>
        {
            ArgParser.Exactly("list.__reversed__", args, 0);
            return new ListReverseIterator((PyList)self);
        }, "Return a reverse iterator over the list.");
        t.DefMethod("__sizeof__", (self, _, _) => PyInt.From(40 + 8L * ((PyList)self).Count));
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        }, "See PEP 585");
    }

    /// <summary>The keyword-only key= and reverse= of list.sort and sorted().</summary>
    public static void ParseSortArguments(PyDict? kw, string function, out PyObject? key, out bool reverse)
    {
        key = null;
        reverse = false;
        if (kw == null) return;
        foreach (var pair in kw.Snapshot())
        {
            var name = pair.Key is PyStr s ? s.Value : "";
            switch (name)
            {
                case "key":
                    key = pair.Value is PyNone ? null : pair.Value;
                    break;
                case "reverse":
                    reverse = Ops.AsInt32(pair.Value) != 0;
                    break;
                default:
                    throw Errors.TypeError($"'{name}' is an invalid keyword argument for {function}()");
            }
        }
    }

    private static PyObject Repr(PyObject self)
    {
        var list = (PyList)self;
        if (list.Count == 0) return new PyStr("[]");
        if (!ReprGuard.Enter(list)) return new PyStr("[...]");
        try
        {
            var sb = new StringBuilder("[");
            for (var i = 0; ; i++)
            {
                var item = list.GetItemOrNull(i);
                if (item == null) break;
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(item));
            }
            return new PyStr(sb.Append(']').ToString());
        }
        finally
        {
            ReprGuard.Leave(list);
        }
    }

    private static PyObject Repeat(PyList list, PyObject count)
    {
        var times = SequenceSupport.RepeatCount(count);
        var items = list.ToArray();
        var total = SequenceSupport.RepeatedLength(items.Length, times);
        var result = new PyObject[total];
        for (var filled = 0; filled < total; filled += items.Length) items.CopyTo(result, filled);
        return new PyList(result);
    }

    /// <summary>An integer subscript as a machine index (IndexError when it cannot be one).</summary>
    public static long ItemIndex(PyObject key)
    {
        if (key is PyInt i) return i.TryGetLong(out var v) ? v : throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
        var r = Ops.Index(key);
        return r.TryGetLong(out var w) ? w : throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var list = (PyList)self;
        if (key is PySlice slice) return new PyList(list.GetSlice(slice));
        if (key is not PyInt && key.Type.Index == null)
            throw Errors.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        return list.GetItemOrNull(ItemIndex(key)) ?? throw Errors.IndexError("list index out of range");
    }

    private static void SetItem(PyObject self, PyObject key, PyObject? value)
    {
        var list = (PyList)self;
        if (key is PySlice slice)
        {
            if (value == null)
            {
                list.DeleteSlice(slice);
                return;
            }
            var extended = slice.Step is not PyNone && SliceIndices.ClampedIndex(slice.Step) != 1;
            list.AssignSlice(slice, Materialize(value, extended));
            return;
        }
        if (key is not PyInt && key.Type.Index == null)
            throw Errors.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        var index = ItemIndex(key);
        if (value == null) list.DeleteAt(index);
        else list.SetAt(index, value);
    }

    private static PyObject[] Materialize(PyObject value, bool extended)
    {
        if (value is PyList l) return l.ToArray();
        if (value is PyTuple tu) return tu.Items;
        var it = Ops.GetIterOrNull(value)
            ?? throw Errors.TypeError(extended ? "must assign iterable to extended slice" : "can only assign an iterable");
        var items = new List<PyObject>();
        while (Ops.Next(it) is { } x) items.Add(x);
        return items.ToArray();
    }
}
