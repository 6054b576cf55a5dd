using System.Text;
using Skein.Modules.Posix;

namespace Skein.Modules.Io;

/// <summary>
/// The codecs text files support natively (UTF-8/16/32, ASCII, Latin-1) with the error handlers strict,
/// ignore, replace, backslashreplace (encode) and surrogateescape. Decoding is stateless over complete
/// characters: callers pass only whole characters (see <see cref="CompletePrefixLength"/>), which is what
/// lets TextIOWrapper.tell() be a plain byte offset.
/// </summary>
public sealed class TextCodec
{
    public readonly string Name;
    public readonly string Errors;
    private readonly Encoding _encoding;
    private readonly int _unit;
    public readonly byte[] Preamble;

    private TextCodec(string name, string errors, Encoding encoding, int unit, byte[] preamble)
    {
        Name = name;
        Errors = errors;
        _encoding = encoding;
        _unit = unit;
        Preamble = preamble;
    }

    public static string Normalize(string name) => name.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');

    public static TextCodec Get(string name, string errors)
    {
        var n = Normalize(name);
        (Encoding enc, int unit, byte[] preamble) = n switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" or "locale" => ((Encoding)new UTF8Encoding(false, true), 1, Array.Empty<byte>()),
            "utf-8-sig" or "utf8-sig" => (new UTF8Encoding(false, true), 1, new byte[] { 0xEF, 0xBB, 0xBF }),
            "ascii" or "us-ascii" or "646" => (Encoding.ASCII, 1, []),
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "8859" or "cp819" or "latin" => (Encoding.Latin1, 1, []),
            "utf-16-le" or "utf-16le" => (new UnicodeEncoding(false, false, true), 2, []),
            "utf-16-be" or "utf-16be" => (new UnicodeEncoding(true, false, true), 2, []),
            "utf-16" or "utf16" => (new UnicodeEncoding(false, false, true), 2, new byte[] { 0xFF, 0xFE }),
            "utf-32-le" or "utf-32le" => (new UTF32Encoding(false, false, true), 4, []),
            "utf-32-be" or "utf-32be" => (new UTF32Encoding(true, false, true), 4, []),
            "utf-32" or "utf32" => (new UTF32Encoding(false, false, true), 4, new byte[] { 0xFF, 0xFE, 0x00, 0x00 }),
            _ => throw Skein.Runtime.Errors.LookupError($"unknown encoding: {name}"),
        };
        if (errors is not ("strict" or "ignore" or "replace" or "surrogateescape" or "backslashreplace" or "surrogatepass" or "xmlcharrefreplace"))
            throw Skein.Runtime.Errors.LookupError($"unknown error handler name '{errors}'");
        var display = n == "locale" ? "UTF-8" : name;
        return new TextCodec(display, errors, enc, unit, preamble);
    }

    private bool IsUtf8 => _encoding is UTF8Encoding;
    private string CodecName => _encoding switch
    {
        UTF8Encoding => "utf-8",
        UnicodeEncoding => "utf-16",
        UTF32Encoding => "utf-32",
        _ when ReferenceEquals(_encoding, Encoding.ASCII) => "ascii",
        _ => "latin-1",
    };

    /// <summary>Length of the longest prefix of data made of whole characters (the rest waits for more bytes).</summary>
    public int CompletePrefixLength(ReadOnlySpan<byte> data)
    {
        if (_unit == 1 && !IsUtf8) return data.Length;
        if (_unit > 1)
        {
            var n = data.Length - data.Length % _unit;
            if (_unit == 2 && n >= 2)
            {
                var last = IsBigEndian()
                    ? (data[n - 2] << 8) | data[n - 1]
                    : data[n - 2] | (data[n - 1] << 8);
                if (last is >= 0xD800 and <= 0xDBFF) n -= 2;
            }
            return n;
        }
        // UTF-8: back off an incomplete trailing sequence (at most 3 bytes).
        var end = data.Length;
        for (var back = 1; back <= Math.Min(3, end); back++)
        {
            var b = data[end - back];
            if ((b & 0xC0) == 0x80) continue;
            var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? end - back : end;
        }
        return end;
    }

    private bool IsBigEndian() => _encoding.GetBytes("\u0001")[0] == 0;

    public string Decode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return "";
        try
        {
            return _encoding.GetString(data);
        }
        catch (DecoderFallbackException e)
        {
            return DecodeWithHandler(data, e);
        }
    }

    private string DecodeWithHandler(ReadOnlySpan<byte> data, DecoderFallbackException first)
    {
        if (Errors == "strict")
        {
            var start = Math.Max(0, first.Index);
            var bad = first.BytesUnknown ?? [];
            throw DecodeError(data.ToArray(), start, start + Math.Max(1, bad.Length), IsUtf8 ? "invalid start byte" : "ordinal not in range(128)");
        }
        if (IsUtf8 && Errors == "surrogateescape") return FsPath.Decode(data);
        var replacement = Errors switch
        {
            "ignore" => "",
            "replace" => "\uFFFD",
            _ => "\uFFFD",
        };
        var lenient = (Encoding)_encoding.Clone();
        lenient.DecoderFallback = new DecoderReplacementFallback(replacement);
        return lenient.GetString(data);
    }

    private PyException DecodeError(byte[] data, int start, int end, string reason) =>
        Skein.Runtime.Errors.New(PyExc.UnicodeDecodeError, new PyStr(CodecName), new PyBytes(data), PyInt.From(start), PyInt.From(end), new PyStr(reason));

    public byte[] Encode(string text)
    {
        if (text.Length == 0) return [];
        try
        {
            return _encoding.GetBytes(text);
        }
        catch (EncoderFallbackException e)
        {
            return EncodeWithHandler(text, e);
        }
    }

    private byte[] EncodeWithHandler(string text, EncoderFallbackException first)
    {
        switch (Errors)
        {
            case "surrogateescape" when IsUtf8:
                return FsPath.EncodeString(text);
            case "ignore" or "replace" or "backslashreplace" or "xmlcharrefreplace":
            {
                var sb = new StringBuilder(text.Length);
                for (var i = 0; i < text.Length; i++)
                {
                    var cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i];
                    var s = cp > 0xFFFF ? text.Substring(i++, 2) : text[i].ToString();
                    if (CanEncode(s)) sb.Append(s);
                    else
                    {
                        sb.Append(Errors switch
                        {
                            "ignore" => "",
                            "replace" => "?",
                            "xmlcharrefreplace" => $"&#{cp};",
                            _ => cp > 0xFF ? cp > 0xFFFF ? $"\\U{cp:x8}" : $"\\u{cp:x4}" : $"\\x{cp:x2}",
                        });
                    }
                }
                return _encoding.GetBytes(sb.ToString());
            }
            default:
            {
                var index = Math.Max(0, first.Index);
                var reason = IsUtf8 ? "surrogates not allowed" : ReferenceEquals(_encoding, Encoding.ASCII) ? "ordinal not in range(128)" : "ordinal not in range(256)";
                throw Skein.Runtime.Errors.New(PyExc.UnicodeEncodeError, new PyStr(CodecName), new PyStr(text), PyInt.From(index),
                    PyInt.From(index + 1), new PyStr(reason));
            }
        }
    }

    private bool CanEncode(string s)
    {
        try
        {
            _encoding.GetByteCount(s);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Byte length of text in this encoding (text is a prefix of decoded data, so it always encodes).</summary>
    public int ByteCount(string text)
    {
        try
        {
            return _encoding.GetByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            return Encode(text).Length;
        }
    }
}
