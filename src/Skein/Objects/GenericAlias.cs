namespace Skein.Objects;

/// <summary>types.GenericAlias: what list[int] evaluates to. Calls and attribute reads go to the origin class.</summary>
public sealed class GenericAlias : PyObject
{
    public static readonly PyType AliasType = PyTypes.Define("types.GenericAlias", null, t =>
    {
        t.Name = "GenericAlias";
        t.Repr = self =>
        {
            var g = (GenericAlias)self;
            var args = string.Join(", ", g.Args.Items.Select(ReprArg));
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
                _ => ObjectType.GenericGetAttr(self, name) ?? Ops.GetAttrOrNull(g.Origin, name),
            };
        };
        t.RichCompare = (a, b, op) => op is CompareOp.Eq or CompareOp.Ne && b is GenericAlias gb
            ? PyBool.From((op == CompareOp.Eq) == (Ops.Eq(((GenericAlias)a).Origin, gb.Origin) && Ops.Eq(((GenericAlias)a).Args, gb.Args)))
            : PyNotImplemented.Instance;
        t.Hash = self => Ops.Hash(((GenericAlias)self).Origin) ^ Ops.Hash(((GenericAlias)self).Args);
    }, module: "types");

    public readonly PyObject Origin;
    public readonly PyTuple Args;

    private GenericAlias(PyObject origin, PyTuple args) : base(AliasType) => (Origin, Args) = (origin, args);

    public static PyObject Create(PyObject origin, PyObject args) =>
        new GenericAlias(origin, args as PyTuple ?? PyTuple.Create(args));

    private static string ReprArg(PyObject o) => o switch
    {
        PyType t => t.FullName,
        PyEllipsis => "...",
        _ => Ops.Repr(o),
    };
}
