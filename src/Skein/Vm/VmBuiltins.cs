using Skein.Compiler;

namespace Skein.Vm;

/// <summary>The builtins that need the VM: __build_class__, exec, eval, compile, globals, locals, vars, dir.</summary>
public static class VmBuiltins
{
    /// <summary>Adds the functions and makes this module the default builtins of code run without __builtins__.</summary>
    public static void AddTo(PyModule builtins)
    {
        Executor.SetBuiltinsModule(builtins);
        builtins.DefFunction("__build_class__", BuildClass, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class");
        builtins.DefFunction("exec", Exec, "Execute the given source in the context of globals and locals.");
        builtins.DefFunction("eval", Eval, "Evaluate the given source in the context of globals and locals.");
        builtins.DefFunction("compile", Compile, "Compile source into a code object that can be executed by exec() or eval().");
        builtins.DefFunction("globals", (args, kw) =>
        {
            ArgParser.NoKeywords("globals", kw);
            ArgParser.Exactly("globals", args, 0);
            return CallerFrame()?.Globals ?? new PyDict();
        }, "Return the dictionary containing the current scope's global variables.");
        builtins.DefFunction("locals", (args, kw) =>
        {
            ArgParser.NoKeywords("locals", kw);
            ArgParser.Exactly("locals", args, 0);
            return CallerFrame()?.LocalsSnapshot() ?? new PyDict();
        }, "Return a dictionary containing the current scope's local variables.");
        builtins.DefFunction("vars", Vars, "vars([object]) -> dictionary");
        builtins.DefFunction("dir", Dir, "dir([object]) -> list of strings");
    }

    private static PyFrame? CallerFrame() => ThreadState.Current.CurrentFrame as PyFrame;

    private static PyObject BuildClass(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        if (args.Length < 2) throw Errors.TypeError("__build_class__: not enough arguments");
        var func = args[0] as PyFunction ?? throw Errors.TypeError("__build_class__: func must be a function");
        var name = args[1] as PyStr ?? throw Errors.TypeError("__build_class__: name is not a string");
        var origBases = new PyTuple(args[2..].ToArray());
        var bases = ResolveMroEntries(origBases);
        var kwds = kwargs?.Copy();
        PyObject? meta = kwds?.Pop(PyStr.Intern("metaclass"));
        if (kwds != null && kwds.Count == 0) kwds = null;
        var isClass = meta == null || meta is PyType;
        meta ??= bases.Count == 0 ? PyTypes.Type : bases.Items[0].Type;
        if (isClass) meta = TypeType.CalculateMetaclass((PyType)meta, bases);
        PyObject ns;
        var prepare = Ops.GetAttrOrNull(meta, Names.__prepare__);
        if (prepare != null)
        {
            ns = Ops.Call(prepare, [name, bases], kwds);
            if (ns.Type.GetItem == null)
                throw Errors.TypeError($"{(meta is PyType mt ? mt.Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.Type.Name}");
        }
        else ns = new PyDict();
        var cell = Executor.RunWithClosure(func.Code, func.Globals, ns, func.Closure, func.Builtins);
        if (!ReferenceEquals(bases, origBases))
        {
            if (ns is PyDict nd) nd.SetItem("__orig_bases__", origBases);
            else Ops.SetItem(ns, new PyStr("__orig_bases__"), origBases);
        }
        var cls = Ops.Call(meta, [name, bases, ns], kwds);
        if (cls is PyType && cell is PyCell c)
        {
            if (c.Contents == null) c.Contents = cls;
            else if (!ReferenceEquals(c.Contents, cls))
                throw Errors.TypeError($"__class__ set to {Ops.Repr(c.Contents)} defining {Ops.Repr(name)} as {Ops.Repr(cls)}");
        }
        return cls;
    }

    /// <summary>Bases that are not classes but define __mro_entries__ are replaced by what it returns (PEP 560).</summary>
    private static PyTuple ResolveMroEntries(PyTuple bases)
    {
        List<PyObject>? result = null;
        for (var i = 0; i < bases.Count; i++)
        {
            var b = bases.Items[i];
            if (b is PyType)
            {
                result?.Add(b);
                continue;
            }
            // Looked up as an ordinary attribute (typing.NamedTuple is a function carrying __mro_entries__).
            var entries = b is PyType ? null : Ops.GetAttrOrNull(b, Names.__mro_entries__);
            if (entries == null)
            {
                result?.Add(b);
                continue;
            }
            result ??= bases.Items.Take(i).ToList();
            var r = Ops.Call(entries, bases);
            if (r is not PyTuple rt) throw Errors.TypeError("__mro_entries__ must return a tuple");
            result.AddRange(rt.Items);
        }
        return result == null ? bases : new PyTuple(result.ToArray());
    }

    private static string SourceText(PyObject source, string function, bool allowCode)
    {
        switch (source)
        {
            case PyStr s:
                return s.Value;
            case PyBytes b:
                {
                    var bytes = b.Value.AsSpan();
                    if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) bytes = bytes[3..];
                    return System.Text.Encoding.UTF8.GetString(bytes);
                }
            case PyByteArray:
                return System.Text.Encoding.UTF8.GetString(((PyBytes)Ops.Call(PyTypes.Bytes, source)).Value);
            default:
                throw Errors.TypeError(allowCode
                    ? $"{function}() arg 1 must be a string, bytes or code object"
                    : $"{function}() arg 1 must be a string, bytes or AST object");
        }
    }

    private static (PyDict Globals, PyObject Locals) Namespaces(string function, PyObject? globals, PyObject? locals)
    {
        var caller = CallerFrame();
        PyDict g;
        if (globals == null || globals is PyNone)
        {
            g = caller?.Globals ?? new PyDict();
            if (locals == null || locals is PyNone) locals = caller?.LocalsSnapshot() ?? g;
        }
        else
        {
            g = globals as PyDict ?? throw Errors.TypeError(function == "exec"
                ? $"exec() globals must be a dict, not {globals.Type.Name}"
                : "globals must be a dict");
            if (locals == null || locals is PyNone) locals = g;
        }
        if (locals.Type.GetItem == null)
            throw Errors.TypeError(function == "exec" ? $"locals must be a mapping or None, not {locals.Type.Name}" : "locals must be a mapping");
        if (!g.ContainsKey(Names.__builtins__))
        {
            var builtins = caller != null ? caller.Builtins : Executor.DefaultBuiltins ?? new PyDict();
            g.SetItem(Names.__builtins__, Executor.BuiltinsObject(builtins));
        }
        return (g, locals);
    }

    private static PyObject Exec(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("exec", args, kwargs, ["source", "globals", "locals", "closure"], 1, 3, 3);
        var (globals, locals) = Namespaces("exec", a[1], a[2]);
        PyCode code;
        if (a[0] is PyCode c) code = c;
        else code = PythonCompiler.Compile(SourceText(a[0]!, "exec", true), "<string>", CompileMode.Exec);
        PyCell[]? closure = null;
        if (code.FreeVars.Length > 0)
        {
            if (a[3] is not PyTuple ct || ct.Count != code.FreeVars.Length)
                throw Errors.TypeError($"code object requires a closure of exactly length {code.FreeVars.Length}");
            closure = ct.Items.Select(x => x as PyCell ?? throw Errors.TypeError("closure can only contain cell objects")).ToArray();
        }
        else if (a[3] is not (null or PyNone)) throw Errors.TypeError("cannot use a closure with this code object");
        Executor.RunWithClosure(code, globals, locals, closure, Executor.BuiltinsOf(globals));
        return PyNone.Instance;
    }

    private static PyObject Eval(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("eval", args, kwargs, ["source", "globals", "locals"], 1, 3);
        if (a[1] != null && a[1] is not (PyNone or PyDict))
            throw Errors.TypeError(a[1]!.Type.GetItem != null ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        var (globals, locals) = Namespaces("eval", a[1], a[2]);
        PyCode code;
        if (a[0] is PyCode c) code = c;
        else
        {
            var text = SourceText(a[0]!, "eval", true).TrimStart(' ', '\t');
            code = PythonCompiler.Compile(text, "<string>", CompileMode.Eval);
        }
        if (code.FreeVars.Length > 0) throw Errors.TypeError("code object passed to eval() may not contain free variables");
        return Executor.RunWithClosure(code, globals, locals, null, Executor.BuiltinsOf(globals));
    }

    private static PyObject Compile(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("compile", args, kwargs,
            ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3, 0, 6);
        var filename = a[1] is PyStr fs ? fs.Value : a[1] is PyBytes fb ? System.Text.Encoding.UTF8.GetString(fb.Value) : Ops.Str(Ops.Call(Ops.GetAttr(a[1]!, "__fspath__")));
        var modeText = a[2] as PyStr ?? throw Errors.TypeError($"compile() argument 'mode' must be str, not {a[2]!.Type.Name}");
        var mode = modeText.Value switch
        {
            "exec" => CompileMode.Exec,
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => throw Errors.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        var flags = a[3] == null ? 0 : Ops.AsLong(a[3]!);
        if ((flags & 0x400) != 0) throw Errors.NotImplementedError("compile() to an AST object is not supported");
        if (a[0] is PyCode existing) return existing;
        var text = SourceText(a[0]!, "compile", false);
        if (text.Contains('\0')) throw Errors.New(PyExc.SyntaxError, "source code string cannot contain null bytes");
        return PythonCompiler.Compile(text, filename, mode);
    }

    private static PyObject Vars(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        ArgParser.NoKeywords("vars", kwargs);
        ArgParser.Range("vars", args, 0, 1);
        if (args.Length == 0) return CallerFrame()?.LocalsSnapshot() ?? new PyDict();
        return Ops.GetAttrOrNull(args[0], Names.__dict__) ?? throw Errors.TypeError("vars() argument must have __dict__ attribute");
    }

    private static PyObject Dir(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        ArgParser.NoKeywords("dir", kwargs);
        ArgParser.Range("dir", args, 0, 1);
        PyObject[] names;
        if (args.Length == 0)
        {
            var locals = CallerFrame()?.LocalsSnapshot() ?? new PyDict();
            names = locals is PyDict d ? d.KeysSnapshot().ToArray() : Ops.ToArray(Ops.Call(Ops.GetAttr(locals, "keys")));
        }
        else
        {
            var method = Ops.LookupSpecial(args[0], Names.__dir__) ?? throw Errors.TypeError("object does not provide __dir__");
            names = Ops.ToArray(Ops.Call(method));
        }
        Array.Sort(names, CompareNames);
        return new PyList(names);
    }

    private static int CompareNames(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb) return string.CompareOrdinal(sa.Value, sb.Value);
        if (Ops.RichCompareBool(a, b, CompareOp.Lt)) return -1;
        return Ops.RichCompareBool(b, a, CompareOp.Lt) ? 1 : 0;
    }
}
