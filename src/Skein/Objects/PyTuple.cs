using Skein.Objects.Containers;

namespace Skein.Objects;

/// <summary>
/// Python tuple: an immutable array. Items are never written after construction, so every operation is
/// a lock-free read and safe from any number of threads (docs/threading.md).
/// </summary>
public class PyTuple : PyObject, ISequenceReader
{
    public readonly PyObject[] Items;
    private PyDict? _dict;

    public PyTuple(PyObject[] items) : base(PyTypes.Tuple) => Items = items;

    public PyTuple(PyType type, PyObject[] items) : base(type)
    {
        Items = items;
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public static readonly PyTuple Empty = new([]);

    public static PyTuple Create(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public int Count => Items.Length;

    public PyObject this[int index] => Items[index];

    long ISequenceReader.Length => Items.Length;

    PyObject? ISequenceReader.ItemOrNull(long index) => (ulong)index < (ulong)Items.Length ? Items[index] : null;

    /// <summary>CPython 3.11's tuple hash: an xxHash-style accumulation over the item hashes.</summary>
    public static long HashItems(ReadOnlySpan<PyObject> items)
    {
        const ulong prime1 = 11400714785074694791UL;
        const ulong prime2 = 14029467366897019727UL;
        const ulong prime5 = 2870177450012600261UL;
        var acc = prime5;
        foreach (var item in items)
        {
            var lane = (ulong)PyDict.HashOf(item);
            acc += lane * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)items.Length ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    internal static void InitType(PyType t) => TupleType.Init(t);
}
