namespace Skein.Objects;

/// <summary>Python frozenset (immutable, hashable).</summary>
public class PyFrozenSet : PyObject
{
    public PyFrozenSet() : base(PyTypes.FrozenSet)
    {
    }

    public PyFrozenSet(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
