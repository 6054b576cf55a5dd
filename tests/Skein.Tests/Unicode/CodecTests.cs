using System.Text;
using Skein.Objects.Text;
using Xunit;

namespace Skein.Tests.Unicode;

/// <summary>The escape and cp1252 codecs and the namereplace handler, against CPython 3.11.</summary>
public class CodecTests
{
    private static string Latin1(byte[] b) => Encoding.Latin1.GetString(b);

    [Fact]
    public void UnicodeEscapeEncode() =>
        Assert.Equal("a\\t\\n\\r\\\\'\"\\x00\\x7f\\xe9\\u20ac\\U0001f389",
            Latin1(Codecs.Encode("a\t\n\r\\'\"\0\x7f\u00e9\u20ac\U0001F389", "unicode_escape", "strict")));

    [Fact]
    public void RawUnicodeEscapeEncode() =>
        Assert.Equal("a\\\0\u00e9\\u20ac\\U0001f389", Latin1(Codecs.Encode("a\\\0\u00e9\u20ac\U0001F389", "raw-unicode-escape", "strict")));

    [Theory]
    [InlineData("\\x41\\u00e9\\U0001f389\\N{EURO SIGN}\\101\\q\\\n", "A\u00e9\U0001F389\u20acA\\q")]
    [InlineData("\\N{latin small letter a}\\N{HANGUL SYLLABLE GA}", "a\uac00")]
    [InlineData("\u00ff\\'\\\"\\a", "\u00ff'\"\a")]
    public void UnicodeEscapeDecode(string input, string expected) =>
        Assert.Equal(expected, Codecs.Decode(Encoding.Latin1.GetBytes(input), "unicode_escape", "strict"));

    [Theory]
    [InlineData("\\x4", "replace", "\ufffd")]
    [InlineData("\\u12x", "replace", "\ufffdx")]
    [InlineData("\\N{nope}!", "ignore", "!")]
    [InlineData("ab\\", "backslashreplace", "ab\\x5c")]
    public void UnicodeEscapeErrors(string input, string errors, string expected) =>
        Assert.Equal(expected, Codecs.Decode(Encoding.Latin1.GetBytes(input), "unicode_escape", errors));

    [Theory]
    [InlineData("\\\\u0041", "\\\\u0041")]
    [InlineData("\\\\\\u0041", "\\\\A")]
    [InlineData("\\x41\\", "\\x41\\")]
    [InlineData("\\u00e9\u00ff", "\u00e9\u00ff")]
    public void RawUnicodeEscapeDecode(string input, string expected) =>
        Assert.Equal(expected, Codecs.Decode(Encoding.Latin1.GetBytes(input), "raw_unicode_escape", "strict"));

    [Fact]
    public void Cp1252()
    {
        Assert.Equal([0x80, 0x9F, 0xFF, 0x41], Codecs.Encode("\u20ac\u0178\u00ffA", "windows-1252", "strict"));
        Assert.Equal("\u20ac\ufffd", Codecs.Decode([0x80, 0x81], "cp1252", "replace"));
        Assert.Equal("?", Latin1(Codecs.Encode("\u0081", "cp1252", "replace")));
    }

    [Fact]
    public void NameReplace() =>
        Assert.Equal("a\\N{EURO SIGN}\\U000e0000\\N{HANGUL SYLLABLE GA}\\N{CJK UNIFIED IDEOGRAPH-4E00}",
            Latin1(Codecs.Encode("a\u20ac\U000E0000\uac00\u4e00", "ascii", "namereplace")));
}
