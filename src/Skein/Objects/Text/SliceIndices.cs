namespace Skein.Objects.Text;

/// <summary>Resolves a slice against a sequence length as CPython's PySlice_Unpack and PySlice_AdjustIndices do.</summary>
public static class SliceIndices
{
    /// <summary>Returns the number of items the slice selects; start and step locate them.</summary>
    public static long Resolve(PySlice slice, long length, out long start, out long stop, out long step)
    {
        step = slice.Step is PyNone ? 1 : Clamp(slice.Step);
        if (step == 0) throw Errors.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue) step = -long.MaxValue;
        long defaultStart = step < 0 ? long.MaxValue : 0;
        long defaultStop = step < 0 ? long.MinValue : long.MaxValue;
        start = slice.Start is PyNone ? defaultStart : Clamp(slice.Start);
        stop = slice.Stop is PyNone ? defaultStop : Clamp(slice.Stop);
        return Adjust(length, ref start, ref stop, step);
    }

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
        if (step < 0) return stop < start ? (start - stop - 1) / -step + 1 : 0;
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>A slice bound as a long, saturating huge ints the way CPython's _PyEval_SliceIndex does.</summary>
    public static long Clamp(PyObject o)
    {
        if (o is not PyInt && o.Type.Index == null)
            throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = Ops.Index(o);
        if (i.TryGetLong(out var v)) return v;
        return i.Value.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>The start/end arguments of find, count, startswith...: None or an index, clamped and adjusted to the length.</summary>
    public static void StartEnd(ReadOnlySpan<PyObject> args, int first, long length, out long start, out long end)
    {
        start = first < args.Length && args[first] is not PyNone ? Clamp(args[first]) : 0;
        end = first + 1 < args.Length && args[first + 1] is not PyNone ? Clamp(args[first + 1]) : long.MaxValue;
        if (end > length) end = length;
        else if (end < 0)
        {
            end += length;
            if (end < 0) end = 0;
        }
        if (start < 0)
        {
            start += length;
            if (start < 0) start = 0;
        }
    }
}
