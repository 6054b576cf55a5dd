using System.Runtime.CompilerServices;

namespace Skein.Modules.Asyncio;

/// <summary>
/// The task each event loop is running (_enter_task, _leave_task, current_task). Every loop gets a holder,
/// attached to it weakly; the thread remembers the last holder it used, so a loop stepping its tasks finds
/// its holder without a table lookup.
/// </summary>
internal static class CurrentTasks
{
    private sealed class Holder
    {
        public PyObject? Task;
    }

    private static readonly ConditionalWeakTable<PyObject, Holder> s_holders = new();

    [ThreadStatic] private static PyObject? t_lastLoop;
    [ThreadStatic] private static Holder? t_lastHolder;

    private static Holder HolderOf(PyObject loop)
    {
        if (ReferenceEquals(t_lastLoop, loop)) return t_lastHolder!;
        var holder = s_holders.GetValue(loop, _ => new Holder());
        t_lastLoop = loop;
        t_lastHolder = holder;
        return holder;
    }

    public static void Enter(PyObject loop, PyObject task)
    {
        var holder = HolderOf(loop);
        var current = Interlocked.CompareExchange(ref holder.Task, task, null);
        if (current != null)
            throw Errors.RuntimeError($"Cannot enter into task {Ops.Repr(task)} while another task {Ops.Repr(current)} is being executed.");
    }

    public static void Leave(PyObject loop, PyObject task)
    {
        var holder = HolderOf(loop);
        var current = Interlocked.CompareExchange(ref holder.Task, null, task);
        if (!ReferenceEquals(current, task))
            throw Errors.RuntimeError($"Leaving task {Ops.Repr(task)} does not match the current task {Ops.Repr(current ?? PyNone.Instance)}.");
    }

    public static PyObject? Current(PyObject loop) =>
        ReferenceEquals(t_lastLoop, loop) ? Volatile.Read(ref t_lastHolder!.Task)
        : s_holders.TryGetValue(loop, out var holder) ? Volatile.Read(ref holder.Task) : null;
}
