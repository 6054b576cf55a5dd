using Skein.Objects;
using Skein.Objects.Text;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Unicode;

/// <summary>memoryview's item formats, against CPython 3.11's memoryview.cast results.</summary>
public class MemoryFormatTests
{
    [Theory]
    [InlineData("B", 1)]
    [InlineData("@h", 2)]
    [InlineData("i", 4)]
    [InlineData("l", 8)]
    [InlineData("d", 8)]
    [InlineData("?", 1)]
    [InlineData("<h", -1)]
    [InlineData("x", -1)]
    [InlineData("hh", -1)]
    public void ItemSizes(string format, int size) => Assert.Equal(size, MemoryFormat.ItemSize(format));

    [Fact]
    public void UnpackNativeOrder()
    {
        Assert.Equal("-2", Ops.Repr(MemoryFormat.Unpack("i", [0xFE, 0xFF, 0xFF, 0xFF])));
        Assert.Equal("18446744073709551615", Ops.Repr(MemoryFormat.Unpack("Q", [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])));
        Assert.Equal("b'a'", Ops.Repr(MemoryFormat.Unpack("c", [0x61])));
        Assert.Equal("True", Ops.Repr(MemoryFormat.Unpack("?", [2])));
        Assert.Equal("1.5", Ops.Repr(MemoryFormat.Unpack("f", [0, 0, 0xC0, 0x3F])));
    }

    [Fact]
    public void PackChecksTypeAndRange()
    {
        var buffer = new byte[8];
        MemoryFormat.Pack("h", PyInt.From(-1), buffer);
        Assert.Equal([0xFF, 0xFF], buffer[..2]);
        var range = Assert.Throws<PyException>(() => MemoryFormat.Pack("B", PyInt.From(256), new byte[8]));
        Assert.Equal("memoryview: invalid value for format 'B'", Ops.StrObj(range.Value).Value);
        var type = Assert.Throws<PyException>(() => MemoryFormat.Pack("i", new PyStr("a"), new byte[8]));
        Assert.Equal("memoryview: invalid type for format 'i'", Ops.StrObj(type.Value).Value);
    }
}
