namespace Skein.Vm;

/// <summary>The runtime side of except*: splitting a raised group by handler type and combining what the handlers raised.</summary>
internal static class ExceptionGroups
{
    private static bool IsGroup(PyObject o) => o.Type.IsSubtypeOf(PyExc.BaseExceptionGroup);

    /// <summary>except* T: (rest, match) with match None when nothing matched. A naked exception is wrapped in a group.</summary>
    public static (PyObject Remaining, PyObject Matched) Split(PyObject exc, PyObject type)
    {
        var types = type is PyTuple t ? t.Items : [type];
        foreach (var x in types)
        {
            if (x is not PyType pt || !pt.IsSubtypeOf(PyExc.BaseException))
                throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
            if (pt.IsSubtypeOf(PyExc.BaseExceptionGroup))
                throw Errors.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if (!IsGroup(exc))
        {
            if (!Ops.IsInstance(exc, type)) return (exc, PyNone.Instance);
            var e = (PyBaseException)exc;
            // CPython wraps a naked exception with a tuple of one, and combines raised ones with a list.
            var group = MakeGroup(PyTuple.Create(exc), exc.Type.IsSubtypeOf(PyExc.Exception));
            group.Traceback = e.Traceback;
            group.Cause = e.Cause;
            group.Context = e.Context;
            return (PyNone.Instance, group);
        }
        var parts = Ops.Call(Ops.GetAttr(exc, "split"), type);
        var pair = parts as PyTuple ?? throw Errors.TypeError("split must return a tuple");
        return (pair.Items[1], pair.Items[0]);
    }

    private static PyBaseException MakeGroup(PyObject excs, bool allExceptions) =>
        (PyBaseException)Ops.Call(allExceptions ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup, [PyStr.Empty, excs], null);

    private static void CollectLeaves(PyObject exc, HashSet<PyObject> into)
    {
        if (IsGroup(exc))
        {
            foreach (var e in Ops.Iterate(Ops.GetAttr(exc, "exceptions"))) CollectLeaves(e, into);
        }
        else into.Add(exc);
    }

    /// <summary>After the except* clauses: the exception to re-raise (or None), from the original group and what each clause raised.</summary>
    public static PyObject PrepareReraise(PyObject orig, PyList raisedList)
    {
        var items = raisedList.ToArray();
        if (items.Length == 0) return PyNone.Instance;
        if (!IsGroup(orig)) return items[0];
        var raised = new List<PyObject>();
        var reraised = new List<PyObject>();
        var o = (PyBaseException)orig;
        foreach (var x in items)
        {
            if (x is not PyBaseException e) continue;
            var isReraise = ReferenceEquals(e.Traceback, o.Traceback) && ReferenceEquals(e.Cause, o.Cause) && ReferenceEquals(e.Context, o.Context);
            (isReraise ? reraised : raised).Add(e);
        }
        PyObject keep = PyNone.Instance;
        if (reraised.Count > 0)
        {
            var leaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
            foreach (var r in reraised) CollectLeaves(r, leaves);
            keep = ProjectLeaves(orig, leaves);
        }
        if (raised.Count == 0) return keep;
        if (keep is not PyNone) raised.Add(keep);
        return raised.Count > 1 ? MakeGroup(new PyList(raised.ToArray()), raised.All(x => x.Type.IsSubtypeOf(PyExc.Exception))) : raised[0];
    }

    /// <summary>The subgroup of orig whose leaves are in the given set (orig's structure and metadata kept), or None.</summary>
    private static PyObject ProjectLeaves(PyObject orig, HashSet<PyObject> leaves)
    {
        var predicate = new PyBuiltinFunction("_is_reraised", (args, _) =>
            PyBool.From(args.Length == 1 && !IsGroup(args[0]) && leaves.Contains(args[0])));
        return Ops.Call(Ops.GetAttr(orig, "subgroup"), predicate);
    }
}
