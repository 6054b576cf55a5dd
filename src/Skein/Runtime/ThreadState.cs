using System.Runtime.CompilerServices;

namespace Skein.Runtime;

/// <summary>
/// Per-thread interpreter state: the recursion depth shared by Python frames and native recursion
/// (repr of nested containers, comparison chains), the executing frame, and the exception being handled.
/// </summary>
public sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;

    public static ThreadState Current => t_current ??= new ThreadState();

    /// <summary>sys.getrecursionlimit(); shared by all threads as in CPython.</summary>
    public static volatile int RecursionLimit = 1000;

    public int Depth;

    /// <summary>
    /// Up to this Depth the .NET stack cannot be near its end, so entering a nested loop skips the stack probe:
    /// the main thread and Skein's threads have stacks of several MiB (a thread given a small stack with
    /// threading.stack_size() sets this to 0).
    /// </summary>
    public int UnprobedDepth = 64;

    /// <summary>The innermost executing Python frame (a Vm.PyFrame), or null outside Python code.</summary>
    public PyObject? CurrentFrame;

    /// <summary>The exception being handled (sys.exception()), or null.</summary>
    public PyBaseException? HandledException;

    /// <summary>Returned function frames kept for reuse by this thread's next calls (allocation is most of a call's cost).</summary>
    private readonly Vm.PyFrame?[] _framePool = new Vm.PyFrame?[16];
    private int _framePoolCount;

    /// <summary>A recycled frame whose slot array holds at least size slots, or null.</summary>
    internal Vm.PyFrame? TakeFrame(int size)
    {
        var n = _framePoolCount;
        if (n == 0) return null;
        var f = _framePool[n - 1]!;
        if (f.Stack.Length < size) return null;
        _framePool[n - 1] = null;
        _framePoolCount = n - 1;
        return f;
    }

    /// <summary>Keeps a frame that has returned and not escaped (its slots are cleared: unbound locals are null).</summary>
    internal void RecycleFrame(Vm.PyFrame f)
    {
        if (_framePoolCount == _framePool.Length) return;
        Array.Clear(f.Stack);
        f.Back = null;
        f.ConstructedInstance = null;
        _framePool[_framePoolCount++] = f;
    }

    /// <summary>sys.set_asyncgen_hooks(firstiter=, finalizer=), per thread as in CPython.</summary>
    public PyObject? AsyncGenFirstIter, AsyncGenFinalizer;
}

/// <summary>Guards a native recursion (repr, comparison, hashing of nested objects) against stack overflow.</summary>
public readonly struct RecursionGuard : IDisposable
{
    private readonly ThreadState _state;

    private RecursionGuard(ThreadState state) => _state = state;

    public static RecursionGuard Enter(string where = "")
    {
        var ts = ThreadState.Current;
        if (++ts.Depth > ThreadState.RecursionLimit + 50 || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.Depth--;
            throw Errors.RecursionError("maximum recursion depth exceeded" + where);
        }
        return new RecursionGuard(ts);
    }

    public void Dispose() => _state.Depth--;
}
