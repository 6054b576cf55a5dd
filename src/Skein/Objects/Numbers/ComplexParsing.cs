namespace Skein.Objects.Numbers;

/// <summary>complex(str): the forms &lt;float&gt;, &lt;float&gt;j, &lt;float&gt;&lt;signed-float&gt;j, j and &lt;sign&gt;j, optionally in parentheses.</summary>
public static class ComplexParsing
{
    /// <summary>The value of text (the str original), with CPython's ValueErrors for malformed text.</summary>
    public static (double Real, double Imag) Parse(string text, PyObject original)
    {
        var normalised = IntConversion.NormaliseDigits(text) ?? throw Malformed();
        // Misplaced underscores are reported by CPython's shared underscore check, in its own words.
        var s = RemoveUnderscores(normalised) ?? throw Errors.ValueError($"could not convert string to complex: {Ops.Repr(original)}");
        return ParseClean(s) ?? throw Malformed();
    }

    private static PyException Malformed() => Errors.ValueError("complex() arg is a malformed string");

    private static (double Real, double Imag)? ParseClean(string s)
    {
        var pos = 0;
        SkipSpace(s, ref pos);
        var bracket = false;
        if (pos < s.Length && s[pos] == '(')
        {
            bracket = true;
            pos++;
            SkipSpace(s, ref pos);
        }
        double real = 0, imag;
        var n = FloatPrefix(s.AsSpan(pos), out var first);
        if (n > 0)
        {
            pos += n;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
            {
                real = first;
                var m = FloatPrefix(s.AsSpan(pos), out imag);
                if (m > 0)
                {
                    pos += m;
                }
                else
                {
                    imag = s[pos] == '+' ? 1.0 : -1.0;
                    pos++;
                }
                if (!IsJ(s, pos)) return null;
                pos++;
            }
            else if (IsJ(s, pos))
            {
                imag = first;
                pos++;
            }
            else
            {
                real = first;
                imag = 0;
            }
        }
        else
        {
            imag = 1.0;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
            {
                if (s[pos] == '-') imag = -1.0;
                pos++;
            }
            if (!IsJ(s, pos)) return null;
            pos++;
        }
        SkipSpace(s, ref pos);
        if (bracket)
        {
            if (pos >= s.Length || s[pos] != ')') return null;
            pos++;
            SkipSpace(s, ref pos);
        }
        return pos == s.Length ? (real, imag) : null;
    }

    private static bool IsJ(string s, int pos) => pos < s.Length && (s[pos] == 'j' || s[pos] == 'J');

    private static void SkipSpace(string s, ref int pos)
    {
        while (pos < s.Length && IntConversion.IsSpace(s[pos])) pos++;
    }

    /// <summary>PEP 515 for complex(): every underscore must sit between two digits; they are then dropped.</summary>
    private static string? RemoveUnderscores(string s)
    {
        if (!s.Contains('_')) return s;
        var chars = new char[s.Length];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '_')
            {
                if (i == 0 || i == s.Length - 1 || !char.IsAsciiDigit(s[i - 1]) || !char.IsAsciiDigit(s[i + 1])) return null;
                continue;
            }
            chars[n++] = s[i];
        }
        return new string(chars, 0, n);
    }

    /// <summary>Length of the float at the start of s (like strtod: sign, digits or inf/infinity/nan), 0 when none.</summary>
    private static int FloatPrefix(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var pos = 0;
        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-')) pos++;
        var rest = s[pos..];
        foreach (var word in s_words)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var length = pos + word.Length;
                value = FloatParsing.ParseNormalised(s[..length]) ?? 0;
                return length;
            }
        }
        var n = FloatParsing.LiteralLength(s);
        if (n == 0) return 0;
        value = FloatParsing.ParseNormalised(s[..n]) ?? 0;
        return n;
    }

    private static readonly string[] s_words = ["infinity", "inf", "nan"];
}
