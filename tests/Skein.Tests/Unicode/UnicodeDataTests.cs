using Skein.Objects.Text;
using Xunit;

namespace Skein.Tests.Unicode;

/// <summary>The Unicode 14 name and property tables and normalization, against CPython 3.11's unicodedata.</summary>
public class UnicodeDataTests
{
    [Theory]
    [InlineData(0x41, "LATIN CAPITAL LETTER A")]
    [InlineData(0xE9, "LATIN SMALL LETTER E WITH ACUTE")]
    [InlineData(0x20AC, "EURO SIGN")]
    [InlineData(0x1F600, "GRINNING FACE")]
    [InlineData(0x4E00, "CJK UNIFIED IDEOGRAPH-4E00")]
    [InlineData(0x2A6DF, "CJK UNIFIED IDEOGRAPH-2A6DF")]
    [InlineData(0xF900, "CJK COMPATIBILITY IDEOGRAPH-F900")]
    [InlineData(0xAC00, "HANGUL SYLLABLE GA")]
    [InlineData(0xD4DB, "HANGUL SYLLABLE PWILH")]
    [InlineData(0xD7A3, "HANGUL SYLLABLE HIH")]
    public void NamesRoundTrip(int cp, string name)
    {
        Assert.Equal(name, CharacterNames.NameOf(cp));
        Assert.True(CharacterNames.TryLookup(name, out var back));
        Assert.Equal(cp, back);
    }

    [Theory]
    [InlineData(0x0)]
    [InlineData(0x378)]
    [InlineData(0xD800)]
    [InlineData(0xE000)]
    [InlineData(0x10FFFF)]
    public void UnnamedCharacters(int cp) => Assert.Null(CharacterNames.NameOf(cp));

    [Theory]
    [InlineData("latin small letter a", 0x61)]
    [InlineData("BYTE ORDER MARK", 0xFEFF)]
    [InlineData("TAB", 0x9)]
    [InlineData("NULL", 0x0)]
    [InlineData("LATIN CAPITAL LETTER GHA", 0x1A2)]
    public void AliasesAndCaseInsensitiveNames(string name, int cp)
    {
        Assert.True(CharacterNames.TryLookup(name, out var found));
        Assert.Equal(cp, found);
    }

    [Theory]
    [InlineData("CJK UNIFIED IDEOGRAPH-4e00")]
    [InlineData("hangul syllable ga")]
    [InlineData("HANGUL SYLLABLE GAX")]
    [InlineData("LATIN SMALL LETTER R WITH TILDE")]
    [InlineData("NO SUCH CHARACTER")]
    [InlineData("")]
    public void UnknownNames(string name) => Assert.False(CharacterNames.TryLookup(name, out _));

    [Fact]
    public void NamedSequencesOnlyThroughLookup() =>
        Assert.Equal("r\u0303", CharacterNames.Lookup("LATIN SMALL LETTER R WITH TILDE"));

    [Fact]
    public void Properties()
    {
        var e = CharacterDatabase.Get(0xE9);
        Assert.Equal(("Ll", "L", 0, "A", false, "0065 0301"), (e.Category, e.Bidirectional, e.Combining, e.EastAsianWidth, e.Mirrored, e.Decomposition));
        var half = CharacterDatabase.Get(0xBD);
        Assert.Equal((-1, -1, 0.5), (half.Decimal, half.Digit, half.Numeric));
        Assert.Equal((-1, 2), (CharacterDatabase.Get(0xB2).Decimal, CharacterDatabase.Get(0xB2).Digit));
        Assert.Equal(230, CharacterDatabase.Get(0x301).Combining);
        Assert.True(CharacterDatabase.Get('(').Mirrored);
        Assert.Equal(("Cn", "", "F"), (CharacterDatabase.Get(0x30000 - 2).Category, CharacterDatabase.Get(0x378).Bidirectional, CharacterDatabase.Get(0x3FFFD).EastAsianWidth));
    }

    [Theory]
    [InlineData("e\u0301", true, false, "\u00e9")]
    [InlineData("\u00e9", false, false, "e\u0301")]
    [InlineData("a\u0323\u0301", true, false, "\u1ea1\u0301")]
    [InlineData("e\u0301\u0323", false, false, "e\u0323\u0301")]
    [InlineData("\u1100\u1161\u11a8", true, false, "\uac01")]
    [InlineData("\uac01", false, false, "\u1100\u1161\u11a8")]
    [InlineData("\ufb01", true, true, "fi")]
    [InlineData("\ufb01", true, false, "\ufb01")]
    [InlineData("\u0958", true, false, "\u0915\u093c")]
    [InlineData("a\ud800\u0301", true, false, "a\ud800\u0301")]
    [InlineData("\u2460", false, true, "1")]
    public void Normalize(string input, bool compose, bool compatibility, string expected) =>
        Assert.Equal(expected, Normalization.Normalize(input, compose, compatibility));

    [Fact]
    public void NormalizedTextIsReturnedItself()
    {
        var s = "caf\u00e9 \u65e5\u672c";
        Assert.Same(s, Normalization.Normalize(s, compose: true, compatibility: false));
    }
}
