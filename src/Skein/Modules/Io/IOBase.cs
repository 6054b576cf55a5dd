namespace Skein.Modules.Io;

/// <summary>
/// The CLR base of every _io object, and of Python subclasses of the _io base classes: carries the
/// instance dict and the "closed" flag that _IOBase.close sets.
/// </summary>
public class PyIOBase : PyObject
{
    private PyDict? _dict;
    public volatile bool BaseClosed;

    public PyIOBase(PyType type) : base(type)
    {
    }

    /// <summary>Every _io object has a __dict__ (open() stores the text file's mode there, FileIO its name).</summary>
    public override PyDict? InstanceDict
    {
        get => _dict ??= new PyDict();
        set => _dict = value;
    }
}

/// <summary>
/// _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase: the default behaviour Python subclasses inherit,
/// written in terms of the object's own (possibly overridden) methods, as CPython's iobase.c is.
/// </summary>
public static class IOBaseTypes
{
    public const int DefaultBufferSize = 8192;

    public static readonly PyType UnsupportedOperation = CreateUnsupportedOperation();
    public static readonly PyType IOBase = PyTypes.Define("_IOBase", null, InitIOBase, isBaseType: true, module: "_io");
    public static readonly PyType RawIOBase = PyTypes.Define("_RawIOBase", IOBase, InitRawIOBase, isBaseType: true, module: "_io");
    public static readonly PyType BufferedIOBase = PyTypes.Define("_BufferedIOBase", IOBase, InitBufferedIOBase, isBaseType: true, module: "_io");
    public static readonly PyType TextIOBase = PyTypes.Define("_TextIOBase", IOBase, InitTextIOBase, isBaseType: true, module: "_io");

    /// <summary>io.UnsupportedOperation derives from both OSError and ValueError, as in CPython.</summary>
    private static PyType CreateUnsupportedOperation()
    {
        var t = PyType.CreateBuiltin("UnsupportedOperation", PyExc.OSError);
        t.Dict.SetItem(Names.__module__, new PyStr("io"));
        t.FinishBuiltin();
        t.HasInstanceDict = true;
        t.Bases = new PyTuple([PyExc.OSError, PyExc.ValueError]);
        t.Mro = TypeType.ComputeMro(t);
        PyExc.ValueError.AddSubclass(t);
        return t;
    }

    public static PyException Unsupported(string message) => new(PyBaseException.Create(UnsupportedOperation, new PyStr(message)));

    public static PyException ClosedError() => Errors.ValueError("I/O operation on closed file.");

    public static bool IsClosed(PyObject self) =>
        self is PyIOBase { BaseClosed: true } || Ops.IsTrue(Ops.GetAttr(self, "closed"));

    public static void CheckClosed(PyObject self)
    {
        if (IsClosed(self)) throw ClosedError();
    }

    private static void CheckCapability(PyObject self, string method, string message)
    {
        if (!Ops.IsTrue(Ops.CallMethod(self, method))) throw Unsupported(message);
    }

    private static void InitIOBase(PyType t)
    {
        t.New = (type, _, _) => new PyIOBase(type);
        t.Init = (_, _, _) => { };
        t.DefGetter("closed", self => PyBool.From(self is PyIOBase { BaseClosed: true }));
        t.DefGetter("__dict__", self => self.InstanceDict ?? throw Errors.AttributeError("__dict__"));
        t.DefMethod("close", (self, _, _) =>
        {
            if (self is not PyIOBase io || io.BaseClosed) return PyNone.Instance;
            try
            {
                Ops.CallMethod(self, "flush");
            }
            finally
            {
                io.BaseClosed = true;
            }
            return PyNone.Instance;
        });
        t.DefMethod("flush", (self, _, _) =>
        {
            CheckClosed(self);
            return PyNone.Instance;
        });
        t.DefMethod("readable", (_, _, _) => PyBool.False);
        t.DefMethod("writable", (_, _, _) => PyBool.False);
        t.DefMethod("seekable", (_, _, _) => PyBool.False);
        t.DefMethod("isatty", (self, _, _) =>
        {
            CheckClosed(self);
            return PyBool.False;
        });
        t.DefMethod("seek", (_, _, _) => throw Unsupported("seek"));
        t.DefMethod("truncate", (_, _, _) => throw Unsupported("truncate"));
        t.DefMethod("fileno", (_, _, _) => throw Unsupported("fileno"));
        t.DefMethod("tell", (self, _, _) => Ops.CallMethod(self, "seek", PyInt.From(0), PyInt.From(1)));
        t.DefMethod("_checkClosed", (self, _, _) =>
        {
            CheckClosed(self);
            return PyNone.Instance;
        });
        t.DefMethod("_checkReadable", (self, _, _) =>
        {
            CheckCapability(self, "readable", "File or stream is not readable.");
            return PyNone.Instance;
        });
        t.DefMethod("_checkWritable", (self, _, _) =>
        {
            CheckCapability(self, "writable", "File or stream is not writable.");
            return PyNone.Instance;
        });
        t.DefMethod("_checkSeekable", (self, _, _) =>
        {
            CheckCapability(self, "seekable", "File or stream is not seekable.");
            return PyNone.Instance;
        });
        t.DefMethod("__enter__", (self, _, _) =>
        {
            CheckClosed(self);
            return self;
        });
        t.DefMethod("__exit__", (self, _, _) => Ops.CallMethod(self, "close"));
        t.Iter = self =>
        {
            CheckClosed(self);
            return self;
        };
        t.Next = self =>
        {
            var line = Ops.CallMethod(self, "readline");
            return Ops.Len(line) == 0 ? null : line;
        };
        t.DefMethod("readline", (self, args, kw) =>
        {
            var a = ArgParser.Parse("readline", args, kw, ["size"]);
            return GenericReadLine(self, SizeArg(a[0]));
        });
        t.DefMethod("readlines", (self, args, kw) =>
        {
            var a = ArgParser.Parse("readlines", args, kw, ["hint"]);
            return ReadLines(self, SizeArg(a[0]));
        });
        t.DefMethod("writelines", (self, args, _) =>
        {
            ArgParser.Exactly("writelines", args, 1);
            CheckClosed(self);
            foreach (var line in Ops.Iterate(args[0])) Ops.CallMethod(self, "write", line);
            return PyNone.Instance;
        });
    }

    /// <summary>A size argument: None or absent is -1.</summary>
    public static long SizeArg(PyObject? o)
    {
        if (o is null or PyNone) return -1;
        if (o is not PyInt && o.Type.Index == null) throw Errors.TypeError($"argument should be integer or None, not '{o.Type.Name}'");
        return Ops.AsLong(o);
    }

    /// <summary>IOBase.readline for subclasses: read(1) until b"\n" (peek is used when the object has it).</summary>
    private static PyObject GenericReadLine(PyObject self, long limit)
    {
        var result = new List<byte>();
        var peek = Ops.GetAttrOrNull(self, "peek");
        while (limit < 0 || result.Count < limit)
        {
            var n = 1L;
            if (peek != null)
            {
                var ahead = BytesLike.Read(Ops.Call(peek, PyInt.From(1)));
                if (ahead.Length == 0) break;
                var nl = Array.IndexOf(ahead, (byte)'\n');
                n = nl >= 0 ? nl + 1 : ahead.Length;
                if (limit >= 0) n = Math.Min(n, limit - result.Count);
            }
            var chunk = Ops.CallMethod(self, "read", PyInt.From(n));
            if (chunk is PyNone) break;
            if (!BytesLike.Is(chunk)) throw Errors.OSError($"read() should have returned a bytes object, not '{chunk.Type.Name}'");
            var bytes = BytesLike.Read(chunk);
            if (bytes.Length == 0) break;
            result.AddRange(bytes);
            if (bytes[^1] == '\n') break;
        }
        return new PyBytes(result.ToArray());
    }

    public static PyObject ReadLines(PyObject self, long hint)
    {
        var list = new PyList();
        long total = 0;
        var it = Ops.GetIter(self);
        while (Ops.Next(it) is { } line)
        {
            list.Append(line);
            total += Ops.Len(line);
            if (hint > 0 && total >= hint) break;
        }
        return list;
    }

    private static void InitRawIOBase(PyType t)
    {
        t.DefMethod("read", (self, args, kw) =>
        {
            var a = ArgParser.Parse("read", args, kw, ["size"]);
            var size = SizeArg(a[0]);
            if (size < 0) return Ops.CallMethod(self, "readall");
            var buffer = Ops.Call(PyTypes.ByteArray, PyInt.From(size));
            var n = Ops.CallMethod(self, "readinto", buffer);
            if (n is PyNone) return n;
            var count = Ops.AsLong(n);
            if (count < 0 || count > size) throw Errors.ValueError($"readinto returned {count} outside buffer size {size}");
            return new PyBytes(BytesLike.Read(buffer).AsSpan(0, (int)count).ToArray());
        });
        t.DefMethod("readall", (self, _, _) =>
        {
            var result = new List<byte>();
            while (true)
            {
                var chunk = Ops.CallMethod(self, "read", PyInt.From(DefaultBufferSize));
                if (chunk is PyNone) return result.Count == 0 ? chunk : new PyBytes(result.ToArray());
                var bytes = BytesLike.Read(chunk);
                if (bytes.Length == 0) break;
                result.AddRange(bytes);
            }
            return new PyBytes(result.ToArray());
        });
        t.DefMethod("readinto", (_, _, _) => throw Errors.NotImplementedError(""));
        t.DefMethod("write", (_, _, _) => throw Errors.NotImplementedError(""));
    }

    private static void InitBufferedIOBase(PyType t)
    {
        t.DefMethod("read", (_, _, _) => throw Unsupported("read"));
        t.DefMethod("read1", (_, _, _) => throw Unsupported("read1"));
        t.DefMethod("write", (_, _, _) => throw Unsupported("write"));
        t.DefMethod("detach", (_, _, _) => throw Unsupported("detach"));
        t.DefMethod("readinto", (self, args, _) => ReadIntoViaRead(self, args, "read"));
        t.DefMethod("readinto1", (self, args, _) => ReadIntoViaRead(self, args, "read1"));
    }

    private static PyObject ReadIntoViaRead(PyObject self, ReadOnlySpan<PyObject> args, string method)
    {
        ArgParser.Exactly("readinto", args, 1);
        var target = args[0];
        BytesLike.RequireWritable(target);
        var data = BytesLike.Read(Ops.CallMethod(self, method, PyInt.From(BytesLike.Length(target))));
        BytesLike.WriteInto(target, 0, data);
        return PyInt.From(data.Length);
    }

    private static void InitTextIOBase(PyType t)
    {
        t.DefMethod("read", (_, _, _) => throw Unsupported("read"));
        t.DefMethod("readline", (_, _, _) => throw Unsupported("readline"));
        t.DefMethod("write", (_, _, _) => throw Unsupported("write"));
        t.DefMethod("detach", (_, _, _) => throw Unsupported("detach"));
        t.DefGetter("encoding", _ => PyNone.Instance);
        t.DefGetter("newlines", _ => PyNone.Instance);
        t.DefGetter("errors", _ => PyNone.Instance);
    }
}
