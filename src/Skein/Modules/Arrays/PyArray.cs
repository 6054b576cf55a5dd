namespace Skein.Modules.Arrays;

/// <summary>
/// array.array: a typed sequence stored as raw native-endian item bytes, as CPython stores it.
///
/// Thread safety follows bytearray: writers take the object's lock for the whole operation, readers take
/// none and read the (buffer, count) pair bounded by the buffer they actually hold, so a racing reader
/// sees an old or a new state (or, under concurrent misuse, a mix) but never faults. Buffers are replaced
/// when they grow and otherwise written in place. Python code (conversions, __eq__) is never run under
/// the lock: values are converted to bytes first, then spliced in.
/// </summary>
public sealed class PyArray : PyObject
{
    public readonly ArrayFormat Format;
    private byte[] _data;
    private int _count;
    private readonly Lock _lock = new();
    private PyDict? _dict;

    public PyArray(PyType type, ArrayFormat format, byte[]? data = null) : base(type)
    {
        Format = format;
        _data = data ?? [];
        _count = _data.Length / format.ItemSize;
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public Lock SyncRoot => _lock;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The current items' bytes as a window on the live buffer (no copy).</summary>
    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            var data = Volatile.Read(ref _data);
            var count = Volatile.Read(ref _count);
            return data.AsSpan(0, Math.Min(count, data.Length / Format.ItemSize) * Format.ItemSize);
        }
    }

    /// <summary>The live items for in-place writes; callers hold the lock.</summary>
    internal Span<byte> WritableBytes => _data.AsSpan(0, _count * Format.ItemSize);

    public PyObject? ItemOrNull(long index)
    {
        var data = Bytes;
        var n = data.Length / Format.ItemSize;
        if (index < 0) index += n;
        if ((ulong)index >= (ulong)n) return null;
        return Format.Get(data, (int)index);
    }

    /// <summary>Replaces the items [start, stop) with the items in value (insertion when start == stop, deletion when value is empty).</summary>
    public void Splice(int start, int stop, ReadOnlySpan<byte> value)
    {
        var size = Format.ItemSize;
        lock (_lock)
        {
            start = Math.Clamp(start, 0, _count);
            stop = Math.Clamp(stop, start, _count);
            var added = value.Length / size;
            var newCount = (long)_count - (stop - start) + added;
            if (newCount * size > System.Array.MaxLength) throw Errors.New(PyExc.MemoryError);
            var tail = (_count - stop) * size;
            if (newCount * size > _data.Length)
            {
                var capacity = Math.Max(newCount * size, Math.Min(System.Array.MaxLength, _data.Length + (_data.Length >> 1)));
                var grown = new byte[capacity];
                _data.AsSpan(0, start * size).CopyTo(grown);
                value.CopyTo(grown.AsSpan(start * size));
                _data.AsSpan(stop * size, tail).CopyTo(grown.AsSpan((start + added) * size));
                Volatile.Write(ref _data, grown);
            }
            else
            {
                _data.AsSpan(stop * size, tail).CopyTo(_data.AsSpan((start + added) * size));
                value.CopyTo(_data.AsSpan(start * size));
            }
            Volatile.Write(ref _count, (int)newCount);
        }
    }

    public void Append(ReadOnlySpan<byte> items)
    {
        lock (_lock) Splice(_count, _count, items);
    }

    /// <summary>Overwrites one item; false when index is out of range (negative indices count from the end).</summary>
    public bool TrySetItem(long index, ReadOnlySpan<byte> item)
    {
        lock (_lock)
        {
            if (index < 0) index += _count;
            if ((ulong)index >= (ulong)_count) return false;
            item.CopyTo(_data.AsSpan((int)index * Format.ItemSize));
            return true;
        }
    }

    /// <summary>Replaces the whole contents (takes ownership of data).</summary>
    public void SetContents(byte[] data)
    {
        lock (_lock)
        {
            Volatile.Write(ref _data, data);
            Volatile.Write(ref _count, data.Length / Format.ItemSize);
        }
    }
}
