namespace Skein.Objects.Containers;

/// <summary>Operations every built-in sequence shares: item equality with fast paths, repetition counts, lexicographic comparison.</summary>
public static class SequenceSupport
{
    /// <summary>
    /// item == value as CPython's containers test it (PyObject_RichCompareBool with the stored item on the
    /// left): identity first, exact int and str compared inline, anything else through the protocol.
    /// </summary>
    public static bool ItemEquals(PyObject item, PyObject value)
    {
        if (ReferenceEquals(item, value)) return true;
        if (item is PyInt x && value is PyInt y && IsExactInt(x) && IsExactInt(y))
            return x.IsSmall && y.IsSmall ? x.Small == y.Small : x.Value == y.Value;
        if (item is PyStr a && value is PyStr b && ReferenceEquals(a.Type, PyTypes.Str) && ReferenceEquals(b.Type, PyTypes.Str))
            return a.Value == b.Value;
        return Ops.RichCompareBool(item, value, CompareOp.Eq);
    }

    /// <summary>int or bool, whose comparisons are int's own.</summary>
    public static bool IsExactInt(PyObject o) => ReferenceEquals(o.Type, PyTypes.Int) || ReferenceEquals(o.Type, PyTypes.Bool);

    /// <summary>The count of a sequence repetition (seq * n): negative means zero; too big for an index is OverflowError as in CPython.</summary>
    public static long RepeatCount(PyObject n)
    {
        var i = Ops.Index(n);
        if (!i.TryGetLong(out var v)) throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        return v < 0 ? 0 : v;
    }

    /// <summary>The length of a repetition result, MemoryError when it cannot be allocated.</summary>
    public static int RepeatedLength(long length, long count)
    {
        if (length == 0 || count == 0) return 0;
        if (length > Array.MaxLength / count) throw Errors.MemoryError("");
        return (int)(length * count);
    }

    /// <summary>True when obj can serve as a repetition count (has __index__).</summary>
    public static bool IsIndexable(PyObject o) => o is PyInt || o.Type.Index != null;

    /// <summary>
    /// Lexicographic rich comparison of two sequences read through accessors (CPython's list/tuple
    /// richcompare): lengths are re-read at every step because an item's __eq__ may mutate either side.
    /// </summary>
    public static PyObject Compare<TA, TB>(TA a, TB b, CompareOp op)
        where TA : ISequenceReader where TB : ISequenceReader
    {
        if (op is CompareOp.Eq or CompareOp.Ne && a.Length != b.Length)
            return PyBool.From(op == CompareOp.Ne);
        var i = 0;
        PyObject? x = null, y = null;
        for (; ; i++)
        {
            x = a.ItemOrNull(i);
            y = b.ItemOrNull(i);
            if (x == null || y == null) break;
            if (!ItemEquals(x, y)) break;
        }
        if (x == null || y == null)
        {
            // No differing item: compare the lengths.
            var la = a.Length;
            var lb = b.Length;
            return PyBool.From(op switch
            {
                CompareOp.Lt => la < lb,
                CompareOp.Le => la <= lb,
                CompareOp.Eq => la == lb,
                CompareOp.Ne => la != lb,
                CompareOp.Gt => la > lb,
                _ => la >= lb,
            });
        }
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(x, y, op);
    }
}

/// <summary>Indexed read access that tolerates concurrent mutation: null past the end.</summary>
public interface ISequenceReader
{
    long Length { get; }
    PyObject? ItemOrNull(long index);
}

/// <summary>A snapshot array read as a sequence.</summary>
public readonly struct ArrayReader(PyObject[] items) : ISequenceReader
{
    public long Length => items.Length;
    public PyObject? ItemOrNull(long index) => (ulong)index < (ulong)items.Length ? items[index] : null;
}
