namespace Skein.Objects;

/// <summary>property: a data descriptor calling fget/fset/fdel.</summary>
public sealed class PyProperty : PyObject
{
    public PyObject? Getter, Setter, Deleter, Doc;
    private PyStr? _name;
    private PyDict? _dict;

    private PyProperty(PyType type) : base(type)
    {
    }

    public override PyDict? InstanceDict { get => _dict; set => _dict = value; }

    private string QualifiedNameForError(PyObject instance) =>
        _name != null ? $"property '{_name.Value}' of '{instance.Type.Name}' object" : $"property of '{instance.Type.Name}' object";

    private PyProperty CopyWith(PyObject? getter, PyObject? setter, PyObject? deleter)
    {
        var p = (PyProperty)Ops.Call(Type, [getter ?? PyNone.Instance, setter ?? PyNone.Instance, deleter ?? PyNone.Instance, Doc ?? PyNone.Instance]);
        p._name = _name;
        return p;
    }

    private static PyObject? NoneToNull(PyObject? o) => o is PyNone ? null : o;

    internal static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyProperty(type) { _dict = type.HasInstanceDict ? new PyDict() : null };
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("property", args, kw, ["fget", "fset", "fdel", "doc"]);
            var p = (PyProperty)self;
            p.Getter = NoneToNull(a[0]);
            p.Setter = NoneToNull(a[1]);
            p.Deleter = NoneToNull(a[2]);
            p.Doc = NoneToNull(a[3]);
            if (p.Doc == null && p.Getter != null) p.Doc = NoneToNull(Ops.GetAttrOrNull(p.Getter, Names.__doc__));
            if (p._dict != null && p.Doc != null) p._dict.SetItem(Names.__doc__, p.Doc);
        };
        t.DescrGet = (self, instance, _) =>
        {
            var p = (PyProperty)self;
            if (instance == null) return self;
            if (p.Getter == null) throw Errors.AttributeError($"{p.QualifiedNameForError(instance)} has no getter");
            return Ops.Call(p.Getter, instance);
        };
        t.DescrSet = (self, instance, value) =>
        {
            var p = (PyProperty)self;
            if (value == null)
            {
                if (p.Deleter == null) throw Errors.AttributeError($"{p.QualifiedNameForError(instance)} has no deleter");
                Ops.Call(p.Deleter, instance);
            }
            else
            {
                if (p.Setter == null) throw Errors.AttributeError($"{p.QualifiedNameForError(instance)} has no setter");
                Ops.Call(p.Setter, instance, value);
            }
        };
        t.DefGetter("fget", self => ((PyProperty)self).Getter ?? PyNone.Instance);
        t.DefGetter("fset", self => ((PyProperty)self).Setter ?? PyNone.Instance);
        t.DefGetter("fdel", self => ((PyProperty)self).Deleter ?? PyNone.Instance);
        t.DefGetter("__doc__", self => ((PyProperty)self).Doc ?? PyNone.Instance, (self, v) => ((PyProperty)self).Doc = v);
        t.DefGetter("__isabstractmethod__", self =>
        {
            var p = (PyProperty)self;
            foreach (var f in new[] { p.Getter, p.Setter, p.Deleter })
                if (f != null && Ops.GetAttrOrNull(f, "__isabstractmethod__") is { } v && Ops.IsTrue(v)) return PyBool.True;
            return PyBool.False;
        });
        t.DefMethod("getter", (self, args, _) => ((PyProperty)self).CopyWith(args[0], ((PyProperty)self).Setter, ((PyProperty)self).Deleter));
        t.DefMethod("setter", (self, args, _) => ((PyProperty)self).CopyWith(((PyProperty)self).Getter, args[0], ((PyProperty)self).Deleter));
        t.DefMethod("deleter", (self, args, _) => ((PyProperty)self).CopyWith(((PyProperty)self).Getter, ((PyProperty)self).Setter, args[0]));
        t.DefMethod("__set_name__", (self, args, _) =>
        {
            ArgParser.Exactly("__set_name__", args, 2);
            ((PyProperty)self)._name = args[1] as PyStr;
            return PyNone.Instance;
        });
    }
}
