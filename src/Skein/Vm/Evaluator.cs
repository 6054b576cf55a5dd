using System.Runtime.CompilerServices;
using BinaryOpKind = Skein.Runtime.BinaryOp;

namespace Skein.Vm;

/// <summary>
/// The instruction loop. One invocation runs an entry frame to completion (or to a yield, for generator
/// frames); Python-to-Python calls push a frame on the VM's own chain and continue in the same loop, so
/// recursion in Python does not recurse in .NET. A Python raise is handled through the exception table
/// without throwing; a PyException from native code is caught by the single try/catch around the
/// dispatch and handled the same way, after which dispatch is re-entered.
/// </summary>
internal static partial class Evaluator
{
    public static PyObject Run(PyFrame entry, PyBaseException? throwIn = null) =>
        Run(entry, throwIn, out var escaped) ?? throw new PyException(escaped!);

    /// <summary>
    /// Runs entry; null when an exception escapes it, which is then in escaped (not thrown: native callers that
    /// expect an exception, such as a for loop ending on a class's StopIteration, test it without a .NET throw).
    /// </summary>
    public static PyObject? Run(PyFrame entry, PyBaseException? throwIn, out PyBaseException? escaped)
    {
        escaped = null;
        var ts = ThreadState.Current;
        if (++ts.Depth > ThreadState.RecursionLimit || (ts.Depth > ts.UnprobedDepth && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            ts.Depth--;
            throw Errors.RecursionError();
        }
        var savedFrame = ts.CurrentFrame;
        entry.Back = savedFrame as PyFrame;
        entry.Suspended = false;
        ts.CurrentFrame = entry;
        var f = entry;
        var exc = throwIn;
        var needsTraceback = throwIn != null;
        int ip = 0, sp = 0;
        StackSlot[] s = null!;
        int[] code = null!;
        PyObject[] consts = null!;
        PyStr[] names = null!;
        object?[] caches = null!;
        try
        {
            while (true)
            {
                try
                {
                    if (exc != null)
                    {
                        if (needsTraceback)
                        {
                            needsTraceback = false;
                            goto error;
                        }
                        goto handle;
                    }
                load:
                    code = f.Code.Instructions;
                    consts = f.Code.Consts;
                    names = f.Code.Names;
                    caches = f.Code.Caches ?? f.Code.CreateCaches();
                    s = f.Stack;
                    sp = f.Sp;
                    ip = f.Ip;
                    while (true)
                    {
                        var word = code[ip++];
                        var arg = word >>> Instr.ArgShift;
                        switch ((Opcode)(byte)word)
                        {
                            case Opcode.Nop:
                                break;
                            case Opcode.PopTop:
                                s[--sp].Value = null;
                                break;
                            case Opcode.Copy:
                                s[sp].Value = s[sp - arg].Value;
                                sp++;
                                break;
                            case Opcode.Swap:
                                (s[sp - 1].Value, s[sp - arg].Value) = (s[sp - arg].Value, s[sp - 1].Value);
                                break;
                            case Opcode.PushNull:
                                s[sp++].Value = null;
                                break;

                            case Opcode.LoadConst:
                                s[sp++].Value = consts[arg];
                                break;
                            case Opcode.LoadFast:
                                {
                                    var v = s[arg].Value;
                                    if (v == null) throw UnboundLocal(f.Code.VarNames[arg]);
                                    s[sp++].Value = v;
                                }
                                break;
                            case Opcode.StoreFast:
                                s[arg].Value = s[--sp].Value;
                                s[sp].Value = null;
                                break;
                            case Opcode.DeleteFast:
                                if (s[arg].Value == null) throw UnboundLocal(f.Code.VarNames[arg]);
                                s[arg].Value = null;
                                break;
                            case Opcode.LoadDeref:
                                s[sp++].Value = f.Cells![arg].Contents ?? throw DerefError(f.Code, arg);
                                break;
                            case Opcode.StoreDeref:
                                f.Cells![arg].Contents = s[--sp].Value;
                                s[sp].Value = null;
                                break;
                            case Opcode.DeleteDeref:
                                if (f.Cells![arg].Contents == null) throw DerefError(f.Code, arg);
                                f.Cells[arg].Contents = null;
                                break;
                            case Opcode.LoadClosure:
                                s[sp++].Value = f.Cells![arg];
                                break;
                            case Opcode.LoadClassDeref:
                                s[sp++].Value = LoadClassDeref(f, arg);
                                break;
                            case Opcode.LoadName:
                                s[sp++].Value = LoadName(f, names[arg]);
                                break;
                            case Opcode.StoreName:
                                StoreName(f, names[arg], s[--sp].Value!);
                                s[sp].Value = null;
                                break;
                            case Opcode.DeleteName:
                                DeleteName(f, names[arg]);
                                break;
                            case Opcode.LoadGlobal:
                                s[sp].Value = InlineCaches.LoadGlobal(f, names[arg], caches, ip - 1);
                                sp++;
                                break;
                            case Opcode.StoreGlobal:
                                f.Globals.SetItem(names[arg], s[--sp].Value!);
                                s[sp].Value = null;
                                break;
                            case Opcode.DeleteGlobal:
                                if (!f.Globals.Remove(names[arg])) throw NameError(names[arg]);
                                break;
                            case Opcode.LoadAttr:
                                {
                                    var o = s[sp - 1].Value!;
                                    var v = InlineCaches.LoadAttr(o, names[arg], caches, ip - 1);
                                    if (v == null)
                                    {
                                        exc = Errors.NoAttribute(o, names[arg]).Value;
                                        goto raiseNew;
                                    }
                                    s[sp - 1].Value = v;
                                }
                                break;
                            case Opcode.StoreAttr:
                                {
                                    var o = s[--sp].Value!;
                                    var v = s[--sp].Value!;
                                    s[sp].Value = s[sp + 1].Value = null;
                                    InlineCaches.StoreAttr(o, names[arg], v, caches, ip - 1);
                                }
                                break;
                            case Opcode.DeleteAttr:
                                {
                                    var o = s[--sp].Value!;
                                    s[sp].Value = null;
                                    Ops.DelAttr(o, names[arg]);
                                }
                                break;
                            case Opcode.LoadMethod:
                                if (!InlineCaches.LoadMethod(s, sp, names[arg], caches, ip - 1))
                                {
                                    exc = Errors.NoAttribute(s[sp - 1].Value!, names[arg]).Value;
                                    goto raiseNew;
                                }
                                sp++;
                                break;

                            case Opcode.BinaryOp:
                                {
                                    var b = s[--sp].Value!;
                                    var a = s[sp - 1].Value!;
                                    s[sp].Value = null;
                                    var op = arg & 0x7F;
                                    PyObject? r = null;
                                    if (IsExactSmallInt(a) && IsExactSmallInt(b))
                                        r = IntArithmetic(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, op);
                                    else if (a.GetType() == typeof(PyFloat) || b.GetType() == typeof(PyFloat) || a is PyFloat || b is PyFloat)
                                        r = FloatArithmetic(a, b, op);
                                    s[sp - 1].Value = r ?? ((arg & 0x80) != 0 ? Ops.InPlaceOp(a, b, (BinaryOpKind)op) : Ops.BinaryOp(a, b, (BinaryOpKind)op));
                                }
                                break;
                            case Opcode.UnaryNegative:
                                {
                                    var a = s[sp - 1].Value!;
                                    if (IsExactSmallInt(a) && Unsafe.As<PyInt>(a).Small != long.MinValue) s[sp - 1].Value = PyInt.From(-Unsafe.As<PyInt>(a).Small);
                                    else if (a is PyFloat fa && ReferenceEquals(a.Type, FloatType)) s[sp - 1].Value = new PyFloat(-fa.Value);
                                    else s[sp - 1].Value = Ops.UnaryOp(a, UnaryOp.Neg);
                                }
                                break;
                            case Opcode.UnaryPositive:
                                s[sp - 1].Value = Ops.UnaryOp(s[sp - 1].Value!, UnaryOp.Pos);
                                break;
                            case Opcode.UnaryInvert:
                                s[sp - 1].Value = Ops.UnaryOp(s[sp - 1].Value!, UnaryOp.Invert);
                                break;
                            case Opcode.UnaryNot:
                                s[sp - 1].Value = PyBool.From(!Ops.IsTrue(s[sp - 1].Value!));
                                break;
                            case Opcode.CompareOp:
                                {
                                    var b = s[--sp].Value!;
                                    var a = s[sp - 1].Value!;
                                    s[sp].Value = null;
                                    s[sp - 1].Value = CompareFast(a, b, (CompareOp)arg) ?? Ops.RichCompare(a, b, (CompareOp)arg);
                                }
                                break;
                            case Opcode.IsOp:
                                {
                                    var b = s[--sp].Value;
                                    s[sp].Value = null;
                                    s[sp - 1].Value = PyBool.From(ReferenceEquals(s[sp - 1].Value, b) ^ (arg != 0));
                                }
                                break;
                            case Opcode.ContainsOp:
                                {
                                    var container = s[--sp].Value!;
                                    s[sp].Value = null;
                                    s[sp - 1].Value = PyBool.From(Ops.Contains(container, s[sp - 1].Value!) ^ (arg != 0));
                                }
                                break;
                            case Opcode.BinarySubscr:
                                {
                                    var key = s[--sp].Value!;
                                    s[sp].Value = null;
                                    var v = Subscript(s[sp - 1].Value!, key);
                                    if (v == null)
                                    {
                                        exc = Errors.KeyError(key).Value;
                                        goto raiseNew;
                                    }
                                    s[sp - 1].Value = v;
                                }
                                break;
                            case Opcode.StoreSubscr:
                                {
                                    var key = s[--sp].Value!;
                                    var o = s[--sp].Value!;
                                    var v = s[--sp].Value!;
                                    s[sp].Value = s[sp + 1].Value = s[sp + 2].Value = null;
                                    if (o is PyDict d && ReferenceEquals(o.Type, DictType)) d.SetItem(key, v);
                                    else Ops.SetItem(o, key, v);
                                }
                                break;
                            case Opcode.DeleteSubscr:
                                {
                                    var key = s[--sp].Value!;
                                    var o = s[--sp].Value!;
                                    s[sp].Value = s[sp + 1].Value = null;
                                    Ops.DelItem(o, key);
                                }
                                break;
                            case Opcode.BuildSlice:
                                {
                                    PyObject step = arg == 3 ? s[--sp].Value! : PyNone.Instance;
                                    var stop = s[--sp].Value!;
                                    s[sp - 1].Value = new PySlice(s[sp - 1].Value!, stop, step);
                                }
                                break;

                            case Opcode.BuildTuple:
                                {
                                    var items = arg == 0 ? [] : new PyObject[arg];
                                    sp -= arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        items[i] = s[sp + i].Value!;
                                        s[sp + i].Value = null;
                                    }
                                    s[sp++].Value = arg == 0 ? PyTuple.Empty : new PyTuple(items);
                                }
                                break;
                            case Opcode.BuildList:
                                {
                                    var items = new PyObject[arg];
                                    sp -= arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        items[i] = s[sp + i].Value!;
                                        s[sp + i].Value = null;
                                    }
                                    s[sp++].Value = new PyList(items);
                                }
                                break;
                            case Opcode.BuildSet:
                                {
                                    var items = new PyObject[arg];
                                    sp -= arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        items[i] = s[sp + i].Value!;
                                        s[sp + i].Value = null;
                                    }
                                    s[sp++].Value = Ops.Call(PyTypes.Set, new PyList(items));
                                }
                                break;
                            case Opcode.BuildMap:
                                {
                                    var d = new PyDict();
                                    sp -= 2 * arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        d.SetItem(s[sp + 2 * i].Value!, s[sp + 2 * i + 1].Value!);
                                        s[sp + 2 * i].Value = s[sp + 2 * i + 1].Value = null;
                                    }
                                    s[sp++].Value = d;
                                }
                                break;
                            case Opcode.BuildConstKeyMap:
                                {
                                    var keys = (PyTuple)s[--sp].Value!;
                                    var d = new PyDict();
                                    sp -= arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        d.SetItem(keys.Items[i], s[sp + i].Value!);
                                        s[sp + i].Value = null;
                                    }
                                    s[sp++].Value = d;
                                }
                                break;
                            case Opcode.BuildString:
                                {
                                    sp -= arg;
                                    var parts = new string[arg];
                                    for (var i = 0; i < arg; i++)
                                    {
                                        parts[i] = ((PyStr)s[sp + i].Value!).Value;
                                        s[sp + i].Value = null;
                                    }
                                    s[sp++].Value = new PyStr(string.Concat(parts));
                                }
                                break;
                            case Opcode.ListAppend:
                                {
                                    var v = s[--sp].Value!;
                                    s[sp].Value = null;
                                    ((PyList)s[sp - arg].Value!).Append(v);
                                }
                                break;
                            case Opcode.SetAdd:
                                {
                                    var v = s[--sp].Value!;
                                    s[sp].Value = null;
                                    CallMethod(s[sp - arg].Value!, "add", v);
                                }
                                break;
                            case Opcode.MapAdd:
                                {
                                    var v = s[--sp].Value!;
                                    var k = s[--sp].Value!;
                                    s[sp].Value = s[sp + 1].Value = null;
                                    ((PyDict)s[sp - arg].Value!).SetItem(k, v);
                                }
                                break;
                            case Opcode.ListExtend:
                                {
                                    var v = s[--sp].Value!;
                                    s[sp].Value = null;
                                    ListExtend((PyList)s[sp - arg].Value!, v);
                                }
                                break;
                            case Opcode.SetUpdate:
                                {
                                    var v = s[--sp].Value!;
                                    s[sp].Value = null;
                                    CallMethod(s[sp - arg].Value!, "update", v);
                                }
                                break;
                            case Opcode.DictUpdate:
                                {
                                    var v = s[--sp].Value!;
                                    s[sp].Value = null;
                                    DictUpdate((PyDict)s[sp - arg].Value!, v);
                                }
                                break;
                            case Opcode.DictMerge:
                                {
                                    var v = s[--sp].Value!;
                                    s[sp].Value = null;
                                    DictMerge((PyDict)s[sp - arg].Value!, v, s[sp - arg - 3].Value!);
                                }
                                break;
                            case Opcode.ListToTuple:
                                s[sp - 1].Value = PyTuple.Create(((PyList)s[sp - 1].Value!).ToArray());
                                break;
                            case Opcode.FormatValue:
                                {
                                    PyObject? spec = (arg & 4) != 0 ? s[--sp].Value : null;
                                    if (spec != null) s[sp].Value = null;
                                    s[sp - 1].Value = FormatValue(s[sp - 1].Value!, arg & 3, spec);
                                }
                                break;

                            case Opcode.Jump:
                                if (arg < ip && EvalBreaker.Pending)
                                {
                                    f.Ip = ip;
                                    EvalBreaker.Handle();
                                }
                                ip = arg;
                                break;
                            case Opcode.PopJumpIfFalse:
                                {
                                    var v = s[--sp].Value!;
                                    s[sp].Value = null;
                                    if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(v))) ip = arg;
                                }
                                break;
                            case Opcode.PopJumpIfTrue:
                                {
                                    var v = s[--sp].Value!;
                                    s[sp].Value = null;
                                    if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(v))) ip = arg;
                                }
                                break;
                            case Opcode.JumpIfFalseOrPop:
                                if (!Ops.IsTrue(s[sp - 1].Value!)) ip = arg;
                                else s[--sp].Value = null;
                                break;
                            case Opcode.JumpIfTrueOrPop:
                                if (Ops.IsTrue(s[sp - 1].Value!)) ip = arg;
                                else s[--sp].Value = null;
                                break;
                            case Opcode.PopJumpIfNone:
                                if (s[--sp].Value is PyNone) ip = arg;
                                s[sp].Value = null;
                                break;
                            case Opcode.PopJumpIfNotNone:
                                if (s[--sp].Value is not PyNone) ip = arg;
                                s[sp].Value = null;
                                break;
                            case Opcode.GetIter:
                                s[sp - 1].Value = Ops.GetIter(s[sp - 1].Value!);
                                break;
                            case Opcode.ForIter:
                                {
                                    var it = s[sp - 1].Value!;
                                    var next = it.Type.Next ?? throw Errors.TypeError($"'{it.Type.Name}' object is not an iterator");
                                    var v = next(it);
                                    if (v != null) s[sp++].Value = v;
                                    else
                                    {
                                        s[--sp].Value = null;
                                        ip = arg;
                                    }
                                }
                                break;
                            case Opcode.PopIter:
                                {
                                    var it = s[--sp].Value;
                                    s[sp].Value = null;
                                    if (it is PyGenerator { OwnedByLoop: true } g)
                                    {
                                        f.Sp = sp;
                                        f.Ip = ip;
                                        f.LastI = ip - 1;
                                        g.CloseAbandoned();
                                    }
                                }
                                break;
                            case Opcode.UnpackSequence:
                                {
                                    var seq = s[--sp].Value!;
                                    s[sp].Value = null;
                                    UnpackSequence(seq, arg, s, sp);
                                    sp += arg;
                                }
                                break;
                            case Opcode.UnpackEx:
                                {
                                    var seq = s[--sp].Value!;
                                    s[sp].Value = null;
                                    sp = UnpackEx(seq, arg & 0xFF, arg >> 8, s, sp);
                                }
                                break;

                            case Opcode.Call:
                            case Opcode.CallKw:
                                {
                                    PyObject[]? kwNames = null;
                                    if ((Opcode)(byte)word == Opcode.CallKw)
                                    {
                                        kwNames = ((PyTuple)s[--sp].Value!).Items;
                                        s[sp].Value = null;
                                    }
                                    var baseIndex = sp - arg - 2;
                                    var callable = s[baseIndex].Value!;
                                    var self = s[baseIndex + 1].Value;
                                    if (self == null && callable is PyMethod pm)
                                    {
                                        callable = s[baseIndex].Value = pm.Function;
                                        self = s[baseIndex + 1].Value = pm.Self;
                                    }
                                    var argStart = self != null ? baseIndex + 1 : baseIndex + 2;
                                    var total = sp - argStart;
                                    var nkw = kwNames?.Length ?? 0;
                                    f.LastI = ip - 1;
                                    var fn = callable as PyFunction;
                                    PyObject? constructed = null;
                                    if (fn == null && self == null && callable is PyType cls && InlinedInit(cls) is { } init)
                                    {
                                        // Calling a plain class: create the instance here and run its __init__ as a frame of
                                        // this loop (the instance takes the empty self slot), instead of a nested loop.
                                        constructed = cls.New!(cls, ReadOnlySpan<PyObject>.Empty, null);
                                        s[baseIndex + 1].Value = constructed;
                                        argStart = baseIndex + 1;
                                        total++;
                                        fn = init;
                                    }
                                    if (fn != null)
                                    {
                                        var span = FrameSlots.Span(s, argStart, total - nkw);
                                        var kwValues = FrameSlots.Span(s, sp - nkw, nkw);
                                        var nf = Executor.NewCallFrame(fn, span, kwValues, kwNames, null);
                                        nf.ConstructedInstance = constructed;
                                        ClearStack(s, baseIndex, sp);
                                        sp = baseIndex;
                                        if (fn.Code.IsGenerator)
                                        {
                                            var gen = PyGenerator.Create(fn, nf);
                                            // for x in gen(): the loop holds the only reference to the generator.
                                            if ((Opcode)(byte)code[ip] == Opcode.GetIter) gen.OwnedByLoop = true;
                                            s[sp++].Value = gen;
                                            break;
                                        }
                                        f.Sp = sp;
                                        f.Ip = ip;
                                        if (++ts.Depth > ThreadState.RecursionLimit)
                                        {
                                            ts.Depth--;
                                            throw Errors.RecursionError();
                                        }
                                        nf.Back = f;
                                        f = nf;
                                        ts.CurrentFrame = f;
                                        goto load;
                                    }
                                    if (kwNames == null && total is 1 or 2 && callable is PyBuiltinFunction nextFn
                                        && ReferenceEquals(nextFn.Function, Modules.Builtins.IterationFunctions.NextFunction))
                                    {
                                        // next(it) on a native iterator: the end is StopIteration, raised without a .NET throw.
                                        var it = s[argStart].Value!;
                                        if (it.Type.Next is { } nextSlot && !it.Type.IsHeapType && it is not PyGenerator)
                                        {
                                            var item = nextSlot(it) ?? (total == 2 ? s[argStart + 1].Value : null);
                                            ClearStack(s, baseIndex, sp);
                                            sp = baseIndex;
                                            if (item == null)
                                            {
                                                exc = Errors.StopIteration().Value;
                                                goto raiseNew;
                                            }
                                            s[sp++].Value = item;
                                            break;
                                        }
                                    }
                                    PyObject result;
                                    if (kwNames == null) result = Ops.Call(callable, FrameSlots.Span(s, argStart, total), null);
                                    else result = Ops.Call(callable, FrameSlots.Span(s, argStart, total - nkw), KeywordDict(kwNames, s, sp - nkw));
                                    ClearStack(s, baseIndex, sp);
                                    sp = baseIndex;
                                    s[sp++].Value = result;
                                }
                                break;
                            case Opcode.CallEx:
                                {
                                    PyDict? kwargs = null;
                                    if ((arg & 1) != 0)
                                    {
                                        kwargs = (PyDict)s[--sp].Value!;
                                        s[sp].Value = null;
                                    }
                                    var argsObj = s[--sp].Value!;
                                    s[sp].Value = null;
                                    var self = s[--sp].Value;
                                    s[sp].Value = null;
                                    var callable = s[--sp].Value!;
                                    s[sp].Value = null;
                                    var args = CallArgsTuple(callable, argsObj);
                                    if (kwargs != null) CheckKeywordsAreStrings(kwargs);
                                    PyObject[] all;
                                    if (self != null)
                                    {
                                        all = new PyObject[args.Count + 1];
                                        all[0] = self;
                                        Array.Copy(args.Items, 0, all, 1, args.Count);
                                    }
                                    else all = args.Items;
                                    f.LastI = ip - 1;
                                    if (callable is PyFunction fn && !fn.Code.IsGenerator)
                                    {
                                        var nf = Executor.NewCallFrame(fn, all, default, null, kwargs);
                                        f.Sp = sp;
                                        f.Ip = ip;
                                        if (++ts.Depth > ThreadState.RecursionLimit)
                                        {
                                            ts.Depth--;
                                            throw Errors.RecursionError();
                                        }
                                        nf.Back = f;
                                        f = nf;
                                        ts.CurrentFrame = f;
                                        goto load;
                                    }
                                    s[sp++].Value = Ops.Call(callable, all, kwargs);
                                }
                                break;
                            case Opcode.MakeFunction:
                                sp = MakeFunction(f, s, sp, arg);
                                break;
                            case Opcode.ReturnValue:
                                {
                                    var value = s[--sp].Value!;
                                    s[sp].Value = null;
                                    if (ReferenceEquals(f, entry))
                                    {
                                        f.Sp = sp;
                                        f.Ip = ip;
                                        f.LastI = ip - 1;
                                        return value;
                                    }
                                    var caller = f.Back!;
                                    var constructed = f.ConstructedInstance;
                                    ts.Depth--;
                                    if (f.Recyclable && !f.Escaped) ts.RecycleFrame(f);
                                    f = caller;
                                    ts.CurrentFrame = f;
                                    if (constructed != null)
                                    {
                                        if (value is not PyNone)
                                        {
                                            ip = f.Ip;
                                            sp = f.Sp;
                                            throw Errors.TypeError($"__init__() should return None, not '{value.Type.Name}'");
                                        }
                                        value = constructed;
                                    }
                                    f.Stack[f.Sp++].Value = value;
                                    goto load;
                                }
                            case Opcode.LoadBuildClass:
                                s[sp++].Value = f.Builtins.GetItemOrNull("__build_class__") ?? throw Errors.NameError("__build_class__ not found");
                                break;
                            case Opcode.ImportName:
                                {
                                    var fromlist = s[--sp].Value!;
                                    var level = s[--sp].Value!;
                                    s[sp].Value = s[sp + 1].Value = null;
                                    f.LastI = ip - 1;
                                    s[sp++].Value = ImportName(f, names[arg], fromlist, level);
                                }
                                break;
                            case Opcode.ImportFrom:
                                s[sp].Value = ImportFrom(s[sp - 1].Value!, names[arg]);
                                sp++;
                                break;
                            case Opcode.ImportStar:
                                ImportStar(f, s[--sp].Value!);
                                s[sp].Value = null;
                                break;
                            case Opcode.SetupAnnotations:
                                SetupAnnotations(f);
                                break;
                            case Opcode.LoadLocals:
                                s[sp++].Value = f.Locals ?? throw Errors.SystemError("no locals found");
                                break;

                            case Opcode.RaiseVarargs:
                                f.LastI = ip - 1;
                                if (arg == 0)
                                {
                                    f.Sp = sp;
                                    exc = ts.HandledException ?? throw Errors.RuntimeError("No active exception to reraise");
                                    goto handle;
                                }
                                {
                                    PyObject? cause = arg == 2 ? s[--sp].Value : null;
                                    var raised = s[--sp].Value!;
                                    s[sp].Value = s[sp + 1].Value = null;
                                    exc = MakeRaised(raised, cause, arg == 2);
                                    f.Sp = sp;
                                    SetContext(exc, ts.HandledException);
                                    goto error;
                                }
                            case Opcode.PushExcInfo:
                                {
                                    var e = s[sp - 1].Value!;
                                    s[sp - 1].Value = (PyObject?)ts.HandledException ?? PyNone.Instance;
                                    s[sp++].Value = e;
                                    ts.HandledException = e as PyBaseException;
                                }
                                break;
                            case Opcode.PopExcept:
                                {
                                    var prev = s[--sp].Value;
                                    s[sp].Value = null;
                                    ts.HandledException = prev as PyBaseException;
                                }
                                break;
                            case Opcode.Reraise:
                                exc = (PyBaseException)s[--sp].Value!;
                                s[sp].Value = null;
                                f.LastI = ip - 1;
                                f.Sp = sp;
                                goto handle;
                            case Opcode.CheckExcMatch:
                                {
                                    var t = s[sp - 1].Value!;
                                    s[sp - 1].Value = PyBool.From(ExceptionMatches(s[sp - 2].Value!, t));
                                }
                                break;
                            case Opcode.CheckEgMatch:
                                {
                                    var t = s[sp - 1].Value!;
                                    var (rest, match) = ExceptionGroups.Split(s[sp - 2].Value!, t);
                                    s[sp - 2].Value = rest;
                                    s[sp - 1].Value = match;
                                    if (match is PyBaseException mb) ts.HandledException = mb;
                                }
                                break;
                            case Opcode.PrepReraiseStar:
                                {
                                    var list = (PyList)s[--sp].Value!;
                                    s[sp].Value = null;
                                    s[sp - 1].Value = ExceptionGroups.PrepareReraise(s[sp - 1].Value!, list);
                                }
                                break;
                            case Opcode.LoadAssertionError:
                                s[sp++].Value = PyExc.AssertionError;
                                break;
                            case Opcode.BeforeWith:
                                BeforeWith(s, sp, false);
                                sp++;
                                break;
                            case Opcode.BeforeAsyncWith:
                                BeforeWith(s, sp, true);
                                sp++;
                                break;
                            case Opcode.WithExceptStart:
                                {
                                    var e = (PyBaseException)s[sp - 1].Value!;
                                    var exit = s[sp - 3].Value!;
                                    f.LastI = ip - 1;
                                    s[sp++].Value = Ops.Call(exit, [e.Type, e, e.Traceback ?? PyNone.Instance], null);
                                }
                                break;

                            case Opcode.YieldValue:
                                {
                                    var value = s[--sp].Value!;
                                    s[sp].Value = null;
                                    f.Ip = ip;
                                    f.Sp = sp;
                                    f.LastI = ip - 1;
                                    f.Suspended = true;
                                    f.YieldedWrapped = arg == 1;
                                    return value;
                                }
                            case Opcode.GetYieldFromIter:
                                s[sp - 1].Value = GetYieldFromIter(f, s[sp - 1].Value!);
                                break;
                            case Opcode.GetAwaitable:
                                s[sp - 1].Value = GetAwaitable(s[sp - 1].Value!);
                                break;
                            case Opcode.GetAIter:
                                s[sp - 1].Value = GetAIter(s[sp - 1].Value!);
                                break;
                            case Opcode.GetANext:
                                s[sp].Value = GetANext(s[sp - 1].Value!);
                                sp++;
                                break;
                            case Opcode.EndAsyncFor:
                                {
                                    var e = (PyBaseException)s[sp - 1].Value!;
                                    if (!e.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
                                    {
                                        s[--sp].Value = null;
                                        exc = e;
                                        f.LastI = ip - 1;
                                        f.Sp = sp;
                                        goto handle;
                                    }
                                    s[--sp].Value = null;
                                    s[--sp].Value = null;
                                }
                                break;
                            case Opcode.Send:
                                {
                                    var value = s[--sp].Value!;
                                    s[sp].Value = null;
                                    f.LastI = ip - 1;
                                    var r = Send(s[sp - 1].Value!, value, out var returned);
                                    if (returned)
                                    {
                                        s[sp - 1].Value = r;
                                        ip = arg;
                                    }
                                    else s[sp++].Value = r;
                                }
                                break;

                            case Opcode.MatchClass:
                                {
                                    var attrNames = (PyTuple)s[--sp].Value!;
                                    var cls = s[--sp].Value!;
                                    s[sp].Value = s[sp + 1].Value = null;
                                    s[sp - 1].Value = PatternMatching.MatchClass(s[sp - 1].Value!, cls, arg, attrNames);
                                }
                                break;
                            case Opcode.MatchMapping:
                                s[sp].Value = PyBool.From(PatternMatching.IsMapping(s[sp - 1].Value!));
                                sp++;
                                break;
                            case Opcode.MatchSequence:
                                s[sp].Value = PyBool.From(PatternMatching.IsSequence(s[sp - 1].Value!));
                                sp++;
                                break;
                            case Opcode.MatchKeys:
                                s[sp].Value = PatternMatching.MatchKeys(s[sp - 2].Value!, (PyTuple)s[sp - 1].Value!);
                                sp++;
                                break;
                            case Opcode.GetLen:
                                s[sp].Value = PyInt.From(Ops.Len(s[sp - 1].Value!));
                                sp++;
                                break;
                            case Opcode.CopyDictWithoutKeys:
                                {
                                    var keys = (PyTuple)s[--sp].Value!;
                                    s[sp].Value = null;
                                    s[sp - 1].Value = PatternMatching.CopyWithoutKeys(s[sp - 1].Value!, keys);
                                }
                                break;
                            case Opcode.PrintExpr:
                                PrintExpr(f, s[--sp].Value!);
                                s[sp].Value = null;
                                break;
                            default:
                                throw Errors.SystemError($"unknown opcode {(byte)word}");
                        }
                    }
                raiseNew:
                    // An exception made by the loop itself (not thrown): handled as a raise at this instruction.
                    f.LastI = ip - 1;
                    f.Sp = sp;
                    SetContext(exc!, ts.HandledException);
                error:
                    AddTraceback(f, exc!);
                handle:
                    while (true)
                    {
                        if (EnterHandler(f, exc!))
                        {
                            exc = null;
                            goto load;
                        }
                        CloseAbandonedIterators(f.Stack, f.Code.NLocals, f.Sp);
                        if (ReferenceEquals(f, entry)) goto escape;
                        var back = f.Back!;
                        ts.Depth--;
                        f = back;
                        ts.CurrentFrame = f;
                        AddTraceback(f, exc!);
                    }
                }
                catch (PyException e)
                {
                    exc = e.Value;
                    f.LastI = ip - 1;
                    f.Sp = sp;
                    if (exc.Context == null) SetContext(exc, ts.HandledException);
                    AddTraceback(f, exc);
                }
                catch (Exception e) when (e is not PyException)
                {
                    exc = ConvertClrException(e);
                    f.LastI = ip - 1;
                    f.Sp = sp;
                    SetContext(exc, ts.HandledException);
                    AddTraceback(f, exc);
                }
            }
        escape:
            escaped = exc!;
            return null;
        }
        finally
        {
            ts.Depth--;
            ts.CurrentFrame = savedFrame;
        }
    }

    /// <summary>Looks up the handler for the frame's current instruction and enters it: the stack is cut to the handler's depth and the exception pushed.</summary>
    private static bool EnterHandler(PyFrame f, PyBaseException exc)
    {
        var h = f.Code.FindHandler(f.LastI);
        if (h is not { } entry) return false;
        var st = f.Stack;
        var baseSp = f.Code.NLocals + entry.Depth;
        CloseAbandonedIterators(st, baseSp, f.Sp);
        for (var i = baseSp; i < f.Sp && i < st.Length; i++) st[i].Value = null;
        st[baseSp].Value = exc;
        f.Sp = baseSp + 1;
        f.Ip = entry.Handler;
        return true;
    }

    /// <summary>
    /// An exception unwinding past for loops drops their iterators; generators only those loops held are
    /// closed, as CPython's reference counting finalises them during the unwinding.
    /// </summary>
    private static void CloseAbandonedIterators(StackSlot[] s, int from, int to)
    {
        to = Math.Min(to, s.Length);
        for (var i = from; i < to; i++)
        {
            if (s[i].Value is not PyGenerator { OwnedByLoop: true } g) continue;
            s[i].Value = null;
            g.CloseAbandoned();
        }
    }

    internal static void AddTraceback(PyFrame f, PyBaseException exc)
    {
        exc.Traceback = new PyTraceback(f, f.LineNo, exc.Traceback as PyTraceback) { LastI = Math.Max(0, f.LastI) };
    }

    /// <summary>Implicit chaining: exc.__context__ = the exception being handled, breaking any cycle this would create (as CPython does).</summary>
    internal static void SetContext(PyBaseException exc, PyBaseException? handled)
    {
        if (handled == null || ReferenceEquals(handled, exc)) return;
        var o = handled;
        for (var steps = 0; steps < 10000; steps++)
        {
            if (o.Context is not PyBaseException c) break;
            if (ReferenceEquals(c, exc))
            {
                o.Context = null;
                break;
            }
            o = c;
        }
        exc.Context = handled;
    }

    private static void ClearStack(StackSlot[] s, int from, int to)
    {
        for (var i = from; i < to; i++) s[i].Value = null;
    }

    private static PyBaseException ConvertClrException(Exception e) => InternalErrors.ToPython(e);
}
