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
        if (++ts.Depth > ThreadState.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
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
        FrameSlots s = default;
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
                                s[--sp] = null;
                                break;
                            case Opcode.Copy:
                                s[sp] = s[sp - arg];
                                sp++;
                                break;
                            case Opcode.Swap:
                                (s[sp - 1], s[sp - arg]) = (s[sp - arg], s[sp - 1]);
                                break;
                            case Opcode.PushNull:
                                s[sp++] = null;
                                break;

                            case Opcode.LoadConst:
                                s[sp++] = consts[arg];
                                break;
                            case Opcode.LoadFast:
                                {
                                    var v = s[arg];
                                    if (v == null) throw UnboundLocal(f.Code.VarNames[arg]);
                                    s[sp++] = v;
                                }
                                break;
                            case Opcode.StoreFast:
                                s[arg] = s[--sp];
                                s[sp] = null;
                                break;
                            case Opcode.DeleteFast:
                                if (s[arg] == null) throw UnboundLocal(f.Code.VarNames[arg]);
                                s[arg] = null;
                                break;
                            case Opcode.LoadDeref:
                                s[sp++] = f.Cells![arg].Contents ?? throw DerefError(f.Code, arg);
                                break;
                            case Opcode.StoreDeref:
                                f.Cells![arg].Contents = s[--sp];
                                s[sp] = null;
                                break;
                            case Opcode.DeleteDeref:
                                if (f.Cells![arg].Contents == null) throw DerefError(f.Code, arg);
                                f.Cells[arg].Contents = null;
                                break;
                            case Opcode.LoadClosure:
                                s[sp++] = f.Cells![arg];
                                break;
                            case Opcode.LoadClassDeref:
                                s[sp++] = LoadClassDeref(f, arg);
                                break;
                            case Opcode.LoadName:
                                s[sp++] = LoadName(f, names[arg]);
                                break;
                            case Opcode.StoreName:
                                StoreName(f, names[arg], s[--sp]!);
                                s[sp] = null;
                                break;
                            case Opcode.DeleteName:
                                DeleteName(f, names[arg]);
                                break;
                            case Opcode.LoadGlobal:
                                s[sp] = InlineCaches.LoadGlobal(f, names[arg], caches, ip - 1);
                                sp++;
                                break;
                            case Opcode.StoreGlobal:
                                f.Globals.SetItem(names[arg], s[--sp]!);
                                s[sp] = null;
                                break;
                            case Opcode.DeleteGlobal:
                                if (!f.Globals.Remove(names[arg])) throw NameError(names[arg]);
                                break;
                            case Opcode.LoadAttr:
                                {
                                    var o = s[sp - 1]!;
                                    var v = InlineCaches.LoadAttr(o, names[arg], caches, ip - 1);
                                    if (v == null)
                                    {
                                        exc = Errors.NoAttribute(o, names[arg]).Value;
                                        goto raiseNew;
                                    }
                                    s[sp - 1] = v;
                                }
                                break;
                            case Opcode.StoreAttr:
                                {
                                    var o = s[--sp]!;
                                    var v = s[--sp]!;
                                    s[sp] = s[sp + 1] = null;
                                    InlineCaches.StoreAttr(o, names[arg], v, caches, ip - 1);
                                }
                                break;
                            case Opcode.DeleteAttr:
                                {
                                    var o = s[--sp]!;
                                    s[sp] = null;
                                    Ops.DelAttr(o, names[arg]);
                                }
                                break;
                            case Opcode.LoadMethod:
                                if (!InlineCaches.LoadMethod(s, sp, names[arg], caches, ip - 1))
                                {
                                    exc = Errors.NoAttribute(s[sp - 1]!, names[arg]).Value;
                                    goto raiseNew;
                                }
                                sp++;
                                break;

                            case Opcode.BinaryOp:
                                {
                                    var b = s[--sp]!;
                                    var a = s[sp - 1]!;
                                    s[sp] = null;
                                    var op = arg & 0x7F;
                                    PyObject? r = null;
                                    if (IsExactSmallInt(a) && IsExactSmallInt(b))
                                        r = IntArithmetic(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, op);
                                    else if (a.GetType() == typeof(PyFloat) || b.GetType() == typeof(PyFloat) || a is PyFloat || b is PyFloat)
                                        r = FloatArithmetic(a, b, op);
                                    s[sp - 1] = r ?? ((arg & 0x80) != 0 ? Ops.InPlaceOp(a, b, (BinaryOpKind)op) : Ops.BinaryOp(a, b, (BinaryOpKind)op));
                                }
                                break;
                            case Opcode.UnaryNegative:
                                {
                                    var a = s[sp - 1]!;
                                    if (IsExactSmallInt(a) && Unsafe.As<PyInt>(a).Small != long.MinValue) s[sp - 1] = PyInt.From(-Unsafe.As<PyInt>(a).Small);
                                    else if (a is PyFloat fa && ReferenceEquals(a.Type, FloatType)) s[sp - 1] = new PyFloat(-fa.Value);
                                    else s[sp - 1] = Ops.UnaryOp(a, UnaryOp.Neg);
                                }
                                break;
                            case Opcode.UnaryPositive:
                                s[sp - 1] = Ops.UnaryOp(s[sp - 1]!, UnaryOp.Pos);
                                break;
                            case Opcode.UnaryInvert:
                                s[sp - 1] = Ops.UnaryOp(s[sp - 1]!, UnaryOp.Invert);
                                break;
                            case Opcode.UnaryNot:
                                s[sp - 1] = PyBool.From(!Ops.IsTrue(s[sp - 1]!));
                                break;
                            case Opcode.CompareOp:
                                {
                                    var b = s[--sp]!;
                                    var a = s[sp - 1]!;
                                    s[sp] = null;
                                    s[sp - 1] = CompareFast(a, b, (CompareOp)arg) ?? Ops.RichCompare(a, b, (CompareOp)arg);
                                }
                                break;
                            case Opcode.IsOp:
                                {
                                    var b = s[--sp];
                                    s[sp] = null;
                                    s[sp - 1] = PyBool.From(ReferenceEquals(s[sp - 1], b) ^ (arg != 0));
                                }
                                break;
                            case Opcode.ContainsOp:
                                {
                                    var container = s[--sp]!;
                                    s[sp] = null;
                                    s[sp - 1] = PyBool.From(Ops.Contains(container, s[sp - 1]!) ^ (arg != 0));
                                }
                                break;
                            case Opcode.BinarySubscr:
                                {
                                    var key = s[--sp]!;
                                    s[sp] = null;
                                    var v = Subscript(s[sp - 1]!, key);
                                    if (v == null)
                                    {
                                        exc = Errors.KeyError(key).Value;
                                        goto raiseNew;
                                    }
                                    s[sp - 1] = v;
                                }
                                break;
                            case Opcode.StoreSubscr:
                                {
                                    var key = s[--sp]!;
                                    var o = s[--sp]!;
                                    var v = s[--sp]!;
                                    s[sp] = s[sp + 1] = s[sp + 2] = null;
                                    if (o is PyDict d && ReferenceEquals(o.Type, DictType)) d.SetItem(key, v);
                                    else Ops.SetItem(o, key, v);
                                }
                                break;
                            case Opcode.DeleteSubscr:
                                {
                                    var key = s[--sp]!;
                                    var o = s[--sp]!;
                                    s[sp] = s[sp + 1] = null;
                                    Ops.DelItem(o, key);
                                }
                                break;
                            case Opcode.BuildSlice:
                                {
                                    PyObject step = arg == 3 ? s[--sp]! : PyNone.Instance;
                                    var stop = s[--sp]!;
                                    s[sp - 1] = new PySlice(s[sp - 1]!, stop, step);
                                }
                                break;

                            case Opcode.BuildTuple:
                                {
                                    var items = arg == 0 ? [] : new PyObject[arg];
                                    sp -= arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        items[i] = s[sp + i]!;
                                        s[sp + i] = null;
                                    }
                                    s[sp++] = arg == 0 ? PyTuple.Empty : new PyTuple(items);
                                }
                                break;
                            case Opcode.BuildList:
                                {
                                    var items = new PyObject[arg];
                                    sp -= arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        items[i] = s[sp + i]!;
                                        s[sp + i] = null;
                                    }
                                    s[sp++] = new PyList(items);
                                }
                                break;
                            case Opcode.BuildSet:
                                {
                                    var items = new PyObject[arg];
                                    sp -= arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        items[i] = s[sp + i]!;
                                        s[sp + i] = null;
                                    }
                                    s[sp++] = Ops.Call(PyTypes.Set, new PyList(items));
                                }
                                break;
                            case Opcode.BuildMap:
                                {
                                    var d = new PyDict();
                                    sp -= 2 * arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        d.SetItem(s[sp + 2 * i]!, s[sp + 2 * i + 1]!);
                                        s[sp + 2 * i] = s[sp + 2 * i + 1] = null;
                                    }
                                    s[sp++] = d;
                                }
                                break;
                            case Opcode.BuildConstKeyMap:
                                {
                                    var keys = (PyTuple)s[--sp]!;
                                    var d = new PyDict();
                                    sp -= arg;
                                    for (var i = 0; i < arg; i++)
                                    {
                                        d.SetItem(keys.Items[i], s[sp + i]!);
                                        s[sp + i] = null;
                                    }
                                    s[sp++] = d;
                                }
                                break;
                            case Opcode.BuildString:
                                {
                                    sp -= arg;
                                    var parts = new string[arg];
                                    for (var i = 0; i < arg; i++)
                                    {
                                        parts[i] = ((PyStr)s[sp + i]!).Value;
                                        s[sp + i] = null;
                                    }
                                    s[sp++] = new PyStr(string.Concat(parts));
                                }
                                break;
                            case Opcode.ListAppend:
                                {
                                    var v = s[--sp]!;
                                    s[sp] = null;
                                    ((PyList)s[sp - arg]!).Append(v);
                                }
                                break;
                            case Opcode.SetAdd:
                                {
                                    var v = s[--sp]!;
                                    s[sp] = null;
                                    CallMethod(s[sp - arg]!, "add", v);
                                }
                                break;
                            case Opcode.MapAdd:
                                {
                                    var v = s[--sp]!;
                                    var k = s[--sp]!;
                                    s[sp] = s[sp + 1] = null;
                                    ((PyDict)s[sp - arg]!).SetItem(k, v);
                                }
                                break;
                            case Opcode.ListExtend:
                                {
                                    var v = s[--sp]!;
                                    s[sp] = null;
                                    ListExtend((PyList)s[sp - arg]!, v);
                                }
                                break;
                            case Opcode.SetUpdate:
                                {
                                    var v = s[--sp]!;
                                    s[sp] = null;
                                    CallMethod(s[sp - arg]!, "update", v);
                                }
                                break;
                            case Opcode.DictUpdate:
                                {
                                    var v = s[--sp]!;
                                    s[sp] = null;
                                    DictUpdate((PyDict)s[sp - arg]!, v);
                                }
                                break;
                            case Opcode.DictMerge:
                                {
                                    var v = s[--sp]!;
                                    s[sp] = null;
                                    DictMerge((PyDict)s[sp - arg]!, v, s[sp - arg - 3]!);
                                }
                                break;
                            case Opcode.ListToTuple:
                                s[sp - 1] = PyTuple.Create(((PyList)s[sp - 1]!).ToArray());
                                break;
                            case Opcode.FormatValue:
                                {
                                    PyObject? spec = (arg & 4) != 0 ? s[--sp] : null;
                                    if (spec != null) s[sp] = null;
                                    s[sp - 1] = FormatValue(s[sp - 1]!, arg & 3, spec);
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
                                    var v = s[--sp]!;
                                    s[sp] = null;
                                    if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(v))) ip = arg;
                                }
                                break;
                            case Opcode.PopJumpIfTrue:
                                {
                                    var v = s[--sp]!;
                                    s[sp] = null;
                                    if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(v))) ip = arg;
                                }
                                break;
                            case Opcode.JumpIfFalseOrPop:
                                if (!Ops.IsTrue(s[sp - 1]!)) ip = arg;
                                else s[--sp] = null;
                                break;
                            case Opcode.JumpIfTrueOrPop:
                                if (Ops.IsTrue(s[sp - 1]!)) ip = arg;
                                else s[--sp] = null;
                                break;
                            case Opcode.PopJumpIfNone:
                                if (s[--sp] is PyNone) ip = arg;
                                s[sp] = null;
                                break;
                            case Opcode.PopJumpIfNotNone:
                                if (s[--sp] is not PyNone) ip = arg;
                                s[sp] = null;
                                break;
                            case Opcode.GetIter:
                                s[sp - 1] = Ops.GetIter(s[sp - 1]!);
                                break;
                            case Opcode.ForIter:
                                {
                                    var it = s[sp - 1]!;
                                    var next = it.Type.Next ?? throw Errors.TypeError($"'{it.Type.Name}' object is not an iterator");
                                    var v = next(it);
                                    if (v != null) s[sp++] = v;
                                    else
                                    {
                                        s[--sp] = null;
                                        ip = arg;
                                    }
                                }
                                break;
                            case Opcode.PopIter:
                                {
                                    var it = s[--sp];
                                    s[sp] = null;
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
                                    var seq = s[--sp]!;
                                    s[sp] = null;
                                    UnpackSequence(seq, arg, s, sp);
                                    sp += arg;
                                }
                                break;
                            case Opcode.UnpackEx:
                                {
                                    var seq = s[--sp]!;
                                    s[sp] = null;
                                    sp = UnpackEx(seq, arg & 0xFF, arg >> 8, s, sp);
                                }
                                break;

                            case Opcode.Call:
                            case Opcode.CallKw:
                                {
                                    PyObject[]? kwNames = null;
                                    if ((Opcode)(byte)word == Opcode.CallKw)
                                    {
                                        kwNames = ((PyTuple)s[--sp]!).Items;
                                        s[sp] = null;
                                    }
                                    var baseIndex = sp - arg - 2;
                                    var callable = s[baseIndex]!;
                                    var self = s[baseIndex + 1];
                                    if (self == null && callable is PyMethod pm)
                                    {
                                        callable = s[baseIndex] = pm.Function;
                                        self = s[baseIndex + 1] = pm.Self;
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
                                        s[baseIndex + 1] = constructed;
                                        argStart = baseIndex + 1;
                                        total++;
                                        fn = init;
                                    }
                                    if (fn != null)
                                    {
                                        var span = new ReadOnlySpan<PyObject>(s.Array!, argStart, total - nkw);
                                        var kwValues = new ReadOnlySpan<PyObject>(s.Array!, sp - nkw, nkw);
                                        var nf = Executor.NewCallFrame(fn, span, kwValues, kwNames, null);
                                        nf.ConstructedInstance = constructed;
                                        ClearStack(s, baseIndex, sp);
                                        sp = baseIndex;
                                        if (fn.Code.IsGenerator)
                                        {
                                            var gen = PyGenerator.Create(fn, nf);
                                            // for x in gen(): the loop holds the only reference to the generator.
                                            if ((Opcode)(byte)code[ip] == Opcode.GetIter) gen.OwnedByLoop = true;
                                            s[sp++] = gen;
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
                                        var it = s[argStart]!;
                                        if (it.Type.Next is { } nextSlot && !it.Type.IsHeapType && it is not PyGenerator)
                                        {
                                            var item = nextSlot(it) ?? (total == 2 ? s[argStart + 1] : null);
                                            ClearStack(s, baseIndex, sp);
                                            sp = baseIndex;
                                            if (item == null)
                                            {
                                                exc = Errors.StopIteration().Value;
                                                goto raiseNew;
                                            }
                                            s[sp++] = item;
                                            break;
                                        }
                                    }
                                    PyObject result;
                                    if (kwNames == null) result = Ops.Call(callable, new ReadOnlySpan<PyObject>(s.Array!, argStart, total), null);
                                    else result = Ops.Call(callable, new ReadOnlySpan<PyObject>(s.Array!, argStart, total - nkw), KeywordDict(kwNames, s, sp - nkw));
                                    ClearStack(s, baseIndex, sp);
                                    sp = baseIndex;
                                    s[sp++] = result;
                                }
                                break;
                            case Opcode.CallEx:
                                {
                                    PyDict? kwargs = null;
                                    if ((arg & 1) != 0)
                                    {
                                        kwargs = (PyDict)s[--sp]!;
                                        s[sp] = null;
                                    }
                                    var argsObj = s[--sp]!;
                                    s[sp] = null;
                                    var self = s[--sp];
                                    s[sp] = null;
                                    var callable = s[--sp]!;
                                    s[sp] = null;
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
                                    s[sp++] = Ops.Call(callable, all, kwargs);
                                }
                                break;
                            case Opcode.MakeFunction:
                                sp = MakeFunction(f, s, sp, arg);
                                break;
                            case Opcode.ReturnValue:
                                {
                                    var value = s[--sp]!;
                                    s[sp] = null;
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
                                    new FrameSlots(f.Stack)[f.Sp++] = value;
                                    goto load;
                                }
                            case Opcode.LoadBuildClass:
                                s[sp++] = f.Builtins.GetItemOrNull("__build_class__") ?? throw Errors.NameError("__build_class__ not found");
                                break;
                            case Opcode.ImportName:
                                {
                                    var fromlist = s[--sp]!;
                                    var level = s[--sp]!;
                                    s[sp] = s[sp + 1] = null;
                                    f.LastI = ip - 1;
                                    s[sp++] = ImportName(f, names[arg], fromlist, level);
                                }
                                break;
                            case Opcode.ImportFrom:
                                s[sp] = ImportFrom(s[sp - 1]!, names[arg]);
                                sp++;
                                break;
                            case Opcode.ImportStar:
                                ImportStar(f, s[--sp]!);
                                s[sp] = null;
                                break;
                            case Opcode.SetupAnnotations:
                                SetupAnnotations(f);
                                break;
                            case Opcode.LoadLocals:
                                s[sp++] = f.Locals ?? throw Errors.SystemError("no locals found");
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
                                    PyObject? cause = arg == 2 ? s[--sp] : null;
                                    var raised = s[--sp]!;
                                    s[sp] = s[sp + 1] = null;
                                    exc = MakeRaised(raised, cause, arg == 2);
                                    f.Sp = sp;
                                    SetContext(exc, ts.HandledException);
                                    goto error;
                                }
                            case Opcode.PushExcInfo:
                                {
                                    var e = s[sp - 1]!;
                                    s[sp - 1] = (PyObject?)ts.HandledException ?? PyNone.Instance;
                                    s[sp++] = e;
                                    ts.HandledException = e as PyBaseException;
                                }
                                break;
                            case Opcode.PopExcept:
                                {
                                    var prev = s[--sp];
                                    s[sp] = null;
                                    ts.HandledException = prev as PyBaseException;
                                }
                                break;
                            case Opcode.Reraise:
                                exc = (PyBaseException)s[--sp]!;
                                s[sp] = null;
                                f.LastI = ip - 1;
                                f.Sp = sp;
                                goto handle;
                            case Opcode.CheckExcMatch:
                                {
                                    var t = s[sp - 1]!;
                                    s[sp - 1] = PyBool.From(ExceptionMatches(s[sp - 2]!, t));
                                }
                                break;
                            case Opcode.CheckEgMatch:
                                {
                                    var t = s[sp - 1]!;
                                    var (rest, match) = ExceptionGroups.Split(s[sp - 2]!, t);
                                    s[sp - 2] = rest;
                                    s[sp - 1] = match;
                                    if (match is PyBaseException mb) ts.HandledException = mb;
                                }
                                break;
                            case Opcode.PrepReraiseStar:
                                {
                                    var list = (PyList)s[--sp]!;
                                    s[sp] = null;
                                    s[sp - 1] = ExceptionGroups.PrepareReraise(s[sp - 1]!, list);
                                }
                                break;
                            case Opcode.LoadAssertionError:
                                s[sp++] = PyExc.AssertionError;
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
                                    var e = (PyBaseException)s[sp - 1]!;
                                    var exit = s[sp - 3]!;
                                    f.LastI = ip - 1;
                                    s[sp++] = Ops.Call(exit, [e.Type, e, e.Traceback ?? PyNone.Instance], null);
                                }
                                break;

                            case Opcode.YieldValue:
                                {
                                    var value = s[--sp]!;
                                    s[sp] = null;
                                    f.Ip = ip;
                                    f.Sp = sp;
                                    f.LastI = ip - 1;
                                    f.Suspended = true;
                                    f.YieldedWrapped = arg == 1;
                                    return value;
                                }
                            case Opcode.GetYieldFromIter:
                                s[sp - 1] = GetYieldFromIter(f, s[sp - 1]!);
                                break;
                            case Opcode.GetAwaitable:
                                s[sp - 1] = GetAwaitable(s[sp - 1]!);
                                break;
                            case Opcode.GetAIter:
                                s[sp - 1] = GetAIter(s[sp - 1]!);
                                break;
                            case Opcode.GetANext:
                                s[sp] = GetANext(s[sp - 1]!);
                                sp++;
                                break;
                            case Opcode.EndAsyncFor:
                                {
                                    var e = (PyBaseException)s[sp - 1]!;
                                    if (!e.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
                                    {
                                        s[--sp] = null;
                                        exc = e;
                                        f.LastI = ip - 1;
                                        f.Sp = sp;
                                        goto handle;
                                    }
                                    s[--sp] = null;
                                    s[--sp] = null;
                                }
                                break;
                            case Opcode.Send:
                                {
                                    var value = s[--sp]!;
                                    s[sp] = null;
                                    f.LastI = ip - 1;
                                    var r = Send(s[sp - 1]!, value, out var returned);
                                    if (returned)
                                    {
                                        s[sp - 1] = r;
                                        ip = arg;
                                    }
                                    else s[sp++] = r;
                                }
                                break;

                            case Opcode.MatchClass:
                                {
                                    var attrNames = (PyTuple)s[--sp]!;
                                    var cls = s[--sp]!;
                                    s[sp] = s[sp + 1] = null;
                                    s[sp - 1] = PatternMatching.MatchClass(s[sp - 1]!, cls, arg, attrNames);
                                }
                                break;
                            case Opcode.MatchMapping:
                                s[sp] = PyBool.From(PatternMatching.IsMapping(s[sp - 1]!));
                                sp++;
                                break;
                            case Opcode.MatchSequence:
                                s[sp] = PyBool.From(PatternMatching.IsSequence(s[sp - 1]!));
                                sp++;
                                break;
                            case Opcode.MatchKeys:
                                s[sp] = PatternMatching.MatchKeys(s[sp - 2]!, (PyTuple)s[sp - 1]!);
                                sp++;
                                break;
                            case Opcode.GetLen:
                                s[sp] = PyInt.From(Ops.Len(s[sp - 1]!));
                                sp++;
                                break;
                            case Opcode.CopyDictWithoutKeys:
                                {
                                    var keys = (PyTuple)s[--sp]!;
                                    s[sp] = null;
                                    s[sp - 1] = PatternMatching.CopyWithoutKeys(s[sp - 1]!, keys);
                                }
                                break;
                            case Opcode.PrintExpr:
                                PrintExpr(f, s[--sp]!);
                                s[sp] = null;
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
        for (var i = baseSp; i < f.Sp && i < st.Length; i++) st[i] = null;
        st[baseSp] = exc;
        f.Sp = baseSp + 1;
        f.Ip = entry.Handler;
        return true;
    }

    /// <summary>
    /// An exception unwinding past for loops drops their iterators; generators only those loops held are
    /// closed, as CPython's reference counting finalises them during the unwinding.
    /// </summary>
    private static void CloseAbandonedIterators(PyObject?[] s, int from, int to)
    {
        to = Math.Min(to, s.Length);
        for (var i = from; i < to; i++)
        {
            if (s[i] is not PyGenerator { OwnedByLoop: true } g) continue;
            s[i] = null;
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

    private static void ClearStack(FrameSlots s, int from, int to)
    {
        for (var i = from; i < to; i++) s[i] = null;
    }

    private static PyBaseException ConvertClrException(Exception e) => InternalErrors.ToPython(e);
}
