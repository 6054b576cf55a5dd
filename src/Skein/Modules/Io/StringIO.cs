using System.Text;

namespace Skein.Modules.Io;

/// <summary>
/// _io.StringIO: an in-memory text stream. Newlines are translated when written (newline=None turns "\r\n"
/// and "\r" into "\n"; "\r" or "\r\n" replace "\n"), and lines split at the configured newline (any of the
/// three for newline=''), as CPython. Positions count UTF-16 units, which equal code points for BMP text.
/// </summary>
public sealed class PyStringIO : PyIOBase
{
    public static readonly PyType StringIOType = PyTypes.Define("StringIO", IOBaseTypes.TextIOBase, InitType, isBaseType: true, module: "_io");

    private readonly Lock _gate = new();
    private readonly StringBuilder _buf = new();
    private int _pos;
    private bool _closed;
    private string? _newline = "\n";
    private int _seen;

    public PyStringIO(PyType type) : base(type)
    {
    }

    private void CheckClosed()
    {
        if (_closed) throw Errors.ValueError("I/O operation on closed file");
    }

    private void Initialize(PyObject? value, PyObject? newline)
    {
        string? nl = newline switch
        {
            null => "\n",
            PyNone => null,
            PyStr s => s.Value,
            _ => throw Errors.TypeError($"newline must be str or None, not {newline.Type.Name}"),
        };
        if (nl is not (null or "" or "\n" or "\r" or "\r\n")) throw Errors.ValueError($"illegal newline value: {Ops.Repr(newline!)}");
        string? initial = value switch
        {
            null or PyNone => null,
            PyStr s => s.Value,
            _ => throw Errors.TypeError($"initial_value must be str or None, not {value.Type.Name}"),
        };
        lock (_gate)
        {
            _newline = nl;
            _buf.Clear();
            _pos = 0;
            _seen = 0;
            if (initial != null)
            {
                WriteLocked(initial);
                _pos = 0;
            }
        }
    }

    private string TranslateForWrite(string s)
    {
        if (_newline == null)
        {
            if (s.Contains('\r'))
            {
                if (s.Contains("\r\n")) _seen |= 4;
                if (s.Replace("\r\n", "").Contains('\r')) _seen |= 1;
                if (s.Replace("\r\n", "").Contains('\n')) _seen |= 2;
                return s.Replace("\r\n", "\n").Replace('\r', '\n');
            }
            if (s.Contains('\n')) _seen |= 2;
            return s;
        }
        return _newline is "\r" or "\r\n" && s.Contains('\n') ? s.Replace("\n", _newline) : s;
    }

    private int WriteLocked(string s)
    {
        var text = TranslateForWrite(s);
        if (text.Length == 0) return s.Length;
        if (_pos > _buf.Length) _buf.Append('\0', _pos - _buf.Length);
        var overlap = Math.Min(text.Length, _buf.Length - _pos);
        if (overlap > 0) _buf.Remove(_pos, overlap);
        _buf.Insert(_pos, text);
        _pos += text.Length;
        return s.Length;
    }

    private string ReadLocked(long size)
    {
        var available = Math.Max(0, _buf.Length - _pos);
        var n = size < 0 ? available : (int)Math.Min(size, available);
        var r = _buf.ToString(Math.Min(_pos, _buf.Length), n);
        _pos += n;
        return r;
    }

    private string ReadLineLocked(long limit)
    {
        if (_pos >= _buf.Length) return "";
        var end = _buf.Length;
        if (limit >= 0) end = (int)Math.Min(end, _pos + limit);
        var i = _pos;
        var universal = _newline == "";
        var nl = _newline ?? "\n";
        for (; i < end; i++)
        {
            var c = _buf[i];
            if (universal)
            {
                if (c == '\n')
                {
                    i++;
                    break;
                }
                if (c == '\r')
                {
                    i += i + 1 < end && _buf[i + 1] == '\n' ? 2 : 1;
                    break;
                }
            }
            else if (c == nl[0] && (nl.Length == 1 || (i + 1 < end && _buf[i + 1] == nl[1])))
            {
                i += nl.Length;
                break;
            }
        }
        var r = _buf.ToString(_pos, i - _pos);
        _pos = i;
        return r;
    }

    private static PyStringIO Self(PyObject o) => (PyStringIO)o;

    private static PyObject Locked(PyObject self, Func<PyStringIO, PyObject> action)
    {
        var s = Self(self);
        lock (s._gate)
        {
            s.CheckClosed();
            return action(s);
        }
    }

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyStringIO(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("StringIO", args, kw, ["initial_value", "newline"]);
            Self(self).Initialize(a[0], a[1]);
        };
        t.DefGetter("closed", self => PyBool.From(Self(self)._closed));
        t.DefGetter("line_buffering", self => Locked(self, _ => PyBool.False));
        t.DefGetter("newlines", self => Locked(self, s => s._newline != null ? PyNone.Instance : s._seen switch
        {
            0 => PyNone.Instance,
            1 => new PyStr("\r"),
            2 => new PyStr("\n"),
            4 => new PyStr("\r\n"),
            3 => PyTuple.Create(new PyStr("\r"), new PyStr("\n")),
            5 => PyTuple.Create(new PyStr("\r"), new PyStr("\r\n")),
            6 => PyTuple.Create(new PyStr("\n"), new PyStr("\r\n")),
            _ => PyTuple.Create(new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n")),
        }));
        t.DefMethod("getvalue", (self, _, _) => Locked(self, s => new PyStr(s._buf.ToString())));
        t.DefMethod("read", (self, args, kw) =>
        {
            var a = ArgParser.Parse("read", args, kw, ["size"]);
            var size = IOBaseTypes.SizeArg(a[0]);
            return Locked(self, s => new PyStr(s.ReadLocked(size)));
        });
        t.DefMethod("readline", (self, args, kw) =>
        {
            var a = ArgParser.Parse("readline", args, kw, ["size"]);
            var size = IOBaseTypes.SizeArg(a[0]);
            return Locked(self, s => new PyStr(s.ReadLineLocked(size)));
        });
        t.DefMethod("write", (self, args, _) =>
        {
            ArgParser.Exactly("write", args, 1);
            var text = args[0] as PyStr ?? throw Errors.TypeError($"string argument expected, got '{args[0].Type.Name}'");
            return Locked(self, s => PyInt.From(s.WriteLocked(text.Value)));
        });
        t.DefMethod("tell", (self, _, _) => Locked(self, s => PyInt.From(s._pos)));
        t.DefMethod("seek", (self, args, _) =>
        {
            ArgParser.Range("seek", args, 1, 2);
            var pos = Ops.AsLong(args[0]);
            var whence = args.Length > 1 ? Ops.AsInt32(args[1]) : 0;
            return Locked(self, s =>
            {
                if (whence is < 0 or > 2) throw Errors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
                if (whence == 0 && pos < 0) throw Errors.ValueError($"Negative seek position {pos}");
                if (whence != 0 && pos != 0) throw Errors.OSError("Can't do nonzero cur-relative seeks");
                s._pos = whence switch { 0 => (int)Math.Min(pos, int.MaxValue), 1 => s._pos, _ => s._buf.Length };
                return PyInt.From(s._pos);
            });
        });
        t.DefMethod("truncate", (self, args, _) =>
        {
            ArgParser.Range("truncate", args, 0, 1);
            var sizeArg = args.Length > 0 && args[0] is not PyNone ? Ops.AsLong(args[0]) : -1L;
            var given = args.Length > 0 && args[0] is not PyNone;
            return Locked(self, s =>
            {
                var size = given ? sizeArg : s._pos;
                if (size < 0) throw Errors.ValueError($"Negative size value {size}");
                if (size < s._buf.Length) s._buf.Length = (int)size;
                return PyInt.From(size);
            });
        });
        t.DefMethod("readable", (self, _, _) => Locked(self, _ => PyBool.True));
        t.DefMethod("writable", (self, _, _) => Locked(self, _ => PyBool.True));
        t.DefMethod("seekable", (self, _, _) => Locked(self, _ => PyBool.True));
        t.DefMethod("close", (self, _, _) =>
        {
            var s = Self(self);
            lock (s._gate)
            {
                s._closed = true;
                s.BaseClosed = true;
                s._buf.Clear();
            }
            return PyNone.Instance;
        });
        t.Iter = self => Locked(self, _ => self);
        t.Next = self =>
        {
            var s = Self(self);
            string line;
            lock (s._gate)
            {
                s.CheckClosed();
                line = s.ReadLineLocked(-1);
            }
            return line.Length == 0 ? null : new PyStr(line);
        };
    }
}
