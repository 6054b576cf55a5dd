namespace Skein.Objects;

/// <summary>A bound method: a callable (usually a Python function) with its receiver fixed as the first argument.</summary>
public sealed class PyMethod : PyObject
{
    public readonly PyObject Function;
    public readonly PyObject Self;

    public PyMethod(PyObject function, PyObject self) : base(PyTypes.Method)
    {
        Function = function;
        Self = self;
    }

    internal static void InitType(PyType t)
    {
        t.Call = (callable, args, kwargs) =>
        {
            var m = (PyMethod)callable;
            var all = new PyObject[args.Length + 1];
            all[0] = m.Self;
            args.CopyTo(all.AsSpan(1));
            return Ops.Call(m.Function, all, kwargs);
        };
        t.New = (_, args, _) =>
        {
            ArgParser.Exactly("method", args, 2);
            if (args[0].Type.Call == null) throw Errors.TypeError("first argument must be callable");
            return new PyMethod(args[0], args[1]);
        };
        t.Repr = self =>
        {
            var m = (PyMethod)self;
            var name = Ops.GetAttrOrNull(m.Function, "__qualname__") ?? Ops.GetAttrOrNull(m.Function, "__name__");
            return new PyStr($"<bound method {(name is PyStr s ? s.Value : "?")} of {Ops.Repr(m.Self)}>");
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyMethod mb) return PyNotImplemented.Instance;
            var ma = (PyMethod)a;
            var same = ReferenceEquals(ma.Self, mb.Self) && Ops.Eq(ma.Function, mb.Function);
            return PyBool.From(same == (op == CompareOp.Eq));
        };
        t.Hash = self => Ops.Id(((PyMethod)self).Self) ^ Ops.Hash(((PyMethod)self).Function);
        // Pickled as getattr(receiver, name), as CPython does, so bound methods can be process targets.
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var m = (PyMethod)self;
            var getattr = Ops.GetAttr(Skein.Runtime.Interpreter.ImportModule("builtins"), "getattr");
            return PyTuple.Create(getattr, PyTuple.Create(m.Self, Ops.GetAttr(m.Function, "__name__")));
        });
        t.DefGetter("__func__", self => ((PyMethod)self).Function);
        t.DefGetter("__self__", self => ((PyMethod)self).Self);
        // Everything else (__name__, __doc__, __module__, ...) is read through to the function.
        t.GetAttr = (self, name) => ObjectType.GenericGetAttr(self, name) ?? Ops.GetAttrOrNull(((PyMethod)self).Function, name);
        t.DescrGet = (self, _, _) => self;
    }
}
