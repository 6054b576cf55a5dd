namespace Skein.Modules.Hashing;

/// <summary>
/// _hashlib.HASH (and HASHXOF for SHAKE): a digest in progress. Each object has its own lock, so updates
/// from several threads are serialized as CPython's per-object lock does.
/// </summary>
public sealed class PyHash : PyObject
{
    public static readonly PyType HashType = PyTypes.Define("HASH", null, t => InitType(t, false), module: "_hashlib");
    public static readonly PyType HashXofType = PyTypes.Define("HASHXOF", HashType, t => InitType(t, true), module: "_hashlib");

    private readonly Lock _lock = new();
    private readonly HashState _state;
    public readonly HashAlgorithm Algorithm;

    public PyHash(HashAlgorithm algorithm, HashState state) : base(algorithm.IsXof ? HashXofType : HashType)
    {
        Algorithm = algorithm;
        _state = state;
    }

    public static PyHash Create(HashAlgorithm algorithm, PyObject? data)
    {
        var h = new PyHash(algorithm, algorithm.Create());
        if (data != null) h.Update(data);
        return h;
    }

    public void Update(PyObject data)
    {
        var bytes = DataArgument(data);
        lock (_lock) _state.Update(bytes);
    }

    public byte[] Digest(int length = 0)
    {
        lock (_lock) return _state.Digest(length);
    }

    /// <summary>The bytes of a data argument, with the TypeErrors hashlib raises for str and for non-buffers.</summary>
    public static ReadOnlySpan<byte> DataArgument(PyObject data)
    {
        if (Objects.Text.Buffers.TryGetBytes(data, out var bytes)) return bytes;
        if (data is PyStr) throw Errors.TypeError("Strings must be encoded before hashing");
        throw Errors.TypeError("object supporting the buffer API required");
    }

    private static PyHash Self(PyObject o) => o as PyHash ?? throw Errors.TypeError($"descriptor requires a '_hashlib.HASH' object but received '{o.Type.Name}'");

    private static int XofLength(string method, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse(method, args, kwargs, ["length"], 1);
        var length = Ops.Index(a[0]!);
        if (!length.TryGetLong(out var n) || n > int.MaxValue) throw Errors.ValueError("length is too large");
        if (n < 0) throw Errors.ValueError("value must be positive");
        return (int)n;
    }

    private static void InitType(PyType t, bool xof)
    {
        if (!xof)
        {
            t.Repr = self => new PyStr($"<{Self(self).Algorithm.Name} _hashlib.HASH object @ 0x{Ops.Id(self):x}>");
            t.DefMethod("update", (self, args, kw) =>
            {
                ArgParser.NoKeywords("update", kw);
                ArgParser.Exactly("update", args, 1);
                Self(self).Update(args[0]);
                return PyNone.Instance;
            }, "Update this hash object's state with the provided string.");
            t.DefMethod("copy", (self, args, _) =>
            {
                ArgParser.Exactly("copy", args, 0);
                var h = Self(self);
                lock (h._lock) return new PyHash(h.Algorithm, h._state.Clone());
            }, "Return a copy of the hash object.");
            t.DefGetter("name", self => new PyStr(Self(self).Algorithm.Name));
            t.DefGetter("digest_size", self => PyInt.From(Self(self).Algorithm.DigestSize));
            t.DefGetter("block_size", self => PyInt.From(Self(self).Algorithm.BlockSize));
        }
        if (xof)
        {
            t.DefMethod("digest", (self, args, kw) => PyBytes.From(Self(self).Digest(XofLength("digest", args, kw))),
                "Return the digest value as a bytes object.");
            t.DefMethod("hexdigest", (self, args, kw) => new PyStr(Convert.ToHexStringLower(Self(self).Digest(XofLength("hexdigest", args, kw)))),
                "Return the digest value as a string of hexadecimal digits.");
        }
        else
        {
            t.DefMethod("digest", (self, args, _) =>
            {
                ArgParser.Exactly("digest", args, 0);
                return PyBytes.From(Self(self).Digest());
            }, "Return the digest value as a bytes object.");
            t.DefMethod("hexdigest", (self, args, _) =>
            {
                ArgParser.Exactly("hexdigest", args, 0);
                return new PyStr(Convert.ToHexStringLower(Self(self).Digest()));
            }, "Return the digest value as a string of hexadecimal digits.");
        }
    }
}
