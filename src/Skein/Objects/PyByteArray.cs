using Skein.Objects.Text;

namespace Skein.Objects;

/// <summary>
/// Python bytearray: a mutable byte buffer. Writers take the object's lock; readers take none and read
/// the (array, count) pair bounded by the array they actually hold, so a racing reader sees an old or
/// new state (or a mix, as concurrent misuse may give) but never faults. Arrays are replaced, never shrunk.
/// </summary>
public class PyByteArray : PyObject
{
    private byte[] _items;
    private int _count;
    private readonly Lock _lock = new();
    private PyDict? _dict;

    public PyByteArray(PyType type) : base(type)
    {
        _items = [];
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    /// <summary>Takes ownership of items (the caller must not keep using the array).</summary>
    public PyByteArray(byte[] items) : base(PyTypes.ByteArray)
    {
        _items = items;
        _count = items.Length;
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public Lock SyncRoot => _lock;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The current contents as a window on the live buffer (no copy).</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            var items = Volatile.Read(ref _items);
            var count = Volatile.Read(ref _count);
            return items.AsSpan(0, Math.Min(count, items.Length));
        }
    }

    /// <summary>The live buffer for in-place writes; callers hold the lock.</summary>
    internal Span<byte> WritableSpan => _items.AsSpan(0, _count);

    public byte[] ToArray() => Span.ToArray();

    private void EnsureCapacity(int needed)
    {
        if (needed <= _items.Length) return;
        var grown = new byte[Math.Max(needed, Math.Max(16, _items.Length + (_items.Length >> 1)))];
        _items.AsSpan(0, _count).CopyTo(grown);
        Volatile.Write(ref _items, grown);
    }

    public void Append(byte b)
    {
        lock (_lock)
        {
            EnsureCapacity(_count + 1);
            _items[_count] = b;
            Volatile.Write(ref _count, _count + 1);
        }
    }

    /// <summary>Replaces the items [start, stop) with value (also insertion when start == stop, deletion when value is empty).</summary>
    public void Splice(int start, int stop, ReadOnlySpan<byte> value)
    {
        lock (_lock)
        {
            start = Math.Clamp(start, 0, _count);
            stop = Math.Clamp(stop, start, _count);
            var newCount = (long)_count - (stop - start) + value.Length;
            if (newCount > Array.MaxLength) throw Errors.New(PyExc.MemoryError);
            if (newCount > _items.Length)
            {
                var grown = new byte[Math.Max(newCount, _items.Length + (_items.Length >> 1))];
                _items.AsSpan(0, start).CopyTo(grown);
                value.CopyTo(grown.AsSpan(start));
                _items.AsSpan(stop, _count - stop).CopyTo(grown.AsSpan(start + value.Length));
                Volatile.Write(ref _items, grown);
            }
            else
            {
                _items.AsSpan(stop, _count - stop).CopyTo(_items.AsSpan(start + value.Length));
                value.CopyTo(_items.AsSpan(start));
            }
            Volatile.Write(ref _count, (int)newCount);
        }
    }

    /// <summary>Replaces the whole contents.</summary>
    public void SetContents(byte[] value)
    {
        lock (_lock)
        {
            Volatile.Write(ref _items, value);
            Volatile.Write(ref _count, value.Length);
        }
    }

    internal static void InitType(PyType t) => ByteArrayType.Init(t);
}
