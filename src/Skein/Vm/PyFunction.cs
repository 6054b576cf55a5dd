namespace Skein.Vm;

/// <summary>A function defined in Python: code plus the globals, defaults and closure it was created with.</summary>
public sealed class PyFunction : PyObject
{
    public PyCode Code;
    public PyDict Globals;
    public PyDict Builtins;
    public string Name;
    public string QualName;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    public PyDict? Annotations;
    public PyCell[]? Closure;
    public PyObject Doc;
    public PyObject Module;
    private PyDict? _dict;

    public PyFunction(PyCode code, PyDict globals) : this(code, globals, Executor.BuiltinsOf(globals))
    {
    }

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) : base(PyTypes.Function)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = code.Name;
        QualName = code.QualName;
        Doc = code.Doc != null ? new PyStr(code.Doc) : PyNone.Instance;
        Module = globals.GetItemOrNull(Names.__name__) ?? PyNone.Instance;
    }

    public override PyDict? InstanceDict
    {
        get => _dict ??= new PyDict();
        set => _dict = value ?? throw Errors.TypeError("__dict__ may not be deleted");
    }

    /// <summary>Number of positional parameters with a default.</summary>
    public int DefaultCount => Defaults?.Count ?? 0;

    private static string AsName(PyObject? v, string what) =>
        v is PyStr s ? s.Value : throw Errors.TypeError($"{what} must be set to a string object");

    internal static void InitType(PyType t)
    {
        t.Call = (self, args, kwargs) => Executor.CallFunction((PyFunction)self, args, kwargs);
        t.DescrGet = (self, instance, _) => instance == null ? self : new PyMethod(self, instance);
        t.Repr = self => new PyStr($"<function {((PyFunction)self).QualName} at 0x{Ops.Id(self):x}>");
        t.New = (_, args, kw) =>
        {
            var a = ArgParser.Parse("function", args, kw, ["code", "globals", "name", "argdefs", "closure"], 2);
            var code = a[0] as PyCode ?? throw Errors.TypeError($"function() argument 'code' must be code, not {a[0]!.Type.Name}");
            var globals = a[1] as PyDict ?? throw Errors.TypeError($"function() argument 'globals' must be dict, not {a[1]!.Type.Name}");
            var f = new PyFunction(code, globals);
            if (a[2] is PyStr n) f.Name = n.Value;
            if (a[3] is PyTuple d) f.Defaults = d;
            if (a[4] is PyTuple c) f.Closure = c.Items.Select(x => x as PyCell ?? throw Errors.TypeError("arg 5 (closure) expected cell")).ToArray();
            return f;
        };
        t.DefGetter("__name__", self => new PyStr(((PyFunction)self).Name),
            (self, v) => ((PyFunction)self).Name = AsName(v, "__name__"));
        t.DefGetter("__qualname__", self => new PyStr(((PyFunction)self).QualName),
            (self, v) => ((PyFunction)self).QualName = AsName(v, "__qualname__"));
        t.DefGetter("__module__", self => ((PyFunction)self).Module, (self, v) => ((PyFunction)self).Module = v ?? PyNone.Instance);
        t.DefGetter("__doc__", self => ((PyFunction)self).Doc, (self, v) => ((PyFunction)self).Doc = v ?? PyNone.Instance);
        t.DefGetter("__defaults__", self => (PyObject?)((PyFunction)self).Defaults ?? PyNone.Instance, (self, v) =>
            ((PyFunction)self).Defaults = v is null or PyNone ? null
                : v as PyTuple ?? throw Errors.TypeError("__defaults__ must be set to a tuple object"));
        t.DefGetter("__kwdefaults__", self => (PyObject?)((PyFunction)self).KwDefaults ?? PyNone.Instance, (self, v) =>
            ((PyFunction)self).KwDefaults = v is null or PyNone ? null
                : v as PyDict ?? throw Errors.TypeError("__kwdefaults__ must be set to a dict object"));
        t.DefGetter("__annotations__", self => ((PyFunction)self).Annotations ??= new PyDict(), (self, v) =>
            ((PyFunction)self).Annotations = v is null or PyNone ? null
                : v as PyDict ?? throw Errors.TypeError("__annotations__ must be set to a dict object"));
        t.DefGetter("__code__", self => ((PyFunction)self).Code, (self, v) =>
        {
            var f = (PyFunction)self;
            var code = v as PyCode ?? throw Errors.TypeError("__code__ must be set to a code object");
            if (code.FreeVars.Length != (f.Closure?.Length ?? 0))
                throw Errors.ValueError($"{f.Name}() requires a code object with {f.Closure?.Length ?? 0} free vars, not {code.FreeVars.Length}");
            f.Code = code;
        });
        t.DefGetter("__globals__", self => ((PyFunction)self).Globals);
        t.DefGetter("__builtins__", self => ((PyFunction)self).Builtins);
        t.DefGetter("__closure__", self => ((PyFunction)self).Closure is { } c ? new PyTuple(c.Cast<PyObject>().ToArray()) : PyNone.Instance);
        t.DefGetter("__type_params__", _ => PyTuple.Empty);
    }
}
