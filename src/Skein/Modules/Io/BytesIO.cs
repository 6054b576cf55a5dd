namespace Skein.Modules.Io;

/// <summary>_io.BytesIO: an in-memory binary stream (writing past the end pads with zero bytes, as CPython).</summary>
public sealed class PyBytesIO : PyIOBase
{
    public static readonly PyType BytesIOType = PyTypes.Define("BytesIO", IOBaseTypes.BufferedIOBase, InitType, isBaseType: true, module: "_io");

    private readonly Lock _gate = new();
    private byte[] _buf = [];
    private int _len, _pos;
    private bool _closed;

    public PyBytesIO(PyType type) : base(type)
    {
    }

    private void CheckClosed()
    {
        if (_closed) throw Errors.ValueError("I/O operation on closed file.");
    }

    public byte[] GetValue()
    {
        lock (_gate)
        {
            CheckClosed();
            return _buf.AsSpan(0, _len).ToArray();
        }
    }

    private ReadOnlySpan<byte> ReadLocked(long size)
    {
        var available = Math.Max(0, _len - _pos);
        var n = size < 0 ? available : (int)Math.Min(size, available);
        var r = _buf.AsSpan(Math.Min(_pos, _len), n);
        _pos += n;
        return r;
    }

    private ReadOnlySpan<byte> ReadLineLocked(long limit)
    {
        if (_pos >= _len) return [];
        var window = _buf.AsSpan(_pos, _len - _pos);
        if (limit >= 0 && limit < window.Length) window = window[..(int)limit];
        var nl = window.IndexOf((byte)'\n');
        var n = nl >= 0 ? nl + 1 : window.Length;
        var r = _buf.AsSpan(_pos, n);
        _pos += n;
        return r;
    }

    private int WriteLocked(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return 0;
        var end = _pos + data.Length;
        if (end > _buf.Length) Array.Resize(ref _buf, Math.Max(end, _buf.Length * 2));
        if (_pos > _len) _buf.AsSpan(_len, _pos - _len).Clear();
        data.CopyTo(_buf.AsSpan(_pos));
        _pos = end;
        if (end > _len) _len = end;
        return data.Length;
    }

    private static PyBytesIO Self(PyObject o) => (PyBytesIO)o;

    private static PyObject Locked(PyObject self, Func<PyBytesIO, PyObject> action)
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
        t.New = (type, _, _) => new PyBytesIO(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("BytesIO", args, kw, ["initial_bytes"]);
            var s = Self(self);
            var initial = a[0] is null or PyNone ? [] : BytesLike.Read(a[0]!);
            lock (s._gate)
            {
                s._buf = (byte[])initial.Clone();
                s._len = initial.Length;
                s._pos = 0;
            }
        };
        t.DefGetter("closed", self => PyBool.From(Self(self)._closed));
        t.DefMethod("getvalue", (self, _, _) => new PyBytes(Self(self).GetValue()));
        t.DefMethod("getbuffer", (self, _, _) => Ops.Call(PyTypes.MemoryView, new PyBytes(Self(self).GetValue())));
        t.DefMethod("read", (self, args, kw) =>
        {
            var a = ArgParser.Parse("read", args, kw, ["size"]);
            var size = IOBaseTypes.SizeArg(a[0]);
            return Locked(self, s => new PyBytes(s.ReadLocked(size).ToArray()));
        });
        t.DefMethod("read1", (self, args, kw) =>
        {
            var a = ArgParser.Parse("read1", args, kw, ["size"]);
            var size = IOBaseTypes.SizeArg(a[0]);
            return Locked(self, s => new PyBytes(s.ReadLocked(size).ToArray()));
        });
        t.DefMethod("readline", (self, args, kw) =>
        {
            var a = ArgParser.Parse("readline", args, kw, ["size"]);
            var size = IOBaseTypes.SizeArg(a[0]);
            return Locked(self, s => new PyBytes(s.ReadLineLocked(size).ToArray()));
        });
        t.DefMethod("readinto", (self, args, _) =>
        {
            ArgParser.Exactly("readinto", args, 1);
            var target = args[0];
            BytesLike.RequireWritable(target);
            var length = BytesLike.Length(target);
            var data = Locked(self, s => new PyBytes(s.ReadLocked(length).ToArray()));
            BytesLike.WriteInto(target, 0, ((PyBytes)data).Value);
            return PyInt.From(((PyBytes)data).Value.Length);
        });
        t.DefMethod("write", (self, args, _) =>
        {
            ArgParser.Exactly("write", args, 1);
            var data = BytesLike.Read(args[0]);
            return Locked(self, s => PyInt.From(s.WriteLocked(data)));
        });
        t.DefMethod("writelines", (self, args, _) =>
        {
            ArgParser.Exactly("writelines", args, 1);
            foreach (var line in Ops.Iterate(args[0]))
            {
                var data = BytesLike.Read(line);
                Locked(self, s => PyInt.From(s.WriteLocked(data)));
            }
            return PyNone.Instance;
        });
        t.DefMethod("tell", (self, _, _) => Locked(self, s => PyInt.From(s._pos)));
        t.DefMethod("seek", (self, args, _) =>
        {
            ArgParser.Range("seek", args, 1, 2);
            var pos = Ops.AsLong(args[0]);
            var whence = args.Length > 1 ? Ops.AsInt32(args[1]) : 0;
            return Locked(self, s =>
            {
                if (whence is < 0 or > 2) throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
                if (whence == 0 && pos < 0) throw Errors.ValueError($"negative seek value {pos}");
                var target = whence switch { 0 => pos, 1 => s._pos + pos, _ => s._len + pos };
                s._pos = (int)Math.Clamp(target, 0, int.MaxValue);
                return PyInt.From(s._pos);
            });
        });
        t.DefMethod("truncate", (self, args, _) =>
        {
            ArgParser.Range("truncate", args, 0, 1);
            var given = args.Length > 0 && args[0] is not PyNone;
            var sizeArg = given ? Ops.AsLong(args[0]) : 0;
            return Locked(self, s =>
            {
                var size = given ? sizeArg : s._pos;
                if (size < 0) throw Errors.ValueError($"negative size value {size}");
                if (size < s._len) s._len = (int)size;
                return PyInt.From(size);
            });
        });
        t.DefMethod("readable", (self, _, _) => Locked(self, _ => PyBool.True));
        t.DefMethod("writable", (self, _, _) => Locked(self, _ => PyBool.True));
        t.DefMethod("seekable", (self, _, _) => Locked(self, _ => PyBool.True));
        t.DefMethod("flush", (self, _, _) => Locked(self, _ => PyNone.Instance));
        t.DefMethod("isatty", (self, _, _) => Locked(self, _ => PyBool.False));
        t.DefMethod("close", (self, _, _) =>
        {
            var s = Self(self);
            lock (s._gate)
            {
                s._closed = true;
                s.BaseClosed = true;
                s._buf = [];
                s._len = s._pos = 0;
            }
            return PyNone.Instance;
        });
        t.Iter = self => Locked(self, _ => self);
        t.Next = self =>
        {
            var line = Locked(self, s => new PyBytes(s.ReadLineLocked(-1).ToArray()));
            return ((PyBytes)line).Value.Length == 0 ? null : line;
        };
    }
}
