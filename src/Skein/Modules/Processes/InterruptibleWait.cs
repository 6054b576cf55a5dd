namespace Skein.Modules;

/// <summary>
/// Blocking waits of multiprocessing (a connection waiting for a message, a SemLock acquire) that must
/// let Ctrl-C through. CPython's waits fail with EINTR when a signal arrives and then run the Python
/// handlers; under .NET the signal is caught on another thread and interrupted system calls restart, so a
/// main thread blocked in poll() or sem_wait() would never see KeyboardInterrupt (and a parent joining
/// that child would hang). In the main thread such waits are therefore cut into short slices with the
/// pending signals handled between them; other threads never receive KeyboardInterrupt and wait in one go.
/// </summary>
internal static class InterruptibleWait
{
    /// <summary>How long Ctrl-C may wait to be noticed by a blocked main thread.</summary>
    public const int SliceMs = 50;

    public static bool InMainThread => PendingInterrupt.IsMainThread;

    /// <summary>Raises KeyboardInterrupt, or runs the Python handlers of signals that arrived (main thread only).</summary>
    public static void CheckSignals()
    {
        PendingInterrupt.ThrowIfRequested();
        SignalModule.DeliverPending();
    }

    /// <summary>The next wait in milliseconds: the time left (-1 = for ever), capped at a slice in the main thread.</summary>
    public static int NextSlice(long deadlineMs)
    {
        var left = deadlineMs == long.MaxValue ? -1 : Math.Max(0, deadlineMs - Environment.TickCount64);
        if (!InMainThread) return (int)Math.Min(left, int.MaxValue);
        return left < 0 ? SliceMs : (int)Math.Min(left, SliceMs);
    }

    /// <summary>The absolute deadline (Environment.TickCount64) for a timeout in seconds; null or negative waits for ever.</summary>
    public static long Deadline(double? timeoutSeconds) =>
        timeoutSeconds is not { } t || t < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Min(t * 1000, long.MaxValue / 4);
}
