using System.Runtime.InteropServices;

namespace Skein.Modules;

/// <summary>
/// _thread: real .NET threads running Python callables in parallel (no GIL), and the primitive locks the
/// threading module is built on.
/// </summary>
[BuiltinModule("_thread")]
public static partial class ThreadModule
{
    /// <summary>Stack size for new threads: Python frames live on the VM's own chain, so this only bounds native recursion.</summary>
    private static int s_stackSize = 16 * 1024 * 1024;
    private static int s_threadCount;

    public const double TimeoutMax = 9223372036.0;

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();

    public static long NativeId()
    {
        try
        {
            return OperatingSystem.IsLinux() ? GetTid() : Environment.CurrentManagedThreadId;
        }
        catch (DllNotFoundException)
        {
            return Environment.CurrentManagedThreadId;
        }
        catch (EntryPointNotFoundException)
        {
            return Environment.CurrentManagedThreadId;
        }
    }

    public static void Init(PyModule m)
    {
        m.Set("LockType", PyLock.LockType);
        m.Set("lock", PyLock.LockType);
        m.Set("RLock", PyRLock.RLockType);
        m.Set("_local", PyThreadLocal.LocalType);
        m.Set("error", PyExc.RuntimeError);
        m.Set("TIMEOUT_MAX", new PyFloat(TimeoutMax));
        m.DefFunction("allocate_lock", (_, _) => new PyLock());
        m.DefFunction("allocate", (_, _) => new PyLock());
        m.DefFunction("get_ident", (_, _) => PyInt.From(Environment.CurrentManagedThreadId));
        m.DefFunction("get_native_id", (_, _) => PyInt.From(NativeId()));
        m.DefFunction("_count", (_, _) => PyInt.From(Volatile.Read(ref s_threadCount)));
        m.DefFunction("stack_size", (args, _) =>
        {
            ArgParser.Range("stack_size", args, 0, 1);
            var old = s_stackSize == 16 * 1024 * 1024 ? 0 : s_stackSize;
            if (args.Length == 1)
            {
                var size = Ops.AsLong(args[0]);
                if (size != 0 && size < 32768) throw Errors.ValueError("size not valid: 32768 bytes");
                s_stackSize = size == 0 ? 16 * 1024 * 1024 : (int)Math.Min(size, int.MaxValue);
            }
            return PyInt.From(old);
        });
        m.DefFunction("interrupt_main", (args, _) =>
        {
            PendingInterrupt.Request();
            return PyNone.Instance;
        });
        m.DefFunction("start_new_thread", StartNewThread);
        m.DefFunction("start_new", StartNewThread);
        m.DefFunction("exit", (_, _) => throw Errors.New(PyExc.SystemExit));
        m.DefFunction("_set_sentinel", (_, _) => new PyLock());
        m.DefFunction("daemon_threads_allowed", (_, _) => PyBool.True);
    }

    private static PyObject StartNewThread(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        ArgParser.Range("start_new_thread", args, 2, 3);
        var function = args[0];
        if (function.Type.Call == null) throw Errors.TypeError("first arg must be callable");
        if (args[1] is not PyTuple callArgs) throw Errors.TypeError("2nd arg must be a tuple");
        PyDict? callKwargs = null;
        if (args.Length == 3 && args[2] is not PyNone)
            callKwargs = args[2] as PyDict ?? throw Errors.TypeError("optional 3rd arg must be a dictionary");
        var stackSize = s_stackSize;
        var thread = new Thread(() =>
        {
            if (stackSize < 4 * 1024 * 1024) ThreadState.Current.UnprobedDepth = 0;
            try
            {
                GlobalInterpreterLock.Acquire();
                Ops.Call(function, callArgs.Items, callKwargs);
            }
            catch (PyException e) when (e.Is(PyExc.SystemExit))
            {
                // SystemExit ends just this thread, silently, as in CPython.
            }
            catch (PyException e)
            {
                ReportUnhandled(function, e.Value);
            }
            finally
            {
                GlobalInterpreterLock.Release();
                Interlocked.Decrement(ref s_threadCount);
            }
        }, stackSize)
        {
            IsBackground = true,
        };
        // The new thread's ident (its managed id) is known before it runs, so the caller need not wait for it
        // to start; it counts as running from now, as in CPython.
        Interlocked.Increment(ref s_threadCount);
        try
        {
            thread.Start();
        }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref s_threadCount);
            throw Errors.RuntimeError("can't start new thread");
        }
        return PyInt.From(thread.ManagedThreadId);
    }

    private static void ReportUnhandled(PyObject function, PyBaseException e)
    {
        try
        {
            PythonRuntime.WriteStderr($"Exception ignored in thread started by: {Ops.Repr(function)}\n");
            PythonRuntime.PrintException(e);
        }
        catch (PyException)
        {
            // Reporting failed (e.g. sys.stderr is gone at shutdown); nothing else can be done.
        }
    }
}

/// <summary>
/// A request from _thread.interrupt_main() or SIGINT, delivered as KeyboardInterrupt in the main thread:
/// at the VM's next backward jump (through EvalBreaker), or at once when the main thread is blocked in
/// sleep() or a lock wait (those waits observe <see cref="Token"/>).
/// </summary>
public static class PendingInterrupt
{
    private static volatile bool s_requested;
    private static CancellationTokenSource s_cancel = new();

    /// <summary>The thread that receives KeyboardInterrupt (the one running __main__).</summary>
    public static int MainThreadId = -1;

    public static bool IsMainThread => Environment.CurrentManagedThreadId == MainThreadId;

    /// <summary>A token cancelled by an interrupt request, for blocking waits in the main thread; None elsewhere.</summary>
    public static CancellationToken Token => IsMainThread ? s_cancel.Token : CancellationToken.None;

    public static void Request()
    {
        s_requested = true;
        EvalBreaker.Request();
        s_cancel.Cancel();
    }

    /// <summary>Raises KeyboardInterrupt in the main thread if one was requested (and consumes the request).</summary>
    public static void ThrowIfRequested()
    {
        if (!s_requested || !IsMainThread) return;
        s_requested = false;
        s_cancel = new CancellationTokenSource();
        throw Errors.New(PyExc.KeyboardInterrupt);
    }

    /// <summary>True while a request is waiting for the main thread (the breaker must stay armed for it).</summary>
    public static bool IsRequested => s_requested;
}
