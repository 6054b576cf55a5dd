using Skein.Vm;

namespace Skein.Modules.Asyncio;

/// <summary>
/// What Future.__await__ returns (_asyncio.FutureIter): yields the pending future once, so the task driving
/// the awaiting coroutine can wait for it, then ends with the future's result. Driven by await, it ends
/// through <see cref="IAwaitIterator"/> without raising StopIteration.
/// </summary>
internal sealed class FutureIter : PyObject, IAwaitIterator
{
    private static readonly PyType s_type = PyTypes.Define("FutureIter", null, InitType, module: "_asyncio");

    private PyFuture? _future;

    public FutureIter(PyFuture future) : base(s_type) => _future = future;

    public PyObject Send(PyObject value, out bool returned)
    {
        var future = _future;
        if (future == null)
        {
            returned = true;
            return PyNone.Instance;
        }
        if (!future.Done)
        {
            if (!future.Blocking)
            {
                future.Blocking = true;
                returned = false;
                return future;
            }
            throw Errors.RuntimeError("await wasn't used with future");
        }
        _future = null;
        returned = true;
        return future.Result();
    }

    private static PyObject NextOrStop(PyObject self)
    {
        var r = ((FutureIter)self).Send(PyNone.Instance, out var returned);
        if (!returned) return r;
        throw r is PyNone ? Errors.StopIteration() : Errors.StopIteration(r);
    }

    private static void InitType(PyType t)
    {
        t.Iter = self => self;
        // A native Next slot ends with null; a result other than None can only travel in StopIteration.
        t.Next = self =>
        {
            var r = ((FutureIter)self).Send(PyNone.Instance, out var returned);
            if (!returned) return r;
            return r is PyNone ? null : throw Errors.StopIteration(r);
        };
        t.DefMethod("__next__", (self, _, _) => NextOrStop(self));
        t.DefMethod("send", (self, args, _) =>
        {
            ArgParser.Exactly("send", args, 1);
            return NextOrStop(self);
        });
        t.DefMethod("throw", (self, args, _) =>
        {
            var exc = PyGenerator.NormalizeThrow(args);
            ((FutureIter)self)._future = null;
            throw new PyException(exc);
        });
        t.DefMethod("close", (self, _, _) =>
        {
            ((FutureIter)self)._future = null;
            return PyNone.Instance;
        });
    }
}
