namespace Skein.Objects;

/// <summary>A module: a namespace dict. Module globals are read without a lock (PyDict reads are lock-free).</summary>
public class PyModule : PyObject
{
    public readonly PyDict Dict;

    public PyModule(string name, string? doc = null) : base(PyTypes.Module)
    {
        Dict = new PyDict();
        Dict.SetItem(Names.__name__, new PyStr(name));
        Dict.SetItem(Names.__doc__, doc == null ? PyNone.Instance : new PyStr(doc));
        Dict.SetItem(Names.__package__, PyNone.Instance);
        Dict.SetItem(Names.__loader__, PyNone.Instance);
        Dict.SetItem(Names.__spec__, PyNone.Instance);
    }

    public PyModule(PyType type, PyDict dict) : base(type) => Dict = dict;

    public override PyDict? InstanceDict { get => Dict; set => throw Errors.TypeError("readonly attribute"); }

    public string Name => Dict.GetItemOrNull(Names.__name__) is PyStr s ? s.Value : "?";

    public void Set(string name, PyObject value) => Dict.SetItem(PyStr.Intern(name), value);

    public void DefFunction(string name, NativeFunction fn, string? doc = null) =>
        Dict.SetItem(PyStr.Intern(name), new PyBuiltinFunction(name, fn, null, doc) { Module = Name });

    internal static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyModule(type, new PyDict());
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("module", args, kw, ["name", "doc"], 1);
            var d = ((PyModule)self).Dict;
            d.SetItem(Names.__name__, a[0]!);
            d.SetItem(Names.__doc__, a[1] ?? PyNone.Instance);
            d.SetItem(Names.__package__, PyNone.Instance);
            d.SetItem(Names.__loader__, PyNone.Instance);
            d.SetItem(Names.__spec__, PyNone.Instance);
        };
        t.GetAttr = (self, name) =>
        {
            var found = ObjectType.GenericGetAttr(self, name);
            if (found != null) return found;
            var getattr = ((PyModule)self).Dict.GetItemOrNull(Names.__getattr__);
            return getattr == null ? null : Ops.Call(getattr, [name], null);
        };
        t.Repr = self =>
        {
            var m = (PyModule)self;
            var file = m.Dict.GetItemOrNull(Names.__file__);
            if (file is PyStr f) return new PyStr($"<module '{m.Name}' from '{f.Value}'>");
            var spec = m.Dict.GetItemOrNull(Names.__spec__);
            var origin = spec is null or PyNone ? null : Ops.GetAttrOrNull(spec, "origin");
            return new PyStr(origin is PyStr { Value: "built-in" } ? $"<module '{m.Name}' (built-in)>" : $"<module '{m.Name}'>");
        };
        t.DefMethod("__dir__", (self, _, _) =>
        {
            var d = ((PyModule)self).Dict;
            if (d.GetItemOrNull(Names.__dict__) is { } custom && custom is not PyDict) return Ops.Call(PyTypes.List, custom);
            return new PyList(d.KeysSnapshot());
        });
        t.HasInstanceDict = true;
    }
}
