namespace Skein.Objects.Text;

/// <summary>
/// Code-point views of a UTF-16 string. A valid surrogate pair is one Python character; a lone
/// surrogate (which Python strings may hold, e.g. after surrogateescape) is one character too.
/// </summary>
public static class CodePoints
{
    /// <summary>The code point at char index i, advancing i past it.</summary>
    public static int Next(ReadOnlySpan<char> s, ref int i)
    {
        var c = s[i++];
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i]))
            return char.ConvertToUtf32(c, s[i++]);
        return c;
    }

    /// <summary>The code point ending just before char index i, moving i back over it.</summary>
    public static int Previous(ReadOnlySpan<char> s, ref int i)
    {
        var c = s[--i];
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]))
        {
            i--;
            return char.ConvertToUtf32(s[i], c);
        }
        return c;
    }

    public static int Count(ReadOnlySpan<char> s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary>The char offset of code point index cp (clamped to the end).</summary>
    public static int ToCharIndex(ReadOnlySpan<char> s, int cp)
    {
        var i = 0;
        while (cp > 0 && i < s.Length)
        {
            Next(s, ref i);
            cp--;
        }
        return i;
    }

    /// <summary>The code point index of char offset i.</summary>
    public static int ToCodePointIndex(ReadOnlySpan<char> s, int charIndex) => Count(s[..charIndex]);

    public static int[] ToArray(ReadOnlySpan<char> s)
    {
        var result = new int[Count(s)];
        var i = 0;
        var k = 0;
        while (i < s.Length) result[k++] = Next(s, ref i);
        return result;
    }

    public static string FromArray(ReadOnlySpan<int> cps)
    {
        var sb = new System.Text.StringBuilder(cps.Length);
        foreach (var cp in cps) CharInfo.AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    public static string FromCodePoint(int cp) => cp < 0x10000 ? PyStr.CharString((char)cp) : char.ConvertFromUtf32(cp);

    /// <summary>Ordering by code point (UTF-16 ordinal order differs from it only when surrogates meet U+E000..U+FFFF).</summary>
    public static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length) return a.Length.CompareTo(b.Length);
        return Fixup(a[common]).CompareTo(Fixup(b[common]));
    }

    private static int Fixup(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
