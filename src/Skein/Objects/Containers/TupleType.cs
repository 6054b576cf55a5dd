using System.Text;
using Skein.Objects.Iterators;

namespace Skein.Objects.Containers;

/// <summary>The slots and methods of the tuple type.</summary>
internal static class TupleType
{
    public static void Init(PyType t)
    {
        // The empty tuple is first touched while the type objects are still being allocated (PyType's
        // Bases initialiser), before PyTypes.Tuple exists; it gets its type here.
        PyTuple.Empty.Type ??= t;
        t.New = (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && (ReferenceEquals(type, PyTypes.Tuple) || type.Init == PyTypes.Tuple.Init))
                throw Errors.TypeError("tuple() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"tuple expected at most 1 argument, got {args.Length}");
            if (ReferenceEquals(type, PyTypes.Tuple))
            {
                if (args.Length == 0) return PyTuple.Empty;
                if (args[0] is PyTuple tu && ReferenceEquals(tu.Type, PyTypes.Tuple)) return tu;
                return PyTuple.Create(Ops.ToArray(args[0]));
            }
            // A subclass (namedtuple's tuple.__new__(cls, iterable)) always gets a fresh object of its own type.
            return new PyTuple(type, args.Length == 0 ? [] : Ops.ToArray(args[0]));
        };
        t.Repr = Repr;
        t.Hash = self => PyTuple.HashItems(((PyTuple)self).Items);
        t.Len = self => ((PyTuple)self).Items.Length;
        t.Iter = self => new TupleIterator((PyTuple)self);
        t.Contains = (self, value) =>
        {
            foreach (var item in ((PyTuple)self).Items)
                if (SequenceSupport.ItemEquals(item, value)) return true;
            return false;
        };
        t.RichCompare = (a, b, op) => a is PyTuple x && b is PyTuple y ? SequenceSupport.Compare(x, y, op) : PyNotImplemented.Instance;
        t.GetItem = GetItem;
        t.Number[(int)BinaryOp.Add] = (a, b) =>
        {
            if (a is not PyTuple x || b is not PyTuple y) return PyNotImplemented.Instance;
            if (y.Items.Length == 0 && ReferenceEquals(x.Type, PyTypes.Tuple)) return x;
            if (x.Items.Length == 0 && ReferenceEquals(y.Type, PyTypes.Tuple)) return y;
            var result = new PyObject[SequenceSupport.RepeatedLength(1, (long)x.Items.Length + y.Items.Length)];
            x.Items.CopyTo(result, 0);
            y.Items.CopyTo(result, x.Items.Length);
            return new PyTuple(result);
        };
        t.Number[(int)BinaryOp.Mul] = (a, b) =>
        {
            if (a is PyTuple x && SequenceSupport.IsIndexable(b)) return Repeat(x, b);
            if (b is PyTuple y && SequenceSupport.IsIndexable(a)) return Repeat(y, a);
            return PyNotImplemented.Instance;
        };

        t.DefMethod("index", (self, args, _) =>
        {
            ArgParser.Range("index", args, 1, 3);
            var items = ((PyTuple)self).Items;
            SliceIndices.SearchBounds(args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null, items.Length, out var start, out var stop);
            for (var i = start; i < stop && i < items.Length; i++)
                if (SequenceSupport.ItemEquals(items[i], args[0])) return PyInt.From(i);
            throw Errors.ValueError("tuple.index(x): x not in tuple");
        }, "Return first index of value.");
        t.DefMethod("count", (self, args, _) =>
        {
            ArgParser.Exactly("tuple.count", args, 1);
            var n = 0;
            foreach (var item in ((PyTuple)self).Items)
                if (SequenceSupport.ItemEquals(item, args[0])) n++;
            return PyInt.From(n);
        }, "Return number of occurrences of value.");
        t.DefMethod("__getnewargs__", (self, args, _) =>
        {
            ArgParser.Exactly("tuple.__getnewargs__", args, 0);
            return PyTuple.Create(new PyTuple((PyObject[])((PyTuple)self).Items.Clone()));
        });
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        }, "See PEP 585");
    }

    private static PyObject Repr(PyObject self)
    {
        var items = ((PyTuple)self).Items;
        if (items.Length == 0) return new PyStr("()");
        if (!ReprGuard.Enter(self)) return new PyStr("(...)");
        try
        {
            var sb = new StringBuilder("(");
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(items[i]));
            }
            if (items.Length == 1) sb.Append(',');
            return new PyStr(sb.Append(')').ToString());
        }
        finally
        {
            ReprGuard.Leave(self);
        }
    }

    private static PyObject Repeat(PyTuple tuple, PyObject count)
    {
        var times = SequenceSupport.RepeatCount(count);
        if (times == 1 && ReferenceEquals(tuple.Type, PyTypes.Tuple)) return tuple;
        var items = tuple.Items;
        var total = SequenceSupport.RepeatedLength(items.Length, times);
        if (total == 0) return PyTuple.Empty;
        var result = new PyObject[total];
        for (var filled = 0; filled < total; filled += items.Length) items.CopyTo(result, filled);
        return new PyTuple(result);
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var tuple = (PyTuple)self;
        var items = tuple.Items;
        if (key is PySlice slice)
        {
            SliceIndices.Compute(slice, items.Length, out var start, out _, out var step, out var count);
            if (count == items.Length && step == 1 && ReferenceEquals(tuple.Type, PyTypes.Tuple)) return tuple;
            if (count == 0) return PyTuple.Empty;
            var result = new PyObject[count];
            for (long i = 0, j = start; i < count; i++, j += step) result[i] = items[j];
            return new PyTuple(result);
        }
        if (key is not PyInt && key.Type.Index == null)
            throw Errors.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
        var index = ListType.ItemIndex(key);
        if (index < 0) index += items.Length;
        if ((ulong)index >= (ulong)items.Length) throw Errors.IndexError("tuple index out of range");
        return items[index];
    }
}
