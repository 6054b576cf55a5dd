namespace Skein.Vm;

public enum GeneratorKind { Generator, Coroutine, AsyncGenerator }

/// <summary>
/// Generators, coroutines and async generators: a suspended frame kept as data. Resuming runs the
/// frame in an instruction loop until its next yield or its return. A running flag, set atomically,
/// makes a second thread resuming the same generator fail with "already executing" instead of sharing
/// the frame.
/// </summary>
public sealed class PyGenerator : PyObject
{
    internal PyFrame Frame = null!;
    public PyCode Code = null!;
    public string Name = "";
    public string QualName = "";
    public GeneratorKind Kind;
    private int _running;
    private bool _started;
    private bool _finished;
    private PyBaseException? _savedHandled;
    /// <summary>Created by a call whose result went straight into a for loop, which is then its only holder.</summary>
    internal bool OwnedByLoop;
    /// <summary>Async generators: an asend/athrow awaitable is in progress (ag_running).</summary>
    internal bool AsyncRunning;
    /// <summary>Coroutines: reported at exit unless started or closed first (see <see cref="UnawaitedCoroutines"/>).</summary>
    private UnawaitedCoroutines.Record? _unawaited;

    public PyGenerator(PyType type) : base(type)
    {
    }

    internal static PyGenerator Create(PyFunction f, PyFrame frame)
    {
        var flags = f.Code.Flags;
        var kind = (flags & CodeFlags.AsyncGenerator) != 0 ? GeneratorKind.AsyncGenerator
            : (flags & CodeFlags.Coroutine) != 0 ? GeneratorKind.Coroutine : GeneratorKind.Generator;
        var type = kind switch
        {
            GeneratorKind.AsyncGenerator => PyTypes.AsyncGenerator,
            GeneratorKind.Coroutine => PyTypes.Coroutine,
            _ => PyTypes.Generator,
        };
        var g = new PyGenerator(type) { Frame = frame, Code = f.Code, Name = f.Name, QualName = f.QualName, Kind = kind };
        frame.Generator = g;
        frame.Recyclable = false;
        frame.Ip = 0;
        if (kind == GeneratorKind.Coroutine) g._unawaited = UnawaitedCoroutines.Track(g.QualName);
        return g;
    }

    public bool IsRunning => Volatile.Read(ref _running) != 0;
    internal bool Started => _started;
    internal bool Finished => _finished;

    private string KindName => Kind switch
    {
        GeneratorKind.Coroutine => "coroutine",
        GeneratorKind.AsyncGenerator => "async generator",
        _ => "generator",
    };

    /// <summary>The object this generator is delegating to with yield from / await, when suspended there.</summary>
    internal PyObject? Delegate()
    {
        if (_finished || !_started || !Frame.Suspended) return null;
        var code = Frame.Code.Instructions;
        var last = Frame.LastI;
        if (last < 1 || Instr.Op(code[last]) != Opcode.YieldValue || Instr.Op(code[last - 1]) != Opcode.Send) return null;
        return Frame.Stack[Frame.Sp - 1].Value;
    }

    /// <summary>send(value): the next yielded value, or (returned = true) the return value.</summary>
    internal PyObject Resume(PyObject value, out bool returned)
    {
        if (_finished)
        {
            if (Kind == GeneratorKind.Coroutine) throw Errors.RuntimeError("cannot reuse already awaited coroutine");
            returned = true;
            return PyNone.Instance;
        }
        return ResumeCore(value, null, true, out returned);
    }

    private PyObject ResumeCore(PyObject? value, PyBaseException? throwIn, bool pushValue, out bool returned)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
            throw Errors.ValueError($"{KindName} already executing");
        try
        {
            if (!_started)
            {
                if (throwIn == null && value != null && value is not PyNone)
                    throw Errors.TypeError($"can't send non-None value to a just-started {KindName}");
                _started = true;
                if (_unawaited != null) _unawaited.Done = true;
            }
            else if (throwIn == null && pushValue) Frame.Stack[Frame.Sp++].Value = value ?? PyNone.Instance;
            var ts = ThreadState.Current;
            var outer = ts.HandledException;
            if (_savedHandled != null) ts.HandledException = _savedHandled;
            try
            {
                var r = Evaluator.Run(Frame, throwIn);
                returned = !Frame.Suspended;
                if (returned) _finished = true;
                return r;
            }
            catch (PyException e)
            {
                _finished = true;
                Frame.Suspended = false;
                var stop = e.Is(PyExc.StopIteration);
                var stopAsync = Kind == GeneratorKind.AsyncGenerator && e.Is(PyExc.StopAsyncIteration);
                if (!stop && !stopAsync) throw;
                var error = Errors.RuntimeError($"{KindName} raised {(stop ? "StopIteration" : "StopAsyncIteration")}");
                error.Value.Cause = e.Value;
                error.Value.Context = e.Value;
                throw error;
            }
            finally
            {
                _savedHandled = Frame.Suspended && !ReferenceEquals(ts.HandledException, outer) ? ts.HandledException : null;
                ts.HandledException = outer;
            }
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>throw(exc): raises exc at the suspension point (in the delegate first, when delegating).</summary>
    internal PyObject Throw(PyBaseException exc, out bool returned)
    {
        if (_finished) throw new PyException(exc);
        var d = Delegate();
        if (d != null)
        {
            if (exc.Type.IsSubtypeOf(PyExc.GeneratorExit))
            {
                try
                {
                    EnterDelegation();
                    try
                    {
                        CloseDelegate(d);
                    }
                    finally
                    {
                        Volatile.Write(ref _running, 0);
                    }
                }
                catch (PyException e)
                {
                    exc = e.Value;
                }
                return ResumeCore(null, exc, false, out returned);
            }
            PyObject r;
            bool delegateReturned;
            try
            {
                EnterDelegation();
                try
                {
                    if (d is PyGenerator dg) r = dg.Throw(exc, out delegateReturned);
                    else if (d is AsyncGenAwaitable aw) r = aw.Step(null, exc, out delegateReturned);
                    else if (d is CoroutineWrapper cw) r = cw.Coroutine.Throw(exc, out delegateReturned);
                    else
                    {
                        var throwMethod = Ops.GetAttrOrNull(d, "throw");
                        if (throwMethod == null)
                        {
                            Volatile.Write(ref _running, 0);
                            return ResumeCore(null, exc, false, out returned);
                        }
                        r = Ops.Call(throwMethod, [exc.Type, exc, exc.Traceback ?? PyNone.Instance], null);
                        delegateReturned = false;
                    }
                }
                finally
                {
                    Volatile.Write(ref _running, 0);
                }
            }
            catch (PyException e) when (e.Is(PyExc.StopIteration))
            {
                r = Evaluator.StopIterationValue(e.Value);
                delegateReturned = true;
            }
            catch (PyException e)
            {
                return ResumeCore(null, e.Value, false, out returned);
            }
            if (!delegateReturned)
            {
                returned = false;
                return r;
            }
            // The delegate finished: continue after the yield-from with its return value.
            var sendIndex = Frame.LastI - 1;
            Frame.Stack[Frame.Sp - 1].Value = r;
            Frame.Ip = Instr.Arg(Frame.Code.Instructions[sendIndex]);
            return ResumeCore(null, null, false, out returned);
        }
        return ResumeCore(null, exc, false, out returned);
    }

    private void EnterDelegation()
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
            throw Errors.ValueError($"{KindName} already executing");
    }

    private static void CloseDelegate(PyObject d)
    {
        if (d is PyGenerator g)
        {
            g.Close();
            return;
        }
        if (Ops.GetAttrOrNull(d, "close") is { } close) Ops.Call(close);
    }

    /// <summary>close(): raise GeneratorExit at the suspension point; the generator must not yield again.</summary>
    internal PyObject Close()
    {
        if (!_started || _finished)
        {
            _finished = true;
            if (_unawaited != null) _unawaited.Done = true;
            return PyNone.Instance;
        }
        try
        {
            Throw(PyBaseException.Create(PyExc.GeneratorExit), out var returned);
            if (!returned) throw Errors.RuntimeError($"{KindName} ignored GeneratorExit");
        }
        catch (PyException e) when (e.Is(PyExc.GeneratorExit) || e.Is(PyExc.StopIteration))
        {
        }
        return PyNone.Instance;
    }

    /// <summary>
    /// Finalises a generator nothing refers to any more (see <see cref="OwnedByLoop"/>): closed as CPython's
    /// deallocation would, an exception from its cleanup reported as unraisable rather than raised.
    /// </summary>
    internal void CloseAbandoned()
    {
        if (!_started || _finished) return;
        try
        {
            Close();
        }
        catch (PyException e)
        {
            // Raised by close() itself ("ignored GeneratorExit"): CPython shows where the generator was dropped.
            if (e.Value.Traceback == null && ThreadState.Current.CurrentFrame is PyFrame dropper) Evaluator.AddTraceback(dropper, e.Value);
            string what;
            try
            {
                what = Ops.Repr(this);
            }
            catch (PyException)
            {
                what = "<object repr() failed>";
            }
            PythonRuntime.WriteStderr($"Exception ignored in: {what}\n" + TracebackPrinter.FormatUnchained(e.Value));
        }
    }

    /// <summary>The exception that throw(typ[, val[, tb]]) raises, as CPython normalises it.</summary>
    internal static PyBaseException NormalizeThrow(ReadOnlySpan<PyObject> args)
    {
        if (args.Length is < 1 or > 3) throw Errors.TypeError($"throw expected at least 1 argument, got {args.Length}");
        var typ = args[0];
        var val = args.Length > 1 ? args[1] : PyNone.Instance;
        var tb = args.Length > 2 ? args[2] : PyNone.Instance;
        if (tb is not PyNone && tb is not PyTraceback) throw Errors.TypeError("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            if (val is PyBaseException ve && ve.Type.IsSubtypeOf(t)) exc = ve;
            else
            {
                var r = val is PyNone ? Ops.Call(t) : val is PyTuple vt ? Ops.Call(t, vt.Items, null) : Ops.Call(t, val);
                exc = r as PyBaseException ?? throw Errors.TypeError($"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {r.Type.Name}");
            }
        }
        else if (typ is PyBaseException e)
        {
            if (val is not PyNone) throw Errors.TypeError("instance exception may not have a separate value");
            exc = e;
        }
        else throw Errors.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
        if (tb is PyTraceback ptb) exc.Traceback = ptb;
        return exc;
    }

    private static PyGenerator Self(PyObject o) => (PyGenerator)o;

    private static PyObject SendResult(PyObject r, bool returned)
    {
        if (!returned) return r;
        throw r is PyNone ? Errors.StopIteration() : Errors.StopIteration(r);
    }

    private static void InitCommon(PyType t, string prefix)
    {
        t.DefGetter("__name__", self => new PyStr(Self(self).Name),
            (self, v) => Self(self).Name = (v as PyStr ?? throw Errors.TypeError("__name__ must be set to a string object")).Value);
        t.DefGetter("__qualname__", self => new PyStr(Self(self).QualName),
            (self, v) => Self(self).QualName = (v as PyStr ?? throw Errors.TypeError("__qualname__ must be set to a string object")).Value);
        t.DefGetter(prefix + "_frame", self => Self(self)._finished ? PyNone.Instance : Self(self).Frame);
        t.DefGetter(prefix + "_running", self => PyBool.From(prefix == "ag" ? Self(self).AsyncRunning : Self(self).IsRunning));
        t.DefGetter(prefix + "_code", self => Self(self).Code);
        t.DefGetter(prefix + "_suspended", self => PyBool.From(Self(self)._started && !Self(self)._finished && !Self(self).IsRunning));
        t.DefGetter(prefix == "gi" ? "gi_yieldfrom" : prefix + "_await", self => Self(self).Delegate() ?? PyNone.Instance);
        t.Repr = self => new PyStr($"<{self.Type.Name} object {Self(self).QualName} at 0x{Ops.Id(self):x}>");
        if (prefix != "ag") t.DefMethod("close", (self, _, _) => Self(self).Close());
    }

    internal static void InitTypes(PyType generator, PyType coroutine, PyType asyncGenerator)
    {
        InitCommon(generator, "gi");
        generator.Iter = self => self;
        generator.Next = self =>
        {
            var r = Self(self).Resume(PyNone.Instance, out var returned);
            return returned ? null : r;
        };
        // __next__ keeps the return value (StopIteration(value)); the Next slot, used by for loops, just ends.
        generator.DefMethod("__next__", (self, _, _) =>
        {
            var r = Self(self).Resume(PyNone.Instance, out var returned);
            return SendResult(r, returned);
        });
        generator.DefMethod("send", (self, args, _) =>
        {
            ArgParser.Exactly("send", args, 1);
            var r = Self(self).Resume(args[0], out var returned);
            return SendResult(r, returned);
        });
        generator.DefMethod("throw", (self, args, _) =>
        {
            var r = Self(self).Throw(NormalizeThrow(args), out var returned);
            return SendResult(r, returned);
        });

        InitCommon(coroutine, "cr");
        coroutine.DefGetter("cr_origin", _ => PyNone.Instance);
        coroutine.DefMethod("send", (self, args, _) =>
        {
            ArgParser.Exactly("send", args, 1);
            var r = Self(self).Resume(args[0], out var returned);
            return SendResult(r, returned);
        });
        coroutine.DefMethod("throw", (self, args, _) =>
        {
            var r = Self(self).Throw(NormalizeThrow(args), out var returned);
            return SendResult(r, returned);
        });
        coroutine.DefMethod("__await__", (self, _, _) => new CoroutineWrapper(Self(self)));

        InitCommon(asyncGenerator, "ag");
        asyncGenerator.DefMethod("__aiter__", (self, _, _) => self);
        asyncGenerator.DefMethod("__anext__", (self, _, _) => new AsyncGenAwaitable(FirstIter(self), AsyncGenAwaitable.Mode.Send, PyNone.Instance));
        asyncGenerator.DefMethod("asend", (self, args, _) =>
        {
            ArgParser.Exactly("asend", args, 1);
            return new AsyncGenAwaitable(FirstIter(self), AsyncGenAwaitable.Mode.Send, args[0]);
        });
        asyncGenerator.DefMethod("athrow", (self, args, _) =>
            new AsyncGenAwaitable(FirstIter(self), AsyncGenAwaitable.Mode.Throw, PyNone.Instance) { ThrowArgs = args.ToArray() });
        asyncGenerator.DefMethod("aclose", (self, _, _) => new AsyncGenAwaitable(FirstIter(self), AsyncGenAwaitable.Mode.Close, PyNone.Instance));
    }

    private int _asyncGenHooksCalled;

    /// <summary>The finalizer hook in force when this async generator was first iterated (sys.set_asyncgen_hooks).</summary>
    public PyObject? AsyncGenFinalizer;

    /// <summary>
    /// On an async generator's first asend/athrow/aclose, calls the thread's firstiter hook (asyncio uses it
    /// to track the generator and aclose() it at loop shutdown) and remembers the finalizer, as CPython does.
    /// </summary>
    internal static PyGenerator FirstIter(PyObject self)
    {
        var g = Self(self);
        if (Interlocked.Exchange(ref g._asyncGenHooksCalled, 1) == 0)
        {
            var ts = ThreadState.Current;
            g.AsyncGenFinalizer = ts.AsyncGenFinalizer;
            if (ts.AsyncGenFirstIter is { } firstIter) Ops.Call(firstIter, self);
        }
        return g;
    }
}
