using Skein.Modules.Posix;
using Skein.Objects.Text;

namespace Skein.Modules.Mmap;

/// <summary>
/// mmap.mmap: a memory mapping of a file or of anonymous memory (made with the C library's mmap, so a
/// MAP_SHARED mapping is really shared with other processes mapping the same file, or with children that
/// inherit the descriptor).
///
/// Thread safety: every operation runs under the object's lock (they are short copies), so the file
/// position and the mapping change atomically. Memoryviews read the memory without the lock: once a span
/// on the memory has been lent out, close() no longer unmaps at once but leaves that to the finalizer,
/// which runs only when no view can reach the mapping any more; a view of a closed mmap raises instead.
/// </summary>
public sealed unsafe class PyMmap : PyObject, INativeBuffer
{
    private readonly Lock _lock = new();
    private byte* _data;
    private long _size;
    private long _pos;
    private int _fd;
    private readonly long _offset;
    private readonly int _flags, _prot;
    public readonly int Access;
    private bool _closed;
    private int _exports;
    // A span on the memory has left the lock (memoryview, bytes(m)): unmapping waits for the finalizer.
    private bool _lent;
    // Mappings replaced by resize() while lent, unmapped by the finalizer.
    private List<(nint Data, long Size)>? _retired;
    private PyDict? _dict;

    public PyMmap(PyType type, byte* data, long size, int fd, long offset, int flags, int prot, int access) : base(type)
    {
        _data = data;
        (_size, _fd, _offset, _flags, _prot, Access) = (size, fd, offset, flags, prot, access);
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    ~PyMmap() => Unmap();

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public bool Closed
    {
        get
        {
            lock (_lock) return _closed;
        }
    }

    public bool TryGetNativeBytes(out Span<byte> bytes)
    {
        lock (_lock)
        {
            if (_closed)
            {
                bytes = default;
                return false;
            }
            _lent = true;
            bytes = new Span<byte>(_data, (int)_size);
            return true;
        }
    }

    public bool NativeReadOnly => Access == MmapModule.ACCESS_READ;

    public void AddExport() => Interlocked.Increment(ref _exports);

    public void RemoveExport() => Interlocked.Decrement(ref _exports);

    /// <summary>Runs an operation on the open mapping under the lock: ValueError "mmap closed or invalid" once closed.</summary>
    public T Locked<T>(Func<PyMmap, T> operation)
    {
        lock (_lock)
        {
            if (_closed) throw Errors.ValueError("mmap closed or invalid");
            return operation(this);
        }
    }

    // The members below are called only inside Locked.

    public Span<byte> Bytes => new(_data, (int)_size);

    public long Size => _size;

    public long Position
    {
        get => _pos;
        set => _pos = value;
    }

    public int Fd => _fd;

    public void CheckWritable()
    {
        if (Access == MmapModule.ACCESS_READ) throw Errors.TypeError("mmap can't modify a readonly memory map.");
    }

    public void CheckResizable()
    {
        if (Volatile.Read(ref _exports) > 0) throw Errors.New(PyExc.BufferError, "mmap can't resize with extant buffers exported.");
        if (Access != MmapModule.ACCESS_WRITE && Access != MmapModule.ACCESS_DEFAULT)
            throw Errors.TypeError("mmap can't resize a readonly or copy-on-write memory map.");
    }

    /// <summary>msync of a range (whole pages are synced: the start is rounded down to a page).</summary>
    public void Flush(long offset, long size)
    {
        if (Access is MmapModule.ACCESS_READ or MmapModule.ACCESS_COPY) return;
        if (MmapNative.MSync(_data + offset, (nuint)size, MmapNative.MS_SYNC) != 0) throw OSErrors.Last();
    }

    /// <summary>
    /// Changes the size of the mapping (and of its file). A mapping whose memory was lent to views is mapped
    /// anew and the old mapping is left to the finalizer, so a view never sees memory vanish; anonymous
    /// memory is copied over (no other process can share it: children are spawned, not forked).
    /// </summary>
    public void Resize(long newSize)
    {
        if (_fd != -1 && LibC.FTruncate(_fd, _offset + newSize) != 0) throw OSErrors.Last();
        byte* data;
        if (_lent)
        {
            data = MmapNative.Map(newSize, _prot, _flags, _fd, _offset);
            if (_fd == -1) new Span<byte>(_data, (int)Math.Min(_size, newSize)).CopyTo(new Span<byte>(data, (int)newSize));
            (_retired ??= []).Add(((nint)_data, _size));
        }
        else
        {
            data = MmapNative.MRemap(_data, (nuint)_size, (nuint)newSize, MmapNative.MREMAP_MAYMOVE);
            if (data == MmapNative.MapFailed) throw OSErrors.Last();
        }
        _data = data;
        _size = newSize;
    }

    public void Close()
    {
        lock (_lock)
        {
            if (Volatile.Read(ref _exports) > 0) throw Errors.New(PyExc.BufferError, "cannot close exported pointers exist");
            if (_closed) return;
            _closed = true;
            if (_fd != -1)
            {
                LibC.Close(_fd);
                _fd = -1;
            }
            if (!_lent) Unmap();
        }
    }

    private void Unmap()
    {
        var data = _data;
        _data = null;
        if (data != null) MmapNative.MUnmap(data, (nuint)_size);
        foreach (var (old, size) in _retired ?? []) MmapNative.MUnmap((byte*)old, (nuint)size);
        _retired = null;
        if (_fd != -1 && !_closed)
        {
            LibC.Close(_fd);
            _fd = -1;
        }
    }
}
