namespace Skein.Objects;

/// <summary>
/// types.GenericAlias: what list[int] evaluates to. Calls and most attribute reads go to the origin class.
/// Subclassable, as collections.abc's Callable alias needs.
/// </summary>
public sealed class GenericAlias : PyObject
{
    public static readonly PyType AliasType = PyTypes.Define("GenericAlias", null, t =>
    {
        t.New = (type, args, kw) =>
        {
            if (args.Length != 2) throw Errors.TypeError($"GenericAlias expected 2 arguments, got {args.Length}");
            return new GenericAlias(type, args[0], args[1] as PyTuple ?? PyTuple.Create(args[1]));
        };
        t.Repr = self =>
        {
            var g = (GenericAlias)self;
            var args = g.Args.Count == 0 ? "()" : string.Join(", ", g.Args.Items.Select(ReprArg));
            return new PyStr($"{ReprArg(g.Origin)}[{args}]");
        };
        t.Call = (self, args, kw) => Ops.Call(((GenericAlias)self).Origin, args, kw);
        t.GetAttr = (self, name) =>
        {
            var g = (GenericAlias)self;
            return name.Value switch
            {
                "__origin__" => g.Origin,
                "__args__" => g.Args,
                "__parameters__" => PyTuple.Empty,
                "__unpacked__" => PyBool.False,
                _ => ObjectType.GenericGetAttr(self, name) ?? (name.Value.StartsWith("__") && name.Value.EndsWith("__") ? null : Ops.GetAttrOrNull(g.Origin, name)),
            };
        };
        t.GetItem = (self, item) =>
        {
            var g = (GenericAlias)self;
            return new GenericAlias(g.Type, g.Origin, item as PyTuple ?? PyTuple.Create(item));
        };
        t.RichCompare = (a, b, op) => op is CompareOp.Eq or CompareOp.Ne && b is GenericAlias gb
            ? PyBool.From((op == CompareOp.Eq) == (Ops.Eq(((GenericAlias)a).Origin, gb.Origin) && Ops.Eq(((GenericAlias)a).Args, gb.Args)))
            : PyNotImplemented.Instance;
        t.Hash = self => Ops.Hash(((GenericAlias)self).Origin) ^ Ops.Hash(((GenericAlias)self).Args);
        t.Number[(int)BinaryOp.Or] = UnionType.Create;
        t.DefMethod("__mro_entries__", (self, args, _) => PyTuple.Create(((GenericAlias)self).Origin));
        t.DefMethod("__reduce__", (self, _, _) => PyTuple.Create(self.Type, PyTuple.Create(((GenericAlias)self).Origin, ((GenericAlias)self).Args)));
    }, isBaseType: true, module: "types");

    public readonly PyObject Origin;
    public readonly PyTuple Args;
    private PyDict? _dict;

    private GenericAlias(PyType type, PyObject origin, PyTuple args) : base(type)
    {
        Origin = origin;
        Args = args;
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict { get => _dict; set => _dict = value; }

    public static PyObject Create(PyObject origin, PyObject args) =>
        new GenericAlias(AliasType, origin, args as PyTuple ?? PyTuple.Create(args));

    private static string ReprArg(PyObject o) => o switch
    {
        PyType t => t.FullName,
        PyEllipsis => "...",
        PyList l => "[" + string.Join(", ", Ops.ToArray(l).Select(ReprArg)) + "]",
        _ => Ops.Repr(o),
    };
}
