using System.Globalization;

namespace Skein.Objects.Numbers;

/// <summary>float(str): Python's float syntax (PEP 515 underscores between digits, inf/infinity/nan in any case, surrounding whitespace).</summary>
public static class FloatParsing
{
    /// <summary>The value of text, or null when it is not a valid float literal.</summary>
    public static double? Parse(string text)
    {
        var s = IntConversion.NormaliseDigits(text);
        if (s == null || s.Length == 0) return null;
        return ParseNormalised(s);
    }

    /// <summary>Parses stripped ASCII text; also used for the parts of complex literals.</summary>
    public static double? ParseNormalised(ReadOnlySpan<char> s)
    {
        var pos = 0;
        var negative = false;
        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
        {
            negative = s[pos] == '-';
            pos++;
        }
        var body = s[pos..];
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            // .NET's double.NaN has the sign bit set; CPython's float('nan') does not.
            var nan = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
            return negative ? -nan : nan;
        }
        if (LiteralLength(s) != s.Length) return null;
        Span<char> clean = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
            if (c != '_') clean[n++] = c;
        return double.Parse(clean[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Length of the longest prefix of s that is a decimal float literal ([sign] digits [. digits] [e [sign] digits],
    /// single underscores between digits), or 0 when there is none.
    /// </summary>
    public static int LiteralLength(ReadOnlySpan<char> s)
    {
        var pos = 0;
        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-')) pos++;
        var intDigits = Digits(s, ref pos);
        var fracDigits = 0;
        if (pos < s.Length && s[pos] == '.')
        {
            var afterPoint = pos + 1;
            var p = afterPoint;
            fracDigits = Digits(s, ref p);
            if (intDigits == 0 && fracDigits == 0) return 0;
            pos = p;
        }
        if (intDigits == 0 && fracDigits == 0) return 0;
        if (pos < s.Length && (s[pos] == 'e' || s[pos] == 'E'))
        {
            var p = pos + 1;
            if (p < s.Length && (s[p] == '+' || s[p] == '-')) p++;
            if (Digits(s, ref p) > 0) pos = p;
        }
        return pos;
    }

    /// <summary>Consumes digits with single underscores between them; returns the digit count (0 consumes nothing).</summary>
    private static int Digits(ReadOnlySpan<char> s, ref int pos)
    {
        var count = 0;
        var p = pos;
        while (p < s.Length)
        {
            if (s[p] >= '0' && s[p] <= '9')
            {
                count++;
                p++;
                pos = p;
            }
            else if (s[p] == '_' && count > 0 && p + 1 < s.Length && s[p + 1] >= '0' && s[p + 1] <= '9')
            {
                p++;
            }
            else
            {
                break;
            }
        }
        return count;
    }
}
