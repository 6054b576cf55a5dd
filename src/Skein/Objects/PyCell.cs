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
        t.Repr = self => new PyStr(((PyCell)self).Contents is { } c ? $"<cell at 0x{Ops.Id(self):x}: {c.Type.Name} object at 0x{Ops.Id(c):x}>" : $"<cell at 0x{Ops.Id(self):x}: empty>");
    }
}
