namespace Skein.Objects;

/// <summary>types.UnionType: what int | str evaluates to. isinstance and issubclass accept it like a tuple of its members.</summary>
public sealed class UnionType : PyObject
{
    public static readonly PyType Type_ = PyTypes.Define("UnionType", null, t =>
    {
        t.Repr = self => new PyStr(string.Join(" | ", ((UnionType)self).Args.Items.Select(ReprArg)));
        t.Hash = self => Ops.Hash(new PyFrozenSetHelper(((UnionType)self).Args).Items);
        t.RichCompare = (a, b, op) => op is CompareOp.Eq or CompareOp.Ne && b is UnionType ub
            ? PyBool.From(SameMembers((UnionType)a, ub) == (op == CompareOp.Eq))
            : PyNotImplemented.Instance;
        t.Number[(int)BinaryOp.Or] = (a, b) => Create(a, b);
        t.DefGetter("__args__", self => ((UnionType)self).Args);
        t.DefGetter("__parameters__", _ => PyTuple.Empty);
        t.DefMethod("__instancecheck__", (self, args, _) => PyBool.From(Ops.IsInstance(args[0], ((UnionType)self).Args)));
        t.DefMethod("__subclasscheck__", (self, args, _) => PyBool.From(Ops.IsSubclass(args[0], ((UnionType)self).Args)));
    }, module: "types");

    public readonly PyTuple Args;

    private UnionType(PyTuple args) : base(Type_) => Args = args;

    private static bool IsUnionable(PyObject o) => o is PyType or PyNone or UnionType or GenericAlias;

    /// <summary>a | b for types, None and unions; NotImplemented for anything else (so a class's own __or__ still wins).</summary>
    public static PyObject Create(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Instance;
        var members = new List<PyObject>();
        void Add(PyObject o)
        {
            if (o is UnionType u)
            {
                foreach (var m in u.Args.Items) Add(m);
                return;
            }
            if (o is PyNone) o = PyTypes.NoneType;
            foreach (var existing in members)
                if (ReferenceEquals(existing, o) || Ops.Eq(existing, o)) return;
            members.Add(o);
        }
        Add(a);
        Add(b);
        return members.Count == 1 ? members[0] : new UnionType(new PyTuple(members.ToArray()));
    }

    private static bool SameMembers(UnionType a, UnionType b) =>
        a.Args.Count == b.Args.Count && a.Args.Items.All(x => b.Args.Items.Any(y => ReferenceEquals(x, y) || Ops.Eq(x, y)));

    private static string ReprArg(PyObject o) => o switch
    {
        PyType t when ReferenceEquals(t, PyTypes.NoneType) => "None",
        PyType t => t.FullName,
        _ => Ops.Repr(o),
    };

    /// <summary>Order-independent hashing of the members.</summary>
    private readonly struct PyFrozenSetHelper(PyTuple args)
    {
        public PyObject Items => Ops.Call(PyTypes.FrozenSet, args);
    }
}
