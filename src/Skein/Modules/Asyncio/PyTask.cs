using Skein.Vm;

namespace Skein.Modules.Asyncio;

/// <summary>
/// _asyncio.Task: a coroutine driven by its event loop, with the semantics of CPython's C Task. Each step
/// resumes the coroutine natively: a coroutine that returns is seen through <see cref="PyGenerator.Resume"/>'s
/// returned flag, not a StopIteration exception, and a future it awaits wakes the task through a native
/// callback. Only genuine exceptions (a coroutine raising, a cancellation) travel as .NET exceptions.
/// </summary>
public sealed class PyTask : PyFuture
{
    public static readonly PyType TaskType = PyTypes.Define("Task", FutureType, InitType, isBaseType: true, module: "_asyncio");

    private static readonly PyStr s_callSoon = PyStr.Intern("call_soon");
    private static readonly PyStr s_send = PyStr.Intern("send");
    private static readonly PyStr s_throw = PyStr.Intern("throw");
    private static readonly PyStr s_cancel = PyStr.Intern("cancel");
    private static readonly PyStr s_result = PyStr.Intern("result");
    private static readonly PyStr s_addDoneCallback = PyStr.Intern("add_done_callback");
    private static readonly PyStr s_blocking = PyStr.Intern("_asyncio_future_blocking");
    private static long s_nameCounter;

    internal PyObject? Coro;
    internal PyObject? Context;
    /// <summary>The name; null while it is still the default "Task-N", formatted only when asked for.</summary>
    private PyObject? _name;
    private long _nameNumber;
    internal PyObject? FutureWaiter;
    internal bool MustCancel;
    internal bool LogDestroyPending = true;
    private int _cancelsRequested;
    private PyObject? _wakeup;

    public PyTask(PyType type) : base(type)
    {
    }

    private void Initialize(PyObject coro, PyObject? loop, PyObject? name, PyObject? context)
    {
        Initialize(loop);
        if (!IsCoroutine(coro))
        {
            LogDestroyPending = false;
            throw Errors.TypeError($"a coroutine was expected, got {Ops.Repr(coro)}");
        }
        Context = context == null || context is PyNone ? Contextvars.PyContext.CopyCurrent() : context;
        MustCancel = false;
        LogDestroyPending = true;
        _cancelsRequested = 0;
        FutureWaiter = null;
        Coro = coro;
        if (name == null || name is PyNone) _nameNumber = Interlocked.Increment(ref s_nameCounter);
        else _name = name is PyStr && ReferenceEquals(name.Type, PyTypes.Str) ? name : Ops.StrObj(name);
        CallStepSoon(null);
        TaskRegistry.Register(this);
    }

    private static bool IsCoroutine(PyObject o) =>
        o is PyGenerator { Kind: GeneratorKind.Coroutine } || Ops.IsTrue(Ops.Call(AsyncioLibrary.IsCoroutine, o));

    private PyObject Name => _name ??= new PyStr($"Task-{_nameNumber}");

    private void CallStepSoon(PyBaseException? exc) =>
        AsyncioLibrary.CallMethod(LoopOrRaise(), s_callSoon, [new TaskStepMethWrapper(this, exc)], Context);

    /// <summary>One step: resumes the coroutine (throwing exc into it when given) with this task current on its loop.</summary>
    internal void Step(PyBaseException? exc)
    {
        if (Done)
            throw AsyncioLibrary.InvalidState($"_step(): already done: {Ops.Repr(this)}, {Ops.Repr((PyObject?)exc ?? PyNone.Instance)}");
        if (MustCancel)
        {
            if (exc == null || !exc.Type.IsSubtypeOf(AsyncioLibrary.CancelledError)) exc = MakeCancelledError();
            MustCancel = false;
        }
        FutureWaiter = null;
        var loop = LoopOrRaise();
        CurrentTasks.Enter(loop, this);
        try
        {
            StepCore(exc);
        }
        finally
        {
            CurrentTasks.Leave(loop, this);
        }
    }

    private void StepCore(PyBaseException? exc)
    {
        PyObject result;
        bool returned;
        try
        {
            result = Resume(Coro ?? throw Errors.RuntimeError("Task object is not initialized."), exc, out returned);
        }
        catch (PyException e)
        {
            if (e.Is(AsyncioLibrary.CancelledError))
            {
                CancelledException = e.Value;
                CancelFuture(PyNone.Instance);
            }
            else
            {
                SetException(e.Value);
                if (e.Is(PyExc.KeyboardInterrupt) || e.Is(PyExc.SystemExit))
                {
                    TaskRegistry.Unregister(this);
                    throw;
                }
            }
            TaskRegistry.Unregister(this);
            return;
        }
        if (returned)
        {
            if (MustCancel)
            {
                MustCancel = false;
                CancelFuture(CancelMessage ?? PyNone.Instance);
            }
            else SetResult(result);
            TaskRegistry.Unregister(this);
            return;
        }
        HandleYield(result);
    }

    /// <summary>coro.send(None) or coro.throw(exc); returned tells that the coroutine finished with the result.</summary>
    private static PyObject Resume(PyObject coro, PyBaseException? exc, out bool returned)
    {
        if (coro is PyGenerator { Kind: GeneratorKind.Coroutine } g)
            return exc == null ? g.Resume(PyNone.Instance, out returned) : g.Throw(exc, out returned);
        try
        {
            var r = exc == null ? AsyncioLibrary.CallMethod(coro, s_send, [PyNone.Instance]) : AsyncioLibrary.CallMethod(coro, s_throw, [exc]);
            returned = false;
            return r;
        }
        catch (PyException e) when (e.Is(PyExc.StopIteration))
        {
            returned = true;
            return Evaluator.StopIterationValue(e.Value);
        }
    }

    /// <summary>What the coroutine yielded: a future to wait for, None to run again soon, or a mistake reported into the coroutine.</summary>
    private void HandleYield(PyObject result)
    {
        if (result is PyFuture f && (ReferenceEquals(f.Type, FutureType) || ReferenceEquals(f.Type, TaskType)))
        {
            if (!ReferenceEquals(f.Loop, Loop))
                CallStepSoon(Errors.RuntimeError($"Task {Ops.Repr(this)} got Future {Ops.Repr(result)} attached to a different loop").Value);
            else if (!f.Blocking)
                CallStepSoon(Errors.RuntimeError($"yield was used instead of yield from in task {Ops.Repr(this)} with {Ops.Repr(result)}").Value);
            else if (ReferenceEquals(f, this))
                CallStepSoon(Errors.RuntimeError($"Task cannot await on itself: {Ops.Repr(this)}").Value);
            else
            {
                f.Blocking = false;
                f.AddDoneCallback(Wakeup, Context!);
                WaitFor(result);
            }
            return;
        }
        var blocking = result is PyNone ? null : Ops.GetAttrOrNull(result, s_blocking);
        if (blocking != null && blocking is not PyNone)
        {
            if (!ReferenceEquals(TaskRegistry.FutureLoop(result), Loop))
                CallStepSoon(Errors.RuntimeError($"Task {Ops.Repr(this)} got Future {Ops.Repr(result)} attached to a different loop").Value);
            else if (!Ops.IsTrue(blocking))
                CallStepSoon(Errors.RuntimeError($"yield was used instead of yield from in task {Ops.Repr(this)} with {Ops.Repr(result)}").Value);
            else if (ReferenceEquals(result, this))
                CallStepSoon(Errors.RuntimeError($"Task cannot await on itself: {Ops.Repr(this)}").Value);
            else
            {
                Ops.SetAttr(result, s_blocking, PyBool.False);
                AsyncioLibrary.CallMethod(result, s_addDoneCallback, [Wakeup], Context);
                WaitFor(result);
            }
        }
        else if (result is PyNone) CallStepSoon(null);
        else if (result is PyGenerator { Kind: GeneratorKind.Generator })
            CallStepSoon(Errors.RuntimeError($"yield was used instead of yield from for generator in task {Ops.Repr(this)} with {Ops.Repr(result)}").Value);
        else CallStepSoon(Errors.RuntimeError($"Task got bad yield: {Ops.Repr(result)}").Value);
    }

    private void WaitFor(PyObject future)
    {
        FutureWaiter = future;
        if (MustCancel && Ops.IsTrue(AsyncioLibrary.CallMethod(future, s_cancel, [CancelMessage ?? PyNone.Instance])))
            MustCancel = false;
    }

    /// <summary>The done callback on the awaited future (a built-in method named task_wakeup, as in CPython).</summary>
    private PyObject Wakeup => _wakeup ??= new PyBuiltinFunction("task_wakeup", (args, _) =>
    {
        ArgParser.Exactly("task_wakeup", args, 1);
        OnWakeup(args[0]);
        return PyNone.Instance;
    }, this);

    private void OnWakeup(PyObject future)
    {
        PyBaseException? exc;
        if (future is PyFuture f && (ReferenceEquals(f.Type, FutureType) || ReferenceEquals(f.Type, TaskType)))
        {
            exc = f.State switch
            {
                Cancelled => f.MakeCancelledError(),
                _ => f.TakeException(),
            };
        }
        else
        {
            try
            {
                AsyncioLibrary.CallMethod(future, s_result, []);
                exc = null;
            }
            catch (PyException e)
            {
                exc = e.Value;
            }
        }
        Step(exc);
    }

    private bool CancelTask(PyObject message)
    {
        LogTraceback = false;
        if (Done) return false;
        _cancelsRequested++;
        if (FutureWaiter is { } waiter && Ops.IsTrue(AsyncioLibrary.CallMethod(waiter, s_cancel, [message])))
            return true;
        MustCancel = true;
        CancelMessage = message;
        return true;
    }

    private static PyTask Self(PyObject o) => (PyTask)o;

    private static readonly string[] s_initNames = ["coro", "loop", "name", "context"];
    private static readonly string[] s_cancelNames = ["msg"];
    private static readonly string[] s_limitNames = ["limit"];
    private static readonly string[] s_printStackNames = ["limit", "file"];

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyTask(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("Task", args, kw, s_initNames, required: 1, keywordOnlyFrom: 1);
            Self(self).Initialize(a[0]!, a[1], a[2], a[3]);
        };
        t.DefMethod("cancel", (self, args, kw) =>
        {
            var a = ArgParser.Parse("cancel", args, kw, s_cancelNames);
            return PyBool.From(Self(self).CancelTask(a[0] ?? PyNone.Instance));
        });
        t.DefMethod("cancelling", (self, args, _) =>
        {
            ArgParser.Exactly("cancelling", args, 0);
            return PyInt.From(Self(self)._cancelsRequested);
        });
        t.DefMethod("uncancel", (self, args, _) =>
        {
            ArgParser.Exactly("uncancel", args, 0);
            var task = Self(self);
            if (task._cancelsRequested > 0) task._cancelsRequested--;
            return PyInt.From(task._cancelsRequested);
        });
        t.DefMethod("set_result", (_, args, _) =>
        {
            ArgParser.Exactly("set_result", args, 1);
            throw Errors.RuntimeError("Task does not support set_result operation");
        });
        t.DefMethod("set_exception", (_, args, _) =>
        {
            ArgParser.Exactly("set_exception", args, 1);
            throw Errors.RuntimeError("Task does not support set_exception operation");
        });
        t.DefMethod("get_coro", (self, _, _) => Self(self).Coro ?? PyNone.Instance);
        t.DefMethod("get_name", (self, _, _) => Self(self).Name);
        t.DefMethod("set_name", (self, args, _) =>
        {
            ArgParser.Exactly("set_name", args, 1);
            var value = args[0];
            Self(self)._name = value is PyStr && ReferenceEquals(value.Type, PyTypes.Str) ? value : Ops.StrObj(value);
            return PyNone.Instance;
        });
        t.DefMethod("get_stack", (self, args, kw) =>
        {
            var a = ArgParser.Parse("get_stack", args, kw, s_limitNames, keywordOnlyFrom: 0);
            return Ops.Call(AsyncioLibrary.TaskGetStack, self, a[0] ?? PyNone.Instance);
        });
        t.DefMethod("print_stack", (self, args, kw) =>
        {
            var a = ArgParser.Parse("print_stack", args, kw, s_printStackNames, keywordOnlyFrom: 0);
            return Ops.Call(AsyncioLibrary.TaskPrintStack, [self, a[0] ?? PyNone.Instance, a[1] ?? PyNone.Instance], null);
        });
        t.DefMethod("_repr_info", (self, args, _) =>
        {
            ArgParser.Exactly("_repr_info", args, 0);
            return Ops.Call(AsyncioLibrary.TaskReprInfo, self);
        });
        t.DefGetter("_log_destroy_pending", self => PyBool.From(Self(self).LogDestroyPending), (self, value) =>
        {
            if (value == null) throw Errors.AttributeError("cannot delete attribute");
            Self(self).LogDestroyPending = Ops.IsTrue(value);
        });
        t.DefGetter("_must_cancel", self => PyBool.From(Self(self).MustCancel));
        t.DefGetter("_coro", self => Self(self).Coro ?? PyNone.Instance);
        t.DefGetter("_fut_waiter", self => Self(self).FutureWaiter ?? PyNone.Instance);
    }

    /// <summary>What loop.call_soon runs for a task step (CPython's TaskStepMethWrapper): task.__step(exc).</summary>
    private sealed class TaskStepMethWrapper : PyObject
    {
        private static readonly PyType s_type = PyTypes.Define("TaskStepMethWrapper", null, t =>
        {
            t.Call = (self, args, kw) =>
            {
                if (args.Length > 0) throw Errors.TypeError("function takes no positional arguments");
                ArgParser.NoKeywords("TaskStepMethWrapper", kw);
                var w = (TaskStepMethWrapper)self;
                w._task.Step(w._exc);
                return PyNone.Instance;
            };
            t.DefGetter("__self__", self => ((TaskStepMethWrapper)self)._task);
        });

        private readonly PyTask _task;
        private readonly PyBaseException? _exc;

        public TaskStepMethWrapper(PyTask task, PyBaseException? exc) : base(s_type)
        {
            _task = task;
            _exc = exc;
        }
    }
}
