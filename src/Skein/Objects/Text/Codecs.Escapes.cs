using System.Text;

namespace Skein.Objects.Text;

/// <summary>
/// The unicode-escape codec (Python string-literal escapes over Latin-1) and raw-unicode-escape (only \u and
/// \U escapes, the rest Latin-1; pickle protocol 0 writes str with it). Neither encoder can fail.
/// </summary>
public static partial class Codecs
{
    private static byte[] EncodeEscaped(string s, bool raw)
    {
        var output = new List<byte>(s.Length + 16);
        var i = 0;
        while (i < s.Length)
        {
            var cp = CodePoints.Next(s, ref i);
            if (raw)
            {
                if (cp < 0x100) output.Add((byte)cp);
                else AppendHexEscape(output, cp < 0x10000 ? 'u' : 'U', cp, cp < 0x10000 ? 4 : 8);
                continue;
            }
            switch (cp)
            {
                case '\\': output.Add((byte)'\\'); output.Add((byte)'\\'); break;
                case '\t': output.Add((byte)'\\'); output.Add((byte)'t'); break;
                case '\n': output.Add((byte)'\\'); output.Add((byte)'n'); break;
                case '\r': output.Add((byte)'\\'); output.Add((byte)'r'); break;
                case >= 0x20 and < 0x7F: output.Add((byte)cp); break;
                case < 0x100: AppendHexEscape(output, 'x', cp, 2); break;
                case < 0x10000: AppendHexEscape(output, 'u', cp, 4); break;
                default: AppendHexEscape(output, 'U', cp, 8); break;
            }
        }
        return output.ToArray();
    }

    private static void AppendHexEscape(List<byte> output, char kind, int cp, int digits)
    {
        output.Add((byte)'\\');
        output.Add((byte)kind);
        for (var shift = (digits - 1) * 4; shift >= 0; shift -= 4) output.Add((byte)"0123456789abcdef"[(cp >> shift) & 0xF]);
    }

    private static string DecodeEscaped(ReadOnlySpan<byte> d, bool raw, string errors)
    {
        var e = raw ? TextEncoding.RawUnicodeEscape : TextEncoding.UnicodeEscape;
        var sb = new StringBuilder(d.Length);
        var n = d.Length;
        var pos = 0;
        while (pos < n)
        {
            var b = d[pos];
            if (b != '\\')
            {
                sb.Append((char)b);
                pos++;
                continue;
            }
            var start = pos;
            if (pos + 1 >= n)
            {
                if (raw)
                {
                    sb.Append('\\');
                    break;
                }
                pos = HandleDecodeError(e, errors, d, start, n, "\\ at end of string", sb);
                continue;
            }
            var c = (char)d[pos + 1];
            pos += 2;
            if (raw)
            {
                // A backslash only escapes when not itself escaped: "\\\\u0041" stays as written.
                if (c is 'u' or 'U') pos = DecodeHexEscape(e, errors, d, start, c == 'u' ? 4 : 8, sb);
                else sb.Append('\\').Append(c);
                continue;
            }
            switch (c)
            {
                case '\n': break;
                case '\\' or '\'' or '"': sb.Append(c); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    var value = c - '0';
                    for (var k = 0; k < 2 && pos < n && d[pos] is >= (byte)'0' and <= (byte)'7'; k++) value = value * 8 + (d[pos++] - '0');
                    sb.Append((char)value);
                    break;
                }
                case 'x': pos = DecodeHexEscape(e, errors, d, start, 2, sb); break;
                case 'u': pos = DecodeHexEscape(e, errors, d, start, 4, sb); break;
                case 'U': pos = DecodeHexEscape(e, errors, d, start, 8, sb); break;
                case 'N': pos = DecodeNamedEscape(e, errors, d, start, sb); break;
                default:
                    sb.Append('\\').Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Decodes the \x, \u or \U escape at start (digits hex digits follow the letter); returns where decoding resumes.</summary>
    private static int DecodeHexEscape(TextEncoding e, string errors, ReadOnlySpan<byte> d, int start, int digits, StringBuilder sb)
    {
        var pos = start + 2;
        var value = 0;
        for (var k = 0; k < digits; k++, pos++)
        {
            var h = pos < d.Length ? HexValue(d[pos]) : -1;
            if (h < 0)
            {
                var reason = digits switch { 2 => "truncated \\xXX escape", 4 => "truncated \\uXXXX escape", _ => "truncated \\UXXXXXXXX escape" };
                return HandleDecodeError(e, errors, d, start, pos, reason, sb);
            }
            value = (value << 4) | h;
        }
        if ((uint)value > 0x10FFFF)
        {
            var reason = e == TextEncoding.RawUnicodeEscape ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
            return HandleDecodeError(e, errors, d, start, pos, reason, sb);
        }
        CharInfo.AppendCodePoint(sb, value);
        return pos;
    }

    private static int DecodeNamedEscape(TextEncoding e, string errors, ReadOnlySpan<byte> d, int start, StringBuilder sb)
    {
        const string malformed = "malformed \\N character escape";
        var open = start + 2;
        if (open >= d.Length || d[open] != '{') return HandleDecodeError(e, errors, d, start, open, malformed, sb);
        var close = d[(open + 1)..].IndexOf((byte)'}');
        if (close < 0) return HandleDecodeError(e, errors, d, start, d.Length, malformed, sb);
        close += open + 1;
        if (close == open + 1) return HandleDecodeError(e, errors, d, start, close, malformed, sb);
        var name = System.Text.Encoding.Latin1.GetString(d[(open + 1)..close]);
        if (!CharacterNames.TryLookup(name, out var cp))
            return HandleDecodeError(e, errors, d, start, close + 1, "unknown Unicode character name", sb);
        CharInfo.AppendCodePoint(sb, cp);
        return close + 1;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
