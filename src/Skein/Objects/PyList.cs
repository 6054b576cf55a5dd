namespace Skein.Objects;

/// <summary>
/// Python list. Writers take the list's lock; readers take none: they read the (array, count) pair
/// published by writers and bounds-check against the array they actually hold, so a racing reader
/// sees an old or new state but never faults. See docs/threading.md.
/// </summary>
public class PyList : PyObject
{
    protected PyObject[] _items;
    protected int _count;
    protected readonly Lock _lock = new();
    private PyDict? _dict;

    public PyList() : base(PyTypes.List) => _items = [];
    public PyList(PyType type) : base(type)
    {
        _items = [];
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    /// <summary>Takes ownership of items (the caller must not keep using the array).</summary>
    public PyList(PyObject[] items) : base(PyTypes.List)
    {
        _items = items;
        _count = items.Length;
    }

    public PyList(List<PyObject> items) : this(items.ToArray())
    {
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The item at index, or null when the index is out of range (a racing shrink included).</summary>
    public PyObject? GetItemOrNull(long index)
    {
        var items = Volatile.Read(ref _items);
        var count = Volatile.Read(ref _count);
        if (index < 0) index += count;
        if ((ulong)index >= (ulong)Math.Min(count, items.Length)) return null;
        return items[index];
    }

    public void Append(PyObject item)
    {
        lock (_lock)
        {
            var items = _items;
            if (_count == items.Length)
            {
                var grown = new PyObject[Math.Max(4, items.Length * 2)];
                Array.Copy(items, grown, _count);
                items = grown;
                Volatile.Write(ref _items, items);
            }
            items[_count] = item;
            Volatile.Write(ref _count, _count + 1);
        }
    }

    /// <summary>A consistent copy of the current items.</summary>
    public PyObject[] ToArray()
    {
        lock (_lock)
        {
            var copy = new PyObject[_count];
            Array.Copy(_items, copy, _count);
            return copy;
        }
    }

    internal static void InitType(PyType t)
    {
    }
}
