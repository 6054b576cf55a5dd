using Skein.Vm;

namespace Skein.Modules.Asyncio;

/// <summary>
/// _asyncio.Future: asyncio's Future in C#, with CPython's C implementation's semantics and attributes,
/// subclassable from Python. As in CPython, a future belongs to one event loop and is not meant to be shared
/// between threads; state changes and the callback list still take the object's lock, so concurrent misuse
/// cannot corrupt it. Callbacks are scheduled on the loop with loop.call_soon, never run inline.
/// </summary>
public class PyFuture : PyObject
{
    public static readonly PyType FutureType = PyTypes.Define("Future", null, InitType, isBaseType: true, module: "_asyncio");

    internal const int Pending = 0, Cancelled = 1, Finished = 2;

    private static readonly PyStr s_pending = PyStr.Intern("PENDING");
    private static readonly PyStr s_cancelled = PyStr.Intern("CANCELLED");
    private static readonly PyStr s_finished = PyStr.Intern("FINISHED");
    private static readonly PyStr s_callSoon = PyStr.Intern("call_soon");
    private static long s_lastHash;

    private volatile int _state;
    /// <summary>The loop, or null until __init__ ran.</summary>
    internal PyObject? Loop;
    private PyObject? _result;
    private PyBaseException? _exception;
    private PyObject? _exceptionTraceback;
    // The first callback is kept in fields: most futures have exactly one (the task awaiting them).
    private PyObject? _callback0, _context0;
    private List<(PyObject Callback, PyObject Context)>? _callbacks;
    internal bool Blocking;
    internal bool LogTraceback;
    internal PyObject? CancelMessage;
    internal PyBaseException? CancelledException;
    private PyDict? _dict;
    private long _hash;

    public PyFuture(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    internal int State => _state;
    internal bool Done => _state != Pending;

    /// <summary>Future.__init__: binds the future to loop (the current event loop when None).</summary>
    internal void Initialize(PyObject? loop)
    {
        Loop = loop == null || loop is PyNone ? RunningLoop.GetEventLoop() : loop;
        lock (this)
        {
            _state = Pending;
            _result = null;
            _exception = null;
            _exceptionTraceback = null;
            _callback0 = _context0 = null;
            _callbacks = null;
            Blocking = false;
            LogTraceback = false;
            CancelMessage = null;
            CancelledException = null;
        }
    }

    internal PyObject LoopOrRaise() => Loop ?? throw Errors.RuntimeError("Future object is not initialized.");

    /// <summary>_make_cancelled_error(): the saved CancelledError (handed over once), else a new one carrying the cancel message.</summary>
    internal PyBaseException MakeCancelledError()
    {
        var saved = Interlocked.Exchange(ref CancelledException, null);
        if (saved != null) return saved;
        var message = CancelMessage;
        return message == null || message is PyNone
            ? PyBaseException.Create(AsyncioLibrary.CancelledError)
            : PyBaseException.Create(AsyncioLibrary.CancelledError, message);
    }

    internal PyObject Result()
    {
        var state = _state;
        if (state == Cancelled) throw new PyException(MakeCancelledError());
        if (state != Finished) throw AsyncioLibrary.InvalidState("Result is not set.");
        LogTraceback = false;
        if (_exception is { } exc)
        {
            // Each raise starts from the traceback the exception had when it was set, as in CPython.
            exc.Traceback = _exceptionTraceback;
            throw new PyException(exc);
        }
        return _result ?? PyNone.Instance;
    }

    internal PyObject Exception()
    {
        var state = _state;
        if (state == Cancelled) throw new PyException(MakeCancelledError());
        if (state != Finished) throw AsyncioLibrary.InvalidState("Exception is not set.");
        LogTraceback = false;
        return (PyObject?)_exception ?? PyNone.Instance;
    }

    /// <summary>The exception a finished future holds (its traceback as when it was set), or null; marks it retrieved.</summary>
    internal PyBaseException? TakeException()
    {
        LogTraceback = false;
        var exc = _exception;
        if (exc != null) exc.Traceback = _exceptionTraceback;
        return exc;
    }

    internal void SetResult(PyObject result)
    {
        LoopOrRaise();
        lock (this)
        {
            if (_state != Pending) throw AsyncioLibrary.InvalidState("invalid state");
            _result = result;
            _state = Finished;
        }
        ScheduleCallbacks();
    }

    internal void SetException(PyObject exception)
    {
        LoopOrRaise();
        if (_state != Pending) throw AsyncioLibrary.InvalidState("invalid state");
        var value = exception;
        if (exception is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            value = Ops.Call(t);
            if (_state != Pending) throw AsyncioLibrary.InvalidState("invalid state");
        }
        if (value is not PyBaseException exc) throw Errors.TypeError("invalid exception object");
        if (ReferenceEquals(exc.Type, PyExc.StopIteration))
            throw Errors.TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        lock (this)
        {
            if (_state != Pending) throw AsyncioLibrary.InvalidState("invalid state");
            _exception = exc;
            _exceptionTraceback = exc.Traceback;
            _state = Finished;
            LogTraceback = true;
        }
        ScheduleCallbacks();
    }

    /// <summary>Future.cancel(): false when already done; otherwise cancels and schedules the callbacks.</summary>
    internal bool CancelFuture(PyObject? message)
    {
        LoopOrRaise();
        LogTraceback = false;
        lock (this)
        {
            if (_state != Pending) return false;
            _state = Cancelled;
            CancelMessage = message;
        }
        ScheduleCallbacks();
        return true;
    }

    internal void AddDoneCallback(PyObject callback, PyObject context)
    {
        var loop = LoopOrRaise();
        lock (this)
        {
            if (_state == Pending)
            {
                if (_callback0 == null)
                {
                    _callback0 = callback;
                    _context0 = context;
                }
                else (_callbacks ??= []).Add((callback, context));
                return;
            }
        }
        AsyncioLibrary.CallMethod(loop, s_callSoon, [callback, this], context);
    }

    private int RemoveDoneCallback(PyObject callback)
    {
        LoopOrRaise();
        var snapshot = CallbackSnapshot();
        var removed = new List<(PyObject, PyObject)>();
        // Comparisons run Python code, so they happen outside the lock, on a snapshot.
        foreach (var entry in snapshot)
            if (Ops.RichCompareBool(entry.Callback, callback, CompareOp.Eq)) removed.Add(entry);
        if (removed.Count == 0) return 0;
        lock (this)
        {
            var kept = new List<(PyObject Callback, PyObject Context)>();
            if (_callback0 != null) kept.Add((_callback0, _context0!));
            if (_callbacks != null) kept.AddRange(_callbacks);
            foreach (var entry in removed) kept.Remove(entry);
            _callback0 = kept.Count > 0 ? kept[0].Callback : null;
            _context0 = kept.Count > 0 ? kept[0].Context : null;
            _callbacks = kept.Count > 1 ? kept.GetRange(1, kept.Count - 1) : null;
        }
        return removed.Count;
    }

    private List<(PyObject Callback, PyObject Context)> CallbackSnapshot()
    {
        var list = new List<(PyObject, PyObject)>();
        lock (this)
        {
            if (_callback0 != null) list.Add((_callback0, _context0!));
            if (_callbacks != null) list.AddRange(_callbacks);
        }
        return list;
    }

    /// <summary>Hands every registered callback to loop.call_soon(callback, self, context=ctx), in order.</summary>
    private void ScheduleCallbacks()
    {
        PyObject? first, firstContext;
        List<(PyObject Callback, PyObject Context)>? rest;
        lock (this)
        {
            first = _callback0;
            firstContext = _context0;
            rest = _callbacks;
            _callback0 = _context0 = null;
            _callbacks = null;
        }
        if (first == null && rest == null) return;
        var loop = Loop!;
        if (first != null) AsyncioLibrary.CallMethod(loop, s_callSoon, [first, this], firstContext);
        if (rest != null)
            foreach (var (callback, context) in rest)
                AsyncioLibrary.CallMethod(loop, s_callSoon, [callback, this], context);
    }

    private static PyFuture Self(PyObject o) => (PyFuture)o;

    private static readonly string[] s_initNames = ["loop"];
    private static readonly string[] s_addDoneCallbackNames = ["fn", "context"];
    private static readonly string[] s_cancelNames = ["msg"];

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyFuture(type);
        t.Init = (self, args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError("Future() takes no positional arguments");
            var a = ArgParser.Parse("Future", args, kw, s_initNames, keywordOnlyFrom: 0);
            Self(self).Initialize(a[0]);
        };
        t.Hash = self =>
        {
            var f = Self(self);
            if (f._hash == 0) Interlocked.CompareExchange(ref f._hash, Interlocked.Increment(ref s_lastHash), 0);
            return f._hash;
        };
        t.Repr = self => (PyStr)Ops.Call(AsyncioLibrary.FutureRepr, self);
        t.Iter = self => new FutureIter(Self(self));
        t.DefMethod("__await__", (self, args, _) =>
        {
            ArgParser.Exactly("__await__", args, 0);
            return new FutureIter(Self(self));
        });
        t.DefMethod("__iter__", (self, args, _) =>
        {
            ArgParser.Exactly("__iter__", args, 0);
            return new FutureIter(Self(self));
        });
        t.DefMethod("result", (self, args, _) =>
        {
            ArgParser.Exactly("result", args, 0);
            return Self(self).Result();
        });
        t.DefMethod("exception", (self, args, _) =>
        {
            ArgParser.Exactly("exception", args, 0);
            return Self(self).Exception();
        });
        t.DefMethod("set_result", (self, args, _) =>
        {
            ArgParser.Exactly("set_result", args, 1);
            Self(self).SetResult(args[0]);
            return PyNone.Instance;
        });
        t.DefMethod("set_exception", (self, args, _) =>
        {
            ArgParser.Exactly("set_exception", args, 1);
            Self(self).SetException(args[0]);
            return PyNone.Instance;
        });
        t.DefMethod("add_done_callback", (self, args, kw) =>
        {
            var a = ArgParser.Parse("add_done_callback", args, kw, s_addDoneCallbackNames, required: 1, positionalOnly: 1, keywordOnlyFrom: 1);
            var context = a[1] == null || a[1] is PyNone ? Contextvars.PyContext.CopyCurrent() : a[1]!;
            Self(self).AddDoneCallback(a[0]!, context);
            return PyNone.Instance;
        });
        t.DefMethod("remove_done_callback", (self, args, _) =>
        {
            ArgParser.Exactly("remove_done_callback", args, 1);
            return PyInt.From(Self(self).RemoveDoneCallback(args[0]));
        });
        t.DefMethod("cancel", (self, args, kw) =>
        {
            var a = ArgParser.Parse("cancel", args, kw, s_cancelNames);
            return PyBool.From(Self(self).CancelFuture(a[0] ?? PyNone.Instance));
        });
        t.DefMethod("cancelled", (self, args, _) =>
        {
            ArgParser.Exactly("cancelled", args, 0);
            return PyBool.From(Self(self)._state == Cancelled);
        });
        t.DefMethod("done", (self, args, _) =>
        {
            ArgParser.Exactly("done", args, 0);
            return PyBool.From(Self(self)._state != Pending);
        });
        t.DefMethod("get_loop", (self, args, _) =>
        {
            ArgParser.Exactly("get_loop", args, 0);
            return Self(self).LoopOrRaise();
        });
        t.DefMethod("_make_cancelled_error", (self, args, _) =>
        {
            ArgParser.Exactly("_make_cancelled_error", args, 0);
            return Self(self).MakeCancelledError();
        });
        t.DefMethod("_repr_info", (self, args, _) =>
        {
            ArgParser.Exactly("_repr_info", args, 0);
            return Ops.Call(AsyncioLibrary.FutureReprInfo, self);
        });
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        });
        t.DefGetter("_state", self => Self(self)._state switch { Pending => s_pending, Cancelled => s_cancelled, _ => s_finished });
        t.DefGetter("_loop", self => Self(self).Loop ?? PyNone.Instance);
        t.DefGetter("_result", self => Self(self)._result ?? PyNone.Instance);
        t.DefGetter("_exception", self => (PyObject?)Self(self)._exception ?? PyNone.Instance);
        t.DefGetter("_callbacks", self =>
        {
            var snapshot = Self(self).CallbackSnapshot();
            if (snapshot.Count == 0) return PyNone.Instance;
            return new PyList(snapshot.Select(e => (PyObject)PyTuple.Create(e.Callback, e.Context)).ToArray());
        });
        t.DefGetter("_asyncio_future_blocking", self => PyBool.From(Self(self).Blocking), (self, value) =>
        {
            if (value == null) throw Errors.AttributeError("cannot delete attribute");
            Self(self).Blocking = Ops.IsTrue(value);
        });
        t.DefGetter("_log_traceback", self => PyBool.From(Self(self).LogTraceback), (self, value) =>
        {
            if (value == null) throw Errors.AttributeError("cannot delete attribute");
            if (Ops.IsTrue(value)) throw Errors.ValueError("_log_traceback can only be set to False");
            Self(self).LogTraceback = false;
        });
        t.DefGetter("_cancel_message", self => Self(self).CancelMessage ?? PyNone.Instance, (self, value) =>
        {
            if (value == null) throw Errors.AttributeError("cannot delete attribute");
            Self(self).CancelMessage = value;
        });
        t.DefGetter("_source_traceback", _ => PyNone.Instance);
    }
}
