using System.Text;

namespace Skein.Objects.Text;

/// <summary>repr() and ascii() of str, with CPython's quote choice and escapes.</summary>
public static class StrRepr
{
    public static string Repr(string s, bool asciiOnly = false)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        if (IsPlain(s, quote)) return quote + s + quote;
        var sb = new StringBuilder(s.Length + 8);
        sb.Append(quote);
        var i = 0;
        while (i < s.Length)
        {
            var cp = CodePoints.Next(s, ref i);
            AppendEscaped(sb, cp, quote, asciiOnly);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPlain(string s, char quote)
    {
        foreach (var c in s)
            if (c < 0x20 || c >= 0x7f || c == quote || c == '\\') return false;
        return true;
    }

    public static void AppendEscaped(StringBuilder sb, int cp, char quote, bool asciiOnly)
    {
        switch (cp)
        {
            case '\\': sb.Append("\\\\"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
        }
        if (cp == quote)
        {
            sb.Append('\\').Append(quote);
            return;
        }
        if (cp >= 0x20 && cp < 0x7f)
        {
            sb.Append((char)cp);
            return;
        }
        if (cp >= 0x7f && !asciiOnly && CharInfo.IsPrintable(cp))
        {
            CharInfo.AppendCodePoint(sb, cp);
            return;
        }
        AppendBackslashEscape(sb, cp);
    }

    /// <summary>\xNN, \uNNNN or \UNNNNNNNN, the shortest that fits (also the backslashreplace error handler's output).</summary>
    public static void AppendBackslashEscape(StringBuilder sb, int cp)
    {
        if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
        else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
        else sb.Append("\\U").Append(cp.ToString("x8"));
    }
}
