namespace Skein.Modules.Weakref;

/// <summary>
/// weakref.proxy(obj): forwards attribute access, calls (CallableProxyType), item access, iteration,
/// comparison and arithmetic to the referent; raises ReferenceError once the referent is gone.
/// </summary>
public sealed class PyWeakProxy : PyObject, WeakRefRegistry.IWeakReferrer
{
    public static readonly PyType ProxyType = PyTypes.Define("ProxyType", null, t => InitType(t, callable: false), module: "weakref");
    public static readonly PyType CallableProxyType = PyTypes.Define("CallableProxyType", null, t => InitType(t, callable: true), module: "weakref");

    private readonly WeakReference<PyObject> _target;
    private PyObject? _callback;

    private PyWeakProxy(PyType type, PyObject target, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(target);
        _callback = callback;
    }

    public PyObject? Target => _target.TryGetTarget(out var t) ? t : null;

    bool WeakRefRegistry.IWeakReferrer.IsPlainRef => false;

    PyObject? WeakRefRegistry.IWeakReferrer.TakeCallback() => Interlocked.Exchange(ref _callback, null);

    public static PyObject Create(PyObject target, PyObject? callback)
    {
        WeakRefRegistry.RunPendingCallbacks();
        WeakRefRegistry.CheckReferenceable(target);
        if (callback is PyNone) callback = null;
        var p = new PyWeakProxy(target.Type.Call != null ? CallableProxyType : ProxyType, target, callback);
        WeakRefRegistry.Register(target, p, callback != null);
        return p;
    }

    private static PyObject Referent(PyObject proxy)
    {
        var target = ((PyWeakProxy)proxy).Target;
        if (target != null) return target;
        WeakRefRegistry.RunPendingCallbacks();
        throw Errors.New(PyExc.ReferenceError, "weakly-referenced object no longer exists");
    }

    private static PyObject Unwrap(PyObject o) => o is PyWeakProxy ? Referent(o) : o;

    private static void InitType(PyType t, bool callable)
    {
        var typeName = callable ? "weakref.CallableProxyType" : "weakref.ProxyType";
        t.GetAttr = (self, name) => Ops.GetAttr(Referent(self), name);
        t.SetAttr = (self, name, value) =>
        {
            if (value == null) Ops.DelAttr(Referent(self), name);
            else Ops.SetAttr(Referent(self), name, value);
        };
        if (callable) t.Call = (self, args, kw) => Ops.Call(Referent(self), args, kw);
        t.Repr = self =>
        {
            var target = ((PyWeakProxy)self).Target;
            return new PyStr(target == null
                ? $"<weakproxy at 0x{Ops.Id(self):x}; dead>"
                : $"<weakproxy at 0x{Ops.Id(self):x} to {target.Type.Name} at 0x{Ops.Id(target):x}>");
        };
        t.Str = self => Ops.StrObj(Referent(self));
        t.Hash = _ => throw Errors.TypeError($"unhashable type: '{typeName}'");
        t.RichCompare = (a, b, op) => Ops.RichCompare(Unwrap(a), Unwrap(b), op);
        t.Bool = self => Ops.IsTrue(Referent(self));
        t.Len = self => Ops.Len(Referent(self));
        t.Contains = (self, item) => Ops.Contains(Referent(self), item);
        t.Iter = self => Ops.GetIter(Referent(self));
        t.Next = self =>
        {
            var target = Referent(self);
            if (target.Type.Next == null) throw Errors.TypeError($"Weakref proxy referenced a non-iterator '{target.Type.Name}' object");
            return Ops.Next(target);
        };
        t.GetItem = (self, key) => Ops.GetItem(Referent(self), key);
        t.SetItem = (self, key, value) =>
        {
            if (value == null) Ops.DelItem(Referent(self), key);
            else Ops.SetItem(Referent(self), key, value);
        };
        t.Index = self => Ops.Index(Referent(self));
        t.Int = self => Ops.Call(PyTypes.Int, Referent(self));
        t.Float = self => new PyFloat(Ops.AsDouble(Referent(self)));
        for (var i = 0; i < t.Number.Length; i++)
        {
            var op = (BinaryOp)i;
            t.Number[i] = (a, b) => Ops.BinaryOp(Unwrap(a), Unwrap(b), op);
            if (OperatorNames.InPlace[i].Length > 0) t.InPlace[i] = (a, b) => Ops.InPlaceOp(Unwrap(a), Unwrap(b), op);
        }
        for (var i = 0; i < t.Unary.Length; i++)
        {
            var op = (UnaryOp)i;
            t.Unary[i] = a => Ops.UnaryOp(Unwrap(a), op);
        }
        t.DefMethod("__bytes__", (self, _, _) => Ops.Call(PyTypes.Bytes, Referent(self)));
        t.DefMethod("__reversed__", (self, _, _) => Ops.CallMethod(Referent(self), "__reversed__"));
    }
}
