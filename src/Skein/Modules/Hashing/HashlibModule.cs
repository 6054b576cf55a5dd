using System.Security.Cryptography;

namespace Skein.Modules.Hashing;

/// <summary>
/// _hashlib: digest objects (md5, sha1, sha2, and sha3/shake where the platform has them), pbkdf2_hmac and
/// compare_digest. hashlib.py and hmac.py are built on it.
/// </summary>
[BuiltinModule("_hashlib")]
public static class HashlibModule
{
    public static void Init(PyModule m)
    {
        m.Set("HASH", PyHash.HashType);
        m.Set("HASHXOF", PyHash.HashXofType);
        m.DefFunction("new", (args, kw) =>
        {
            var a = ArgParser.Parse("new", args, kw, ["name", "string", "usedforsecurity", "data"], 1, keywordOnlyFrom: 2);
            if (a[0] is not PyStr name) throw Errors.TypeError($"new() argument 'name' must be str, not {a[0]!.Type.Name}");
            var algorithm = HashAlgorithms.Find(name.Value) ?? throw Errors.ValueError($"unsupported hash type {name.Value}");
            return PyHash.Create(algorithm, DataArgument(a[1], a[3]));
        }, "Return a new hash object using the named algorithm; optionally initialized with data (which must be a bytes-like object).");
        var names = new List<PyObject>();
        foreach (var algorithm in HashAlgorithms.All)
        {
            var alg = algorithm;
            var fname = "openssl_" + alg.Name;
            m.DefFunction(fname, (args, kw) =>
            {
                var a = ArgParser.Parse(fname, args, kw, ["string", "usedforsecurity", "data"], 0, keywordOnlyFrom: 1);
                return PyHash.Create(alg, DataArgument(a[0], a[2]));
            }, $"Returns a {alg.Name} hash object; optionally initialized with a string");
            names.Add(new PyStr(alg.Name));
        }
        m.Set("openssl_md_meth_names", Ops.Call(PyTypes.FrozenSet, new PyList(names)));
        m.DefFunction("get_fips_mode", (_, _) => PyInt.From(0));
        m.DefFunction("pbkdf2_hmac", Pbkdf2Hmac, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.");
        m.DefFunction("compare_digest", CompareDigest, "Return 'a == b'.\n\nThis function uses an approach designed to prevent timing analysis, making it appropriate for cryptography.");
    }

    private static PyObject? DataArgument(PyObject? positional, PyObject? keyword)
    {
        if (positional != null && keyword != null)
            throw Errors.TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
        return positional ?? keyword;
    }

    private static PyObject Pbkdf2Hmac(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("pbkdf2_hmac", args, kwargs, ["hash_name", "password", "salt", "iterations", "dklen"], 4);
        if (a[0] is not PyStr name) throw Errors.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {a[0]!.Type.Name}");
        var password = RequireBuffer(a[1]!).ToArray();
        var salt = RequireBuffer(a[2]!).ToArray();
        if (a[3] is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        if (!Ops.Index(a[3]!).TryGetLong(out var iterations) || iterations > uint.MaxValue)
            throw Errors.OverflowError("iteration value is too great.");
        if (iterations < 1) throw Errors.ValueError("iteration value must be greater than 0.");
        var algorithm = HashAlgorithms.Find(name.Value);
        if (algorithm == null || algorithm.IsXof) throw Errors.ValueError($"unsupported hash type {name.Value}");
        long dklen = algorithm.DigestSize;
        if (a[4] is { } d and not PyNone)
        {
            if (d is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
            if (!Ops.Index(d).TryGetLong(out dklen) || dklen > int.MaxValue) throw Errors.OverflowError("key length is too great.");
            if (dklen < 1) throw Errors.ValueError("key length must be greater than 0.");
        }
        if (algorithm.Platform is { } platform && platform != HashAlgorithmName.MD5 && iterations <= int.MaxValue)
            return PyBytes.From(Rfc2898DeriveBytes.Pbkdf2(password, salt, (int)iterations, platform, (int)dklen));
        return PyBytes.From(Pbkdf2(algorithm, password, salt, iterations, (int)dklen));
    }

    private static ReadOnlySpan<byte> RequireBuffer(PyObject o)
    {
        if (Objects.Text.Buffers.TryGetBytes(o, out var bytes)) return bytes;
        throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
    }

    /// <summary>RFC 8018 PBKDF2 over HMAC (RFC 2104) for the digests .NET's Pbkdf2 does not take.</summary>
    private static byte[] Pbkdf2(HashAlgorithm algorithm, byte[] password, byte[] salt, long iterations, int length)
    {
        var (inner, outer) = HmacStates(algorithm, password);
        var result = new byte[length];
        var block = new byte[algorithm.DigestSize];
        var counter = new byte[4];
        for (uint index = 1, offset = 0; offset < length; index++)
        {
            counter[0] = (byte)(index >> 24);
            counter[1] = (byte)(index >> 16);
            counter[2] = (byte)(index >> 8);
            counter[3] = (byte)index;
            var u = Hmac(inner, outer, salt, counter);
            u.CopyTo(block, 0);
            for (long i = 1; i < iterations; i++)
            {
                u = Hmac(inner, outer, u, []);
                for (var j = 0; j < block.Length; j++) block[j] ^= u[j];
            }
            var take = Math.Min(block.Length, length - (int)offset);
            block.AsSpan(0, take).CopyTo(result.AsSpan((int)offset));
            offset += (uint)take;
        }
        return result;
    }

    private static (HashState Inner, HashState Outer) HmacStates(HashAlgorithm algorithm, byte[] key)
    {
        if (key.Length > algorithm.BlockSize)
        {
            var k = algorithm.Create();
            k.Update(key);
            key = k.Digest();
        }
        var pad = new byte[algorithm.BlockSize];
        key.CopyTo(pad, 0);
        var inner = algorithm.Create();
        var outer = algorithm.Create();
        for (var i = 0; i < pad.Length; i++) pad[i] ^= 0x36;
        inner.Update(pad);
        for (var i = 0; i < pad.Length; i++) pad[i] ^= 0x36 ^ 0x5c;
        outer.Update(pad);
        return (inner, outer);
    }

    private static byte[] Hmac(HashState inner, HashState outer, ReadOnlySpan<byte> message, ReadOnlySpan<byte> more)
    {
        var i = inner.Clone();
        i.Update(message);
        i.Update(more);
        var o = outer.Clone();
        o.Update(i.Digest());
        return o.Digest();
    }

    private static PyObject CompareDigest(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        ArgParser.NoKeywords("compare_digest", kwargs);
        ArgParser.Exactly("compare_digest", args, 2);
        PyObject a = args[0], b = args[1];
        if (a is PyStr sa && b is PyStr sb)
        {
            if (!IsAscii(sa.Value) || !IsAscii(sb.Value))
                throw Errors.TypeError("comparing strings with non-ASCII characters is not supported");
            return PyBool.From(FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(sa.Value), System.Text.Encoding.ASCII.GetBytes(sb.Value)));
        }
        if (a is PyStr || b is PyStr || !Objects.Text.Buffers.TryGetBytes(a, out var ba) || !Objects.Text.Buffers.TryGetBytes(b, out var bb))
            throw Errors.TypeError($"unsupported operand types(s) or combination of types: '{a.Type.Name}' and '{b.Type.Name}'");
        return PyBool.From(FixedTimeEquals(ba, bb));
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
            if (c > 127) return false;
        return true;
    }

    /// <summary>Equality whose time depends only on the length of b, as CPython's _tscmp.</summary>
    private static bool FixedTimeEquals(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        a.Length == b.Length ? CryptographicOperations.FixedTimeEquals(a, b) : !CryptographicOperations.FixedTimeEquals(b, b);
}
