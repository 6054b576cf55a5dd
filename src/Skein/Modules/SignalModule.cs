using System.Runtime.InteropServices;
using Skein.Modules.Posix;

namespace Skein.Modules;

/// <summary>
/// _signal (basic): handlers are stored per signal number. SIGINT (at import) and, once a handler is set,
/// SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGCONT, SIGTSTP, SIGWINCH, SIGUSR1, SIGUSR2 and SIGALRM are hooked
/// through .NET's PosixSignalRegistration. An arriving signal is recorded and its Python handler runs in
/// the main thread at the next <see cref="DeliverPending"/> (for the VM's periodic check, and called by
/// blocking posix calls interrupted with EINTR and by os.kill). The default SIGINT handler raises
/// KeyboardInterrupt through PendingInterrupt, as _thread.interrupt_main does. raise_signal() of a signal
/// with a Python handler runs the handler synchronously.
/// </summary>
[BuiltinModule("_signal")]
public static class SignalModule
{
    public const int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8, SIGKILL = 9,
        SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19,
        SIGTSTP = 20, SIGWINCH = 28, NSIG = 65;

    public static readonly PyObject SigDfl = PyInt.From(0), SigIgn = PyInt.From(1);

    private static readonly PyObject?[] s_handlers = new PyObject?[NSIG];
    private static readonly int[] s_pending = new int[NSIG];
    private static volatile bool s_anyPending;
    private static readonly Dictionary<int, PosixSignalRegistration> s_registrations = [];
    private static PyBuiltinFunction? s_defaultIntHandler;
    private static int s_mainThreadId;

    public static PyObject DefaultIntHandler => s_defaultIntHandler ??= new PyBuiltinFunction("default_int_handler", (_, _) =>
        throw Errors.New(PyExc.KeyboardInterrupt)) { Module = "_signal" };

    public static void Init(PyModule m)
    {
        s_mainThreadId = Environment.CurrentManagedThreadId;
        foreach (var (name, value) in new[]
        {
            ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP), ("SIGABRT", SIGABRT),
            ("SIGIOT", SIGABRT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL), ("SIGUSR1", SIGUSR1), ("SIGSEGV", SIGSEGV),
            ("SIGUSR2", SIGUSR2), ("SIGPIPE", SIGPIPE), ("SIGALRM", SIGALRM), ("SIGTERM", SIGTERM), ("SIGCHLD", SIGCHLD),
            ("SIGCONT", SIGCONT), ("SIGSTOP", SIGSTOP), ("SIGTSTP", SIGTSTP), ("SIGWINCH", SIGWINCH), ("NSIG", NSIG),
        })
            m.Set(name, PyInt.From(value));
        m.Set("SIG_DFL", SigDfl);
        m.Set("SIG_IGN", SigIgn);
        m.Set("default_int_handler", DefaultIntHandler);
        lock (s_handlers) s_handlers[SIGINT] ??= DefaultIntHandler;
        EnsureRegistered(SIGINT);

        m.DefFunction("signal", (args, _) =>
        {
            ArgParser.Exactly("signal", args, 2);
            var signum = SignalNumber(args[0]);
            var handler = args[1];
            if (Environment.CurrentManagedThreadId != s_mainThreadId)
                throw Errors.ValueError("signal only works in main thread of the main interpreter");
            if (!ReferenceEquals(handler, SigDfl) && !ReferenceEquals(handler, SigIgn) && handler.Type.Call == null)
            {
                if (handler is PyInt hi && hi.IsSmall && hi.Small is 0 or 1) handler = hi.Small == 0 ? SigDfl : SigIgn;
                else throw Errors.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (signum is SIGKILL or SIGSTOP) throw OSErrors.FromErrno(LibC.EINVAL);
            PyObject old;
            lock (s_handlers)
            {
                old = s_handlers[signum] ?? SigDfl;
                s_handlers[signum] = handler;
            }
            if (signum is SIGINT or SIGTERM or SIGHUP or SIGQUIT or SIGCHLD or SIGWINCH or SIGCONT or SIGTSTP or SIGUSR1 or SIGUSR2 or SIGALRM)
                EnsureRegistered(signum);
            return old;
        });
        m.DefFunction("getsignal", (args, _) =>
        {
            ArgParser.Exactly("getsignal", args, 1);
            var signum = SignalNumber(args[0]);
            lock (s_handlers) return s_handlers[signum] ?? SigDfl;
        });
        m.DefFunction("raise_signal", (args, _) =>
        {
            ArgParser.Exactly("raise_signal", args, 1);
            var signum = SignalNumber(args[0]);
            PyObject? handler;
            lock (s_handlers) handler = s_handlers[signum];
            if (handler != null && !ReferenceEquals(handler, SigDfl))
            {
                // A handled signal raised by the process itself is delivered synchronously, as CPython does on return from raise().
                Record(signum);
                DeliverPending();
                return PyNone.Instance;
            }
            if (LibC.Raise(signum) != 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        m.DefFunction("strsignal", (args, _) =>
        {
            ArgParser.Exactly("strsignal", args, 1);
            var signum = SignalNumber(args[0]);
            return signum switch
            {
                SIGINT => new PyStr("Interrupt"),
                SIGTERM => new PyStr("Terminated"),
                SIGKILL => new PyStr("Killed"),
                SIGHUP => new PyStr("Hangup"),
                SIGQUIT => new PyStr("Quit"),
                SIGCHLD => new PyStr("Child exited"),
                SIGALRM => new PyStr("Alarm clock"),
                SIGPIPE => new PyStr("Broken pipe"),
                SIGUSR1 => new PyStr("User defined signal 1"),
                SIGUSR2 => new PyStr("User defined signal 2"),
                SIGSEGV => new PyStr("Segmentation fault"),
                SIGABRT => new PyStr("Aborted"),
                _ => PyNone.Instance,
            };
        });
        m.DefFunction("valid_signals", (_, _) =>
        {
            var items = new List<PyObject>();
            for (var i = 1; i < NSIG; i++)
                if (i is not (32 or 33)) items.Add(PyInt.From(i));
            return Ops.Call(PyTypes.Set, new PyList(items));
        });
    }

    private static int SignalNumber(PyObject o)
    {
        var n = Ops.AsInt32(o);
        if (n < 1 || n >= NSIG) throw Errors.ValueError("signal number out of range");
        return n;
    }

    private static void EnsureRegistered(int signum)
    {
        if (OperatingSystem.IsWindows()) return;
        lock (s_registrations)
        {
            if (s_registrations.ContainsKey(signum)) return;
            try
            {
                var signal = signum switch
                {
                    SIGHUP => PosixSignal.SIGHUP,
                    SIGINT => PosixSignal.SIGINT,
                    SIGQUIT => PosixSignal.SIGQUIT,
                    SIGTERM => PosixSignal.SIGTERM,
                    SIGCHLD => PosixSignal.SIGCHLD,
                    SIGCONT => PosixSignal.SIGCONT,
                    SIGWINCH => PosixSignal.SIGWINCH,
                    SIGTSTP => PosixSignal.SIGTSTP,
                    _ => (PosixSignal)signum,
                };
                s_registrations[signum] = PosixSignalRegistration.Create(signal, context => OnSignal(signum, context));
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException)
            {
                // The runtime reserves this signal; the handler is still stored and runs for raise_signal().
            }
        }
    }

    private static void OnSignal(int signum, PosixSignalContext context)
    {
        PyObject? handler;
        lock (s_handlers) handler = s_handlers[signum];
        if (handler == null || ReferenceEquals(handler, SigDfl)) return;
        // Any Python-level disposition replaces the default action (terminating the process).
        context.Cancel = true;
        if (ReferenceEquals(handler, SigIgn)) return;
        if (ReferenceEquals(handler, s_defaultIntHandler))
        {
            PendingInterrupt.Request();
            return;
        }
        Record(signum);
    }

    private static void Record(int signum)
    {
        Interlocked.Increment(ref s_pending[signum]);
        s_anyPending = true;
        EvalBreaker.Request();
    }

    /// <summary>Runs the Python handlers of signals that arrived, in the main thread; a handler's exception propagates to the caller.</summary>
    public static void DeliverPending()
    {
        if (!s_anyPending || Environment.CurrentManagedThreadId != s_mainThreadId) return;
        s_anyPending = false;
        for (var signum = 1; signum < NSIG; signum++)
        {
            while (Volatile.Read(ref s_pending[signum]) > 0)
            {
                Interlocked.Decrement(ref s_pending[signum]);
                PyObject? handler;
                lock (s_handlers) handler = s_handlers[signum];
                if (handler == null || handler is PyInt) continue;
                var current = ThreadState.Current.CurrentFrame as Vm.PyFrame;
                Vm.PyFrame.MarkEscaped(current);
                var frame = (PyObject?)current ?? PyNone.Instance;
                Ops.Call(handler, PyInt.From(signum), frame);
            }
        }
    }
}
