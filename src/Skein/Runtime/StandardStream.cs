using System.Text;

namespace Skein.Runtime;

/// <summary>
/// sys.stdin, sys.stdout and sys.stderr: UTF-8 text streams over the process's standard handles, with
/// a binary .buffer. Output is block-buffered when not a terminal (as CPython), line-buffered on a
/// terminal, and unbuffered with -u. Writes from several threads are serialised by a lock so lines
/// from print() never interleave within one write call.
/// </summary>
public sealed class StandardStream : PyObject
{
    public static readonly PyType TextType = PyTypes.Define("TextIOWrapper", null, InitTextType, module: "_io");
    public static readonly PyType BufferType = PyTypes.Define("BufferedWriter", null, InitBufferType, module: "_io");

    private readonly Stream _stream;
    private readonly string _name;
    private readonly int _fd;
    private readonly bool _writable;
    private readonly Lock _lock = new();
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private readonly byte[] _buffer = new byte[8192];
    private int _buffered;
    private readonly StreamReader? _reader;
    public bool LineBuffered;
    public bool WriteThrough;
    public bool Closed;
    private PyDict? _dict;

    private sealed class BinaryView(StandardStream owner) : PyObject(BufferType)
    {
        public readonly StandardStream Owner = owner;
    }

    private readonly BinaryView _binary;

    public StandardStream(Stream stream, string name, int fd, bool writable) : base(TextType)
    {
        _stream = stream;
        _name = name;
        _fd = fd;
        _writable = writable;
        if (!writable) _reader = new StreamReader(stream, new UTF8Encoding(false), false, 8192, leaveOpen: true);
        _binary = new BinaryView(this);
    }

    public override PyDict? InstanceDict { get => _dict ??= new PyDict(); set => _dict = value; }

    public void Write(string s)
    {
        lock (_lock)
        {
            if (Closed) throw Errors.ValueError("I/O operation on closed file.");
            var chars = s.AsSpan();
            while (chars.Length > 0)
            {
                var space = _buffer.Length - _buffered;
                if (space < 16)
                {
                    FlushLocked();
                    continue;
                }
                _encoder.Convert(chars, _buffer.AsSpan(_buffered), false, out var used, out var written, out _);
                _buffered += written;
                chars = chars[used..];
            }
            if (WriteThrough || (LineBuffered && s.Contains('\n'))) FlushLocked();
        }
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        lock (_lock)
        {
            FlushLocked();
            _stream.Write(bytes);
            _stream.Flush();
        }
    }

    public void Flush()
    {
        lock (_lock) FlushLocked();
    }

    private void FlushLocked()
    {
        if (_buffered == 0) return;
        try
        {
            _stream.Write(_buffer, 0, _buffered);
            _stream.Flush();
        }
        catch (IOException)
        {
            // A closed pipe (e.g. `| head`) must not crash the interpreter; CPython reports BrokenPipeError at exit at most.
        }
        _buffered = 0;
    }

    private string? ReadLine()
    {
        if (_reader == null) throw Errors.New(PyExc.OSError, "not readable");
        var sb = new StringBuilder();
        while (true)
        {
            var c = _reader.Read();
            if (c < 0) return sb.Length == 0 ? null : sb.ToString();
            sb.Append((char)c);
            if (c == '\n') return sb.ToString();
        }
    }

    private string ReadAll()
    {
        if (_reader == null) throw Errors.New(PyExc.OSError, "not readable");
        return _reader.ReadToEnd();
    }

    private static StandardStream Self(PyObject o) => (StandardStream)o;

    private static void InitTextType(PyType t)
    {
        t.DefMethod("write", (self, args, _) =>
        {
            ArgParser.Exactly("write", args, 1);
            var s = args[0] as PyStr ?? throw Errors.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            var stream = Self(self);
            if (!stream._writable) throw Errors.New(PyExc.OSError, "not writable");
            stream.Write(s.Value);
            return PyInt.From(s.Value.Length);
        });
        t.DefMethod("flush", (self, _, _) =>
        {
            Self(self).Flush();
            return PyNone.Instance;
        });
        t.DefMethod("readline", (self, args, _) => new PyStr(Self(self).ReadLine() ?? ""));
        t.DefMethod("read", (self, args, _) => new PyStr(Self(self).ReadAll()));
        t.DefMethod("readlines", (self, _, _) =>
        {
            var list = new PyList();
            while (Self(self).ReadLine() is { } line) list.Append(new PyStr(line));
            return list;
        });
        t.DefMethod("fileno", (self, _, _) => PyInt.From(Self(self)._fd));
        t.DefMethod("isatty", (self, _, _) => PyBool.From(Self(self)._fd switch
        {
            0 => !Console.IsInputRedirected,
            1 => !Console.IsOutputRedirected,
            _ => !Console.IsErrorRedirected,
        }));
        t.DefMethod("writable", (self, _, _) => PyBool.From(Self(self)._writable));
        t.DefMethod("readable", (self, _, _) => PyBool.From(!Self(self)._writable));
        t.DefMethod("seekable", (_, _, _) => PyBool.False);
        t.DefMethod("close", (self, _, _) =>
        {
            Self(self).Flush();
            Self(self).Closed = true;
            return PyNone.Instance;
        });
        t.DefMethod("reconfigure", (self, _, kw) =>
        {
            if (kw?.GetItemOrNull("line_buffering") is { } lb) Self(self).LineBuffered = Ops.IsTrue(lb);
            if (kw?.GetItemOrNull("write_through") is { } wt) Self(self).WriteThrough = Ops.IsTrue(wt);
            return PyNone.Instance;
        });
        t.DefMethod("__enter__", (self, _, _) => self);
        t.DefMethod("__exit__", (self, _, _) =>
        {
            Self(self).Flush();
            return PyNone.Instance;
        });
        t.Iter = self => self;
        t.Next = self => Self(self).ReadLine() is { } line ? new PyStr(line) : null;
        t.DefGetter("closed", self => PyBool.From(Self(self).Closed));
        t.DefGetter("name", self => new PyStr(Self(self)._name));
        t.DefGetter("encoding", _ => new PyStr("utf-8"));
        t.DefGetter("errors", _ => new PyStr("strict"));
        t.DefGetter("mode", self => new PyStr(Self(self)._writable ? "w" : "r"));
        t.DefGetter("line_buffering", self => PyBool.From(Self(self).LineBuffered));
        t.DefGetter("buffer", self => Self(self)._binary);
        t.Repr = self => new PyStr($"<_io.TextIOWrapper name='{Self(self)._name}' mode='{(Self(self)._writable ? "w" : "r")}' encoding='utf-8'>");
    }

    private static void InitBufferType(PyType t)
    {
        t.DefMethod("write", (self, args, _) =>
        {
            ArgParser.Exactly("write", args, 1);
            var owner = ((BinaryView)self).Owner;
            var bytes = args[0] is PyBytes b ? b.Value
                : Ops.Call(PyTypes.Bytes, args[0]) is PyBytes converted ? converted.Value
                : throw Errors.TypeError($"a bytes-like object is required, not '{args[0].Type.Name}'");
            owner.WriteBytes(bytes);
            return PyInt.From(bytes.Length);
        });
        t.DefMethod("flush", (self, _, _) =>
        {
            ((BinaryView)self).Owner.Flush();
            return PyNone.Instance;
        });
        t.DefMethod("read", (self, args, _) =>
        {
            var owner = ((BinaryView)self).Owner;
            using var ms = new MemoryStream();
            owner._stream.CopyTo(ms);
            return new PyBytes(ms.ToArray());
        });
        t.DefMethod("fileno", (self, _, _) => PyInt.From(((BinaryView)self).Owner._fd));
    }
}
