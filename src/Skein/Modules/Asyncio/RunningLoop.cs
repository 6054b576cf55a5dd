namespace Skein.Modules.Asyncio;

/// <summary>
/// The event loop running in each thread (asyncio's _get_running_loop / _set_running_loop), kept in a
/// thread-static field rather than a threading.local so that every Future created without a loop finds it
/// cheaply. Skein starts child processes by spawning, never by forking, so no pid check is needed.
/// </summary>
internal static class RunningLoop
{
    [ThreadStatic] private static PyObject? t_loop;

    public static PyObject? Get() => t_loop;

    public static void Set(PyObject? loop) => t_loop = loop is PyNone ? null : loop;

    public static PyObject GetOrRaise() => t_loop ?? throw Errors.RuntimeError("no running event loop");

    /// <summary>asyncio.get_event_loop(): the running loop, else the policy's loop for this thread.</summary>
    public static PyObject GetEventLoop()
    {
        if (t_loop is { } running) return running;
        var policy = Ops.Call(AsyncioLibrary.GetEventLoopPolicy);
        return Ops.CallMethod(policy, "get_event_loop");
    }
}
