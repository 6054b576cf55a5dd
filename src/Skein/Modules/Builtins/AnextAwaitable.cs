namespace Skein.Modules.Builtins;

/// <summary>
/// What anext(aiterator, default) returns: awaiting it awaits aiterator.__anext__() and turns its
/// StopAsyncIteration into the default value. Ending with a value needs StopIteration(default), so the
/// step methods raise it instead of reporting plain exhaustion.
/// </summary>
internal sealed class AnextAwaitable : PyObject
{
    public static readonly PyType AwaitableType = PyTypes.Define("anext_awaitable", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((AnextAwaitable)self).Proxy(it => Send(it, PyNone.Instance));
        t.DefMethod("__await__", (self, _, _) => self);
        t.DefMethod("send", (self, args, _) =>
        {
            ArgParser.Exactly("send", args, 1);
            var value = args[0];
            return ((AnextAwaitable)self).Proxy(it => Send(it, value));
        });
        t.DefMethod("throw", (self, args, _) =>
        {
            var copy = args.ToArray();
            return ((AnextAwaitable)self).Proxy(it => Ops.Call(Ops.GetAttr(it, "throw"), copy));
        });
        t.DefMethod("close", (self, _, _) =>
        {
            var it = ((AnextAwaitable)self).AwaitableIterator();
            return Ops.GetAttrOrNull(it, "close") is { } close ? Ops.Call(close) : PyNone.Instance;
        });
    });

    private readonly PyObject _wrapped;
    private readonly PyObject _default;
    private PyObject? _iterator;

    public AnextAwaitable(PyObject wrapped, PyObject dflt) : base(AwaitableType)
    {
        _wrapped = wrapped;
        _default = dflt;
    }

    /// <summary>The iterator driving the wrapped awaitable: its __await__() result, or itself when it is already an iterator.</summary>
    private PyObject AwaitableIterator()
    {
        if (_iterator != null) return _iterator;
        PyObject it;
        if (_wrapped.Type.Next != null && _wrapped.Type.Lookup(Names.__await__) == null) it = _wrapped;
        else
        {
            var await = Ops.LookupSpecial(_wrapped, Names.__await__)
                ?? throw Errors.TypeError($"'{_wrapped.Type.Name}' object can't be awaited");
            it = Ops.Call(await);
            if (it.Type.Next == null) throw Errors.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
        }
        return _iterator = it;
    }

    /// <summary>it.send(value) when it has send (so a return value travels in StopIteration), else next(it).</summary>
    private static PyObject Send(PyObject it, PyObject value)
    {
        if (Ops.GetAttrOrNull(it, "send") is { } send) return Ops.Call(send, value);
        if (value is not PyNone) throw Errors.TypeError($"can't send non-None value to a '{it.Type.Name}'");
        return Ops.Next(it) ?? throw Errors.StopIteration();
    }

    private PyObject Proxy(Func<PyObject, PyObject> step)
    {
        try
        {
            return step(AwaitableIterator());
        }
        catch (PyException e) when (e.Is(PyExc.StopAsyncIteration))
        {
            throw Errors.StopIteration(_default);
        }
    }
}
