using Skein.Objects.Containers;

namespace Skein.Objects;

/// <summary>
/// Python range: start, stop, step as Python ints (arbitrary precision allowed). Immutable, so every
/// operation is a lock-free read. The length is computed once; when start, step and length all fit in
/// a long (nearly always) indexing, membership and iteration run on machine integers.
/// </summary>
public sealed class PyRange : PyObject
{
    public readonly PyInt Start, Stop, Step;
    public readonly BigInteger Length;
    /// <summary>True when start, step, length (and so every item) fit in a long: the fast paths apply.</summary>
    public readonly bool IsSmall;
    internal readonly long SmallStart, SmallStep, SmallLength;

    public PyRange(PyInt start, PyInt stop, PyInt step) : base(PyTypes.Range)
    {
        (Start, Stop, Step) = (start, stop, step);
        Length = ComputeLength(start.Value, stop.Value, step.Value);
        if (start.TryGetLong(out var s) && step.TryGetLong(out var st) && Length <= long.MaxValue)
        {
            var last = s + (BigInteger)st * (Length - 1);
            if (Length.IsZero || (last >= long.MinValue && last <= long.MaxValue))
            {
                IsSmall = true;
                SmallStart = s;
                SmallStep = st;
                SmallLength = (long)Length;
            }
        }
    }

    public static BigInteger ComputeLength(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.Sign > 0) return start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero;
        return stop < start ? (start - stop - 1) / -step + 1 : BigInteger.Zero;
    }

    /// <summary>The item at a non-negative index below Length.</summary>
    public PyInt ItemAt(BigInteger index) =>
        IsSmall ? PyInt.From(SmallStart + (long)index * SmallStep) : PyInt.From(Start.Value + index * Step.Value);

    internal static void InitType(PyType t) => RangeType.Init(t);
}
