using System.Runtime.InteropServices;
using System.Text;

namespace Skein.Modules;

/// <summary>
/// _multiprocessing: SemLock, a semaphore shared between processes (a POSIX named semaphore), on which
/// multiprocessing builds Lock, RLock, Semaphore, Condition, Event and Barrier across processes. A child
/// process reopens the semaphore by name when it unpickles the lock.
/// </summary>
[BuiltinModule("_multiprocessing")]
public static unsafe partial class MultiprocessingModule
{
    [LibraryImport("libc", SetLastError = true)]
    private static partial IntPtr sem_open(byte* name, int oflag, uint mode, uint value);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sem_wait(IntPtr sem);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sem_trywait(IntPtr sem);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sem_timedwait(IntPtr sem, long* absTimeout);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sem_post(IntPtr sem);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sem_getvalue(IntPtr sem, int* value);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sem_unlink(byte* name);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int clock_gettime(int clock, long* ts);

    private const int O_CREAT = 0x40, O_EXCL = 0x80;
    private const int EINTR = 4, EAGAIN = 11, ETIMEDOUT = 110;
    private const int RecursiveMutex = 0, Semaphore = 1;
    public const int SemValueMax = int.MaxValue;

    public static readonly PyType SemLockType = PyTypes.Define("SemLock", null, InitSemLock, isBaseType: true, module: "_multiprocessing");

    public static void Init(PyModule m)
    {
        m.Set("SemLock", SemLockType);
        m.DefFunction("sem_unlink", (args, _) =>
        {
            ArgParser.Exactly("sem_unlink", args, 1);
            var name = NameBytes(Ops.Str(args[0]));
            fixed (byte* p = name)
                if (sem_unlink(p) != 0) throw OsError(Marshal.GetLastPInvokeError());
            return PyNone.Instance;
        });
        m.Set("flags", new PyDict());
    }

    private static byte[] NameBytes(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        var z = new byte[bytes.Length + 1];
        bytes.CopyTo(z, 0);
        return z;
    }

    private static PyException OsError(int errno) =>
        Errors.New(PyExc.OSError, PyInt.From(errno), new PyStr(Marshal.GetPInvokeErrorMessage(errno)));

    private sealed class SemLock(PyType type) : PyObject(type)
    {
        public IntPtr Handle;
        public int Kind;
        public int MaxValue;
        public string Name = "";
        // Owner and count are per process: the recursion bookkeeping of a RECURSIVE_MUTEX, as in CPython.
        public int Owner;
        public int Count;
        private PyDict? _dict;

        public override PyDict? InstanceDict { get => _dict ??= new PyDict(); set => _dict = value; }

        public bool IsMine => Count > 0 && Owner == Environment.CurrentManagedThreadId;

        public bool Acquire(bool blocking, double timeout)
        {
            if (Kind == RecursiveMutex && IsMine)
            {
                Count++;
                return true;
            }
            if (sem_trywait(Handle) == 0)
            {
                Taken();
                return true;
            }
            var errno = Marshal.GetLastPInvokeError();
            if (errno != EAGAIN && errno != EINTR) throw OsError(errno);
            if (!blocking) return false;
            var ts = stackalloc long[2];
            var deadline = InterruptibleWait.Deadline(timeout < 0 ? null : timeout);
            while (true)
            {
                var slice = InterruptibleWait.NextSlice(deadline);
                int rc;
                using (GlobalInterpreterLock.Blocking())
                {
                    if (slice < 0)
                    {
                        rc = sem_wait(Handle);
                    }
                    else
                    {
                        clock_gettime(0, ts);
                        var total = ts[1] + slice * 1_000_000L;
                        ts[0] += total / 1_000_000_000;
                        ts[1] = total % 1_000_000_000;
                        rc = sem_timedwait(Handle, ts);
                    }
                }
                if (rc == 0) break;
                errno = Marshal.GetLastPInvokeError();
                if (errno != EINTR && errno != ETIMEDOUT) throw OsError(errno);
                // Ctrl-C reaches a main thread blocked here between slices (see InterruptibleWait).
                if (InterruptibleWait.InMainThread) InterruptibleWait.CheckSignals();
                if (deadline != long.MaxValue && Environment.TickCount64 >= deadline) return false;
            }
            Taken();
            return true;
        }

        private void Taken()
        {
            Count++;
            Owner = Environment.CurrentManagedThreadId;
        }

        public void Release()
        {
            if (Kind == RecursiveMutex)
            {
                if (!IsMine) throw Errors.New(PyExc.AssertionError, "attempt to release recursive lock not owned by thread");
                if (Count > 1)
                {
                    Count--;
                    return;
                }
            }
            else if (MaxValue != 1 && MaxValue != SemValueMax)
            {
                int value;
                if (sem_getvalue(Handle, &value) == 0 && value >= MaxValue)
                    throw Errors.ValueError("semaphore or lock released too many times");
            }
            else if (MaxValue == 1)
            {
                int value;
                if (sem_getvalue(Handle, &value) == 0 && value >= 1)
                    throw Errors.ValueError("semaphore or lock released too many times");
            }
            if (sem_post(Handle) != 0) throw OsError(Marshal.GetLastPInvokeError());
            Count--;
        }

        public int Value()
        {
            int value;
            if (sem_getvalue(Handle, &value) != 0) throw OsError(Marshal.GetLastPInvokeError());
            return Math.Max(0, value);
        }
    }

    private static SemLock Self(PyObject o) => (SemLock)o;

    private static void InitSemLock(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            var a = ArgParser.Parse("SemLock", args, kw, ["kind", "value", "maxvalue", "name", "unlink"], 5);
            var kind = Ops.AsInt32(a[0]!);
            if (kind != RecursiveMutex && kind != Semaphore) throw Errors.ValueError("unrecognized kind");
            var value = Ops.AsInt32(a[1]!);
            var name = Ops.Str(a[3]!);
            var bytes = NameBytes(name);
            IntPtr handle;
            fixed (byte* p = bytes)
            {
                handle = sem_open(p, O_CREAT | O_EXCL, 384, (uint)value);
                if (handle == IntPtr.Zero || handle == -1) throw OsError(Marshal.GetLastPInvokeError());
                if (Ops.IsTrue(a[4]!)) sem_unlink(p);
            }
            return new SemLock(type) { Handle = handle, Kind = kind, MaxValue = Ops.AsInt32(a[2]!), Name = name };
        };
        t.DefClassMethod("_rebuild", (cls, args, _) =>
        {
            ArgParser.Exactly("_rebuild", args, 4);
            var name = args[3] is PyNone ? throw Errors.ValueError("cannot rebuild an unnamed SemLock") : Ops.Str(args[3]);
            var bytes = NameBytes(name);
            IntPtr handle;
            fixed (byte* p = bytes)
            {
                handle = sem_open(p, 0, 0, 0);
                if (handle == IntPtr.Zero || handle == -1) throw OsError(Marshal.GetLastPInvokeError());
            }
            return new SemLock((PyType)cls) { Handle = handle, Kind = Ops.AsInt32(args[1]), MaxValue = Ops.AsInt32(args[2]), Name = name };
        });
        t.DefMethod("acquire", (self, args, kw) =>
        {
            var a = ArgParser.Parse("acquire", args, kw, ["block", "timeout"]);
            var blocking = a[0] == null || Ops.IsTrue(a[0]!);
            var timeout = a[1] is null or PyNone ? -1 : Math.Max(0, Ops.AsDouble(a[1]!));
            return PyBool.From(Self(self).Acquire(blocking, timeout));
        });
        t.DefMethod("__enter__", (self, _, _) => PyBool.From(Self(self).Acquire(true, -1)));
        t.DefMethod("release", (self, _, _) =>
        {
            Self(self).Release();
            return PyNone.Instance;
        });
        t.DefMethod("__exit__", (self, _, _) =>
        {
            Self(self).Release();
            return PyNone.Instance;
        });
        t.DefMethod("_count", (self, _, _) => PyInt.From(Self(self).Count));
        t.DefMethod("_is_mine", (self, _, _) => PyBool.From(Self(self).IsMine));
        t.DefMethod("_get_value", (self, _, _) => PyInt.From(Self(self).Value()));
        t.DefMethod("_is_zero", (self, _, _) => PyBool.From(Self(self).Value() == 0));
        t.DefMethod("_after_fork", (self, _, _) =>
        {
            Self(self).Count = 0;
            return PyNone.Instance;
        });
        t.DefGetter("handle", self => PyInt.From((long)Self(self).Handle));
        t.DefGetter("kind", self => PyInt.From(Self(self).Kind));
        t.DefGetter("maxvalue", self => PyInt.From(Self(self).MaxValue));
        t.DefGetter("name", self => new PyStr(Self(self).Name));
        t.DefAttr("SEM_VALUE_MAX", PyInt.From(SemValueMax));
    }
}
