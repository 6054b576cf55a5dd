using Skein.Modules.Posix;

namespace Skein.Modules.Io;

/// <summary>
/// _io.FileIO: raw, unbuffered I/O on an OS file descriptor (opened with posix open semantics: non-inheritable,
/// mode 0o666 before umask). Directories are refused with IsADirectoryError as in CPython.
/// </summary>
public sealed class PyFileIO : PyIOBase
{
    public static readonly PyType FileIOType = PyTypes.Define("FileIO", IOBaseTypes.RawIOBase, InitType, isBaseType: true, module: "_io");

    private int _fd = -1;
    public bool Readable, Writable, Appending, Created;
    public bool CloseFd = true;
    private int _seekable = -1;
    public long BlockSize = IOBaseTypes.DefaultBufferSize;

    public PyFileIO(PyType type) : base(type)
    {
    }

    public int Fd => _fd;
    public bool IsClosed => _fd < 0;

    public string ModeString
    {
        get
        {
            if (Created) return Readable ? "xb+" : "xb";
            if (Appending) return Readable ? "ab+" : "ab";
            if (Readable) return Writable ? "rb+" : "rb";
            return "wb";
        }
    }

    /// <summary>FileIO(file, mode='r', closefd=True, opener=None).</summary>
    public void Open(PyObject file, string mode, bool closeFd, PyObject? opener)
    {
        var rwa = 0;
        var plus = false;
        foreach (var c in mode)
        {
            switch (c)
            {
                case 'r':
                    Readable = true;
                    rwa++;
                    break;
                case 'w':
                    Writable = true;
                    rwa++;
                    break;
                case 'a':
                    Writable = Appending = true;
                    rwa++;
                    break;
                case 'x':
                    Writable = Created = true;
                    rwa++;
                    break;
                case '+':
                    if (plus) throw Errors.ValueError($"invalid mode: {mode}");
                    plus = true;
                    break;
                case 'b':
                    break;
                default:
                    throw Errors.ValueError($"invalid mode: {mode}");
            }
        }
        if (rwa != 1) throw Errors.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (plus) Readable = Writable = true;
        var flags = Readable && Writable ? LibC.O_RDWR : Readable ? LibC.O_RDONLY : LibC.O_WRONLY;
        if (Created) flags |= LibC.O_EXCL | LibC.O_CREAT;
        else if (Appending) flags |= LibC.O_APPEND | LibC.O_CREAT;
        else if (mode.Contains('w')) flags |= LibC.O_TRUNC | LibC.O_CREAT;
        flags |= LibC.O_CLOEXEC;

        if (file is PyFloat) throw Errors.TypeError("integer argument expected, got float");
        if (file is PyInt fdObj)
        {
            var fd = Ops.AsInt32(fdObj);
            if (fd < 0) throw Errors.ValueError("negative file descriptor");
            _fd = fd;
            CloseFd = closeFd;
        }
        else
        {
            if (!closeFd) throw Errors.ValueError("Cannot use closefd=False with file name");
            CloseFd = true;
            if (opener is null or PyNone) _fd = PosixModule.OpenFd(file, flags, 0x1B6, "open");
            else
            {
                var r = Ops.Call(opener, file, PyInt.From(flags));
                if (r is not PyInt) throw Errors.TypeError("expected integer from opener");
                _fd = Ops.AsInt32(r);
                if (_fd < 0) throw Errors.ValueError($"opener returned {_fd}");
            }
        }
        InstanceDict?.SetItem("name", file);
        var modeBits = PosixModule.FStatMode(_fd, out var blksize);
        if (modeBits >= 0)
        {
            if ((modeBits & 0xF000) == 0x4000)
            {
                if (CloseFd) LibC.Close(_fd);
                _fd = -1;
                throw OSErrors.FromErrno(LibC.EISDIR, file);
            }
            if (blksize > 1) BlockSize = blksize;
        }
        if (Appending) LibC.LSeek(_fd, 0, 2);
    }

    private void CheckClosed()
    {
        if (_fd < 0) throw Errors.ValueError("I/O operation on closed file");
    }

    private void CheckReadable()
    {
        if (!Readable) throw IOBaseTypes.Unsupported("File not open for reading");
    }

    private void CheckWritable()
    {
        if (!Writable) throw IOBaseTypes.Unsupported("File not open for writing");
    }

    /// <summary>One read of at most buffer.Length bytes; -1 when a non-blocking fd has nothing (read returns None then).</summary>
    public int ReadInto(Span<byte> buffer)
    {
        CheckClosed();
        CheckReadable();
        return PosixModule.ReadFdNonBlocking(_fd, buffer);
    }

    public byte[]? ReadAll()
    {
        CheckClosed();
        CheckReadable();
        var size = 0L;
        var pos = LibC.LSeek(_fd, 0, 1);
        var st = pos >= 0 ? PosixModule.FStat(_fd) : null;
        if (st != null)
        {
            var end = ((PyInt)st.Items[6]).Small;
            if (end >= pos) size = end - pos + 1;
        }
        var buffer = new byte[Math.Max(size, IOBaseTypes.DefaultBufferSize)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            var n = PosixModule.ReadFdNonBlocking(_fd, buffer.AsSpan(total));
            if (n < 0)
            {
                if (total == 0) return null;
                break;
            }
            if (n == 0) break;
            total += n;
        }
        return total == buffer.Length ? buffer : buffer.AsSpan(0, total).ToArray();
    }

    /// <summary>One write; -1 when a non-blocking fd would block (write returns None then).</summary>
    public int Write(ReadOnlySpan<byte> data)
    {
        CheckClosed();
        CheckWritable();
        return PosixModule.WriteFd(_fd, data, eagainAsMinusOne: true);
    }

    public long Seek(long offset, int whence)
    {
        CheckClosed();
        if (whence is < 0 or > 4) throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        var r = LibC.LSeek(_fd, offset, whence);
        if (r < 0) throw OSErrors.Last();
        _seekable = 1;
        return r;
    }

    public long Tell()
    {
        CheckClosed();
        var r = LibC.LSeek(_fd, 0, 1);
        if (r < 0) throw OSErrors.Last();
        return r;
    }

    public bool Seekable()
    {
        CheckClosed();
        if (_seekable < 0) _seekable = LibC.LSeek(_fd, 0, 1) < 0 ? 0 : 1;
        return _seekable == 1;
    }

    public long Truncate(long? size)
    {
        CheckClosed();
        CheckWritable();
        var length = size ?? Tell();
        if (LibC.FTruncate(_fd, length) < 0) throw OSErrors.Last();
        return length;
    }

    public bool IsATty()
    {
        CheckClosed();
        return LibC.IsATty(_fd) == 1;
    }

    public void Close()
    {
        var fd = Interlocked.Exchange(ref _fd, -1);
        if (fd < 0) return;
        BaseClosed = true;
        if (CloseFd && LibC.Close(fd) < 0) throw OSErrors.Last();
    }

    private static PyFileIO Self(PyObject o) => (PyFileIO)o;

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyFileIO(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("FileIO", args, kw, ["file", "mode", "closefd", "opener"], 1);
            var mode = a[1] == null ? "r" : a[1] as PyStr is { } ms ? ms.Value : throw Errors.TypeError($"FileIO() argument 'mode' must be str, not {a[1]!.Type.Name}");
            Self(self).Open(a[0]!, mode, a[2] == null || Ops.IsTrue(a[2]!), a[3]);
        };
        t.DefGetter("closed", self => PyBool.From(Self(self).IsClosed));
        t.DefGetter("closefd", self => PyBool.From(Self(self).CloseFd));
        t.DefGetter("mode", self => new PyStr(Self(self).ModeString));
        t.DefGetter("_blksize", self => PyInt.From(Self(self).BlockSize));
        t.DefMethod("fileno", (self, _, _) =>
        {
            Self(self).CheckClosed();
            return PyInt.From(Self(self).Fd);
        });
        t.DefMethod("readable", (self, _, _) =>
        {
            Self(self).CheckClosed();
            return PyBool.From(Self(self).Readable);
        });
        t.DefMethod("writable", (self, _, _) =>
        {
            Self(self).CheckClosed();
            return PyBool.From(Self(self).Writable);
        });
        t.DefMethod("seekable", (self, _, _) => PyBool.From(Self(self).Seekable()));
        t.DefMethod("isatty", (self, _, _) => PyBool.From(Self(self).IsATty()));
        t.DefMethod("read", (self, args, kw) =>
        {
            var a = ArgParser.Parse("read", args, kw, ["size"]);
            var size = IOBaseTypes.SizeArg(a[0]);
            var f = Self(self);
            if (size < 0)
            {
                var all = f.ReadAll();
                return all == null ? PyNone.Instance : new PyBytes(all);
            }
            var buffer = new byte[size];
            var n = f.ReadInto(buffer);
            if (n < 0) return PyNone.Instance;
            return new PyBytes(n == buffer.Length ? buffer : buffer.AsSpan(0, n).ToArray());
        });
        t.DefMethod("readall", (self, _, _) => Self(self).ReadAll() is { } all ? new PyBytes(all) : PyNone.Instance);
        t.DefMethod("readinto", (self, args, _) =>
        {
            ArgParser.Exactly("readinto", args, 1);
            var target = args[0];
            BytesLike.RequireWritable(target);
            var buffer = new byte[BytesLike.Length(target)];
            var n = Self(self).ReadInto(buffer);
            if (n < 0) return PyNone.Instance;
            BytesLike.WriteInto(target, 0, buffer.AsSpan(0, n));
            return PyInt.From(n);
        });
        t.DefMethod("write", (self, args, _) =>
        {
            ArgParser.Exactly("write", args, 1);
            var n = Self(self).Write(BytesLike.Read(args[0]));
            return n < 0 ? PyNone.Instance : PyInt.From(n);
        });
        t.DefMethod("seek", (self, args, _) =>
        {
            ArgParser.Range("seek", args, 1, 2);
            if (args[0] is PyFloat) throw Errors.TypeError("an integer is required");
            return PyInt.From(Self(self).Seek(Ops.AsLong(args[0]), args.Length > 1 ? Ops.AsInt32(args[1]) : 0));
        });
        t.DefMethod("tell", (self, _, _) => PyInt.From(Self(self).Tell()));
        t.DefMethod("truncate", (self, args, _) =>
        {
            ArgParser.Range("truncate", args, 0, 1);
            return PyInt.From(Self(self).Truncate(args.Length == 0 || args[0] is PyNone ? null : Ops.AsLong(args[0])));
        });
        t.DefMethod("close", (self, _, _) =>
        {
            Self(self).Close();
            return PyNone.Instance;
        });
        t.Repr = self =>
        {
            var f = Self(self);
            if (f.IsClosed) return new PyStr($"<{self.Type.FullName} [closed]>");
            var name = self.InstanceDict?.GetItemOrNull("name");
            var nameText = name == null ? $"fd={f.Fd}" : $"name={Ops.Repr(name)}";
            return new PyStr($"<{self.Type.FullName} {nameText} mode='{f.ModeString}' closefd={(f.CloseFd ? "True" : "False")}>");
        };
    }
}
