namespace Skein.Modules.Io;

/// <summary>
/// _io.BufferedReader, BufferedWriter and BufferedRandom over a raw stream. One lock per object serialises
/// every operation (so concurrent writers never lose or interleave bytes within a call). A read buffer
/// and a write buffer are never both non-empty: switching direction flushes the writes or rewinds the
/// raw stream over the unread bytes. Raw FileIO objects are driven natively; any other raw object
/// through its Python methods. Writers still holding data are flushed when the process exits.
/// </summary>
public sealed class PyBuffered : PyIOBase
{
    public static readonly PyType ReaderType = PyTypes.Define("BufferedReader", IOBaseTypes.BufferedIOBase, t => InitType(t, true, false), isBaseType: true, module: "_io");
    public static readonly PyType WriterType = PyTypes.Define("BufferedWriter", IOBaseTypes.BufferedIOBase, t => InitType(t, false, true), isBaseType: true, module: "_io");
    public static readonly PyType RandomType = PyTypes.Define("BufferedRandom", IOBaseTypes.BufferedIOBase, t => InitType(t, true, true), isBaseType: true, module: "_io");

    private static readonly List<WeakReference<PyBuffered>> s_writers = [];

    static PyBuffered()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushAllWriters();
    }

    public readonly Lock Gate = new();
    private PyObject? _raw;
    private PyFileIO? _fileRaw;
    private int _bufferSize = IOBaseTypes.DefaultBufferSize;
    private byte[] _readBuf = [];
    private int _readPos, _readEnd;
    private byte[] _writeBuf = [];
    private int _writeLen;
    public bool CanRead, CanWrite;

    public PyBuffered(PyType type) : base(type)
    {
    }

    public PyObject Raw => _raw ?? throw Errors.ValueError("raw stream has been detached");

    public void Attach(PyObject raw, long bufferSize, bool canRead, bool canWrite)
    {
        if (bufferSize <= 0) throw Errors.ValueError("buffer size must be strictly positive");
        CanRead = canRead;
        CanWrite = canWrite;
        if (canRead && !Ops.IsTrue(Ops.CallMethod(raw, "readable"))) throw IOBaseTypes.Unsupported("File or stream is not readable.");
        if (canWrite && !Ops.IsTrue(Ops.CallMethod(raw, "writable"))) throw IOBaseTypes.Unsupported("File or stream is not writable.");
        _raw = raw;
        _fileRaw = raw is PyFileIO f && ReferenceEquals(f.Type, PyFileIO.FileIOType) ? f : null;
        _bufferSize = (int)Math.Min(bufferSize, 1 << 30);
        _readBuf = canRead ? new byte[_bufferSize] : [];
        _writeBuf = canWrite ? new byte[_bufferSize] : [];
        _readPos = _readEnd = _writeLen = 0;
        if (canWrite)
        {
            lock (s_writers)
            {
                if (s_writers.Count > 64) s_writers.RemoveAll(w => !w.TryGetTarget(out _));
                s_writers.Add(new WeakReference<PyBuffered>(this));
            }
        }
    }

    private static void FlushAllWriters()
    {
        List<PyBuffered> alive = [];
        lock (s_writers)
            foreach (var w in s_writers)
                if (w.TryGetTarget(out var b)) alive.Add(b);
        foreach (var b in alive)
        {
            try
            {
                if (b._raw != null && b._writeLen > 0 && !b.RawClosed) b.Flush();
            }
            catch (PyException)
            {
                // At exit there is nobody left to report a failed flush to, as with CPython's finalizers.
            }
        }
    }

    // ---- raw access -----------------------------------------------------------------------------

    public bool RawClosed => _fileRaw != null ? _fileRaw.IsClosed : Ops.IsTrue(Ops.GetAttr(Raw, "closed"));

    private void CheckClosed(string message)
    {
        if (RawClosed) throw Errors.ValueError(message);
    }

    private int RawReadInto(Span<byte> buffer)
    {
        if (_fileRaw != null) return _fileRaw.ReadInto(buffer);
        var target = Ops.Call(PyTypes.ByteArray, PyInt.From(buffer.Length));
        var r = Ops.CallMethod(Raw, "readinto", target);
        if (r is PyNone) return -1;
        var n = Ops.AsLong(r);
        if (n < 0 || n > buffer.Length) throw Errors.OSError($"raw readinto() returned invalid length {n} (should have been between 0 and {buffer.Length})");
        BytesLike.Read(target).AsSpan(0, (int)n).CopyTo(buffer);
        return (int)n;
    }

    private int RawWrite(ReadOnlySpan<byte> data)
    {
        if (_fileRaw != null) return _fileRaw.Write(data);
        var r = Ops.CallMethod(Raw, "write", new PyBytes(data.ToArray()));
        if (r is PyNone) return -1;
        var n = Ops.AsLong(r);
        if (n < 0 || n > data.Length) throw Errors.OSError($"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
        return (int)n;
    }

    private long RawSeek(long offset, int whence)
    {
        var r = _fileRaw != null ? _fileRaw.Seek(offset, whence) : Ops.AsLong(Ops.CallMethod(Raw, "seek", PyInt.From(offset), PyInt.From(whence)));
        if (r < 0) throw Errors.OSError($"Raw stream returned invalid position {r}");
        return r;
    }

    private long RawTell()
    {
        var r = _fileRaw != null ? _fileRaw.Tell() : Ops.AsLong(Ops.CallMethod(Raw, "tell"));
        if (r < 0) throw Errors.OSError($"Raw stream returned invalid position {r}");
        return r;
    }

    // ---- operations (callers hold Gate) ---------------------------------------------------------

    private int Buffered => _readEnd - _readPos;

    /// <summary>Before writing: give the unread bytes back to the raw stream so the write lands at the logical position.</summary>
    private void DropReadBuffer()
    {
        if (Buffered > 0) RawSeek(-Buffered, 1);
        _readPos = _readEnd = 0;
    }

    public void FlushLocked()
    {
        var written = 0;
        while (written < _writeLen)
        {
            var n = RawWrite(_writeBuf.AsSpan(written, _writeLen - written));
            if (n < 0)
            {
                Array.Copy(_writeBuf, written, _writeBuf, 0, _writeLen - written);
                _writeLen -= written;
                throw Errors.New(PyExc.BlockingIOError, PyInt.From(11), new PyStr("write could not complete without blocking"), PyInt.From(0));
            }
            written += n;
        }
        _writeLen = 0;
    }

    public void Flush()
    {
        lock (Gate) FlushLocked();
    }

    /// <summary>Refills the read buffer with one raw read; returns the count (0 at EOF, -1 would block).</summary>
    private int Fill()
    {
        if (_writeLen > 0) FlushLocked();
        _readPos = _readEnd = 0;
        var n = RawReadInto(_readBuf);
        if (n > 0) _readEnd = n;
        return n;
    }

    public byte[]? Read(long size)
    {
        lock (Gate)
        {
            CheckClosed("read of closed file");
            if (_writeLen > 0) FlushLocked();
            if (size < 0) return ReadAllLocked();
            if (size <= Buffered)
            {
                var r = _readBuf.AsSpan(_readPos, (int)size).ToArray();
                _readPos += (int)size;
                return r;
            }
            var result = new byte[size];
            var got = Buffered;
            _readBuf.AsSpan(_readPos, got).CopyTo(result);
            _readPos = _readEnd = 0;
            while (got < size)
            {
                var remaining = (int)(size - got);
                if (remaining >= _bufferSize)
                {
                    var n = RawReadInto(result.AsSpan(got));
                    if (n <= 0)
                    {
                        if (n < 0 && got == 0) return null;
                        break;
                    }
                    got += n;
                }
                else
                {
                    var n = Fill();
                    if (n <= 0)
                    {
                        if (n < 0 && got == 0) return null;
                        break;
                    }
                    var take = Math.Min(n, remaining);
                    _readBuf.AsSpan(0, take).CopyTo(result.AsSpan(got));
                    _readPos = take;
                    got += take;
                }
            }
            return got == result.Length ? result : result.AsSpan(0, got).ToArray();
        }
    }

    private byte[]? ReadAllLocked()
    {
        var head = _readBuf.AsSpan(_readPos, Buffered).ToArray();
        _readPos = _readEnd = 0;
        byte[]? rest;
        if (_fileRaw != null) rest = _fileRaw.ReadAll();
        else
        {
            var r = Ops.GetAttrOrNull(Raw, "readall") is { } readall ? Ops.Call(readall) : Ops.CallMethod(Raw, "read");
            rest = r is PyNone ? null : BytesLike.Read(r);
        }
        if (rest == null) return head.Length > 0 ? head : null;
        return head.Length == 0 ? rest : [.. head, .. rest];
    }

    public byte[] Read1(long size)
    {
        lock (Gate)
        {
            CheckClosed("read of closed file");
            if (size < 0) size = _bufferSize;
            if (size == 0) return [];
            if (Buffered == 0)
            {
                if (size >= _bufferSize)
                {
                    if (_writeLen > 0) FlushLocked();
                    var direct = new byte[size];
                    var n = RawReadInto(direct);
                    return n <= 0 ? [] : direct.AsSpan(0, n).ToArray();
                }
                if (Fill() <= 0) return [];
            }
            var take = (int)Math.Min(size, Buffered);
            var r = _readBuf.AsSpan(_readPos, take).ToArray();
            _readPos += take;
            return r;
        }
    }

    public byte[] Peek()
    {
        lock (Gate)
        {
            CheckClosed("peek of closed file");
            if (Buffered == 0) Fill();
            return _readBuf.AsSpan(_readPos, Buffered).ToArray();
        }
    }

    public byte[] ReadLine(long limit)
    {
        lock (Gate)
        {
            CheckClosed("readline of closed file");
            if (_writeLen > 0) FlushLocked();
            List<byte>? acc = null;
            while (true)
            {
                var avail = _readBuf.AsSpan(_readPos, Buffered);
                var room = limit < 0 ? int.MaxValue : (int)(limit - (acc?.Count ?? 0));
                var window = avail[..Math.Min(avail.Length, room)];
                var nl = window.IndexOf((byte)'\n');
                var take = nl >= 0 ? nl + 1 : window.Length;
                var done = nl >= 0 || window.Length == room;
                if (acc == null && done)
                {
                    var r = window[..take].ToArray();
                    _readPos += take;
                    return r;
                }
                acc ??= [];
                acc.AddRange(window[..take].ToArray());
                _readPos += take;
                if (done || Fill() <= 0) return acc.ToArray();
            }
        }
    }

    public int Write(ReadOnlySpan<byte> data)
    {
        lock (Gate)
        {
            CheckClosed("write to closed file");
            if (Buffered > 0) DropReadBuffer();
            if (_writeLen + data.Length <= _writeBuf.Length)
            {
                data.CopyTo(_writeBuf.AsSpan(_writeLen));
                _writeLen += data.Length;
                return data.Length;
            }
            FlushLocked();
            if (data.Length >= _writeBuf.Length)
            {
                var written = 0;
                while (written < data.Length)
                {
                    var n = RawWrite(data[written..]);
                    if (n < 0)
                        throw Errors.New(PyExc.BlockingIOError, PyInt.From(11), new PyStr("write could not complete without blocking"), PyInt.From(written));
                    written += n;
                }
                return data.Length;
            }
            data.CopyTo(_writeBuf);
            _writeLen = data.Length;
            return data.Length;
        }
    }

    public long Seek(long offset, int whence)
    {
        if (whence is < 0 or > 2) throw Errors.ValueError($"whence value {whence} unsupported");
        lock (Gate)
        {
            CheckClosed("seek of closed file");
            if (_writeLen > 0) FlushLocked();
            if (whence == 1) offset -= Buffered;
            _readPos = _readEnd = 0;
            return RawSeek(offset, whence);
        }
    }

    public long Tell()
    {
        lock (Gate)
        {
            CheckClosed("I/O operation on closed file");
            return RawTell() - Buffered + _writeLen;
        }
    }

    public PyObject Truncate(PyObject? size)
    {
        lock (Gate)
        {
            CheckClosed("truncate of closed file");
            if (!CanWrite) throw IOBaseTypes.Unsupported("truncate");
            if (_writeLen > 0) FlushLocked();
            var pos = size is null or PyNone ? PyInt.From(RawTell() - Buffered) : size;
            if (Buffered > 0) DropReadBuffer();
            return Ops.CallMethod(Raw, "truncate", pos);
        }
    }

    public void Close()
    {
        lock (Gate)
        {
            if (_raw == null || RawClosed) return;
            try
            {
                if (CanWrite) FlushLocked();
            }
            finally
            {
                _readPos = _readEnd = 0;
                Ops.CallMethod(Raw, "close");
            }
        }
    }

    public PyObject Detach()
    {
        lock (Gate)
        {
            var raw = Raw;
            if (_writeLen > 0) FlushLocked();
            if (Buffered > 0) DropReadBuffer();
            _raw = null;
            _fileRaw = null;
            return raw;
        }
    }

    public bool IsATty() => _fileRaw != null ? _fileRaw.IsATty() : Ops.IsTrue(Ops.CallMethod(Raw, "isatty"));

    // ---- type -----------------------------------------------------------------------------------

    private static PyBuffered Self(PyObject o) => (PyBuffered)o;

    private static void InitType(PyType t, bool reader, bool writer)
    {
        var name = t.Name;
        t.New = (type, _, _) => new PyBuffered(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse(name, args, kw, ["raw", "buffer_size"], 1);
            Self(self).Attach(a[0]!, a[1] == null ? IOBaseTypes.DefaultBufferSize : Ops.AsLong(a[1]!), reader, writer);
        };
        t.DefGetter("raw", self => Self(self).Raw);
        t.DefGetter("closed", self => PyBool.From(Self(self).RawClosed));
        t.DefGetter("name", self => Ops.GetAttr(Self(self).Raw, "name"));
        t.DefGetter("mode", self => Ops.GetAttr(Self(self).Raw, "mode"));
        t.DefMethod("readable", (self, _, _) => Ops.CallMethod(Self(self).Raw, "readable"));
        t.DefMethod("writable", (self, _, _) => Ops.CallMethod(Self(self).Raw, "writable"));
        t.DefMethod("seekable", (self, _, _) => Ops.CallMethod(Self(self).Raw, "seekable"));
        t.DefMethod("fileno", (self, _, _) => Ops.CallMethod(Self(self).Raw, "fileno"));
        t.DefMethod("isatty", (self, _, _) => PyBool.From(Self(self).IsATty()));
        t.DefMethod("detach", (self, _, _) => Self(self).Detach());
        t.DefMethod("close", (self, _, _) =>
        {
            Self(self).Close();
            return PyNone.Instance;
        });
        t.DefMethod("flush", (self, _, _) =>
        {
            var b = Self(self);
            if (b.RawClosed) throw Errors.ValueError(writer ? "flush of closed file" : "I/O operation on closed file.");
            if (writer) b.Flush();
            return PyNone.Instance;
        });
        t.DefMethod("seek", (self, args, _) =>
        {
            ArgParser.Range("seek", args, 1, 2);
            if (args[0] is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
            return PyInt.From(Self(self).Seek(Ops.AsLong(args[0]), args.Length > 1 ? Ops.AsInt32(args[1]) : 0));
        });
        t.DefMethod("tell", (self, _, _) => PyInt.From(Self(self).Tell()));
        t.DefMethod("truncate", (self, args, _) =>
        {
            ArgParser.Range("truncate", args, 0, 1);
            return Self(self).Truncate(args.Length > 0 ? args[0] : null);
        });
        t.Repr = self =>
        {
            var b = Self(self);
            var typeName = self.Type.FullName;
            if (b._raw == null) return new PyStr($"<{typeName}>");
            var n = Ops.GetAttrOrNull(b._raw, "name");
            return new PyStr(n == null ? $"<{typeName}>" : $"<{typeName} name={Ops.Repr(n)}>");
        };
        if (reader)
        {
            t.DefMethod("read", (self, args, kw) =>
            {
                var a = ArgParser.Parse("read", args, kw, ["size"]);
                var size = IOBaseTypes.SizeArg(a[0]);
                if (size < -1) throw Errors.ValueError("read length must be non-negative or -1");
                return Self(self).Read(size) is { } r ? new PyBytes(r) : PyNone.Instance;
            });
            t.DefMethod("read1", (self, args, kw) =>
            {
                var a = ArgParser.Parse("read1", args, kw, ["size"]);
                return new PyBytes(Self(self).Read1(IOBaseTypes.SizeArg(a[0])));
            });
            t.DefMethod("peek", (self, args, _) =>
            {
                ArgParser.Range("peek", args, 0, 1);
                return new PyBytes(Self(self).Peek());
            });
            t.DefMethod("readline", (self, args, kw) =>
            {
                var a = ArgParser.Parse("readline", args, kw, ["size"]);
                return new PyBytes(Self(self).ReadLine(IOBaseTypes.SizeArg(a[0])));
            });
            t.DefMethod("readinto", (self, args, _) => ReadInto(self, args, false));
            t.DefMethod("readinto1", (self, args, _) => ReadInto(self, args, true));
            t.Iter = self =>
            {
                Self(self).CheckClosed("I/O operation on closed file.");
                return self;
            };
            t.Next = self =>
            {
                var line = Self(self).ReadLine(-1);
                return line.Length == 0 ? null : new PyBytes(line);
            };
        }
        if (writer)
        {
            t.DefMethod("write", (self, args, _) =>
            {
                ArgParser.Exactly("write", args, 1);
                return PyInt.From(Self(self).Write(BytesLike.Read(args[0])));
            });
        }
    }

    private static PyObject ReadInto(PyObject self, ReadOnlySpan<PyObject> args, bool once)
    {
        ArgParser.Exactly(once ? "readinto1" : "readinto", args, 1);
        var target = args[0];
        BytesLike.RequireWritable(target);
        var length = BytesLike.Length(target);
        var data = once ? Self(self).Read1(length) : Self(self).Read(length) ?? [];
        BytesLike.WriteInto(target, 0, data);
        return PyInt.From(data.Length);
    }
}
