using System.Runtime.InteropServices;

namespace Skein.Modules;

/// <summary>
/// select: select() and poll() over file descriptors (sockets, pipes, files) with libc's poll(2).
/// Objects are accepted as ints or anything with fileno(). Waiting releases the optional GIL.
/// </summary>
[BuiltinModule("select")]
public static unsafe partial class SelectModule
{
    [LibraryImport("libc", SetLastError = true)]
    private static partial int poll(PollFd* fds, ulong nfds, int timeout);

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    public const short POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
    private const int EINTR = 4;

    public static void Init(PyModule m)
    {
        m.Set("error", PyExc.OSError);
        foreach (var (name, value) in new (string, short)[]
        {
            ("POLLIN", POLLIN), ("POLLPRI", POLLPRI), ("POLLOUT", POLLOUT), ("POLLERR", POLLERR), ("POLLHUP", POLLHUP),
            ("POLLNVAL", POLLNVAL), ("POLLRDNORM", 64), ("POLLWRNORM", 256),
        })
            m.Set(name, PyInt.From(value));
        m.DefFunction("select", Select);
        m.DefFunction("poll", (_, _) => new PollObject());
    }

    public static int FileDescriptor(PyObject o)
    {
        int fd;
        if (o is PyInt) fd = Ops.AsInt32(o);
        else
        {
            var fileno = Ops.GetAttrOrNull(o, "fileno") ?? throw Errors.TypeError("argument must be an int, or have a fileno() method.");
            fd = Ops.AsInt32(Ops.Call(fileno));
        }
        if (fd < 0) throw Errors.ValueError($"file descriptor cannot be a negative integer ({fd})");
        return fd;
    }

    private static int TimeoutMs(PyObject? timeout, double scale)
    {
        if (timeout is null or PyNone) return -1;
        var t = Ops.AsDouble(timeout);
        if (t < 0) return scale == 1000 ? throw Errors.ValueError("timeout must be non-negative") : -1;
        return (int)Math.Min(Math.Ceiling(t * scale), int.MaxValue);
    }

    private static int Wait(PollFd[] fds, int timeoutMs)
    {
        fixed (PollFd* p = fds)
        {
            while (true)
            {
                int r;
                using (GlobalInterpreterLock.Blocking()) r = poll(p, (ulong)fds.Length, timeoutMs);
                if (r >= 0) return r;
                var errno = Marshal.GetLastPInvokeError();
                if (errno != EINTR) throw Errors.New(PyExc.OSError, PyInt.From(errno), new PyStr(Marshal.GetPInvokeErrorMessage(errno)));
            }
        }
    }

    private static PyObject Select(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        ArgParser.Range("select", args, 3, 4);
        var lists = new PyObject[3][];
        for (var i = 0; i < 3; i++) lists[i] = Ops.ToArray(args[i]);
        var timeout = TimeoutMs(args.Length > 3 ? args[3] : null, 1000);
        var entries = new List<(PyObject Obj, int Fd, int List)>();
        var byFd = new Dictionary<int, short>();
        for (var i = 0; i < 3; i++)
        {
            foreach (var o in lists[i])
            {
                var fd = FileDescriptor(o);
                entries.Add((o, fd, i));
                var ev = i == 0 ? POLLIN : i == 1 ? POLLOUT : POLLPRI;
                byFd[fd] = (short)(byFd.GetValueOrDefault(fd) | ev);
            }
        }
        var fds = byFd.Select(kv => new PollFd { Fd = kv.Key, Events = kv.Value }).ToArray();
        Wait(fds, timeout);
        var revents = fds.ToDictionary(f => f.Fd, f => f.Revents);
        var result = new[] { new PyList(), new PyList(), new PyList() };
        foreach (var (obj, fd, list) in entries)
        {
            var r = revents[fd];
            if ((r & POLLNVAL) != 0) throw Errors.New(PyExc.OSError, PyInt.From(9), new PyStr("Bad file descriptor"));
            var ready = list switch
            {
                0 => (r & (POLLIN | POLLHUP | POLLERR)) != 0,
                1 => (r & (POLLOUT | POLLERR)) != 0,
                _ => (r & POLLPRI) != 0,
            };
            if (ready) result[list].Append(obj);
        }
        return PyTuple.Create(result[0], result[1], result[2]);
    }

    /// <summary>select.poll(): a registry of fds and event masks; poll(timeout_ms) returns [(fd, events)].</summary>
    private sealed class PollObject : PyObject
    {
        private static readonly PyType s_type = PyTypes.Define("poll", null, t =>
        {
            t.DefMethod("register", (self, args, _) =>
            {
                var p = (PollObject)self;
                var fd = FileDescriptor(args[0]);
                var mask = args.Length > 1 ? (short)Ops.AsInt32(args[1]) : (short)(POLLIN | POLLPRI | POLLOUT);
                lock (p._fds) p._fds[fd] = mask;
                return PyNone.Instance;
            });
            t.DefMethod("modify", (self, args, _) =>
            {
                var p = (PollObject)self;
                var fd = FileDescriptor(args[0]);
                lock (p._fds)
                {
                    if (!p._fds.ContainsKey(fd)) throw Errors.New(PyExc.FileNotFoundError, PyInt.From(2), new PyStr("No such file or directory"));
                    p._fds[fd] = (short)Ops.AsInt32(args[1]);
                }
                return PyNone.Instance;
            });
            t.DefMethod("unregister", (self, args, _) =>
            {
                var p = (PollObject)self;
                var fd = FileDescriptor(args[0]);
                lock (p._fds)
                    if (!p._fds.Remove(fd)) throw Errors.KeyError(PyInt.From(fd));
                return PyNone.Instance;
            });
            t.DefMethod("poll", (self, args, _) =>
            {
                var p = (PollObject)self;
                PollFd[] fds;
                lock (p._fds) fds = p._fds.Select(kv => new PollFd { Fd = kv.Key, Events = kv.Value }).ToArray();
                Wait(fds, TimeoutMs(args.Length > 0 ? args[0] : null, 1));
                var result = new PyList();
                foreach (var f in fds)
                    if (f.Revents != 0) result.Append(PyTuple.Create(PyInt.From(f.Fd), PyInt.From((ushort)f.Revents)));
                return result;
            });
        });

        private readonly Dictionary<int, short> _fds = [];

        public PollObject() : base(s_type)
        {
        }
    }
}
