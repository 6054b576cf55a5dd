namespace Skein.Modules.Builtins;

/// <summary>iter(callable, sentinel): calls the callable until it returns the sentinel (or raises StopIteration).</summary>
internal sealed class CallableIterator : PyObject
{
    public static readonly PyType IteratorType = PyTypes.Define("callable_iterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((CallableIterator)self).Step();
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var it = (CallableIterator)self;
            var callable = it._callable;
            var iter = Ops.GetAttr(Interpreter.ImportModule("builtins"), "iter");
            return callable == null
                ? PyTuple.Create(iter, PyTuple.Create(PyTuple.Empty))
                : PyTuple.Create(iter, PyTuple.Create(callable, it._sentinel!));
        });
    });

    // Both are cleared at exhaustion, so the iterator stays exhausted and releases them, as CPython's does.
    private volatile PyObject? _callable;
    private PyObject? _sentinel;

    public CallableIterator(PyObject callable, PyObject sentinel) : base(IteratorType)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    private PyObject? Step()
    {
        var callable = _callable;
        var sentinel = _sentinel;
        if (callable == null || sentinel == null) return null;
        PyObject result;
        try
        {
            result = Ops.Call(callable);
        }
        catch (PyException e) when (e.Is(PyExc.StopIteration))
        {
            Exhaust();
            return null;
        }
        if (Ops.RichCompareBool(result, sentinel, CompareOp.Eq))
        {
            Exhaust();
            return null;
        }
        return result;
    }

    private void Exhaust()
    {
        _callable = null;
        _sentinel = null;
    }
}
