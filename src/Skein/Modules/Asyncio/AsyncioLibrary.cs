namespace Skein.Modules.Asyncio;

/// <summary>
/// The parts of asyncio written in Python that the native Future and Task use (exception classes, the event
/// loop policy, repr helpers). They are looked up on first use: _asyncio is imported while the asyncio
/// package is still initialising, before most of these exist.
/// </summary>
internal static class AsyncioLibrary
{
    private static PyObject? s_cancelledError, s_invalidStateError, s_getEventLoopPolicy, s_isCoroutine;
    private static PyObject? s_futureRepr, s_futureReprInfo, s_taskReprInfo, s_taskGetStack, s_taskPrintStack;

    private static PyObject Attr(ref PyObject? cache, string module, string name)
    {
        var value = Volatile.Read(ref cache);
        if (value != null) return value;
        value = Ops.GetAttr(ImportSystem.ImportAbsolute(module, false), name);
        Volatile.Write(ref cache, value);
        return value;
    }

    public static PyType CancelledError => (PyType)Attr(ref s_cancelledError, "asyncio.exceptions", "CancelledError");
    public static PyType InvalidStateError => (PyType)Attr(ref s_invalidStateError, "asyncio.exceptions", "InvalidStateError");
    public static PyObject GetEventLoopPolicy => Attr(ref s_getEventLoopPolicy, "asyncio.events", "get_event_loop_policy");
    public static PyObject IsCoroutine => Attr(ref s_isCoroutine, "asyncio.coroutines", "iscoroutine");
    public static PyObject FutureRepr => Attr(ref s_futureRepr, "asyncio.futures", "_future_repr");
    public static PyObject FutureReprInfo => Attr(ref s_futureReprInfo, "asyncio.futures", "_future_repr_info");
    public static PyObject TaskReprInfo => Attr(ref s_taskReprInfo, "asyncio.tasks", "_task_repr_info");
    public static PyObject TaskGetStack => Attr(ref s_taskGetStack, "asyncio.tasks", "_task_get_stack");
    public static PyObject TaskPrintStack => Attr(ref s_taskPrintStack, "asyncio.tasks", "_task_print_stack");

    public static PyException InvalidState(string message) => Errors.New(InvalidStateError, message);

    private static readonly PyStr s_context = PyStr.Intern("context");

    /// <summary>obj.name(*args, context=ctx): a method call that skips the bound method when the class's own function is used.</summary>
    public static PyObject CallMethod(PyObject obj, PyStr name, ReadOnlySpan<PyObject> args, PyObject? context = null)
    {
        PyDict? kwargs = null;
        if (context != null)
        {
            kwargs = new PyDict();
            kwargs.SetItem(s_context, context);
        }
        var method = obj.Type.Lookup(name);
        if (method != null && ReferenceEquals(method.Type, PyTypes.Function) && obj.InstanceDict?.GetItemOrNull(name) == null)
            return Ops.CallWithSelf(method, obj, args, kwargs);
        return Ops.Call(Ops.GetAttr(obj, name), args, kwargs);
    }
}
