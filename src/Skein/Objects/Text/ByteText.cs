using System.Text;

namespace Skein.Objects.Text;

/// <summary>Span algorithms shared by bytes and bytearray (ASCII semantics, as CPython's bytes_methods).</summary>
public static class ByteText
{
    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;
    public static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';
    public static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';
    public static bool IsAlpha(byte b) => IsLower(b) || IsUpper(b);
    public static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
    public static byte ToLower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;
    public static byte ToUpper(byte b) => IsLower(b) ? (byte)(b - 32) : b;

    /// <summary>repr of bytes: b'...' with CPython's quote choice and \xNN escapes.</summary>
    /// <summary>bytearray's repr escapes a single quote even inside double quotes, as CPython's does.</summary>
    public static string Repr(ReadOnlySpan<byte> data, string prefix = "b", string suffix = "", bool alwaysEscapeSingleQuote = false)
    {
        var quote = data.Contains((byte)'\'') && !data.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3 + prefix.Length + suffix.Length);
        sb.Append(prefix).Append(quote);
        foreach (var b in data)
        {
            if (b == quote || b == '\\' || (b == '\'' && alwaysEscapeSingleQuote)) sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2"));
            else sb.Append((char)b);
        }
        return sb.Append(quote).Append(suffix).ToString();
    }

    public static long Find(ReadOnlySpan<byte> data, ReadOnlySpan<byte> sub, long start, long end, bool reverse)
    {
        if (start > end || start > data.Length) return -1;
        var window = data[(int)start..(int)end];
        if (sub.Length == 0) return reverse ? end : start;
        var i = reverse ? window.LastIndexOf(sub) : window.IndexOf(sub);
        return i < 0 ? -1 : start + i;
    }

    public static long Count(ReadOnlySpan<byte> data, ReadOnlySpan<byte> sub, long start, long end)
    {
        if (start > end || start > data.Length) return 0;
        if (sub.Length == 0) return end - start + 1;
        var window = data[(int)start..(int)end];
        long n = 0;
        while (true)
        {
            var i = window.IndexOf(sub);
            if (i < 0) return n;
            n++;
            window = window[(i + sub.Length)..];
        }
    }

    public static bool TailMatch(ReadOnlySpan<byte> data, ReadOnlySpan<byte> sub, long start, long end, bool atEnd)
    {
        if (start > end || start > data.Length) return false;
        var window = data[(int)start..(int)end];
        return atEnd ? window.EndsWith(sub) : window.StartsWith(sub);
    }

    /// <summary>Parts as [start, end) ranges of data.</summary>
    public static List<(int Start, int End)> SplitWhitespace(ReadOnlySpan<byte> s, long maxsplit, bool reverse)
    {
        var parts = new List<(int, int)>();
        if (!reverse)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && IsSpace(s[i])) i++;
                if (i == s.Length) break;
                if (maxsplit-- == 0)
                {
                    parts.Add((i, s.Length));
                    break;
                }
                var j = i;
                while (j < s.Length && !IsSpace(s[j])) j++;
                parts.Add((i, j));
                i = j;
            }
            return parts;
        }
        var k = s.Length;
        while (true)
        {
            while (k > 0 && IsSpace(s[k - 1])) k--;
            if (k == 0) break;
            if (maxsplit-- == 0)
            {
                parts.Add((0, k));
                break;
            }
            var j = k;
            while (j > 0 && !IsSpace(s[j - 1])) j--;
            parts.Add((j, k));
            k = j;
        }
        parts.Reverse();
        return parts;
    }

    public static List<(int Start, int End)> SplitOn(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sep, long maxsplit, bool reverse)
    {
        var parts = new List<(int, int)>();
        if (!reverse)
        {
            var pos = 0;
            while (maxsplit-- > 0)
            {
                var hit = s[pos..].IndexOf(sep);
                if (hit < 0) break;
                parts.Add((pos, pos + hit));
                pos += hit + sep.Length;
            }
            parts.Add((pos, s.Length));
            return parts;
        }
        var end = s.Length;
        while (maxsplit-- > 0)
        {
            var hit = s[..end].LastIndexOf(sep);
            if (hit < 0) break;
            parts.Add((hit + sep.Length, end));
            end = hit;
        }
        parts.Add((0, end));
        parts.Reverse();
        return parts;
    }

    public static List<(int Start, int End)> SplitLines(ReadOnlySpan<byte> s, bool keepends)
    {
        var parts = new List<(int, int)>();
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && s[i] != '\n' && s[i] != '\r') i++;
            var eol = i;
            if (i < s.Length)
            {
                i += s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
                if (keepends) eol = i;
            }
            parts.Add((start, eol));
        }
        return parts;
    }

    /// <summary>The [start, end) range left after stripping bytes in chars (or ASCII whitespace when chars is null).</summary>
    public static (int Start, int End) Strip(ReadOnlySpan<byte> s, byte[]? chars, bool left, bool right)
    {
        int start = 0, end = s.Length;
        if (left) while (start < end && (chars == null ? IsSpace(s[start]) : Array.IndexOf(chars, s[start]) >= 0)) start++;
        if (right) while (end > start && (chars == null ? IsSpace(s[end - 1]) : Array.IndexOf(chars, s[end - 1]) >= 0)) end--;
        return (start, end);
    }

    public static byte[] Replace(ReadOnlySpan<byte> s, ReadOnlySpan<byte> old, ReadOnlySpan<byte> @new, long count)
    {
        if (count < 0) count = long.MaxValue;
        var result = new List<byte>(s.Length);
        if (old.Length == 0)
        {
            var i = 0;
            for (; i < s.Length && count > 0; i++, count--)
            {
                result.AddRange(@new);
                result.Add(s[i]);
            }
            if (count > 0) result.AddRange(@new);
            result.AddRange(s[i..]);
            return result.ToArray();
        }
        var pos = 0;
        while (count-- > 0)
        {
            var hit = s[pos..].IndexOf(old);
            if (hit < 0) break;
            result.AddRange(s.Slice(pos, hit));
            result.AddRange(@new);
            pos += hit + old.Length;
        }
        result.AddRange(s[pos..]);
        return result.ToArray();
    }

    public static byte[] Map(ReadOnlySpan<byte> s, Func<byte, byte> f)
    {
        var r = new byte[s.Length];
        for (var i = 0; i < s.Length; i++) r[i] = f(s[i]);
        return r;
    }

    public static byte[] SwapCase(ReadOnlySpan<byte> s) => Map(s, b => IsUpper(b) ? ToLower(b) : ToUpper(b));

    public static byte[] Title(ReadOnlySpan<byte> s)
    {
        var r = new byte[s.Length];
        var previousCased = false;
        for (var i = 0; i < s.Length; i++)
        {
            var b = s[i];
            r[i] = previousCased ? ToLower(b) : ToUpper(b);
            previousCased = IsAlpha(b);
        }
        return r;
    }

    public static byte[] Capitalize(ReadOnlySpan<byte> s)
    {
        var r = new byte[s.Length];
        for (var i = 0; i < s.Length; i++) r[i] = i == 0 ? ToUpper(s[i]) : ToLower(s[i]);
        return r;
    }

    public static bool IsTitle(ReadOnlySpan<byte> s)
    {
        bool cased = false, previousCased = false;
        foreach (var b in s)
        {
            if (IsUpper(b))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (IsLower(b))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    public static byte[] Pad(ReadOnlySpan<byte> s, long left, long right, byte fill)
    {
        if (left + right + s.Length > Array.MaxLength) throw Errors.OverflowError("padded string is too long");
        var r = new byte[left + right + s.Length];
        r.AsSpan(0, (int)left).Fill(fill);
        s.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)left + s.Length).Fill(fill);
        return r;
    }

    public static byte[] ZFill(ReadOnlySpan<byte> s, long width)
    {
        if (width <= s.Length) return s.ToArray();
        var fill = width - s.Length;
        var r = Pad(s, fill, 0, (byte)'0');
        if (s.Length > 0 && s[0] is (byte)'+' or (byte)'-')
        {
            r[0] = s[0];
            r[fill] = (byte)'0';
        }
        return r;
    }

    public static byte[] ExpandTabs(ReadOnlySpan<byte> s, long tabsize)
    {
        var r = new List<byte>(s.Length + 16);
        long column = 0;
        foreach (var b in s)
        {
            if (b == '\t')
            {
                if (tabsize > 0)
                {
                    var spaces = tabsize - column % tabsize;
                    if (r.Count + spaces > Array.MaxLength) throw Errors.OverflowError("result too long");
                    for (var k = 0; k < spaces; k++) r.Add((byte)' ');
                    column += spaces;
                }
            }
            else
            {
                r.Add(b);
                column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
            }
        }
        return r.ToArray();
    }

    /// <summary>bytes.hex(sep, bytes_per_sep): groups count from the right for a positive bytes_per_sep, from the left for a negative one.</summary>
    public static string Hex(ReadOnlySpan<byte> data, char? sep, long bytesPerSep)
    {
        if (sep == null || bytesPerSep == 0 || data.Length == 0) return Convert.ToHexStringLower(data);
        var group = Math.Abs(bytesPerSep);
        var sb = new StringBuilder(data.Length * 3);
        for (var i = 0; i < data.Length; i++)
        {
            if (i > 0)
            {
                var boundary = bytesPerSep > 0 ? (data.Length - i) % group == 0 : i % group == 0;
                if (boundary) sb.Append(sep.Value);
            }
            sb.Append(data[i].ToString("x2"));
        }
        return sb.ToString();
    }

    public static byte[] FromHex(string s)
    {
        var result = new List<byte>(s.Length / 2);
        var i = 0;
        while (true)
        {
            while (i < s.Length && IsSpace(s[i] < 128 ? (byte)s[i] : (byte)0)) i++;
            if (i >= s.Length) break;
            var hi = HexValue(s[i]);
            if (hi < 0) throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            var lo = i + 1 < s.Length ? HexValue(s[i + 1]) : -1;
            if (lo < 0) throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            result.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return result.ToArray();
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
