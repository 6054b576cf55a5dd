namespace Skein.Vm;

/// <summary>What coroutine.__await__() returns: an iterator driving the coroutine (send/throw/close pass through).</summary>
internal sealed class CoroutineWrapper : PyObject
{
    private static readonly PyType s_type = PyTypes.Define("coroutine_wrapper", null, t =>
    {
        t.Iter = self => self;
        t.Next = self =>
        {
            var r = ((CoroutineWrapper)self).Coroutine.Resume(PyNone.Instance, out var returned);
            return returned ? null : r;
        };
        t.DefMethod("__next__", (self, _, _) =>
        {
            var r = ((CoroutineWrapper)self).Coroutine.Resume(PyNone.Instance, out var returned);
            if (!returned) return r;
            throw r is PyNone ? Errors.StopIteration() : Errors.StopIteration(r);
        });
        t.DefMethod("send", (self, args, _) =>
        {
            ArgParser.Exactly("send", args, 1);
            var r = ((CoroutineWrapper)self).Coroutine.Resume(args[0], out var returned);
            if (!returned) return r;
            throw r is PyNone ? Errors.StopIteration() : Errors.StopIteration(r);
        });
        t.DefMethod("throw", (self, args, _) =>
        {
            var r = ((CoroutineWrapper)self).Coroutine.Throw(PyGenerator.NormalizeThrow(args), out var returned);
            if (!returned) return r;
            throw r is PyNone ? Errors.StopIteration() : Errors.StopIteration(r);
        });
        t.DefMethod("close", (self, _, _) => ((CoroutineWrapper)self).Coroutine.Close());
    });

    public readonly PyGenerator Coroutine;

    public CoroutineWrapper(PyGenerator coroutine) : base(s_type) => Coroutine = coroutine;
}
