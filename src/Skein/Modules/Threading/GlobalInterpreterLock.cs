namespace Skein.Modules;

/// <summary>
/// The optional GIL (-X gil=1 or PYTHON_GIL=1), for comparing Skein with and without one. When enabled,
/// a thread must hold it to run Python code; the running thread offers it to waiters every switch
/// interval (polled by the VM) and releases it around blocking calls (sleep, lock waits, I/O), as
/// CPython does. When disabled every method is a cheap no-op.
/// </summary>
public static class GlobalInterpreterLock
{
    private static readonly SemaphoreSlim s_gil = new(1, 1);
    [ThreadStatic] private static int t_held;
    private static int s_waiters;

    public static bool Enabled => SysModule.GilEnabled;

    /// <summary>When the current holder took the GIL: it is handed over only after a switch interval.</summary>
    [ThreadStatic] private static long t_acquiredAt;

    /// <summary>The switch interval in Stopwatch ticks (sys.setswitchinterval).</summary>
    public static long IntervalTicks = System.Diagnostics.Stopwatch.Frequency / 200;

    private static void WaitForGil()
    {
        Interlocked.Increment(ref s_waiters);
        EvalBreaker.Request();
        s_gil.Wait();
        Interlocked.Decrement(ref s_waiters);
        t_acquiredAt = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    public static void Acquire()
    {
        if (!Enabled || t_held++ > 0) return;
        WaitForGil();
    }

    public static void Release()
    {
        if (!Enabled || t_held == 0 || --t_held > 0) return;
        s_gil.Release();
    }

    /// <summary>Called by the VM every switch interval: hands the GIL over if another thread is waiting.</summary>
    public static void YieldIfContended()
    {
        if (!Enabled || t_held == 0 || Volatile.Read(ref s_waiters) == 0) return;
        if (System.Diagnostics.Stopwatch.GetTimestamp() - t_acquiredAt < IntervalTicks)
        {
            // Not this thread's turn to give way yet: check again at the next backward jump.
            EvalBreaker.Request();
            return;
        }
        s_gil.Release();
        Thread.Yield();
        WaitForGil();
    }

    /// <summary>Releases the GIL for the duration of a blocking call: <c>using (GlobalInterpreterLock.Blocking()) {...}</c>.</summary>
    public static BlockingRegion Blocking() => new(Enabled && t_held > 0);

    public readonly struct BlockingRegion : IDisposable
    {
        private readonly bool _released;

        public BlockingRegion(bool release)
        {
            _released = release;
            if (!release) return;
            var held = t_held;
            t_held = 0;
            s_gil.Release();
            SavedDepth = held;
        }

        private int SavedDepth { get; }

        public void Dispose()
        {
            if (!_released) return;
            WaitForGil();
            t_held = SavedDepth;
        }
    }
}
