namespace Skein.Modules;

/// <summary>
/// _thread._local (threading.local): each thread sees its own attribute dict. A subclass's __init__ runs,
/// with the constructor's arguments, the first time each thread touches the object (CPython's rule).
/// </summary>
public sealed class PyThreadLocal : PyObject
{
    public static readonly PyType LocalType = PyTypes.Define("_local", null, InitType, isBaseType: true, module: "_thread");

    private readonly ThreadLocal<PyDict?> _dicts = new();
    private PyObject[] _args = [];
    private PyDict? _kwargs;

    private PyThreadLocal(PyType type) : base(type)
    {
    }

    public override PyDict? InstanceDict
    {
        get
        {
            var d = _dicts.Value;
            if (d != null) return d;
            d = new PyDict();
            _dicts.Value = d;
            if (Type.Init is { } init && !ReferenceEquals(Type, LocalType)) init(this, _args, _kwargs);
            return d;
        }
        set => _dicts.Value = value;
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            if ((args.Length > 0 || (kw != null && kw.Count > 0)) && type.Init == LocalType.Init)
                throw Errors.TypeError("Initialization arguments are not supported");
            var local = new PyThreadLocal(type) { _args = args.ToArray(), _kwargs = kw?.Copy() };
            local._dicts.Value = new PyDict();
            return local;
        };
        t.Init = (_, _, _) => { };
        t.GetAttr = (self, name) => Objects.ObjectType.GenericGetAttr(self, name);
        t.SetAttr = (self, name, value) => Objects.ObjectType.GenericSetAttr(self, name, value);
    }
}
