using System.Diagnostics;

namespace Skein.Modules;

/// <summary>
/// The end of a timed wait (CPython's timeout in seconds, -1 for none), on the monotonic clock, so that a
/// wait woken early and resumed keeps its original end.
/// </summary>
internal readonly struct Deadline
{
    private readonly long _end;

    private Deadline(long end) => _end = end;

    public static Deadline After(double seconds)
    {
        if (seconds < 0) return new Deadline(long.MaxValue);
        var ticks = seconds * Stopwatch.Frequency;
        var now = Stopwatch.GetTimestamp();
        return new Deadline(ticks >= long.MaxValue - now ? long.MaxValue : now + (long)Math.Ceiling(ticks));
    }

    /// <summary>Milliseconds left for Monitor.Wait: -1 for no end, 0 once passed; at least 1 while any time is left.</summary>
    public int RemainingMilliseconds()
    {
        if (_end == long.MaxValue) return Timeout.Infinite;
        var left = _end - Stopwatch.GetTimestamp();
        if (left <= 0) return 0;
        return (int)Math.Clamp((left * 1000 + Stopwatch.Frequency - 1) / Stopwatch.Frequency, 1, int.MaxValue - 1);
    }
}
