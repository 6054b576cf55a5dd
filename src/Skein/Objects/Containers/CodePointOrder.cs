namespace Skein.Objects.Containers;

/// <summary>
/// Orders .NET strings by Unicode code point, which is Python's str ordering. UTF-16 ordinal order
/// differs only where a surrogate (a code point above U+FFFF) meets a character in U+E000..U+FFFF.
/// </summary>
public static class CodePointOrder
{
    public static int Compare(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
        if (i == n) return a.Length.CompareTo(b.Length);
        int x = a[i], y = b[i];
        if (x >= 0xD800 && y >= 0xD800)
        {
            x = Fixup(x);
            y = Fixup(y);
        }
        return x - y;
    }

    private static int Fixup(int c) => c >= 0xE000 ? c - 0x800 : c + 0x2000;
}
