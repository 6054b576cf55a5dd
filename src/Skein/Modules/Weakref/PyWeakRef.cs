namespace Skein.Modules.Weakref;

/// <summary>
/// weakref.ref (ReferenceType): calling it gives the referent or None once it is gone. Refs hash and compare
/// by their referent while it is alive. Subclassable (weakref.KeyedRef, WeakMethod), __slots__ included.
/// </summary>
public sealed class PyWeakRef : PyObject, ISlotStorage, WeakRefRegistry.IWeakReferrer
{
    public static readonly PyType RefType = PyTypes.Define("ReferenceType", null, InitType, isBaseType: true, module: "weakref");

    private readonly WeakReference<PyObject> _target;
    private PyObject? _callback;
    private long _hash;
    private volatile bool _hashed;
    private PyDict? _dict;

    public PyObject?[]? SlotValues { get; }

    private PyWeakRef(PyType type, PyObject target, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(target);
        _callback = callback;
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) SlotValues = new PyObject?[type.SlotCount];
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    /// <summary>The referent, or null when it has been collected.</summary>
    public PyObject? Target => _target.TryGetTarget(out var t) ? t : null;

    bool WeakRefRegistry.IWeakReferrer.IsPlainRef => ReferenceEquals(Type, RefType) && Volatile.Read(ref _callback) == null;

    PyObject? WeakRefRegistry.IWeakReferrer.TakeCallback() => Interlocked.Exchange(ref _callback, null);

    /// <summary>ref(target, callback): an existing callback-free ref is shared, as in CPython.</summary>
    public static PyObject Create(PyType type, PyObject target, PyObject? callback)
    {
        WeakRefRegistry.RunPendingCallbacks();
        WeakRefRegistry.CheckReferenceable(target);
        if (callback is PyNone) callback = null;
        if (callback == null && ReferenceEquals(type, RefType) && WeakRefRegistry.FindPlainRef(target) is PyWeakRef existing)
            return existing;
        var r = new PyWeakRef(type, target, callback);
        WeakRefRegistry.Register(target, r, callback != null);
        return r;
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            ArgParser.NoKeywords("ref", kw);
            ArgParser.Range("__new__", args, 1, 2);
            return Create(type, args[0], args.Length > 1 ? args[1] : null);
        };
        t.Init = (_, args, _) => ArgParser.Range("__init__", args, 1, 2);
        t.Call = (self, args, kw) =>
        {
            ArgParser.NoKeywords("weakref", kw);
            if (args.Length > 0) throw Errors.TypeError($"weakref() takes exactly 0 positional arguments ({args.Length} given)");
            var target = ((PyWeakRef)self).Target;
            if (target == null) WeakRefRegistry.RunPendingCallbacks();
            return target ?? PyNone.Instance;
        };
        t.Hash = self =>
        {
            var r = (PyWeakRef)self;
            if (r._hashed) return r._hash;
            var target = r.Target ?? throw Errors.TypeError("weak object has gone away");
            r._hash = Ops.Hash(target);
            r._hashed = true;
            return r._hash;
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyWeakRef rb) return PyNotImplemented.Instance;
            var ra = (PyWeakRef)a;
            var ta = ra.Target;
            var tb = rb.Target;
            if (ta == null || tb == null)
                return PyBool.From(ReferenceEquals(a, b) == (op == CompareOp.Eq));
            return Ops.RichCompare(ta, tb, op);
        };
        t.Repr = self =>
        {
            var r = (PyWeakRef)self;
            var target = r.Target;
            if (target == null) return new PyStr($"<weakref at 0x{Ops.Id(self):x}; dead>");
            var name = Ops.GetAttrOrNull(target, Names.__name__) is PyStr n ? $" ({n.Value})" : "";
            return new PyStr($"<weakref at 0x{Ops.Id(self):x}; to '{target.Type.Name}' at 0x{Ops.Id(target):x}{name}>");
        };
        t.DefGetter("__callback__", self => Volatile.Read(ref ((PyWeakRef)self)._callback) ?? PyNone.Instance);
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        });
    }
}
