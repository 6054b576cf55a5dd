using Skein.Objects.Containers;

namespace Skein.Objects;

/// <summary>Python set (mutable). The hash table and its thread-safety rules are PyAnySet's, shared with frozenset.</summary>
public class PySet : PyAnySet
{
    public PySet() : base(PyTypes.Set)
    {
    }

    public PySet(PyType type) : base(type)
    {
    }

    /// <summary>set(iterable).</summary>
    public static PySet From(PyObject iterable)
    {
        var s = new PySet();
        s.Update(iterable);
        return s;
    }

    internal static void InitType(PyType t) => SetType.Init(t, frozen: false);
}
