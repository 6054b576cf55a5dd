namespace Skein.Vm;

/// <summary>Entry points into the VM: running module/exec/eval code and calling Python functions from native code.</summary>
public static class Executor
{
    static Executor()
    {
        Interpreter.CallerModuleNameHook = () =>
            ThreadState.Current.CurrentFrame is PyFrame f && f.Globals.GetItemOrNull(Names.__name__) is PyStr s ? s.Value : null;
    }

    /// <summary>Installs the VM's hooks (Interpreter.CallerModuleNameHook); the CLI calls it once at start-up. Idempotent.</summary>
    public static void Initialize()
    {
    }

    /// <summary>The builtins namespace used when globals carry no __builtins__ (set by VmBuiltins.AddTo).</summary>
    public static PyDict? DefaultBuiltins;

    private static readonly PyDict s_emptyBuiltins = new();

    /// <summary>The builtins dict a frame with these globals sees: globals['__builtins__'] (a module or a dict).</summary>
    public static PyDict BuiltinsOf(PyDict globals)
    {
        var b = globals.GetItemOrNull(Names.__builtins__);
        if (b is PyModule m) return m.Dict;
        if (b is PyDict d) return d;
        if (ThreadState.Current.CurrentFrame is PyFrame f) return f.Builtins;
        return DefaultBuiltins ?? s_emptyBuiltins;
    }

    /// <summary>Runs module-level (or exec/eval) code with the given globals and locals (locals defaults to globals); returns the value for eval code.</summary>
    public static PyObject Run(PyCode code, PyDict globals, PyObject? locals = null)
    {
        Initialize();
        if (!globals.ContainsKey(Names.__builtins__))
        {
            var current = ThreadState.Current.CurrentFrame is PyFrame cf ? cf.Builtins : DefaultBuiltins;
            if (current != null) globals.SetItem(Names.__builtins__, BuiltinsObject(current));
        }
        var frame = new PyFrame(code, globals, BuiltinsOf(globals), locals ?? globals, null);
        return Evaluator.Run(frame);
    }

    /// <summary>Runs code with an explicit closure (class bodies, exec of code with free variables).</summary>
    internal static PyObject RunWithClosure(PyCode code, PyDict globals, PyObject locals, PyCell[]? closure, PyDict builtins)
    {
        var frame = new PyFrame(code, globals, builtins, locals, closure);
        return Evaluator.Run(frame);
    }

    /// <summary>The builtins module when the dict is its namespace (what __builtins__ holds in module globals), else the dict.</summary>
    internal static PyObject BuiltinsObject(PyDict builtins) => s_builtinsModule != null && ReferenceEquals(s_builtinsModule.Dict, builtins) ? s_builtinsModule : builtins;

    private static PyModule? s_builtinsModule;

    internal static void SetBuiltinsModule(PyModule builtins)
    {
        s_builtinsModule = builtins;
        DefaultBuiltins = builtins.Dict;
    }

    /// <summary>Creates the frame for a call of f and binds the arguments (no code runs).</summary>
    internal static PyFrame NewCallFrame(PyFunction f, ReadOnlySpan<PyObject> args, ReadOnlySpan<PyObject> kwValues, PyObject[]? kwNames, PyDict? kwargs)
    {
        var code = f.Code;
        PyFrame frame;
        if (code.CellVars.Length + code.FreeVars.Length == 0)
        {
            frame = ThreadState.Current.TakeFrame(code.NLocals + code.MaxStack) ?? new PyFrame(code, f.Globals, f.Builtins, null, null);
            frame.Reuse(code, f.Globals, f.Builtins);
            frame.Recyclable = true;
        }
        else frame = new PyFrame(code, f.Globals, f.Builtins, null, f.Closure);
        ArgumentBinder.Bind(f, frame.Stack, args, kwValues, kwNames, kwargs);
        var cellToArg = code.CellToArg;
        for (var i = 0; i < cellToArg.Length; i++)
        {
            var a = cellToArg[i];
            if (a >= 0) frame.Cells![i].Contents = frame.Stack[a].Value;
        }
        return frame;
    }

    /// <summary>Like <see cref="CallFunction"/>, but an exception the function raises is returned in error (result null), not thrown.</summary>
    public static PyObject? TryCallFunction(PyFunction f, ReadOnlySpan<PyObject> args, out PyBaseException? error)
    {
        var frame = NewCallFrame(f, args, default, null, null);
        if (f.Code.IsGenerator)
        {
            error = null;
            return PyGenerator.Create(f, frame);
        }
        var result = Evaluator.Run(frame, null, out error);
        if (result != null && frame.Recyclable && !frame.Escaped) ThreadState.Current.RecycleFrame(frame);
        return result;
    }

    /// <summary>Calls a Python function from native code (runs a nested instruction loop, or creates the generator).</summary>
    public static PyObject CallFunction(PyFunction f, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var frame = NewCallFrame(f, args, default, null, kwargs);
        if (f.Code.IsGenerator) return PyGenerator.Create(f, frame);
        var result = Evaluator.Run(frame);
        if (frame.Recyclable && !frame.Escaped) ThreadState.Current.RecycleFrame(frame);
        return result;
    }
}
