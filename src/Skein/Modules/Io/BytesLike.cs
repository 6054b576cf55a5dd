using Skein.Objects.Text;

namespace Skein.Modules.Io;

/// <summary>
/// Access to bytes-like arguments (bytes, bytearray, memoryview, mmap) for the I/O and struct modules. Exact bytes
/// are read in place; other buffers are copied through bytes(), and writable buffers are filled through
/// slice assignment, so any type providing those protocols works.
/// </summary>
public static class BytesLike
{
    public static bool Is(PyObject o) => o is PyBytes or PyByteArray or PyMemoryView or INativeBuffer;

    /// <summary>The contents of a bytes-like object; TypeError "a bytes-like object is required, not 'str'" otherwise.</summary>
    public static byte[] Read(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyByteArray or PyMemoryView or INativeBuffer && Ops.Call(PyTypes.Bytes, o) is PyBytes copy) return copy.Value;
        throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
    }

    /// <summary>Like <see cref="Read"/>, with the "argument must be read-only bytes-like object" style of message some functions use.</summary>
    public static byte[] Read(PyObject o, string error)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyByteArray or PyMemoryView or INativeBuffer && Ops.Call(PyTypes.Bytes, o) is PyBytes copy) return copy.Value;
        throw Errors.TypeError(error);
    }

    public static void RequireWritable(PyObject o, string what = "read-write bytes-like object")
    {
        if (o is not (PyByteArray or PyMemoryView or INativeBuffer)) throw Errors.TypeError($"{what} is required, not '{o.Type.Name}'");
    }

    public static int Length(PyObject o) => o is PyBytes b ? b.Value.Length : (int)Ops.Len(o);

    /// <summary>Copies data into target[offset:offset+len(data)] (target is a writable buffer of fixed size there).</summary>
    public static void WriteInto(PyObject target, int offset, ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return;
        var slice = new PySlice(PyInt.From(offset), PyInt.From(offset + data.Length), PyNone.Instance);
        Ops.SetItem(target, slice, new PyBytes(data.ToArray()));
    }
}
