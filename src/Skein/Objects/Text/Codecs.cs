using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Unicode;

namespace Skein.Objects.Text;

/// <summary>The text encodings Skein implements natively.</summary>
public enum TextEncoding
{
    Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE,
    UnicodeEscape, RawUnicodeEscape, Cp1252,
}

/// <summary>
/// str.encode / bytes.decode: the UTF-8/16/32, ASCII, Latin-1, cp1252 and (raw) unicode-escape codecs with
/// CPython's error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
/// surrogateescape, surrogatepass, and handlers registered from Python), error ranges and messages. Valid
/// input takes .NET's vectorised fast paths.
/// </summary>
public static partial class Codecs
{
    private static readonly Dictionary<string, TextEncoding> s_aliases = BuildAliases();

    private static Dictionary<string, TextEncoding> BuildAliases()
    {
        var d = new Dictionary<string, TextEncoding>();
        void Add(TextEncoding e, params string[] names)
        {
            foreach (var n in names) d[n] = e;
        }
        Add(TextEncoding.Utf8, "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001");
        Add(TextEncoding.Utf8Sig, "utf_8_sig");
        Add(TextEncoding.Ascii, "ascii", "646", "us_ascii", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
            "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us");
        Add(TextEncoding.Latin1, "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_8859_1_1987",
            "iso_ir_100", "csisolatin1", "ibm819");
        Add(TextEncoding.Utf16, "utf_16", "u16", "utf16");
        Add(TextEncoding.Utf16LE, "utf_16_le", "utf_16le", "unicodelittleunmarked");
        Add(TextEncoding.Utf16BE, "utf_16_be", "utf_16be", "unicodebigunmarked");
        Add(TextEncoding.Utf32, "utf_32", "u32", "utf32");
        Add(TextEncoding.Utf32LE, "utf_32_le", "utf_32le");
        Add(TextEncoding.Utf32BE, "utf_32_be", "utf_32be");
        Add(TextEncoding.UnicodeEscape, "unicode_escape");
        Add(TextEncoding.RawUnicodeEscape, "raw_unicode_escape");
        Add(TextEncoding.Cp1252, "cp1252", "windows_1252");
        return d;
    }

    /// <summary>CPython's normalisation: lowercase, and every run of characters other than letters, digits and '.' becomes one '_'.</summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingUnderscore = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (pendingUnderscore && sb.Length > 0) sb.Append('_');
                pendingUnderscore = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else pendingUnderscore = true;
        }
        return sb.ToString();
    }

    public static bool TryLookup(string encoding, out TextEncoding result)
    {
        switch (encoding)
        {
            case "utf-8" or "utf8" or "UTF-8":
                result = TextEncoding.Utf8;
                return true;
            case "ascii":
                result = TextEncoding.Ascii;
                return true;
            case "latin-1" or "latin1":
                result = TextEncoding.Latin1;
                return true;
        }
        return s_aliases.TryGetValue(Normalize(encoding), out result);
    }

    public static TextEncoding Lookup(string encoding) =>
        TryLookup(encoding, out var e) ? e : throw Errors.LookupError($"unknown encoding: {encoding}");

    /// <summary>The codec name CPython puts in messages and in codecs.lookup(...).name.</summary>
    public static string Name(TextEncoding e) => e switch
    {
        TextEncoding.Utf8 => "utf-8",
        TextEncoding.Utf8Sig => "utf-8-sig",
        TextEncoding.Ascii => "ascii",
        TextEncoding.Latin1 => "latin-1",
        TextEncoding.Utf16 => "utf-16",
        TextEncoding.Utf16LE => "utf-16-le",
        TextEncoding.Utf16BE => "utf-16-be",
        TextEncoding.Utf32 => "utf-32",
        TextEncoding.Utf32LE => "utf-32-le",
        TextEncoding.Utf32BE => "utf-32-be",
        TextEncoding.UnicodeEscape => "unicode-escape",
        TextEncoding.RawUnicodeEscape => "raw-unicode-escape",
        _ => "cp1252",
    };

    /// <summary>The codec name in UnicodeError.encoding, which for some codecs is not the codec's own name.</summary>
    public static string ErrorName(TextEncoding e) => e switch
    {
        TextEncoding.UnicodeEscape => "unicodeescape",
        TextEncoding.RawUnicodeEscape => "rawunicodeescape",
        TextEncoding.Cp1252 => "charmap",
        _ => Name(e),
    };

    // ---- error handlers registered from Python (codecs.register_error) ------------------------------

    private static readonly ConcurrentDictionary<string, PyObject> s_handlers = new();

    public static readonly string[] BuiltinHandlers =
        ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"];

    public static void RegisterErrorHandler(string name, PyObject handler) => s_handlers[name] = handler;

    public static PyObject? LookupErrorHandler(string name) => s_handlers.TryGetValue(name, out var h) ? h : null;

    private static bool IsBuiltinHandler(string errors) => Array.IndexOf(BuiltinHandlers, errors) >= 0;

    private static PyObject CustomHandler(string errors) =>
        LookupErrorHandler(errors) ?? throw Errors.LookupError($"unknown error handler name '{errors}'");

    // ---- encoding -----------------------------------------------------------------------------------

    public static byte[] Encode(string s, string encoding, string errors) => Encode(s, Lookup(encoding), errors);

    public static byte[] Encode(string s, TextEncoding e, string errors)
    {
        switch (e)
        {
            case TextEncoding.Utf8 when TryUtf8(s, out var utf8):
                return utf8;
            case TextEncoding.Ascii when System.Text.Ascii.IsValid(s):
            case TextEncoding.Latin1 when !s.AsSpan().ContainsAnyExceptInRange('\0', '\u00ff'):
                var narrow = new byte[s.Length];
                for (var i = 0; i < s.Length; i++) narrow[i] = (byte)s[i];
                return narrow;
            case TextEncoding.UnicodeEscape or TextEncoding.RawUnicodeEscape:
                return EncodeEscaped(s, raw: e == TextEncoding.RawUnicodeEscape);
        }
        return EncodeSlow(s, e, errors);
    }

    private static bool TryUtf8(string s, out byte[] bytes)
    {
        var buffer = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(s.Length)];
        if (Utf8.FromUtf16(s, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            bytes = written == buffer.Length ? buffer : buffer.AsSpan(0, written).ToArray();
            return true;
        }
        bytes = [];
        return false;
    }

    private static string EncodeReason(TextEncoding e) => e switch
    {
        TextEncoding.Ascii => "ordinal not in range(128)",
        TextEncoding.Latin1 => "ordinal not in range(256)",
        TextEncoding.Cp1252 => Undefined,
        _ => "surrogates not allowed",
    };

    private static bool IsSurrogate(int cp) => cp is >= 0xD800 and <= 0xDFFF;

    private static bool CanEncode(TextEncoding e, int cp) => e switch
    {
        TextEncoding.Ascii => cp < 0x80,
        TextEncoding.Latin1 => cp < 0x100,
        TextEncoding.Cp1252 => Cp1252Byte(cp) >= 0,
        _ => !IsSurrogate(cp),
    };

    /// <summary>Appends the encoding of one code point (surrogates included: surrogatepass relies on it).</summary>
    private static void Put(TextEncoding e, int cp, List<byte> output)
    {
        switch (e)
        {
            case TextEncoding.Ascii or TextEncoding.Latin1:
                output.Add((byte)cp);
                break;
            case TextEncoding.Cp1252:
                output.Add((byte)Cp1252Byte(cp));
                break;
            case TextEncoding.Utf8 or TextEncoding.Utf8Sig:
                if (cp < 0x80) output.Add((byte)cp);
                else if (cp < 0x800)
                {
                    output.Add((byte)(0xC0 | (cp >> 6)));
                    output.Add((byte)(0x80 | (cp & 0x3F)));
                }
                else if (cp < 0x10000)
                {
                    output.Add((byte)(0xE0 | (cp >> 12)));
                    output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (cp & 0x3F)));
                }
                else
                {
                    output.Add((byte)(0xF0 | (cp >> 18)));
                    output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                    output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (cp & 0x3F)));
                }
                break;
            case TextEncoding.Utf16 or TextEncoding.Utf16LE or TextEncoding.Utf16BE:
                var be = e == TextEncoding.Utf16BE;
                if (cp < 0x10000) PutUnit16(output, cp, be);
                else
                {
                    var v = cp - 0x10000;
                    PutUnit16(output, 0xD800 + (v >> 10), be);
                    PutUnit16(output, 0xDC00 + (v & 0x3FF), be);
                }
                break;
            default:
                if (e == TextEncoding.Utf32BE)
                {
                    output.Add((byte)(cp >> 24));
                    output.Add((byte)(cp >> 16));
                    output.Add((byte)(cp >> 8));
                    output.Add((byte)cp);
                }
                else
                {
                    output.Add((byte)cp);
                    output.Add((byte)(cp >> 8));
                    output.Add((byte)(cp >> 16));
                    output.Add((byte)(cp >> 24));
                }
                break;
        }
    }

    private static void PutUnit16(List<byte> output, int unit, bool bigEndian)
    {
        if (bigEndian)
        {
            output.Add((byte)(unit >> 8));
            output.Add((byte)unit);
        }
        else
        {
            output.Add((byte)unit);
            output.Add((byte)(unit >> 8));
        }
    }

    private static byte[] EncodeSlow(string s, TextEncoding e, string errors)
    {
        var output = new List<byte>(s.Length + 8);
        if (e == TextEncoding.Utf8Sig) output.AddRange([0xEF, 0xBB, 0xBF]);
        if (e == TextEncoding.Utf16) output.AddRange([0xFF, 0xFE]);
        if (e == TextEncoding.Utf32) output.AddRange([0xFF, 0xFE, 0, 0]);
        var cps = CodePoints.ToArray(s);
        var i = 0;
        while (i < cps.Length)
        {
            var cp = cps[i];
            if (CanEncode(e, cp))
            {
                Put(e, cp, output);
                i++;
                continue;
            }
            var end = i + 1;
            while (end < cps.Length && !CanEncode(e, cps[end])) end++;
            i = HandleEncodeError(e, errors, s, cps, i, end, output);
        }
        return output.ToArray();
    }

    private static PyException EncodeError(TextEncoding e, string s, int start, int end, string reason) =>
        Errors.New(PyExc.UnicodeEncodeError, new PyStr(ErrorName(e)), new PyStr(s), PyInt.From(start), PyInt.From(end), new PyStr(reason));

    /// <summary>Applies the error handler to the unencodable code points [start, end); returns where encoding resumes.</summary>
    private static int HandleEncodeError(TextEncoding e, string errors, string s, int[] cps, int start, int end, List<byte> output)
    {
        switch (errors)
        {
            case "strict":
                throw EncodeError(e, s, start, end, EncodeReason(e));
            case "ignore":
                return end;
            case "replace":
                for (var k = start; k < end; k++) Put(e, '?', output);
                return end;
            case "backslashreplace":
            {
                var sb = new StringBuilder();
                for (var k = start; k < end; k++) StrRepr.AppendBackslashEscape(sb, cps[k]);
                foreach (var c in sb.ToString()) Put(e, c, output);
                return end;
            }
            case "xmlcharrefreplace":
                for (var k = start; k < end; k++)
                    foreach (var c in "&#" + cps[k] + ";") Put(e, c, output);
                return end;
            case "namereplace":
            {
                var sb = new StringBuilder();
                for (var k = start; k < end; k++) AppendNameEscape(sb, cps[k]);
                foreach (var c in sb.ToString()) Put(e, c, output);
                return end;
            }
            case "surrogateescape":
                for (var k = start; k < end; k++)
                {
                    if (cps[k] is < 0xDC80 or > 0xDCFF) throw EncodeError(e, s, start, end, EncodeReason(e));
                }
                for (var k = start; k < end; k++) output.Add((byte)(cps[k] - 0xDC00));
                return end;
            case "surrogatepass":
                if (e is TextEncoding.Ascii or TextEncoding.Latin1) throw EncodeError(e, s, start, end, EncodeReason(e));
                for (var k = start; k < end; k++)
                {
                    if (!IsSurrogate(cps[k])) throw EncodeError(e, s, start, end, EncodeReason(e));
                }
                for (var k = start; k < end; k++) Put(e, cps[k], output);
                return end;
        }
        var handler = CustomHandler(errors);
        var exc = EncodeError(e, s, start, end, EncodeReason(e)).Value;
        var (replacement, position) = CallHandler(handler, exc, "encoding", cps.Length);
        if (replacement is PyStr rs)
        {
            var i = 0;
            while (i < rs.Value.Length)
            {
                var cp = CodePoints.Next(rs.Value, ref i);
                if (!CanEncode(e, cp)) throw EncodeError(e, s, start, end, EncodeReason(e));
                Put(e, cp, output);
            }
        }
        else if (Buffers.TryGetBytes(replacement, out var rb)) output.AddRange(rb);
        return position;
    }

    /// <summary>Calls a Python error handler and validates its (replacement, position) result.</summary>
    private static (PyObject Replacement, int Position) CallHandler(PyObject handler, PyBaseException exc, string direction, int length)
    {
        var result = Ops.Call(handler, exc);
        var ok = result is PyTuple { Count: 2 } t && t[1] is PyInt && (direction == "encoding" ? t[0] is PyStr or PyBytes : t[0] is PyStr);
        if (!ok)
        {
            throw Errors.TypeError(direction == "encoding"
                ? "encoding error handler must return (str/bytes, int) tuple"
                : "decoding error handler must return (str, int) tuple");
        }
        var tuple = (PyTuple)result;
        var pos = Ops.AsLong(tuple[1]);
        if (pos < 0) pos += length;
        if (pos < 0 || pos > length) throw Errors.IndexError($"position {pos} from error handler out of bounds");
        return (tuple[0], (int)pos);
    }

    // ---- decoding -----------------------------------------------------------------------------------

    /// <summary>Decodes data (an error's .object is a bytes copy of it, whatever object held the data).</summary>
    public static string Decode(ReadOnlySpan<byte> data, string encoding, string errors) =>
        Decode(data, Lookup(encoding), errors);

    public static string Decode(ReadOnlySpan<byte> data, TextEncoding e, string errors) => Decode(data, e, errors, true, out _);

    /// <summary>
    /// Decodes data. When final is false (incremental decoding), a sequence cut off by the end of the data is
    /// left undecoded instead of being an error; consumed tells how many bytes were used.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> data, TextEncoding e, string errors, bool final, out int consumed)
    {
        consumed = data.Length;
        switch (e)
        {
            case TextEncoding.Ascii when System.Text.Ascii.IsValid(data):
            case TextEncoding.Latin1:
                return System.Text.Encoding.Latin1.GetString(data);
            case TextEncoding.Utf8:
                var chars = new char[data.Length];
                if (Utf8.ToUtf16(data, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
                    return new string(chars, 0, written);
                break;
            case TextEncoding.UnicodeEscape or TextEncoding.RawUnicodeEscape:
                return DecodeEscaped(data, raw: e == TextEncoding.RawUnicodeEscape, errors);
        }
        return DecodeSlow(data, e, errors, final, out consumed);
    }

    private static string DecodeSlow(ReadOnlySpan<byte> data, TextEncoding e, string errors, bool final, out int consumed)
    {
        var pos = 0;
        var sb = new StringBuilder(data.Length);
        switch (e)
        {
            case TextEncoding.Utf8Sig:
                if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) pos = 3;
                e = TextEncoding.Utf8;
                break;
            case TextEncoding.Utf16:
                e = TextEncoding.Utf16LE;
                if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) pos = 2;
                else if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF)
                {
                    pos = 2;
                    e = TextEncoding.Utf16BE;
                }
                break;
            case TextEncoding.Utf32:
                e = TextEncoding.Utf32LE;
                if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) pos = 4;
                else if (data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF)
                {
                    pos = 4;
                    e = TextEncoding.Utf32BE;
                }
                break;
        }
        while (pos < data.Length)
        {
            var cp = Step(e, data, pos, out var next, out var reason);
            if (reason == null)
            {
                CharInfo.AppendCodePoint(sb, cp);
                pos = next;
                continue;
            }
            if (!final && next == data.Length && reason is "unexpected end of data" or "truncated data") break;
            pos = HandleDecodeError(e, errors, data, pos, next, reason, sb);
        }
        consumed = pos;
        return sb.ToString();
    }

    /// <summary>
    /// Decodes one code point at pos. On success reason is null and next is the following position; on an
    /// error, reason is CPython's and [pos, next) is the error range.
    /// </summary>
    private static int Step(TextEncoding e, ReadOnlySpan<byte> d, int pos, out int next, out string? reason)
    {
        reason = null;
        var n = d.Length;
        var b0 = d[pos];
        switch (e)
        {
            case TextEncoding.Ascii:
                next = pos + 1;
                if (b0 < 0x80) return b0;
                reason = "ordinal not in range(128)";
                return 0;
            case TextEncoding.Utf8:
                return Utf8Step(d, pos, out next, out reason);
            case TextEncoding.Cp1252:
                next = pos + 1;
                var cp1252 = Cp1252Char(b0);
                if (cp1252 < 0) reason = Undefined;
                return cp1252;
            case TextEncoding.Utf16LE or TextEncoding.Utf16BE:
            {
                var be = e == TextEncoding.Utf16BE;
                if (pos + 1 >= n)
                {
                    next = n;
                    reason = "truncated data";
                    return 0;
                }
                var u = Unit16(d, pos, be);
                next = pos + 2;
                if (u is < 0xD800 or > 0xDFFF) return u;
                if (u >= 0xDC00)
                {
                    reason = "illegal encoding";
                    return 0;
                }
                if (pos + 3 >= n)
                {
                    next = n;
                    reason = "unexpected end of data";
                    return 0;
                }
                var u2 = Unit16(d, pos + 2, be);
                if (u2 is < 0xDC00 or > 0xDFFF)
                {
                    reason = "illegal UTF-16 surrogate";
                    return 0;
                }
                next = pos + 4;
                return 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
            }
            default:
            {
                if (pos + 3 >= n)
                {
                    next = n;
                    reason = "truncated data";
                    return 0;
                }
                var cp = e == TextEncoding.Utf32BE
                    ? (d[pos] << 24) | (d[pos + 1] << 16) | (d[pos + 2] << 8) | d[pos + 3]
                    : d[pos] | (d[pos + 1] << 8) | (d[pos + 2] << 16) | (d[pos + 3] << 24);
                next = pos + 4;
                if ((uint)cp > 0x10FFFF) reason = "code point not in range(0x110000)";
                else if (IsSurrogate(cp)) reason = "code point in surrogate code point range(0xd800, 0xe000)";
                return cp;
            }
        }
    }

    private static int Unit16(ReadOnlySpan<byte> d, int pos, bool bigEndian) =>
        bigEndian ? (d[pos] << 8) | d[pos + 1] : d[pos] | (d[pos + 1] << 8);

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    private static int Utf8Step(ReadOnlySpan<byte> d, int pos, out int next, out string? reason)
    {
        reason = null;
        var n = d.Length;
        var b0 = d[pos];
        next = pos + 1;
        if (b0 < 0x80) return b0;
        int need;
        byte lo = 0x80, hi = 0xBF;
        if (b0 is >= 0xC2 and <= 0xDF) need = 1;
        else if (b0 is >= 0xE0 and <= 0xEF)
        {
            need = 2;
            if (b0 == 0xE0) lo = 0xA0;
            else if (b0 == 0xED) hi = 0x9F;
        }
        else if (b0 is >= 0xF0 and <= 0xF4)
        {
            need = 3;
            if (b0 == 0xF0) lo = 0x90;
            else if (b0 == 0xF4) hi = 0x8F;
        }
        else
        {
            reason = "invalid start byte";
            return 0;
        }
        var cp = b0 & (0x3F >> need);
        for (var k = 1; k <= need; k++)
        {
            if (pos + k >= n)
            {
                next = n;
                reason = "unexpected end of data";
                return 0;
            }
            var b = d[pos + k];
            var valid = k == 1 ? b >= lo && b <= hi : IsContinuation(b);
            if (!valid)
            {
                next = pos + k;
                reason = "invalid continuation byte";
                return 0;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        next = pos + need + 1;
        return cp;
    }

    private static PyException DecodeError(TextEncoding e, ReadOnlySpan<byte> data, int start, int end, string reason) =>
        Errors.New(PyExc.UnicodeDecodeError, new PyStr(ErrorName(e)), new PyBytes(data.ToArray()), PyInt.From(start), PyInt.From(end), new PyStr(reason));

    /// <summary>The surrogate encoded at pos in the codec's own form, for surrogatepass; -1 if there is none.</summary>
    private static int EncodedSurrogate(TextEncoding e, ReadOnlySpan<byte> d, int pos, out int width)
    {
        width = 0;
        switch (e)
        {
            case TextEncoding.Utf8:
                if (pos + 2 < d.Length && d[pos] == 0xED && d[pos + 1] is >= 0xA0 and <= 0xBF && IsContinuation(d[pos + 2]))
                {
                    width = 3;
                    return 0xD000 | ((d[pos + 1] & 0x3F) << 6) | (d[pos + 2] & 0x3F);
                }
                return -1;
            case TextEncoding.Utf16LE or TextEncoding.Utf16BE:
                if (pos + 1 >= d.Length) return -1;
                var u = Unit16(d, pos, e == TextEncoding.Utf16BE);
                width = 2;
                return IsSurrogate(u) ? u : -1;
            case TextEncoding.Utf32LE or TextEncoding.Utf32BE:
                if (pos + 3 >= d.Length) return -1;
                var cp = e == TextEncoding.Utf32BE
                    ? (d[pos] << 24) | (d[pos + 1] << 16) | (d[pos + 2] << 8) | d[pos + 3]
                    : d[pos] | (d[pos + 1] << 8) | (d[pos + 2] << 16) | (d[pos + 3] << 24);
                width = 4;
                return IsSurrogate(cp) ? cp : -1;
        }
        return -1;
    }

    /// <summary>\N{NAME} for a named character, else its \x, \u or \U escape (the namereplace handler's output).</summary>
    public static void AppendNameEscape(StringBuilder sb, int cp)
    {
        var name = CharacterNames.NameOf(cp);
        if (name != null) sb.Append("\\N{").Append(name).Append('}');
        else StrRepr.AppendBackslashEscape(sb, cp);
    }

    private static int HandleDecodeError(TextEncoding e, string errors, ReadOnlySpan<byte> data, int start, int end, string reason, StringBuilder sb)
    {
        switch (errors)
        {
            case "strict":
                throw DecodeError(e, data, start, end, reason);
            case "ignore":
                return end;
            case "replace":
                sb.Append('\uFFFD');
                return end;
            case "backslashreplace":
                for (var k = start; k < end; k++) sb.Append("\\x").Append(data[k].ToString("x2"));
                return end;
            case "surrogateescape":
                for (var k = start; k < end; k++)
                    if (data[k] < 0x80) throw DecodeError(e, data, start, end, reason);
                for (var k = start; k < end; k++) sb.Append((char)(0xDC00 + data[k]));
                return end;
            case "surrogatepass":
                var surrogate = EncodedSurrogate(e, data, start, out var width);
                if (surrogate < 0) throw DecodeError(e, data, start, end, reason);
                sb.Append((char)surrogate);
                return start + width;
            case "xmlcharrefreplace" or "namereplace":
                throw Errors.TypeError("don't know how to handle UnicodeDecodeError in error callback");
        }
        var handler = CustomHandler(errors);
        var exc = DecodeError(e, data, start, end, reason).Value;
        var (replacement, position) = CallHandler(handler, exc, "decoding", data.Length);
        sb.Append(((PyStr)replacement).Value);
        return position;
    }
}
