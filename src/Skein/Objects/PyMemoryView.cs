namespace Skein.Objects;

/// <summary>Python memoryview over bytes or bytearray.</summary>
public sealed class PyMemoryView : PyObject
{
    public PyMemoryView() : base(PyTypes.MemoryView)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
