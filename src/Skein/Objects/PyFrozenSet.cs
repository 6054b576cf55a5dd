using Skein.Objects.Containers;

namespace Skein.Objects;

/// <summary>Python frozenset (immutable once built, hashable). Shares the set hash table (PyAnySet).</summary>
public class PyFrozenSet : PyAnySet
{
    public PyFrozenSet() : base(PyTypes.FrozenSet)
    {
    }

    public PyFrozenSet(PyType type) : base(type)
    {
    }

    /// <summary>frozenset(iterable).</summary>
    public static PyFrozenSet From(PyObject iterable)
    {
        var s = new PyFrozenSet();
        s.Update(iterable);
        return s;
    }

    internal static void InitType(PyType t) => SetType.Init(t, frozen: true);
}
