namespace Skein.Objects.Text;

public static partial class Codecs
{
    /// <summary>The reason CPython's charmap codecs give for a byte or character outside the code page.</summary>
    private const string Undefined = "character maps to <undefined>";

    // cp1252 differs from Latin-1 only in 0x80-0x9F; -1 marks the five bytes it leaves undefined.
    private static readonly int[] s_cp1252High =
    [
        0x20AC, -1, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017D, -1,
        -1, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, -1, 0x017E, 0x0178,
    ];

    private static int Cp1252Char(byte b) => b is >= 0x80 and < 0xA0 ? s_cp1252High[b - 0x80] : b;

    /// <summary>The cp1252 byte for a code point, or -1 when the code page has none.</summary>
    private static int Cp1252Byte(int cp)
    {
        if (cp < 0x80 || cp is >= 0xA0 and < 0x100) return cp;
        var i = Array.IndexOf(s_cp1252High, cp);
        return i >= 0 ? 0x80 + i : -1;
    }
}
