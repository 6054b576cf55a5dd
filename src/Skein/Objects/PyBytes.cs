using Skein.Objects.Text;

namespace Skein.Objects;

/// <summary>Python bytes: an immutable byte array (never mutated after construction). The hash is cached.</summary>
public class PyBytes : PyObject
{
    public readonly byte[] Value;
    private long _hash;
    private volatile bool _hashed;

    public PyBytes(byte[] value) : base(PyTypes.Bytes) => Value = value;
    public PyBytes(PyType type, byte[] value) : base(type) => Value = value;

    public static readonly PyBytes Empty = new([]);

    public static PyBytes From(ReadOnlySpan<byte> value) => value.Length == 0 ? Empty : new PyBytes(value.ToArray());

    /// <summary>Consistent with equality (bytes == bytes compares contents); bytearray, equal to bytes, is unhashable.</summary>
    public long Hash()
    {
        if (!_hashed)
        {
            var hc = new HashCode();
            hc.AddBytes(Value);
            var h = (long)hc.ToHashCode();
            _hash = h == -1 ? -2 : h;
            _hashed = true;
        }
        return _hash;
    }

    internal static void InitType(PyType t)
    {
        t.Repr = self => new PyStr(ByteText.Repr(((PyBytes)self).Value));
        t.Hash = self => ((PyBytes)self).Hash();
        t.RichCompare = BytesType.Compare;
        t.Len = self => ((PyBytes)self).Value.Length;
        t.Contains = (self, item) => BytesType.Contains(((PyBytes)self).Value, item);
        t.GetItem = (self, key) => BytesType.GetItem(self, ((PyBytes)self).Value, key, "byte", "index out of range");
        t.Iter = self => new BytesIterator(self);
        t.Number[(int)BinaryOp.Add] = (a, b) => BytesType.Concat(a, b);
        t.Number[(int)BinaryOp.Mul] = (a, b) => BytesType.Repeat(a, b, mutable: false);
        t.Number[(int)BinaryOp.Mod] = (a, b) => a is PyBytes s ? new PyBytes(PercentFormat.FormatBytes(s.Value, b)) : PyNotImplemented.Instance;
        t.New = BytesType.NewBytes;
        t.DefMethod("__getnewargs__", (self, args, kw) =>
        {
            MethodArgs.None("bytes.__getnewargs__", args, kw);
            return PyTuple.Create(new PyBytes(((PyBytes)self).Value));
        });
        t.DefMethod("__bytes__", (self, args, kw) =>
        {
            MethodArgs.None("bytes.__bytes__", args, kw);
            return ReferenceEquals(self.Type, PyTypes.Bytes) ? self : new PyBytes(((PyBytes)self).Value);
        });
        BytesMethods.Define(t, "bytes", mutable: false);
    }
}

/// <summary>An instance of a Python subclass of bytes, which carries an instance dict.</summary>
public sealed class PyBytesSubclassInstance : PyBytes
{
    private PyDict? _dict;

    public PyBytesSubclassInstance(PyType type, byte[] value) : base(type, value)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }
}
