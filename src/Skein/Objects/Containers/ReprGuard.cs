namespace Skein.Objects.Containers;

/// <summary>
/// CPython's Py_ReprEnter/Py_ReprLeave: the containers whose repr is in progress on this thread, so a
/// container that contains itself prints "[...]" instead of recursing. Per thread, because two threads
/// printing the same list at once are not a recursion.
/// </summary>
public static class ReprGuard
{
    [ThreadStatic] private static List<PyObject>? t_active;

    /// <summary>False when obj's repr is already in progress on this thread; otherwise marks it and returns true (pair with <see cref="Leave"/>).</summary>
    public static bool Enter(PyObject obj)
    {
        var active = t_active ??= [];
        foreach (var o in active)
            if (ReferenceEquals(o, obj)) return false;
        active.Add(obj);
        return true;
    }

    public static void Leave(PyObject obj)
    {
        var active = t_active;
        if (active == null) return;
        for (var i = active.Count - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(active[i], obj)) continue;
            active.RemoveAt(i);
            return;
        }
    }
}
