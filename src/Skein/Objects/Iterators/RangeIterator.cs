namespace Skein.Objects.Iterators;

/// <summary>
/// range_iterator (machine integers) and longrange_iterator (arbitrary precision). Reversed iteration
/// is the same iterator started at the last item with the step negated, as in CPython. A shared
/// iterator may hand an item to two threads or skip one, never fault.
/// </summary>
public sealed class RangeIterator : PyObject
{
    private static readonly PyType s_small = PyTypes.Define("range_iterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((RangeIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) => PyInt.From(((RangeIterator)self).Remaining));
    });

    private static readonly PyType s_long = PyTypes.Define("longrange_iterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((RangeIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) => PyInt.From(((RangeIterator)self).Remaining));
    });

    private readonly bool _small;
    private readonly long _start, _step, _length;
    private long _index;
    private readonly BigInteger _bigStart, _bigStep, _bigLength;
    private BigInteger _bigIndex;

    private RangeIterator(long start, long step, long length) : base(s_small)
    {
        _small = true;
        (_start, _step, _length) = (start, step, length);
    }

    private RangeIterator(BigInteger start, BigInteger step, BigInteger length) : base(s_long) =>
        (_bigStart, _bigStep, _bigLength) = (start, step, length);

    public static PyObject Create(PyRange r, bool reverse)
    {
        if (r.IsSmall)
        {
            if (!reverse) return new RangeIterator(r.SmallStart, r.SmallStep, r.SmallLength);
            if (r.SmallLength == 0) return new RangeIterator(0, 1, 0);
            // The negated step must be a long too; otherwise fall through to the big form.
            if (r.SmallStep != long.MinValue)
                return new RangeIterator(r.SmallStart + (r.SmallLength - 1) * r.SmallStep, -r.SmallStep, r.SmallLength);
        }
        if (!reverse) return new RangeIterator(r.Start.Value, r.Step.Value, r.Length);
        var last = r.Start.Value + (r.Length - 1) * r.Step.Value;
        return new RangeIterator(r.Length.IsZero ? BigInteger.Zero : last, -r.Step.Value, r.Length);
    }

    private BigInteger Remaining => _small ? Math.Max(0, _length - _index) : BigInteger.Max(BigInteger.Zero, _bigLength - _bigIndex);

    private PyObject? Step()
    {
        if (_small)
        {
            var i = _index;
            if (i >= _length) return null;
            _index = i + 1;
            return PyInt.From(_start + i * _step);
        }
        var b = _bigIndex;
        if (b >= _bigLength) return null;
        _bigIndex = b + 1;
        return PyInt.From(_bigStart + b * _bigStep);
    }
}
