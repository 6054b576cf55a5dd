namespace Skein.Vm;

/// <summary>
/// The awaitables an async generator hands out: __anext__()/asend(v), athrow(...) and aclose(). Each
/// drives the generator's frame: a value the generator itself yields completes the awaitable (as
/// StopIteration(value)); values yielded by awaits inside the generator pass through to the event loop.
/// </summary>
internal sealed class AsyncGenAwaitable : PyObject
{
    public enum Mode { Send, Throw, Close }

    private enum State { Init, Iterating, Closed }

    private static readonly PyType s_type = PyTypes.Define("async_generator_asend", null, t =>
    {
        t.Iter = self => self;
        t.Next = self =>
        {
            var r = ((AsyncGenAwaitable)self).Step(PyNone.Instance, null, out var returned);
            return returned ? null : r;
        };
        t.DefMethod("__next__", (self, _, _) =>
        {
            var r = ((AsyncGenAwaitable)self).Step(PyNone.Instance, null, out var returned);
            if (!returned) return r;
            throw r is PyNone ? Errors.StopIteration() : Errors.StopIteration(r);
        });
        t.DefMethod("__await__", (self, _, _) => self);
        t.DefMethod("send", (self, args, _) =>
        {
            ArgParser.Exactly("send", args, 1);
            var r = ((AsyncGenAwaitable)self).Step(args[0], null, out var returned);
            if (!returned) return r;
            throw r is PyNone ? Errors.StopIteration() : Errors.StopIteration(r);
        });
        t.DefMethod("throw", (self, args, _) =>
        {
            var r = ((AsyncGenAwaitable)self).Step(null, PyGenerator.NormalizeThrow(args), out var returned);
            if (!returned) return r;
            throw r is PyNone ? Errors.StopIteration() : Errors.StopIteration(r);
        });
        t.DefMethod("close", (self, _, _) =>
        {
            ((AsyncGenAwaitable)self)._state = State.Closed;
            return PyNone.Instance;
        });
    });

    private readonly PyGenerator _gen;
    private readonly Mode _mode;
    private readonly PyObject _value;
    private State _state;
    public PyObject[]? ThrowArgs;

    public AsyncGenAwaitable(PyGenerator gen, Mode mode, PyObject value) : base(s_type)
    {
        _gen = gen;
        _mode = mode;
        _value = value;
    }

    /// <summary>Advances the generator; returned = true when this awaitable completes (with the returned value).</summary>
    public PyObject Step(PyObject? sendValue, PyBaseException? throwIn, out bool returned)
    {
        if (_state == State.Closed)
            throw Errors.RuntimeError(_mode == Mode.Send ? "cannot reuse already awaited __anext__()/asend()"
                : _mode == Mode.Throw ? "cannot reuse already awaited athrow()" : "cannot reuse already awaited aclose()");
        PyObject r;
        bool genReturned;
        try
        {
            if (_state == State.Init)
            {
                if (_gen.AsyncRunning) throw Errors.RuntimeError(_mode == Mode.Send
                    ? "anext(): asynchronous generator is already running"
                    : _mode == Mode.Throw ? "athrow(): asynchronous generator is already running" : "aclose(): asynchronous generator is already running");
                _state = State.Iterating;
                if (_mode == Mode.Close && (!_gen.Started || _gen.Finished))
                {
                    _state = State.Closed;
                    returned = true;
                    return PyNone.Instance;
                }
                if (_mode == Mode.Throw && _gen.Finished)
                {
                    _state = State.Closed;
                    throw Errors.New(PyExc.StopAsyncIteration);
                }
                _gen.AsyncRunning = true;
                if (throwIn != null) r = _gen.Throw(throwIn, out genReturned);
                else if (_mode == Mode.Send) r = _gen.Resume(sendValue is null or PyNone ? _value : sendValue, out genReturned);
                else
                {
                    var exc = _mode == Mode.Close ? PyBaseException.Create(PyExc.GeneratorExit) : PyGenerator.NormalizeThrow(ThrowArgs!);
                    r = _gen.Throw(exc, out genReturned);
                }
            }
            else if (throwIn != null) r = _gen.Throw(throwIn, out genReturned);
            else r = _gen.Resume(sendValue ?? PyNone.Instance, out genReturned);
        }
        catch (PyException e)
        {
            _state = State.Closed;
            _gen.AsyncRunning = false;
            if (_mode == Mode.Close && (e.Is(PyExc.StopAsyncIteration) || e.Is(PyExc.GeneratorExit)))
            {
                returned = true;
                return PyNone.Instance;
            }
            throw;
        }
        if (genReturned)
        {
            _state = State.Closed;
            _gen.AsyncRunning = false;
            if (_mode == Mode.Close)
            {
                returned = true;
                return PyNone.Instance;
            }
            throw Errors.New(PyExc.StopAsyncIteration);
        }
        if (_gen.Frame.YieldedWrapped)
        {
            _state = State.Closed;
            _gen.AsyncRunning = false;
            if (_mode == Mode.Close) throw Errors.RuntimeError("async generator ignored GeneratorExit");
            returned = true;
            return r;
        }
        returned = false;
        return r;
    }
}
