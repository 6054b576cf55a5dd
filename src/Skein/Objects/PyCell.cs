namespace Skein.Objects;

/// <summary>A closure cell: one variable shared between a function and the functions nested in it. Null contents means empty.</summary>
public sealed class PyCell : PyObject
{
    public volatile PyObject? Contents;

    public PyCell(PyObject? contents = null) : base(PyTypes.Cell) => Contents = contents;

    internal static void InitType(PyType t)
    {
        t.DefGetter("cell_contents", self => ((PyCell)self).Contents ?? throw Errors.ValueError("Cell is empty"),
            (self, v) => ((PyCell)self).Contents = v);
        t.New = (_, args, kw) =>
        {
            ArgParser.NoKeywords("cell", kw);
            if (args.Length > 1) throw Errors.TypeError($"cell expected at most 1 argument, got {args.Length}");
            return new PyCell(args.Length == 1 ? args[0] : null);
        };
        // Cells compare by their contents, an empty cell ordering before any full one (as CPython does).
        t.RichCompare = (a, b, op) =>
        {
            if (a is not PyCell ca || b is not PyCell cb) return PyNotImplemented.Instance;
            var x = ca.Contents;
            var y = cb.Contents;
            if (x != null && y != null) return Ops.RichCompare(x, y, op);
            var order = (x == null ? 0 : 1).CompareTo(y == null ? 0 : 1);
            return PyBool.From(op switch
            {
                CompareOp.Lt => order < 0,
                CompareOp.Le => order <= 0,
                CompareOp.Eq => order == 0,
                CompareOp.Ne => order != 0,
                CompareOp.Gt => order > 0,
                _ => order >= 0,
            });
        };
        t.Hash = SlotAdapters.HashNotImplemented;
        t.Repr = self => new PyStr(((PyCell)self).Contents is { } c ? $"<cell at 0x{Ops.Id(self):x}: {c.Type.Name} object at 0x{Ops.Id(c):x}>" : $"<cell at 0x{Ops.Id(self):x}: empty>");
    }
}
