namespace Skein.Objects;

/// <summary>Python bytearray: a mutable byte buffer.</summary>
public class PyByteArray : PyObject
{
    public PyByteArray(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
