namespace Skein.Objects;

/// <summary>Python bytes: an immutable byte array (never mutated after construction).</summary>
public class PyBytes : PyObject
{
    public readonly byte[] Value;

    public PyBytes(byte[] value) : base(PyTypes.Bytes) => Value = value;
    public PyBytes(PyType type, byte[] value) : base(type) => Value = value;

    public static readonly PyBytes Empty = new([]);

    internal static void InitType(PyType t)
    {
    }
}
