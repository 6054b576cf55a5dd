using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.SystemModules.ModuleHelpers;

namespace Skein.Tests.SystemModules;

public class StructTests
{
    private static byte[] Pack(string fmt, params PyObject[] values) => Bytes(Call("_struct", "pack", [S(fmt), .. values]));
    private static PyObject[] Unpack(string fmt, byte[] data) => ((PyTuple)Call("_struct", "unpack", S(fmt), new PyBytes(data))).Items;
    private static byte[] H(string hex) => Convert.FromHexString(hex);

    private static void Error(string message, Action action)
    {
        var e = Raises(StructModule.ErrorType, action);
        Assert.Equal(message, Str(e.Args[0]));
    }

    [Fact]
    public void PackMatchesCPython()
    {
        Assert.Equal(H("01000200030000000400000000000000"), Pack("@bhiq", I(1), I(2), I(3), I(4)));
        Assert.Equal(H("010002000000030000000000000004"), Pack(">bhiq", I(1), I(2), I(3), I(4)));
        Assert.Equal(H("6162000000"), Pack("5s", B("ab")));
        Assert.Equal(H("0261620000"), Pack("5p", B("ab")));
        Assert.Equal(H("0000616263"), Pack("?x3c", PyBool.False, B("a"), B("b"), B("c")));
        Assert.Equal(H("003ECDCCCC3D9A9999999999B93F"), Pack("<efd", new PyFloat(1.5), new PyFloat(0.1), new PyFloat(0.1)));
        Assert.Equal(H("0000807F"), Pack("f", new PyFloat(1e300)));
        Assert.Equal(H("FFFFFFFFFFFFFFFF"), Pack("P", I(-1)));
        Assert.Equal(H("007E"), Pack("e", Attr("math", "nan")));
        Assert.Equal(H("FF7B"), Pack("e", new PyFloat(65519.0)));
        Assert.Equal(H("0001"), Pack("!h", I(1)));
        Assert.Equal(H("01000000"), Pack("i", PyBool.True));
        Assert.Equal(H("000000000000F07F"), Pack("<d", new PyFloat(double.PositiveInfinity)));
        Assert.Empty(Pack("0s", B("a")));
        Assert.Equal(H("00"), Pack("x"));
    }

    [Fact]
    public void UnpackAndSizes()
    {
        var v = Unpack("<efd", H("003ECDCCCC3D9A9999999999B93F"));
        Assert.Equal(1.5, D(v[0]));
        Assert.Equal(0.10000000149011612, D(v[1]));
        Assert.Equal(0.1, D(v[2]));
        Assert.Equal("abcd", System.Text.Encoding.ASCII.GetString(Bytes(Unpack("5p", H("0961626364"))[0])));
        Assert.Same(PyBool.True, Unpack("?", [5])[0]);
        Assert.Equal(-1, L(Unpack("<h", [0xFF, 0xFF])[0]));
        Assert.Equal(65535, L(Unpack("<H", [0xFF, 0xFF])[0]));
        Assert.Equal(ulong.MaxValue, (ulong)((PyInt)Unpack("Q", H("FFFFFFFFFFFFFFFF"))[0]).Value);
        Assert.True(double.IsPositiveInfinity(D(Unpack("<e", [0x00, 0x7C])[0])));
        Assert.Empty(Unpack("2x", B("ab").Value));
        Assert.Equal(8, L(Call("_struct", "calcsize", S("@bi"))));
        Assert.Equal(5, L(Call("_struct", "calcsize", S("=bi"))));
        Assert.Equal(16, L(Call("_struct", "calcsize", S("bq0i"))));
        Assert.Equal(8, L(Call("_struct", "calcsize", S("ci"))));
        Assert.Equal(5, L(Call("_struct", "calcsize", S("ic"))));
        Assert.Equal(8, L(Call("_struct", "calcsize", B("P"))));
        var st = Ops.Call(StructModule.StructType, S("<i"));
        Assert.Equal("<i", Str(Ops.GetAttr(st, "format")));
        Assert.Equal(4, L(Ops.GetAttr(st, "size")));
        Assert.Equal(H("05000000"), Bytes(Ops.CallMethod(st, "pack", I(5))));
        Assert.Equal(5, L(((PyTuple)Ops.CallMethod(st, "unpack_from", B(H("0005000000")), I(1))).Items[0]));
        var it = Call("_struct", "iter_unpack", S("<h"), B(H("01000200")));
        Assert.Equal(2, L(Ops.CallMethod(it, "__length_hint__")));
        Assert.Equal(1, L(((PyTuple)Ops.Next(it)!).Items[0]));
        Assert.Equal(2, L(((PyTuple)Ops.Next(it)!).Items[0]));
        Assert.Null(Ops.Next(it));
    }

    [Fact]
    public void ErrorsMatchCPython()
    {
        Error("byte format requires -128 <= number <= 127", () => Pack("b", I(200)));
        Error("ubyte format requires 0 <= number <= 255", () => Pack("<B", I(-1)));
        Error("short format requires -32768 <= number <= 32767", () => Pack("<h", I(70000)));
        Error("ushort format requires 0 <= number <= 65535", () => Pack("H", I(-1)));
        Error("'i' format requires -2147483648 <= number <= 2147483647", () => Pack("i", I(1L << 40)));
        Error("'l' format requires -2147483648 <= number <= 2147483647", () => Pack("<l", I(1L << 40)));
        Error("'I' format requires 0 <= number <= 4294967295", () => Pack("I", I(1L << 33)));
        Error("argument out of range", () => Pack("I", I(-1)));
        Error("argument out of range", () => Pack("q", PyInt.From(System.Numerics.BigInteger.Pow(2, 70))));
        Error("argument out of range", () => Pack("<Q", I(-1)));
        Error("bad char in struct format", () => Pack("<n", I(1)));
        Error("bad char in struct format", () => Pack(" < 2 i", I(1), I(2)));
        Error("bad char in struct format", () => Pack("z", I(1)));
        Error("repeat count given without format specifier", () => Pack("3", I(1)));
        Error("required argument is not an integer", () => Pack("i", S("x")));
        Error("required argument is not an integer", () => Pack("i", new PyFloat(1.5)));
        Error("required argument is not a float", () => Pack("f", S("x")));
        Error("char format requires a bytes object of length 1", () => Pack("c", B("ab")));
        Error("argument for 's' must be a bytes object", () => Pack("s", S("x")));
        Error("pack expected 1 items for packing (got 0)", () => Pack("i"));
        Error("pack expected 2 items for packing (got 1)", () => Pack("2i", I(1)));
        Error("unpack requires a buffer of 4 bytes", () => Unpack("i", B("abc").Value));
        Error("unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes at offset 1 (actual buffer size is 3)",
            () => Call("_struct", "unpack_from", S("i"), B("abc"), I(1)));
        Error("not enough data to unpack 4 bytes at offset -2", () => Call("_struct", "unpack_from", S("i"), B("abcdef"), I(-2)));
        Error("offset -10 out of range for 6-byte buffer", () => Call("_struct", "unpack_from", S("i"), B("abcdef"), I(-10)));
        Error("iterative unpacking requires a buffer of a multiple of 4 bytes", () => Call("_struct", "iter_unpack", S("i"), B("abcde")));
        Error("cannot iteratively unpack with a struct of length 0", () => Call("_struct", "iter_unpack", S(""), B("")));
        Error("total struct size too long", () => Call("_struct", "calcsize", S("1000000000000000000000i")));
        var e = Raises(PyExc.OverflowError, () => Pack("e", new PyFloat(1e10)));
        Assert.Equal("float too large to pack with e format", Str(e.Args[0]));
        e = Raises(PyExc.OverflowError, () => Pack("<f", new PyFloat(1e300)));
        Assert.Equal("float too large to pack with f format", Str(e.Args[0]));
        e = Raises(PyExc.TypeError, () => Call("_struct", "pack_into", S("i"), B("123456"), I(0), I(5)));
        Assert.Equal("argument must be read-write bytes-like object, not bytes", Str(e.Args[0]));
        e = Raises(PyExc.TypeError, () => Ops.Call(StructModule.StructType, I(5)));
        Assert.Equal("Struct() argument 1 must be a str or bytes object, not int", Str(e.Args[0]));
        Assert.True(StructModule.ErrorType.IsSubtypeOf(PyExc.Exception));
    }
}
