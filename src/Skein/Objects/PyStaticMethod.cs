namespace Skein.Objects;

/// <summary>staticmethod: returns the wrapped callable unchanged when read from a class or instance.</summary>
public sealed class PyStaticMethod : PyObject
{
    public PyObject Callable;
    private PyDict? _dict;

    public PyStaticMethod(PyObject callable) : base(PyTypes.StaticMethod) => Callable = callable;

    private PyStaticMethod(PyType type) : base(type) => Callable = PyNone.Instance;

    public override PyDict? InstanceDict { get => _dict ??= new PyDict(); set => _dict = value; }

    internal static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyStaticMethod(type);
        t.Init = (self, args, _) =>
        {
            ArgParser.Exactly("staticmethod", args, 1);
            ((PyStaticMethod)self).Callable = args[0];
            FunctionWrapperAttributes.Copy(args[0], self);
        };
        t.DescrGet = (self, _, _) => ((PyStaticMethod)self).Callable;
        t.Call = (self, args, kw) => Ops.Call(((PyStaticMethod)self).Callable, args, kw);
        t.DefGetter("__func__", self => ((PyStaticMethod)self).Callable);
        t.DefGetter("__wrapped__", self => ((PyStaticMethod)self).Callable);
        t.DefGetter("__isabstractmethod__", self => PyBool.From(Ops.GetAttrOrNull(((PyStaticMethod)self).Callable, "__isabstractmethod__") is { } v && Ops.IsTrue(v)));
        t.Repr = self => new PyStr($"<staticmethod({Ops.Repr(((PyStaticMethod)self).Callable)})>");
    }
}

/// <summary>classmethod: binds the wrapped callable to the class it is read from.</summary>
public sealed class PyClassMethod : PyObject
{
    public PyObject Callable;
    private PyDict? _dict;

    public PyClassMethod(PyObject callable) : base(PyTypes.ClassMethod) => Callable = callable;

    private PyClassMethod(PyType type) : base(type) => Callable = PyNone.Instance;

    public override PyDict? InstanceDict { get => _dict ??= new PyDict(); set => _dict = value; }

    internal static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyClassMethod(type);
        t.Init = (self, args, _) =>
        {
            ArgParser.Exactly("classmethod", args, 1);
            ((PyClassMethod)self).Callable = args[0];
            FunctionWrapperAttributes.Copy(args[0], self);
        };
        t.DescrGet = (self, instance, owner) =>
        {
            var cm = (PyClassMethod)self;
            PyObject cls = owner ?? instance!.Type;
            if (cm.Callable.Type.DescrGet is { } get && !ReferenceEquals(cm.Callable.Type, PyTypes.Function) && cm.Callable is not PyBuiltinFunction)
                return get(cm.Callable, cls, cls.Type);
            return new PyMethod(cm.Callable, cls);
        };
        t.DefGetter("__func__", self => ((PyClassMethod)self).Callable);
        t.DefGetter("__wrapped__", self => ((PyClassMethod)self).Callable);
        t.DefGetter("__isabstractmethod__", self => PyBool.From(Ops.GetAttrOrNull(((PyClassMethod)self).Callable, "__isabstractmethod__") is { } v && Ops.IsTrue(v)));
        t.Repr = self => new PyStr($"<classmethod({Ops.Repr(((PyClassMethod)self).Callable)})>");
    }
}

/// <summary>Since 3.10 staticmethod and classmethod copy __name__, __doc__ and friends from the function they wrap.</summary>
internal static class FunctionWrapperAttributes
{
    private static readonly string[] s_names = ["__module__", "__name__", "__qualname__", "__doc__"];

    public static void Copy(PyObject from, PyObject to)
    {
        var dict = to.InstanceDict!;
        foreach (var n in s_names)
            if (Ops.GetAttrOrNull(from, n) is { } v) dict.SetItem(n, v);
    }
}
