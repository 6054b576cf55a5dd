namespace Skein.Objects.Containers;

/// <summary>
/// Resolves a slice against a sequence length, as CPython's PySlice_Unpack + PySlice_AdjustIndices
/// (machine-sized lengths) and _PySlice_GetLongIndices (arbitrary lengths: range, slice.indices) do.
/// Every sequence type slices through here so that clamping and error messages agree everywhere.
/// </summary>
public static class SliceIndices
{
    private const string IndexTypeMessage = "slice indices must be integers or None or have an __index__ method";

    /// <summary>Resolves slice for a sequence of length: start/stop are clamped into range, count is the number of selected items.</summary>
    public static void Compute(PySlice slice, long length, out long start, out long stop, out long step, out long count)
    {
        Unpack(slice, out start, out stop, out step);
        count = Adjust(length, ref start, ref stop, step);
    }

    /// <summary>The raw start/stop/step of a slice as machine integers, huge values clamped (PySlice_Unpack); step is never 0.</summary>
    public static void Unpack(PySlice slice, out long start, out long stop, out long step)
    {
        if (slice.Step is PyNone) step = 1;
        else
        {
            step = ClampedIndex(slice.Step);
            if (step == 0) throw Errors.ValueError("slice step cannot be zero");
            // -step must stay representable.
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        start = slice.Start is PyNone ? (step < 0 ? long.MaxValue : 0) : ClampedIndex(slice.Start);
        stop = slice.Stop is PyNone ? (step < 0 ? long.MinValue : long.MaxValue) : ClampedIndex(slice.Stop);
    }

    /// <summary>Clamps unpacked start/stop to a length and returns how many items the slice selects (PySlice_AdjustIndices).</summary>
    public static long Adjust(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        return Count(start, stop, step);
    }

    /// <summary>The number of items start, start+step, ... strictly before stop (start and stop already adjusted).</summary>
    public static long Count(long start, long stop, long step)
    {
        if (step < 0) return stop < start ? (long)(((ulong)(start - stop) - 1) / (ulong)(-step)) + 1 : 0;
        return start < stop ? (long)(((ulong)(stop - start) - 1) / (ulong)step) + 1 : 0;
    }

    /// <summary>
    /// The slice resolved against an arbitrary-precision length (slice.indices, range slicing): start and
    /// stop clamped to [0, length] for a positive step and to [-1, length-1] for a negative one.
    /// </summary>
    public static void ComputeBig(PySlice slice, BigInteger length, out BigInteger start, out BigInteger stop, out BigInteger step)
    {
        if (length.Sign < 0) throw Errors.ValueError("length should not be negative");
        if (slice.Step is PyNone) step = BigInteger.One;
        else
        {
            step = IndexValue(slice.Step);
            if (step.IsZero) throw Errors.ValueError("slice step cannot be zero");
        }
        var negative = step.Sign < 0;
        var lower = negative ? BigInteger.MinusOne : BigInteger.Zero;
        var upper = negative ? length - 1 : length;
        start = slice.Start is PyNone ? (negative ? upper : lower) : Clamp(IndexValue(slice.Start), length, lower, upper);
        stop = slice.Stop is PyNone ? (negative ? lower : upper) : Clamp(IndexValue(slice.Stop), length, lower, upper);
    }

    private static BigInteger Clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (v.Sign < 0)
        {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }

    private static BigInteger IndexValue(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o.Type.Index == null) throw Errors.TypeError(IndexTypeMessage);
        return Ops.Index(o).Value;
    }

    /// <summary>A slice bound as a machine integer: __index__ applied, out-of-range values clamped (CPython's _PyEval_SliceIndex).</summary>
    public static long ClampedIndex(PyObject o)
    {
        PyInt i;
        if (o is PyInt pi) i = pi;
        else if (o.Type.Index != null) i = Ops.Index(o);
        else throw Errors.TypeError(IndexTypeMessage);
        if (i.TryGetLong(out var v)) return v;
        return i.Value.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>A start/stop argument of index() methods (CPython's _PyEval_SliceIndexNotNone): __index__ applied, huge values clamped.</summary>
    public static long ClampedIndexNotNone(PyObject o)
    {
        if (o is not PyInt && o.Type.Index == null)
            throw Errors.TypeError("slice indices must be integers or have an __index__ method");
        return ClampedIndex(o);
    }

    /// <summary>Resolves the optional start/stop of seq.index(x, start, stop) against a length, as CPython's list.index does.</summary>
    public static void SearchBounds(PyObject? startArg, PyObject? stopArg, long length, out long start, out long stop)
    {
        start = startArg == null ? 0 : ClampedIndexNotNone(startArg);
        stop = stopArg == null ? long.MaxValue : ClampedIndexNotNone(stopArg);
        if (start < 0)
        {
            start += length;
            if (start < 0) start = 0;
        }
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = 0;
        }
    }
}
