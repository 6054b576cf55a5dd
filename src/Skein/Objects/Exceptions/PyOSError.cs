namespace Skein.Objects;

/// <summary>
/// OSError and its subclasses: OSError(errno, strerror[, filename[, winerror[, filename2]]]).
/// Constructing OSError itself with a known errno gives the matching subclass (OSError(2, 'x') is a
/// FileNotFoundError). As in CPython, the arguments are parsed in __new__ unless a Python subclass
/// overrides __init__, in which case OSError.__init__ parses them.
/// </summary>
public sealed class PyOSError : PyBaseException
{
    public PyObject? Errno, StrError, Filename, Filename2;
    /// <summary>BlockingIOError.characters_written; -1 when unset.</summary>
    public long CharactersWritten = -1;

    public PyOSError(PyType type) : base(type)
    {
    }

    private static NewSlot? s_new;
    private static InitSlot? s_init;

    /// <summary>True when a Python subclass overrides __init__ and so parses the arguments there.</summary>
    private static bool UseInit(PyType type) => type.Init != s_init && type.New == s_new;

    internal static void InitType(PyType t)
    {
        s_new = (type, args, kw) =>
        {
            if (UseInit(type)) return new PyOSError(type);
            if (kw != null && kw.Count > 0) throw Errors.TypeError($"{type.Name}() takes no keyword arguments");
            if (ReferenceEquals(type, PyExc.OSError) && args.Length is >= 2 and <= 5 && args[0] is PyInt code
                && code.TryGetLong(out var errno) && SubclassFor(errno) is { } sub)
                type = sub;
            var e = new PyOSError(type);
            e.Parse(args);
            return e;
        };
        s_init = (self, args, kw) =>
        {
            if (!UseInit(self.Type)) return;
            PyExc.NoKeywords(self, kw);
            ((PyOSError)self).Parse(args);
        };
        t.New = s_new;
        t.Init = s_init;
        t.Str = self =>
        {
            var e = (PyOSError)self;
            if (e.Filename != null)
            {
                return new PyStr(e.Filename2 != null
                    ? $"[Errno {Ops.Str(e.Errno ?? PyNone.Instance)}] {Ops.Str(e.StrError ?? PyNone.Instance)}: {Ops.Repr(e.Filename)} -> {Ops.Repr(e.Filename2)}"
                    : $"[Errno {Ops.Str(e.Errno ?? PyNone.Instance)}] {Ops.Str(e.StrError ?? PyNone.Instance)}: {Ops.Repr(e.Filename)}");
            }
            if (e.Errno != null && e.StrError != null) return new PyStr($"[Errno {Ops.Str(e.Errno)}] {Ops.Str(e.StrError)}");
            return PyExc.BaseException.Str!(self);
        };
        ExceptionAttributes.DefField<PyOSError>(t, "errno", e => e.Errno, (e, v) => e.Errno = v);
        ExceptionAttributes.DefField<PyOSError>(t, "strerror", e => e.StrError, (e, v) => e.StrError = v);
        ExceptionAttributes.DefField<PyOSError>(t, "filename", e => e.Filename, (e, v) => e.Filename = v);
        ExceptionAttributes.DefField<PyOSError>(t, "filename2", e => e.Filename2, (e, v) => e.Filename2 = v);
        t.DefGetter("characters_written", self =>
        {
            var e = (PyOSError)self;
            return e.CharactersWritten >= 0 ? PyInt.From(e.CharactersWritten) : throw Errors.AttributeError("characters_written");
        }, (self, v) =>
        {
            var e = (PyOSError)self;
            if (v == null)
            {
                if (e.CharactersWritten < 0) throw Errors.AttributeError("characters_written");
                e.CharactersWritten = -1;
                return;
            }
            e.CharactersWritten = Ops.AsLong(v);
        });
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var e = (PyOSError)self;
            PyObject args = e.Args;
            if (e.Args.Count == 2 && e.Filename != null)
            {
                args = e.Filename2 != null
                    ? PyTuple.Create(e.Args[0], e.Args[1], e.Filename, PyNone.Instance, e.Filename2)
                    : PyTuple.Create(e.Args[0], e.Args[1], e.Filename);
            }
            var dict = e.ExistingDict;
            return dict != null && dict.Count > 0 ? PyTuple.Create(e.Type, args, dict) : PyTuple.Create(e.Type, args);
        });
    }

    private void Parse(ReadOnlySpan<PyObject> args)
    {
        Args = PyTuple.Create(args.ToArray());
        if (args.Length is < 2 or > 5) return;
        Errno = args[0];
        StrError = args[1];
        var filename = args.Length > 2 ? args[2] : null;
        // args[3] is winerror, which only Windows interprets.
        var filename2 = args.Length > 4 ? args[4] : null;
        if (filename == null || filename is PyNone) return;
        if (ReferenceEquals(Type, PyExc.BlockingIOError) && IsNumber(filename))
        {
            CharactersWritten = Ops.AsLong(filename);
            return;
        }
        Filename = filename;
        if (filename2 != null && filename2 is not PyNone) Filename2 = filename2;
        // The file names live in their own attributes, so args keeps only (errno, strerror).
        Args = PyTuple.Create(args[0], args[1]);
    }

    private static bool IsNumber(PyObject o) => o is PyInt or PyFloat || o.Type.Index != null || o.Type.Int != null || o.Type.Float != null;

    private static Dictionary<long, PyType>? s_errnoMap;

    private static PyType? SubclassFor(long errno)
    {
        var map = s_errnoMap ??= BuildErrnoMap();
        return map.TryGetValue(errno, out var t) ? t : null;
    }

    /// <summary>CPython's errno → OSError subclass table, with this platform's errno values.</summary>
    private static Dictionary<long, PyType> BuildErrnoMap()
    {
        var mac = OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();
        var map = new Dictionary<long, PyType>
        {
            [1] = PyExc.PermissionError, // EPERM
            [2] = PyExc.FileNotFoundError, // ENOENT
            [3] = PyExc.ProcessLookupError, // ESRCH
            [4] = PyExc.InterruptedError, // EINTR
            [10] = PyExc.ChildProcessError, // ECHILD
            [13] = PyExc.PermissionError, // EACCES
            [17] = PyExc.FileExistsError, // EEXIST
            [20] = PyExc.NotADirectoryError, // ENOTDIR
            [21] = PyExc.IsADirectoryError, // EISDIR
            [32] = PyExc.BrokenPipeError, // EPIPE
        };
        if (mac)
        {
            map[35] = PyExc.BlockingIOError; // EAGAIN, EWOULDBLOCK
            map[36] = PyExc.BlockingIOError; // EINPROGRESS
            map[37] = PyExc.BlockingIOError; // EALREADY
            map[53] = PyExc.ConnectionAbortedError;
            map[54] = PyExc.ConnectionResetError;
            map[58] = PyExc.BrokenPipeError; // ESHUTDOWN
            map[60] = PyExc.TimeoutError;
            map[61] = PyExc.ConnectionRefusedError;
        }
        else
        {
            map[11] = PyExc.BlockingIOError; // EAGAIN, EWOULDBLOCK
            map[115] = PyExc.BlockingIOError; // EINPROGRESS
            map[114] = PyExc.BlockingIOError; // EALREADY
            map[103] = PyExc.ConnectionAbortedError;
            map[104] = PyExc.ConnectionResetError;
            map[108] = PyExc.BrokenPipeError; // ESHUTDOWN
            map[110] = PyExc.TimeoutError;
            map[111] = PyExc.ConnectionRefusedError;
        }
        return map;
    }
}
