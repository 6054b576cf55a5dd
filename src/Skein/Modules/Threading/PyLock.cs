namespace Skein.Modules;

/// <summary>
/// _thread.lock: a non-reentrant lock that any thread may release (so it cannot be a Monitor).
/// Uncontended acquire/release is one interlocked operation each (<see cref="LockCore"/>).
/// </summary>
public sealed class PyLock : PyObject
{
    public static readonly PyType LockType = PyTypes.Define("lock", null, InitType, module: "_thread");

    private readonly LockCore _core = new();

    public PyLock() : base(LockType)
    {
    }

    public bool IsLocked => _core.IsLocked;

    /// <summary>Acquires with CPython's arguments: timeout -1 waits forever; returns false on timeout.</summary>
    public bool Acquire(bool blocking, double timeout)
    {
        if (!blocking)
        {
            if (timeout != -1) throw Errors.ValueError("can't specify a timeout for a non-blocking call");
            return _core.TryAcquire();
        }
        CheckTimeout(timeout);
        return _core.Acquire(timeout);
    }

    internal static void CheckTimeout(double timeout)
    {
        // CPython 3.11's messages: the timeout is converted to nanoseconds first, which fails past TIMEOUT_MAX.
        if (double.IsNaN(timeout)) throw Errors.ValueError("Invalid value NaN (not a number)");
        if (timeout > ThreadModule.TimeoutMax) throw Errors.OverflowError("timestamp out of range for platform time_t");
        if (timeout < 0 && timeout != -1) throw Errors.ValueError("timeout value must be positive");
    }

    public void Release()
    {
        if (!_core.Release()) throw Errors.RuntimeError("release unlocked lock");
    }

    /// <summary>Parses acquire(blocking=True, timeout=-1).</summary>
    internal static (bool Blocking, double Timeout) AcquireArgs(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        if (args.Length == 0 && kw == null) return (true, -1);
        var a = ArgParser.Parse("acquire", args, kw, ["blocking", "timeout"]);
        var blocking = a[0] == null || Ops.IsTrue(a[0]!);
        var timeout = a[1] == null ? -1 : Ops.AsDouble(a[1]!);
        return (blocking, timeout);
    }

    private static void InitType(PyType t)
    {
        t.DefMethod("acquire", (self, args, kw) =>
        {
            var (blocking, timeout) = AcquireArgs(args, kw);
            return PyBool.From(((PyLock)self).Acquire(blocking, timeout));
        });
        t.DefMethod("acquire_lock", (self, args, kw) =>
        {
            var (blocking, timeout) = AcquireArgs(args, kw);
            return PyBool.From(((PyLock)self).Acquire(blocking, timeout));
        });
        t.DefMethod("__enter__", (self, _, _) => PyBool.From(((PyLock)self).Acquire(true, -1)));
        t.DefMethod("release", (self, _, _) =>
        {
            ((PyLock)self).Release();
            return PyNone.Instance;
        });
        t.DefMethod("release_lock", (self, _, _) =>
        {
            ((PyLock)self).Release();
            return PyNone.Instance;
        });
        t.DefMethod("__exit__", (self, _, _) =>
        {
            ((PyLock)self).Release();
            return PyNone.Instance;
        });
        t.DefMethod("locked", (self, _, _) => PyBool.From(((PyLock)self).IsLocked));
        t.DefMethod("locked_lock", (self, _, _) => PyBool.From(((PyLock)self).IsLocked));
        t.DefMethod("_at_fork_reinit", (self, _, _) => PyNone.Instance);
        t.Repr = self => new PyStr($"<{(((PyLock)self).IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{Ops.Id(self):x}>");
    }
}

/// <summary>_thread.RLock: re-entrant, owned by the acquiring thread; with the private methods threading.Condition uses.</summary>
public sealed class PyRLock : PyObject
{
    public static readonly PyType RLockType = PyTypes.Define("RLock", null, InitType, isBaseType: false, module: "_thread");

    private readonly LockCore _core = new();
    private int _owner;
    private long _count;

    public PyRLock() : base(RLockType)
    {
    }

    private bool Acquire(bool blocking, double timeout)
    {
        var me = Environment.CurrentManagedThreadId;
        if (Volatile.Read(ref _owner) == me)
        {
            _count++;
            return true;
        }
        if (!blocking && timeout != -1) throw Errors.ValueError("can't specify a timeout for a non-blocking call");
        bool acquired;
        if (!blocking) acquired = _core.TryAcquire();
        else
        {
            PyLock.CheckTimeout(timeout);
            acquired = _core.Acquire(timeout);
        }
        if (!acquired) return false;
        Volatile.Write(ref _owner, me);
        _count = 1;
        return true;
    }

    private void Release()
    {
        if (Volatile.Read(ref _owner) != Environment.CurrentManagedThreadId || _count == 0)
            throw Errors.RuntimeError("cannot release un-acquired lock");
        if (--_count > 0) return;
        Volatile.Write(ref _owner, 0);
        _core.Release();
    }

    private static void InitType(PyType t)
    {
        t.New = (_, _, _) => new PyRLock();
        t.DefMethod("acquire", (self, args, kw) =>
        {
            var (blocking, timeout) = PyLock.AcquireArgs(args, kw);
            return PyBool.From(((PyRLock)self).Acquire(blocking, timeout));
        });
        t.DefMethod("__enter__", (self, _, _) => PyBool.From(((PyRLock)self).Acquire(true, -1)));
        t.DefMethod("release", (self, _, _) =>
        {
            ((PyRLock)self).Release();
            return PyNone.Instance;
        });
        t.DefMethod("__exit__", (self, _, _) =>
        {
            ((PyRLock)self).Release();
            return PyNone.Instance;
        });
        t.DefMethod("locked", (self, _, _) => PyBool.From(((PyRLock)self)._core.IsLocked));
        t.DefMethod("_is_owned", (self, _, _) => PyBool.From(Volatile.Read(ref ((PyRLock)self)._owner) == Environment.CurrentManagedThreadId));
        t.DefMethod("_release_save", (self, _, _) =>
        {
            var r = (PyRLock)self;
            if (r._count == 0) throw Errors.RuntimeError("cannot release un-acquired lock");
            var state = PyTuple.Create(PyInt.From(r._count), PyInt.From(r._owner));
            r._count = 0;
            Volatile.Write(ref r._owner, 0);
            r._core.Release();
            return state;
        });
        t.DefMethod("_acquire_restore", (self, args, _) =>
        {
            var r = (PyRLock)self;
            var state = (PyTuple)args[0];
            // Condition.wait must own the lock again whatever happens, so Ctrl-C does not interrupt this.
            r._core.Acquire(-1, interruptible: false);
            Volatile.Write(ref r._owner, Environment.CurrentManagedThreadId);
            r._count = Ops.AsLong(state.Items[0]);
            return PyNone.Instance;
        });
        t.DefMethod("_recursion_count", (self, _, _) =>
        {
            var r = (PyRLock)self;
            return PyInt.From(Volatile.Read(ref r._owner) == Environment.CurrentManagedThreadId ? r._count : 0);
        });
        t.DefMethod("_at_fork_reinit", (self, _, _) => PyNone.Instance);
        t.Repr = self =>
        {
            var r = (PyRLock)self;
            var owner = Volatile.Read(ref r._owner);
            return new PyStr($"<{(owner != 0 ? "locked" : "unlocked")} _thread.RLock object owner={owner} count={r._count} at 0x{Ops.Id(self):x}>");
        };
    }
}
