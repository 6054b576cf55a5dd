namespace Skein.Objects;

/// <summary>Python set (mutable). Shares its hash-table implementation with frozenset.</summary>
public class PySet : PyObject
{
    public PySet() : base(PyTypes.Set)
    {
    }

    public PySet(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
