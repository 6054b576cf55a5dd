namespace Skein.Objects;

/// <summary>
/// super(type, obj): attribute lookup that starts after 'type' in the MRO of obj's class.
/// The zero-argument form is resolved by the VM, which supplies __class__ and the first argument.
/// </summary>
public sealed class PySuper : PyObject
{
    public PyType? ThisClass;
    public PyObject? Object;
    /// <summary>The class whose MRO is searched: type(obj), or obj itself when obj is a subclass of ThisClass.</summary>
    public PyType? ObjectType;

    public PySuper(PyType thisClass, PyObject obj) : base(PyTypes.Super) => Bind(thisClass, obj);

    private PySuper(PyType type) : base(type)
    {
    }

    private void Bind(PyType thisClass, PyObject? obj)
    {
        ThisClass = thisClass;
        Object = obj;
        if (obj == null) return;
        if (obj is PyType ot && ot.IsSubtypeOf(thisClass)) ObjectType = ot;
        else if (obj.Type.IsSubtypeOf(thisClass)) ObjectType = obj.Type;
        else throw Errors.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /// <summary>Looks name up after ThisClass in the MRO; null when absent.</summary>
    public PyObject? GetAttribute(PyStr name)
    {
        if (ObjectType != null && ThisClass != null && name.Value != "__class__")
        {
            var mro = ObjectType.Mro;
            var i = Array.IndexOf(mro, ThisClass);
            for (i++; i > 0 && i < mro.Length; i++)
            {
                var v = mro[i].Dict.GetItemOrNull(name);
                if (v == null) continue;
                var get = v.Type.DescrGet;
                if (get == null) return v;
                return get(v, ReferenceEquals(Object, ObjectType) ? null : Object, ObjectType);
            }
        }
        return Objects.ObjectType.GenericGetAttr(this, name);
    }

    internal static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PySuper(type);
        t.Init = (self, args, _) =>
        {
            if (args.Length == 0)
            {
                var (thisClass, instance) = Vm.SuperResolver.FromCurrentFrame();
                ((PySuper)self).Bind(thisClass, instance);
                return;
            }
            var cls = args[0] as PyType ?? throw Errors.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}");
            ((PySuper)self).Bind(cls, args.Length > 1 && args[1] is not PyNone ? args[1] : null);
        };
        t.GetAttr = (self, name) => ((PySuper)self).GetAttribute(name);
        t.DescrGet = (self, instance, _) =>
        {
            var s = (PySuper)self;
            if (instance == null || s.Object != null) return self;
            return new PySuper(s.ThisClass!, instance);
        };
        t.Repr = self =>
        {
            var s = (PySuper)self;
            return new PyStr(s.ObjectType != null
                ? $"<super: <class '{s.ThisClass!.Name}'>, <{s.ObjectType.Name} object>>"
                : $"<super: <class '{s.ThisClass?.Name}'>, NULL>");
        };
        t.DefGetter("__thisclass__", self => (PyObject?)((PySuper)self).ThisClass ?? PyNone.Instance);
        t.DefGetter("__self__", self => ((PySuper)self).Object ?? PyNone.Instance);
        t.DefGetter("__self_class__", self => (PyObject?)((PySuper)self).ObjectType ?? PyNone.Instance);
    }
}
