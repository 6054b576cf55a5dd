using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Lib3;

public class HashlibTests
{
    private static readonly PyModule s_module = BuiltinModules.Create("_hashlib")!;

    private static PyObject Fn(string name) => s_module.Dict.GetItemOrNull(PyStr.Intern(name))!;

    private static PyObject B(string ascii) => PyBytes.From(System.Text.Encoding.ASCII.GetBytes(ascii));

    private static string Hex(PyObject hash, params PyObject[] args) => ((PyStr)Ops.CallMethod(hash, "hexdigest", args)).Value;

    private static string BytesHex(PyObject bytes) => Convert.ToHexStringLower(((PyBytes)bytes).Value);

    private static PyObject Call(PyObject f, params PyObject[] args) => Ops.Call(f, args);

    private static string Error(Action action)
    {
        var e = Assert.Throws<PyException>(action);
        return $"{e.Value.Type.Name}: {Ops.Str(e.Value)}";
    }

    [Theory]
    [InlineData("md5", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("sha1", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [InlineData("sha224", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")]
    [InlineData("sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("SHA384", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")]
    [InlineData("sha512", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")]
    public void DigestsOfAbc(string name, string expected)
    {
        Assert.Equal(expected, Hex(Ops.Call(Fn("new"), new PyStr(name), B("abc"))));
        var h = Ops.Call(Fn("new"), new PyStr(name));
        Ops.CallMethod(h, "update", B("a"));
        var copy = Ops.CallMethod(h, "copy");
        Ops.CallMethod(h, "update", B("bc"));
        Ops.CallMethod(copy, "update", B("bc"));
        Assert.Equal(expected, Hex(h));
        Assert.Equal(expected, Hex(copy));
        Assert.Equal(expected, Hex(h));
    }

    [Fact]
    public void Sha224PaddingBoundaries()
    {
        string Sha224(int n) => Hex(Ops.Call(Fn("openssl_sha224"), B(new string('a', n))));
        Assert.Equal("d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f", Sha224(0));
        Assert.Equal("fb0bd626a70c28541dfa781bb5cc4d7d7f56622a58f01a0b1ddd646f", Sha224(55));
        Assert.Equal("d40854fc9caf172067136f2e29e1380b14626bf6f0dd06779f820dcd", Sha224(56));
        Assert.Equal("4e8f0ce90b64661a2b5e84be6d93a7d9b76871062f1814433d04a03d", Sha224(1000));
    }

    [Fact]
    public void Attributes()
    {
        var h = Ops.Call(Fn("openssl_sha256"));
        Assert.Equal("sha256", Ops.Str(Ops.GetAttr(h, "name")));
        Assert.Equal(32, (int)((PyInt)Ops.GetAttr(h, "digest_size")).Value);
        Assert.Equal(64, (int)((PyInt)Ops.GetAttr(h, "block_size")).Value);
        Assert.StartsWith("<sha256 _hashlib.HASH object @ 0x", Ops.Repr(h));
        Assert.Equal("TypeError: Strings must be encoded before hashing", Error(() => Ops.CallMethod(h, "update", new PyStr("x"))));
        Assert.Equal("TypeError: object supporting the buffer API required", Error(() => Ops.CallMethod(h, "update", PyInt.From(1))));
        Assert.Equal("ValueError: unsupported hash type foo", Error(() => Ops.Call(Fn("new"), new PyStr("foo"))));
    }

    [Fact]
    public void Shake()
    {
        if (!System.Security.Cryptography.Shake128.IsSupported) return;
        var h = Ops.Call(Fn("openssl_shake_128"), B("abc"));
        Assert.Equal("5881092dd818bf5cf8a3", Hex(h, PyInt.From(10)));
        Assert.Equal(0, (int)((PyInt)Ops.GetAttr(h, "digest_size")).Value);
    }

    [Fact]
    public void Pbkdf2()
    {
        var f = Fn("pbkdf2_hmac");
        Assert.Equal("2abfac6a729e5abcc10c42850d51f912edf82c8cfb33d09a7e983c271d54d993",
            BytesHex(Call(f, new PyStr("sha256"), B("pw"), B("salt"), PyInt.From(100))));
        Assert.Equal("b8e31e344ce801deb392a5c306e21e6fe5c5c2c55f43e229be28d79bbc5c0071d44daf16e72dcbb4",
            BytesHex(Call(f, new PyStr("md5"), B("pw"), B("salt"), PyInt.From(100), PyInt.From(40))));
        var longKey = string.Concat(Enumerable.Repeat("pw", 50));
        Assert.Equal("4822a7885c8a144725fde361768c9d23f6562f84871e4a39cf6841fe",
            BytesHex(Call(f, new PyStr("sha224"), B(longKey), B("salt"), PyInt.From(3))));
        Assert.Equal("ValueError: iteration value must be greater than 0.",
            Error(() => Call(f, new PyStr("sha256"), B("pw"), B("salt"), PyInt.From(0))));
    }

    [Fact]
    public void CompareDigest()
    {
        var f = Fn("compare_digest");
        Assert.Same(PyBool.True, Ops.Call(f, B("abc"), B("abc")));
        Assert.Same(PyBool.False, Ops.Call(f, B("abc"), B("abd")));
        Assert.Same(PyBool.False, Ops.Call(f, B("abc"), B("ab")));
        Assert.Same(PyBool.True, Ops.Call(f, new PyStr("x"), new PyStr("x")));
        Assert.Equal("TypeError: unsupported operand types(s) or combination of types: 'str' and 'bytes'",
            Error(() => Ops.Call(f, new PyStr("x"), B("x"))));
        Assert.Equal("TypeError: comparing strings with non-ASCII characters is not supported",
            Error(() => Ops.Call(f, new PyStr("é"), new PyStr("x"))));
    }
}
