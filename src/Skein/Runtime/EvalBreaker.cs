namespace Skein.Runtime;

/// <summary>
/// One flag the VM polls on every backward jump (CPython's eval breaker): set when something must
/// interrupt running Python code — a Ctrl-C or _thread.interrupt_main(), a signal with a Python handler,
/// or (in -X gil=1 mode) another thread waiting for the GIL. Polling a single volatile bool keeps the
/// common case to one load.
/// </summary>
public static class EvalBreaker
{
    public static volatile bool Pending;

    /// <summary>The services behind the flag, registered by the modules that provide them.</summary>
    public static Action? Handlers;

    public static void Request() => Pending = true;

    /// <summary>Runs the pending work; may raise (KeyboardInterrupt, an exception from a signal handler).</summary>
    public static void Handle()
    {
        Pending = false;
        Handlers?.Invoke();
    }
}
