namespace Skein.Objects.Text;

/// <summary>
/// The buffer protocol as far as Skein has it: bytes, bytearray and memoryview expose their bytes; native
/// memory (mmap) is read as a copy, since a span on it could outlive an unmapping.
/// </summary>
public static class Buffers
{
    /// <summary>The bytes of a bytes-like object (a snapshot window for bytearray), or false for anything else.</summary>
    public static bool TryGetBytes(PyObject o, out ReadOnlySpan<byte> bytes)
    {
        switch (o)
        {
            case PyBytes b:
                bytes = b.Value;
                return true;
            case PyByteArray ba:
                bytes = ba.Span;
                return true;
            case PyMemoryView mv:
                bytes = mv.Span;
                return true;
            case INativeBuffer native:
                if (!native.TryGetNativeBytes(out var span)) throw Errors.ValueError("mmap closed or invalid");
                bytes = span.ToArray();
                return true;
            default:
                bytes = default;
                return false;
        }
    }

    public static bool IsBytesLike(PyObject o) => o is PyBytes or PyByteArray or PyMemoryView or INativeBuffer;

    /// <summary>A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".</summary>
    public static ReadOnlySpan<byte> Require(PyObject o)
    {
        if (TryGetBytes(o, out var b)) return b;
        throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
    }

    /// <summary>A byte value from an int-like object, with CPython's range error.</summary>
    public static byte ByteValue(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.TryGetLong(out var v) || v < 0 || v > 255) throw Errors.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }
}
