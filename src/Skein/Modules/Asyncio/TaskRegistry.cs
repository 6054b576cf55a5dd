namespace Skein.Modules.Asyncio;

/// <summary>
/// The tasks not yet done, of every loop (_register_task, _unregister_task, all_tasks). A task leaves the
/// registry when it finishes. Membership is by identity, so registering costs no Python hashing.
/// </summary>
internal static class TaskRegistry
{
    private static readonly HashSet<PyObject> s_tasks = new(ReferenceEqualityComparer.Instance);
    private static readonly Lock s_lock = new();

    public static void Register(PyObject task)
    {
        lock (s_lock) s_tasks.Add(task);
    }

    public static void Unregister(PyObject task)
    {
        lock (s_lock) s_tasks.Remove(task);
    }

    /// <summary>all_tasks(loop): the registered tasks of loop that are not done.</summary>
    public static PySet AllTasks(PyObject loop)
    {
        PyObject[] snapshot;
        lock (s_lock) snapshot = [.. s_tasks];
        var result = new PySet();
        foreach (var task in snapshot)
        {
            if (task is PyFuture { Loop: not null } f)
            {
                if (ReferenceEquals(f.Loop, loop) && !f.Done) result.Add(task);
            }
            else if (ReferenceEquals(FutureLoop(task), loop) && !Ops.IsTrue(Ops.CallMethod(task, "done"))) result.Add(task);
        }
        return result;
    }

    /// <summary>futures._get_loop: the loop a future-like object belongs to.</summary>
    public static PyObject FutureLoop(PyObject future)
    {
        if (future is PyFuture f && f.Loop != null) return f.Loop;
        var getLoop = Ops.GetAttrOrNull(future, PyStr.Intern("get_loop"));
        return getLoop != null ? Ops.Call(getLoop) : Ops.GetAttr(future, "_loop");
    }
}
