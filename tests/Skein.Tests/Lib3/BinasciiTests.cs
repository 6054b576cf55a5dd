using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Lib3;

public class BinasciiTests
{
    private static readonly PyModule s_module = BuiltinModules.Create("binascii")!;

    private static PyObject B(string ascii) => PyBytes.From(System.Text.Encoding.ASCII.GetBytes(ascii));

    private static PyObject Call(string name, params PyObject[] args) => Ops.Call(s_module.Dict.GetItemOrNull(PyStr.Intern(name))!, args);

    private static string Text(PyObject bytes) => System.Text.Encoding.Latin1.GetString(((PyBytes)bytes).Value);

    private static string Error(Action action)
    {
        var e = Assert.Throws<PyException>(action);
        return $"{e.Value.Type.Name}: {Ops.Str(e.Value)}";
    }

    [Fact]
    public void Base64Decoding()
    {
        Assert.Equal("a", Text(Call("a2b_base64", B("YQ==YQ=="))));
        Assert.Equal("a", Text(Call("a2b_base64", B("Y Q = ="))));
        Assert.Equal("abc", Text(Call("a2b_base64", new PyStr("YWJj\n"))));
        Assert.Equal("abc", Text(Call("a2b_base64", B("YW=Jj"))));
        Assert.Equal("a", Text(Call("a2b_base64", B("=YQ=="))));
        Assert.Equal("Error: Incorrect padding", Error(() => Call("a2b_base64", B("YQ"))));
        Assert.Equal("Error: Incorrect padding", Error(() => Call("a2b_base64", B("YQ=a"))));
        Assert.Equal("Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4",
            Error(() => Call("a2b_base64", B("YWJjZ"))));
    }

    [Fact]
    public void Base64Encoding()
    {
        Assert.Equal("YWJj\n", Text(Call("b2a_base64", B("abc"))));
        Assert.Equal("TypeError: a bytes-like object is required, not 'str'", Error(() => Call("b2a_base64", new PyStr("x"))));
    }

    [Fact]
    public void Hex()
    {
        Assert.Equal("61626364", Text(Call("hexlify", B("abcd"))));
        Assert.Equal("61-62-63-64", Text(Call("hexlify", B("abcd"), new PyStr("-"))));
        Assert.Equal("61:6263:6465", Text(Call("hexlify", B("abcde"), B(":"), PyInt.From(2))));
        Assert.Equal("6162:6364:65", Text(Call("hexlify", B("abcde"), new PyStr(":"), PyInt.From(-2))));
        Assert.Equal("ab", Text(Call("unhexlify", new PyStr("6162"))));
        Assert.Equal("Error: Odd-length string", Error(() => Call("unhexlify", new PyStr("abc"))));
        Assert.Equal("Error: Non-hexadecimal digit found", Error(() => Call("unhexlify", new PyStr("zz"))));
        Assert.Equal("ValueError: string argument should contain only ASCII characters", Error(() => Call("a2b_hex", new PyStr("é"))));
    }

    [Fact]
    public void Checksums()
    {
        Assert.Equal(907060870, (long)((PyInt)Call("crc32", B("hello"))).Value);
        Assert.Equal(222957957, (long)((PyInt)Call("crc32", B("world"), Call("crc32", B("hello ")))).Value);
        Assert.Equal(50018, (long)((PyInt)Call("crc_hqx", B("hello"), PyInt.From(0))).Value);
        Assert.Equal(7791, (long)((PyInt)Call("crc_hqx", B("x"), PyInt.From(0xffff))).Value);
    }
}
