namespace Skein.Objects;

/// <summary>Python tuple: an immutable array (never mutated after construction, so reads need no lock).</summary>
public class PyTuple : PyObject
{
    public readonly PyObject[] Items;

    public PyTuple(PyObject[] items) : base(PyTypes.Tuple) => Items = items;
    public PyTuple(PyType type, PyObject[] items) : base(type) => Items = items;

    public static readonly PyTuple Empty = new([]);

    public static PyTuple Create(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public int Count => Items.Length;

    public PyObject this[int index] => Items[index];

    internal static void InitType(PyType t)
    {
    }
}
