using System.Text;
using BinaryOpKind = Skein.Runtime.BinaryOp;

namespace Skein.Vm;

/// <summary>The out-of-line parts of instructions: slow paths, error construction and protocol helpers.</summary>
internal static partial class Evaluator
{
    // ---- names --------------------------------------------------------------------------------------

    internal static PyException NameError(PyStr name)
    {
        var e = Errors.NameError($"name '{name.Value}' is not defined");
        Ops.SetAttr(e.Value, new PyStr("name"), name);
        return e;
    }

    private static PyException UnboundLocal(PyStr name) =>
        Errors.UnboundLocalError($"cannot access local variable '{name.Value}' where it is not associated with a value");

    private static PyException DerefError(PyCode code, int index)
    {
        if (index < code.CellVars.Length) return UnboundLocal(code.CellVars[index]);
        var name = code.FreeVars[index - code.CellVars.Length];
        return Errors.NameError($"cannot access free variable '{name.Value}' where it is not associated with a value in enclosing scope");
    }

    private static PyObject? LookupMapping(PyObject mapping, PyStr name)
    {
        if (mapping is PyDict d && ReferenceEquals(d.Type, PyTypes.Dict)) return d.GetItemOrNull(name);
        try
        {
            return Ops.GetItem(mapping, name);
        }
        catch (PyException e) when (e.Is(PyExc.KeyError))
        {
            return null;
        }
    }

    private static PyObject LoadName(PyFrame f, PyStr name)
    {
        if (f.Locals != null && LookupMapping(f.Locals, name) is { } v) return v;
        return f.Globals.GetItemOrNull(name) ?? f.Builtins.GetItemOrNull(name) ?? throw NameError(name);
    }

    private static void StoreName(PyFrame f, PyStr name, PyObject value)
    {
        var locals = f.Locals ?? throw Errors.SystemError($"no locals found when storing '{name.Value}'");
        if (locals is PyDict d && ReferenceEquals(d.Type, PyTypes.Dict)) d.SetItem(name, value);
        else Ops.SetItem(locals, name, value);
    }

    private static void DeleteName(PyFrame f, PyStr name)
    {
        var locals = f.Locals ?? throw Errors.SystemError($"no locals when deleting '{name.Value}'");
        if (locals is PyDict d && ReferenceEquals(d.Type, PyTypes.Dict))
        {
            if (!d.Remove(name)) throw NameError(name);
            return;
        }
        try
        {
            Ops.DelItem(locals, name);
        }
        catch (PyException e) when (e.Is(PyExc.KeyError))
        {
            throw NameError(name);
        }
    }

    private static PyObject LoadClassDeref(PyFrame f, int index)
    {
        var code = f.Code;
        var name = index < code.CellVars.Length ? code.CellVars[index] : code.FreeVars[index - code.CellVars.Length];
        if (f.Locals != null && LookupMapping(f.Locals, name) is { } v) return v;
        return f.Cells![index].Contents ?? throw DerefError(code, index);
    }

    /// <summary>[obj] -> [method, obj] when the attribute is a plain function or method descriptor on the type, else [attr, null].</summary>
    /// <summary>
    /// The __init__ to run as a frame of the loop when cls is called: a class with type's own __call__, object's
    /// __new__ and a plain Python __init__ (what type.__call__ would do natively, minus the nested loop).
    /// </summary>
    private static PyFunction? InlinedInit(PyType cls) =>
        ReferenceEquals(cls.Type.Call, TypeType.CallSlot) && ReferenceEquals(cls.New, ObjectType.NewSlot)
        && ReferenceEquals(cls.Init, SlotAdapters.PythonInitSlot) && cls.Lookup(Names.__init__) is PyFunction { Code.IsGenerator: false } init
            ? init
            : null;

    internal static PyObject CallMethod(PyObject obj, string name, PyObject arg) =>
        Ops.Call(Ops.GetAttr(obj, name), arg);

    // ---- arithmetic fast paths ----------------------------------------------------------------------

    private const long ExactDoubleLimit = 1L << 53;

    /// <summary>Small-int arithmetic with Python semantics; null when the slow path must decide (overflow handled here via BigInteger).</summary>
    private static PyObject? IntArithmetic(long x, long y, int op)
    {
        switch ((BinaryOpKind)op)
        {
            case BinaryOpKind.Add:
                {
                    var r = x + y;
                    if (((x ^ r) & (y ^ r)) < 0) return PyInt.From((BigInteger)x + y);
                    return PyInt.From(r);
                }
            case BinaryOpKind.Sub:
                {
                    var r = x - y;
                    if (((x ^ y) & (x ^ r)) < 0) return PyInt.From((BigInteger)x - y);
                    return PyInt.From(r);
                }
            case BinaryOpKind.Mul:
                {
                    var high = Math.BigMul(x, y, out var low);
                    if ((high == 0 && low >= 0) || (high == -1 && low < 0)) return PyInt.From(low);
                    return PyInt.From((BigInteger)x * y);
                }
            case BinaryOpKind.FloorDiv:
                {
                    if (y == 0 || (x == long.MinValue && y == -1)) return null;
                    var q = x / y;
                    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
                    return PyInt.From(q);
                }
            case BinaryOpKind.Mod:
                {
                    if (y == 0 || y == -1) return y == -1 ? PyInt.From(0) : null;
                    var r = x % y;
                    if (r != 0 && ((r < 0) != (y < 0))) r += y;
                    return PyInt.From(r);
                }
            case BinaryOpKind.TrueDiv:
                if (y == 0 || x > ExactDoubleLimit || x < -ExactDoubleLimit || y > ExactDoubleLimit || y < -ExactDoubleLimit) return null;
                return new PyFloat((double)x / y);
            case BinaryOpKind.And:
                return PyInt.From(x & y);
            case BinaryOpKind.Or:
                return PyInt.From(x | y);
            case BinaryOpKind.Xor:
                return PyInt.From(x ^ y);
            case BinaryOpKind.RShift:
                if (y < 0) return null;
                return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
            case BinaryOpKind.LShift:
                {
                    if (y < 0 || y >= 63) return null;
                    var r = x << (int)y;
                    return (r >> (int)y) == x ? PyInt.From(r) : null;
                }
            default:
                return null;
        }
    }

    private static bool AsExactDouble(PyObject o, out double d)
    {
        if (o is PyFloat f && ReferenceEquals(o.Type, PyTypes.Float))
        {
            d = f.Value;
            return true;
        }
        if (o is PyInt i && ReferenceEquals(o.Type, PyTypes.Int) && i.IsSmall && i.Small <= ExactDoubleLimit && i.Small >= -ExactDoubleLimit)
        {
            d = i.Small;
            return true;
        }
        d = 0;
        return false;
    }

    private static PyObject? FloatArithmetic(PyObject a, PyObject b, int op)
    {
        if (!AsExactDouble(a, out var x) || !AsExactDouble(b, out var y)) return null;
        switch ((BinaryOpKind)op)
        {
            case BinaryOpKind.Add: return new PyFloat(x + y);
            case BinaryOpKind.Sub: return new PyFloat(x - y);
            case BinaryOpKind.Mul: return new PyFloat(x * y);
            case BinaryOpKind.TrueDiv: return y == 0 ? null : new PyFloat(x / y);
            default: return null;
        }
    }

    private static PyObject? CompareFast(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt ia && b is PyInt ib && ReferenceEquals(a.Type, PyTypes.Int) && ReferenceEquals(b.Type, PyTypes.Int) && ia.IsSmall && ib.IsSmall)
        {
            long x = ia.Small, y = ib.Small;
            return PyBool.From(op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Le => x <= y,
                CompareOp.Eq => x == y,
                CompareOp.Ne => x != y,
                CompareOp.Gt => x > y,
                _ => x >= y,
            });
        }
        if ((a is PyFloat || b is PyFloat) && AsExactDouble(a, out var fx) && AsExactDouble(b, out var fy))
        {
            return PyBool.From(op switch
            {
                CompareOp.Lt => fx < fy,
                CompareOp.Le => fx <= fy,
                CompareOp.Eq => fx == fy,
                CompareOp.Ne => fx != fy,
                CompareOp.Gt => fx > fy,
                _ => fx >= fy,
            });
        }
        if (op is CompareOp.Eq or CompareOp.Ne && a is PyStr sa && b is PyStr sb && ReferenceEquals(a.Type, PyTypes.Str) && ReferenceEquals(b.Type, PyTypes.Str))
            return PyBool.From((ReferenceEquals(sa, sb) || sa.Value == sb.Value) == (op == CompareOp.Eq));
        return null;
    }

    /// <summary>o[key]; null for a key missing from an exact dict (the caller raises KeyError without a .NET throw).</summary>
    private static PyObject? Subscript(PyObject o, PyObject key)
    {
        if (key is PyInt ik && ReferenceEquals(key.Type, PyTypes.Int) && ik.IsSmall)
        {
            if (o is PyList l && ReferenceEquals(o.Type, PyTypes.List) && l.GetItemOrNull(ik.Small) is { } item) return item;
            if (o is PyTuple t && ReferenceEquals(o.Type, PyTypes.Tuple))
            {
                var i = ik.Small < 0 ? ik.Small + t.Count : ik.Small;
                if ((ulong)i < (ulong)t.Count) return t.Items[i];
            }
        }
        if (o is PyDict d && ReferenceEquals(o.Type, PyTypes.Dict)) return d.GetItemOrNull(key);
        return Ops.GetItem(o, key);
    }

    // ---- building collections -----------------------------------------------------------------------

    private static void ListExtend(PyList list, PyObject iterable)
    {
        var it = Ops.GetIterOrNull(iterable) ?? throw Errors.TypeError($"Value after * must be an iterable, not {iterable.Type.Name}");
        while (Ops.Next(it) is { } x) list.Append(x);
    }

    private static void DictUpdate(PyDict d, PyObject mapping)
    {
        if (mapping is PyDict src && ReferenceEquals(src.Type, PyTypes.Dict))
        {
            d.Update(src);
            return;
        }
        var keys = Ops.GetAttrOrNull(mapping, "keys") ?? throw Errors.TypeError($"'{mapping.Type.Name}' object is not a mapping");
        foreach (var k in Ops.Iterate(Ops.Call(keys))) d.SetItem(k, Ops.GetItem(mapping, k));
    }

    /// <summary>f(**a, **b): like update, but a repeated keyword is an error naming the function.</summary>
    private static void DictMerge(PyDict d, PyObject mapping, PyObject callable)
    {
        IEnumerable<KeyValuePair<PyObject, PyObject>> pairs;
        if (mapping is PyDict src) pairs = src.Snapshot();
        else
        {
            var keys = Ops.GetAttrOrNull(mapping, "keys")
                ?? throw Errors.TypeError($"{FunctionStr(callable)} argument after ** must be a mapping, not {mapping.Type.Name}");
            var list = new List<KeyValuePair<PyObject, PyObject>>();
            foreach (var k in Ops.Iterate(Ops.Call(keys))) list.Add(new(k, Ops.GetItem(mapping, k)));
            pairs = list;
        }
        // Non-string keys are let through here: the call itself rejects them ("keywords must be strings").
        foreach (var p in pairs)
        {
            if (d.ContainsKey(p.Key)) throw Errors.TypeError($"{FunctionStr(callable)} got multiple values for keyword argument '{Ops.Str(p.Key)}'");
            d.SetItem(p.Key, p.Value);
        }
    }

    /// <summary>
    /// How CPython names a callable in call errors: "module.qualname()" (the module left out for builtins),
    /// or str(callable) when it has no __qualname__.
    /// </summary>
    internal static string FunctionStr(PyObject callable)
    {
        if (Ops.GetAttrOrNull(callable, "__qualname__") is not { } qualname) return Ops.Str(callable);
        var module = Ops.GetAttrOrNull(callable, "__module__");
        if (module == null || module is PyNone || module is PyStr { Value: "builtins" }) return Ops.Str(qualname) + "()";
        return Ops.Str(module) + "." + Ops.Str(qualname) + "()";
    }

    /// <summary>f(*x) with x not a tuple: the arguments as a tuple, or CPython's error naming the function.</summary>
    private static PyTuple CallArgsTuple(PyObject callable, PyObject args)
    {
        if (args is PyTuple t && ReferenceEquals(t.Type, PyTypes.Tuple)) return t;
        var it = Ops.GetIterOrNull(args) ?? throw Errors.TypeError($"{FunctionStr(callable)} argument after * must be an iterable, not {args.Type.Name}");
        var items = new List<PyObject>();
        while (Ops.Next(it) is { } x) items.Add(x);
        return PyTuple.Create(items.ToArray());
    }

    /// <summary>f(**d) checks its keys once the dict is complete, as CPython's call does.</summary>
    private static void CheckKeywordsAreStrings(PyDict kwargs)
    {
        var pos = 0;
        while (kwargs.NextEntry(ref pos, out var key, out _))
            if (key is not PyStr) throw Errors.TypeError("keywords must be strings");
    }

    private static PyDict KeywordDict(PyObject[] names, FrameSlots s, int start)
    {
        var d = new PyDict();
        for (var i = 0; i < names.Length; i++) d.SetItem(names[i], s[start + i]!);
        return d;
    }

    private static PyObject FormatValue(PyObject value, int conversion, PyObject? spec)
    {
        value = conversion switch
        {
            1 => Ops.StrObj(value),
            2 => Ops.ReprObj(value),
            3 => new PyStr(Ascii(Ops.Repr(value))),
            _ => value,
        };
        var specText = spec == null ? "" : ((PyStr)spec).Value;
        if (specText.Length == 0 && value is PyStr && ReferenceEquals(value.Type, PyTypes.Str)) return value;
        return Ops.Format(value, specText);
    }

    /// <summary>ascii(): the repr with non-ASCII characters escaped as \x, \u or \U.</summary>
    internal static string Ascii(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (var i = 0; i < repr.Length; i++)
        {
            var ch = repr[i];
            if (ch < 128)
            {
                sb.Append(ch);
                continue;
            }
            int cp = ch;
            if (char.IsHighSurrogate(ch) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                cp = char.ConvertToUtf32(ch, repr[i + 1]);
                i++;
            }
            if (cp <= 0xFF) sb.Append($"\\x{cp:x2}");
            else if (cp <= 0xFFFF) sb.Append($"\\u{cp:x4}");
            else sb.Append($"\\U{cp:x8}");
        }
        return sb.ToString();
    }

    // ---- unpacking ----------------------------------------------------------------------------------

    /// <summary>Pushes the n items of seq so that the first ends on top.</summary>
    private static void UnpackSequence(PyObject seq, int n, FrameSlots s, int sp)
    {
        if (seq is PyTuple t && ReferenceEquals(seq.Type, PyTypes.Tuple))
        {
            if (t.Count != n) throw UnpackCountError(n, t.Count);
            for (var i = 0; i < n; i++) s[sp + n - 1 - i] = t.Items[i];
            return;
        }
        if (seq is PyList l && ReferenceEquals(seq.Type, PyTypes.List))
        {
            var items = l.ItemsView();
            if (items.Length != n) throw UnpackCountError(n, items.Length);
            for (var i = 0; i < n; i++) s[sp + n - 1 - i] = items[i];
            return;
        }
        var it = Ops.GetIterOrNull(seq) ?? throw Errors.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        for (var i = 0; i < n; i++)
        {
            var x = Ops.Next(it);
            if (x == null)
            {
                for (var j = 0; j < i; j++) s[sp + n - 1 - j] = null;
                throw Errors.ValueError($"not enough values to unpack (expected {n}, got {i})");
            }
            s[sp + n - 1 - i] = x;
        }
        if (Ops.Next(it) != null)
        {
            for (var j = 0; j < n; j++) s[sp + j] = null;
            throw Errors.ValueError($"too many values to unpack (expected {n})");
        }
    }

    private static PyException UnpackCountError(int expected, int got) => got < expected
        ? Errors.ValueError($"not enough values to unpack (expected {expected}, got {got})")
        : Errors.ValueError($"too many values to unpack (expected {expected})");

    private static int UnpackEx(PyObject seq, int before, int after, FrameSlots s, int sp)
    {
        if (Ops.GetIterOrNull(seq) == null) throw Errors.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var items = Ops.ToArray(seq);
        if (items.Length < before + after)
            throw Errors.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        var middle = items.Length - before - after;
        for (var i = 0; i < after; i++) s[sp++] = items[items.Length - 1 - i];
        var rest = new PyObject[middle];
        Array.Copy(items, before, rest, 0, middle);
        s[sp++] = new PyList(rest);
        for (var i = before - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }

    // ---- functions ----------------------------------------------------------------------------------

    private static int MakeFunction(PyFrame f, FrameSlots s, int sp, int flags)
    {
        var code = (PyCode)s[--sp]!;
        s[sp] = null;
        var fn = new PyFunction(code, f.Globals, f.Builtins);
        if ((flags & 8) != 0)
        {
            fn.Closure = ((PyTuple)s[--sp]!).Items.Select(c => (PyCell)c).ToArray();
            s[sp] = null;
        }
        if ((flags & 4) != 0)
        {
            fn.Annotations = (PyDict)s[--sp]!;
            s[sp] = null;
        }
        if ((flags & 2) != 0)
        {
            fn.KwDefaults = (PyDict)s[--sp]!;
            s[sp] = null;
        }
        if ((flags & 1) != 0)
        {
            fn.Defaults = (PyTuple)s[--sp]!;
            s[sp] = null;
        }
        s[sp++] = fn;
        return sp;
    }

    // ---- imports ------------------------------------------------------------------------------------

    private static PyObject ImportName(PyFrame f, PyStr name, PyObject fromlist, PyObject level)
    {
        var import = f.Builtins.GetItemOrNull("__import__") ?? throw Errors.ImportError("__import__ not found");
        return Ops.Call(import, [name, f.Globals, f.Locals ?? PyNone.Instance, fromlist, level], null);
    }

    private static PyObject ImportFrom(PyObject module, PyStr name)
    {
        var attr = Ops.GetAttrOrNull(module, name);
        if (attr != null) return attr;
        var pkgName = Ops.GetAttrOrNull(module, Names.__name__) as PyStr;
        if (pkgName != null)
        {
            // A submodule being imported (a circular import) is in sys.modules before it is set on its package.
            try
            {
                var sys = Interpreter.ImportModule("sys");
                if (Ops.GetAttrOrNull(sys, "modules") is PyDict modules && modules.GetItemOrNull(new PyStr(pkgName.Value + "." + name.Value)) is { } sub)
                    return sub;
            }
            catch (PyException)
            {
            }
        }
        var pkg = pkgName?.Value ?? "<unknown module name>";
        var file = Ops.GetAttrOrNull(module, Names.__file__) is PyStr path ? path.Value : null;
        var e = Errors.ImportError($"cannot import name '{name.Value}' from '{pkg}' ({file ?? "unknown location"})");
        Ops.SetAttr(e.Value, new PyStr("name"), pkgName ?? (PyObject)PyNone.Instance);
        Ops.SetAttr(e.Value, new PyStr("path"), file != null ? new PyStr(file) : PyNone.Instance);
        throw e;
    }

    private static void ImportStar(PyFrame f, PyObject module)
    {
        var target = f.Locals ?? throw Errors.SystemError("no locals found during 'import *'");
        var all = Ops.GetAttrOrNull(module, Names.__all__);
        IEnumerable<PyObject> names;
        var skipPrivate = false;
        if (all != null) names = Ops.ToArray(all);
        else
        {
            var dict = Ops.GetAttrOrNull(module, Names.__dict__) ?? throw Errors.ImportError("from-import-* object has no __dict__ and no __all__");
            names = dict is PyDict d ? d.KeysSnapshot() : Ops.ToArray(dict);
            skipPrivate = true;
        }
        var moduleName = Ops.GetAttrOrNull(module, Names.__name__) is PyStr mn ? mn.Value : "?";
        foreach (var n in names)
        {
            if (n is not PyStr ns)
                throw Errors.TypeError(all != null
                    ? $"Item in {moduleName}.__all__ must be str, not {n.Type.Name}"
                    : $"Key in {moduleName}.__dict__ must be str, not {n.Type.Name}");
            if (skipPrivate && ns.Value.StartsWith('_')) continue;
            var value = Ops.GetAttr(module, PyStr.Intern(ns.Value));
            if (target is PyDict td) td.SetItem(PyStr.Intern(ns.Value), value);
            else Ops.SetItem(target, ns, value);
        }
    }

    private static void SetupAnnotations(PyFrame f)
    {
        var locals = f.Locals ?? throw Errors.SystemError("no locals found when setting up annotations");
        if (locals is PyDict d)
        {
            if (!d.ContainsKey(Names.__annotations__)) d.SetItem(Names.__annotations__, new PyDict());
            return;
        }
        if (LookupMapping(locals, Names.__annotations__) == null) Ops.SetItem(locals, Names.__annotations__, new PyDict());
    }

    private static void PrintExpr(PyFrame f, PyObject value)
    {
        PyObject? hook = null;
        try
        {
            hook = Ops.GetAttrOrNull(Interpreter.ImportModule("sys"), "displayhook");
        }
        catch (PyException)
        {
        }
        if (hook != null)
        {
            Ops.Call(hook, value);
            return;
        }
        if (value is PyNone) return;
        f.Builtins.SetItem("_", PyNone.Instance);
        Console.Out.WriteLine(Ops.Repr(value));
        f.Builtins.SetItem("_", value);
    }

    // ---- exceptions ---------------------------------------------------------------------------------

    /// <summary>The exception a raise statement raises: classes are instantiated; 'from' sets the cause.</summary>
    private static PyBaseException MakeRaised(PyObject raised, PyObject? cause, bool hasCause)
    {
        var exc = Instantiate(raised, "exceptions must derive from BaseException");
        if (hasCause)
        {
            if (cause is PyNone or null) exc.Cause = null;
            else exc.Cause = Instantiate(cause, "exception causes must derive from BaseException");
            exc.SuppressContext = true;
        }
        return exc;
    }

    private static PyBaseException Instantiate(PyObject o, string error)
    {
        if (o is PyBaseException e) return e;
        if (o is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var r = Ops.Call(t);
            return r as PyBaseException
                ?? throw Errors.TypeError($"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {r.Type.Name}");
        }
        throw Errors.TypeError(error);
    }

    private static bool ExceptionMatches(PyObject exc, PyObject type)
    {
        if (type is PyTuple tuple)
        {
            foreach (var t in tuple.Items) CheckCatchable(t);
        }
        else CheckCatchable(type);
        return Ops.IsInstance(exc, type);
    }

    private static void CheckCatchable(PyObject t)
    {
        if (t is PyType pt && pt.IsSubtypeOf(PyExc.BaseException)) return;
        throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private static void BeforeWith(FrameSlots s, int sp, bool isAsync)
    {
        var mgr = s[sp - 1]!;
        var enterName = isAsync ? Names.__aenter__ : Names.__enter__;
        var exitName = isAsync ? Names.__aexit__ : Names.__exit__;
        var protocol = isAsync ? "asynchronous context manager" : "context manager";
        var enter = Ops.LookupSpecial(mgr, enterName)
            ?? throw Errors.TypeError($"'{mgr.Type.Name}' object does not support the {protocol} protocol");
        var exit = Ops.LookupSpecial(mgr, exitName)
            ?? throw Errors.TypeError($"'{mgr.Type.Name}' object does not support the {protocol} protocol (missed {exitName.Value} method)");
        s[sp - 1] = exit;
        s[sp] = Ops.Call(enter);
    }

    // ---- generators and coroutines ------------------------------------------------------------------

    private static PyObject GetYieldFromIter(PyFrame f, PyObject o)
    {
        if (o is PyGenerator g)
        {
            if (g.Kind == GeneratorKind.Coroutine && (f.Code.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
                throw Errors.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            if (g.Kind == GeneratorKind.Generator) return o;
        }
        return Ops.GetIter(o);
    }

    internal static PyObject GetAwaitable(PyObject o)
    {
        if (o is PyGenerator g && (g.Kind == GeneratorKind.Coroutine || (g.Code.Flags & CodeFlags.IterableCoroutine) != 0))
        {
            if (g.Delegate() is PyGenerator inner && inner.Kind == GeneratorKind.Coroutine)
                throw Errors.RuntimeError("coroutine is being awaited already");
            return o;
        }
        if (o is AsyncGenAwaitable or CoroutineWrapper) return o;
        var await = Ops.LookupSpecial(o, Names.__await__)
            ?? throw Errors.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
        var it = Ops.Call(await);
        if (it is PyGenerator ig && ig.Kind == GeneratorKind.Coroutine)
            throw Errors.TypeError("__await__() returned a coroutine");
        if (it.Type.Next == null) throw Errors.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    private static PyObject GetAIter(PyObject o)
    {
        var aiter = Ops.LookupSpecial(o, Names.__aiter__)
            ?? throw Errors.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        var it = Ops.Call(aiter);
        if (it.Type.Lookup(Names.__anext__) == null)
            throw Errors.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
        return it;
    }

    private static PyObject GetANext(PyObject aiter)
    {
        if (aiter is PyGenerator g && g.Kind == GeneratorKind.AsyncGenerator) return new AsyncGenAwaitable(PyGenerator.FirstIter(g), AsyncGenAwaitable.Mode.Send, PyNone.Instance);
        var anext = Ops.LookupSpecial(aiter, Names.__anext__)
            ?? throw Errors.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        return Ops.Call(anext);
    }

    /// <summary>One step of yield-from/await delegation: the delegate's next yielded value, or (returned = true) its return value.</summary>
    internal static PyObject Send(PyObject iter, PyObject value, out bool returned)
    {
        if (iter is PyGenerator g) return g.Resume(value, out returned);
        if (iter is AsyncGenAwaitable aw) return aw.Step(value, null, out returned);
        if (iter is CoroutineWrapper cw) return cw.Coroutine.Resume(value, out returned);
        if (iter is IAwaitIterator ai) return ai.Send(value, out returned);
        try
        {
            // A native Next slot ends with null, or with StopIteration(value) when the end carries a value
            // (anext(it, default) returning its default).
            if (value is PyNone && iter.Type.Next is { } next && iter.Type.Lookup(Names.__next__) is not PyFunction)
            {
                var n = next(iter);
                returned = n == null;
                return n ?? PyNone.Instance;
            }
            var r = value is PyNone ? Ops.Call(Ops.LookupSpecial(iter, Names.__next__) ?? throw Errors.TypeError($"'{iter.Type.Name}' object is not an iterator"))
                : Ops.Call(Ops.GetAttr(iter, "send"), value);
            returned = false;
            return r;
        }
        catch (PyException e) when (e.Is(PyExc.StopIteration))
        {
            returned = true;
            return StopIterationValue(e.Value);
        }
    }

    internal static PyObject StopIterationValue(PyBaseException e) =>
        Ops.GetAttrOrNull(e, "value") ?? (e.Args.Count > 0 ? e.Args[0] : PyNone.Instance);
}
