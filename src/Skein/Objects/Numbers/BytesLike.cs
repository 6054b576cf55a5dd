namespace Skein.Objects.Numbers;

/// <summary>Reads the bytes of bytes-like arguments (bytes, bytearray, memoryview) for the numeric constructors.</summary>
public static class BytesLike
{
    public static bool IsBytesLike(PyObject o) => o is PyBytes or PyByteArray or PyMemoryView;

    /// <summary>The content of a bytes-like object; null for anything else.</summary>
    public static byte[]? TryGetBytes(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is not (PyByteArray or PyMemoryView)) return null;
        // bytearray and memoryview iterate as ints in range(256); reading through the protocol keeps this
        // independent of their storage (and snapshots a bytearray another thread may be resizing).
        var items = Ops.ToArray(o);
        var result = new byte[items.Length];
        for (var i = 0; i < items.Length; i++) result[i] = (byte)Ops.AsLong(items[i]);
        return result;
    }

    /// <summary>bytes(o) as int.from_bytes needs it: bytes-like objects, or an iterable of ints in range(256).</summary>
    public static byte[] FromBytesArgument(PyObject o)
    {
        if (TryGetBytes(o) is { } direct) return direct;
        if (o is PyStr) throw Errors.TypeError($"cannot convert '{o.Type.Name}' object to bytes");
        var bytesMethod = Ops.LookupSpecial(o, Names.__bytes__);
        if (bytesMethod != null)
        {
            var r = Ops.Call(bytesMethod);
            return (r as PyBytes ?? throw Errors.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})")).Value;
        }
        var it = Ops.GetIterOrNull(o) ?? throw Errors.TypeError($"cannot convert '{o.Type.Name}' object to bytes");
        var list = new List<byte>();
        while (Ops.Next(it) is { } x)
        {
            var v = Ops.Index(x);
            if (!v.TryGetLong(out var n) || n < 0 || n > 255) throw Errors.ValueError("bytes must be in range(0, 256)");
            list.Add((byte)n);
        }
        return list.ToArray();
    }

    /// <summary>The bytes as Latin-1 text, for parsing numbers written in bytes.</summary>
    public static string Latin1(byte[] bytes) => string.Create(bytes.Length, bytes, static (span, b) =>
    {
        for (var i = 0; i < b.Length; i++) span[i] = (char)b[i];
    });
}
