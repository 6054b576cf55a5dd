using Skein.Objects.Iterators;

namespace Skein.Objects.Containers;

/// <summary>The slots and methods of the range type.</summary>
internal static class RangeType
{
    public static void Init(PyType t)
    {
        t.New = (_, args, kw) =>
        {
            ArgParser.NoKeywords("range", kw);
            ArgParser.Range("range", args, 1, 3);
            var zero = PyInt.From(0);
            var one = PyInt.From(1);
            if (args.Length == 1) return new PyRange(zero, Ops.Index(args[0]), one);
            var start = Ops.Index(args[0]);
            var stop = Ops.Index(args[1]);
            var step = args.Length == 3 ? Ops.Index(args[2]) : one;
            if (step.Value.IsZero) throw Errors.ValueError("range() arg 3 must not be zero");
            return new PyRange(start, stop, step);
        };
        t.Repr = self =>
        {
            var r = (PyRange)self;
            var step = r.Step.TryGetLong(out var s) && s == 1 ? "" : ", " + Ops.Repr(r.Step);
            return new PyStr($"range({Ops.Repr(r.Start)}, {Ops.Repr(r.Stop)}{step})");
        };
        t.Len = self =>
        {
            var r = (PyRange)self;
            return r.Length <= long.MaxValue ? (long)r.Length : throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        };
        t.Bool = self => !((PyRange)self).Length.IsZero;
        t.Hash = self =>
        {
            // CPython hashes (len, start, step), with None for what a short range does not depend on.
            var r = (PyRange)self;
            if (r.Length.IsZero) return PyTuple.HashItems([PyInt.From(0), PyNone.Instance, PyNone.Instance]);
            if (r.Length.IsOne) return PyTuple.HashItems([PyInt.From(1), r.Start, PyNone.Instance]);
            return PyTuple.HashItems([PyInt.From(r.Length), r.Start, r.Step]);
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a is not PyRange x || b is not PyRange y) return PyNotImplemented.Instance;
            return PyBool.From(SameSequence(x, y) == (op == CompareOp.Eq));
        };
        t.Iter = self => RangeIterator.Create((PyRange)self, reverse: false);
        t.Contains = (self, value) => Contains((PyRange)self, value);
        t.GetItem = GetItem;
        t.DefGetter("start", self => ((PyRange)self).Start);
        t.DefGetter("stop", self => ((PyRange)self).Stop);
        t.DefGetter("step", self => ((PyRange)self).Step);
        t.DefMethod("__reversed__", (self, _, _) => RangeIterator.Create((PyRange)self, reverse: true), "Return a reverse iterator.");
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var r = (PyRange)self;
            return PyTuple.Create(PyTypes.Range, PyTuple.Create(r.Start, r.Stop, r.Step));
        });
        t.DefMethod("index", (self, args, _) =>
        {
            ArgParser.Exactly("range.index", args, 1);
            var r = (PyRange)self;
            var value = args[0];
            if (SequenceSupport.IsExactInt(value))
            {
                if (!Contains(r, value)) throw Errors.ValueError($"{Ops.Repr(value)} is not in range");
                return PyInt.From((((PyInt)value).Value - r.Start.Value) / r.Step.Value);
            }
            var i = 0L;
            var it = RangeIterator.Create(r, reverse: false);
            while (Ops.Next(it) is { } item)
            {
                if (SequenceSupport.ItemEquals(item, value)) return PyInt.From(i);
                i++;
            }
            throw Errors.ValueError("sequence.index(x): x not in sequence");
        }, "Return index of value.");
        t.DefMethod("count", (self, args, _) =>
        {
            ArgParser.Exactly("range.count", args, 1);
            var r = (PyRange)self;
            if (SequenceSupport.IsExactInt(args[0])) return PyInt.From(Contains(r, args[0]) ? 1 : 0);
            var n = 0L;
            var it = RangeIterator.Create(r, reverse: false);
            while (Ops.Next(it) is { } item)
                if (SequenceSupport.ItemEquals(item, args[0])) n++;
            return PyInt.From(n);
        }, "Return number of occurrences of value.");
    }

    /// <summary>Ranges compare equal when they produce the same items (CPython's range_equals).</summary>
    private static bool SameSequence(PyRange x, PyRange y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x.Length != y.Length) return false;
        if (x.Length.IsZero) return true;
        if (x.Start.Value != y.Start.Value) return false;
        if (x.Length.IsOne) return true;
        return x.Step.Value == y.Step.Value;
    }

    private static bool Contains(PyRange r, PyObject value)
    {
        if (SequenceSupport.IsExactInt(value))
        {
            var v = (PyInt)value;
            if (r.IsSmall && v.TryGetLong(out var x))
            {
                if (r.SmallLength == 0) return false;
                var offset = (Int128)x - r.SmallStart;
                if (r.SmallStep > 0 ? offset < 0 : offset > 0) return false;
                return offset / r.SmallStep < r.SmallLength && offset % r.SmallStep == 0;
            }
            var o = v.Value - r.Start.Value;
            var step = r.Step.Value;
            if (step.Sign > 0 ? o.Sign < 0 : o.Sign > 0) return false;
            return BigInteger.Divide(o, step) < r.Length && BigInteger.Remainder(o, step).IsZero;
        }
        var it = RangeIterator.Create(r, reverse: false);
        while (Ops.Next(it) is { } item)
            if (SequenceSupport.ItemEquals(item, value)) return true;
        return false;
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var r = (PyRange)self;
        if (key is PySlice slice)
        {
            SliceIndices.ComputeBig(slice, r.Length, out var start, out var stop, out var step);
            var s = r.Start.Value;
            var st = r.Step.Value;
            return new PyRange(PyInt.From(s + start * st), PyInt.From(s + stop * st), PyInt.From(st * step));
        }
        if (key is not PyInt && key.Type.Index == null)
            throw Errors.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
        var index = Ops.Index(key);
        if (r.IsSmall && index.TryGetLong(out var i))
        {
            if (i < 0) i += r.SmallLength;
            if ((ulong)i >= (ulong)r.SmallLength) throw Errors.IndexError("range object index out of range");
            return PyInt.From(r.SmallStart + i * r.SmallStep);
        }
        var big = index.Value;
        if (big.Sign < 0) big += r.Length;
        if (big.Sign < 0 || big >= r.Length) throw Errors.IndexError("range object index out of range");
        return r.ItemAt(big);
    }
}
