using System.Text;

namespace Skein.Modules.Posix;

/// <summary>
/// Path arguments: os.fspath's protocol (str, bytes, or __fspath__), and the file-system encoding, UTF-8
/// with surrogateescape as CPython uses on Linux: undecodable bytes become U+DC80..U+DCFF and back.
/// </summary>
public static class FsPath
{
    private static readonly UTF8Encoding s_strict = new(false, true);

    /// <summary>os.fspath(path): str or bytes unchanged, else the result of __fspath__ (which must be str or bytes).</summary>
    public static PyObject FsPathOf(PyObject path)
    {
        if (path is PyStr or PyBytes) return path;
        var method = Ops.LookupSpecial(path, Names.__fspath__)
            ?? throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {path.Type.Name}");
        var r = Ops.Call(method);
        if (r is PyStr or PyBytes) return r;
        throw Errors.TypeError($"expected {path.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
    }

    /// <summary>A path argument as NUL-terminated bytes for libc; the error names the function and parameter as CPython does.</summary>
    public static byte[] Encode(PyObject path, string function, string parameter = "path", bool allowFd = false)
    {
        PyObject p;
        if (path is PyStr or PyBytes) p = path;
        else if (Ops.LookupSpecial(path, Names.__fspath__) is { } method)
        {
            p = Ops.Call(method);
            if (p is not (PyStr or PyBytes))
                throw Errors.TypeError($"expected {path.Type.Name}.__fspath__() to return str or bytes, not {p.Type.Name}");
        }
        else
        {
            var what = allowFd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike";
            throw Errors.TypeError($"{function}: {parameter} should be {what}, not {path.Type.Name}");
        }
        var bytes = p is PyStr s ? EncodeString(s.Value) : ((PyBytes)p).Value;
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw Errors.ValueError($"{function}: embedded null character in {parameter}");
        var z = new byte[bytes.Length + 1];
        bytes.CopyTo(z, 0);
        return z;
    }

    /// <summary>True when the path argument (after __fspath__) is bytes, so results are returned as bytes too.</summary>
    public static bool IsBytesPath(PyObject path) =>
        path is PyBytes || (path is not PyStr && Ops.LookupSpecial(path, Names.__fspath__) is { } m && Ops.Call(m) is PyBytes);

    public static byte[] EncodeString(string s)
    {
        var hasEscapes = false;
        foreach (var c in s)
        {
            if (c is >= '\uDC80' and <= '\uDCFF')
            {
                hasEscapes = true;
                break;
            }
        }
        if (!hasEscapes) return Encoding.UTF8.GetBytes(s);
        var result = new List<byte>(s.Length + 8);
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var lowSurrogateAlone = c is >= '\uDC80' and <= '\uDCFF' && (i == 0 || !char.IsHighSurrogate(s[i - 1]));
            if (!lowSurrogateAlone) continue;
            result.AddRange(Encoding.UTF8.GetBytes(s, start, i - start));
            result.Add((byte)(c - 0xDC00));
            start = i + 1;
        }
        result.AddRange(Encoding.UTF8.GetBytes(s, start, s.Length - start));
        return result.ToArray();
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return s_strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeEscaping(bytes);
        }
    }

    private static string DecodeEscaping(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var len = SequenceLength(bytes[i..]);
            if (len > 0)
            {
                sb.Append(Encoding.UTF8.GetString(bytes.Slice(i, len)));
                i += len;
            }
            else
            {
                sb.Append((char)(0xDC00 + bytes[i]));
                i++;
            }
        }
        return sb.ToString();
    }

    /// <summary>Length of the valid UTF-8 sequence starting the span, or 0 when it starts with an invalid byte.</summary>
    private static int SequenceLength(ReadOnlySpan<byte> b)
    {
        var c = b[0];
        if (c < 0x80) return 1;
        int len;
        int min;
        if (c is >= 0xC2 and <= 0xDF) (len, min) = (2, 0x80);
        else if (c is >= 0xE0 and <= 0xEF) (len, min) = (3, 0x800);
        else if (c is >= 0xF0 and <= 0xF4) (len, min) = (4, 0x10000);
        else return 0;
        if (b.Length < len) return 0;
        var cp = c & (0x7F >> len);
        for (var k = 1; k < len; k++)
        {
            if ((b[k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (b[k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF) return 0;
        return len;
    }

    /// <summary>A name returned by the OS, as str or bytes matching the type of the path the caller passed.</summary>
    public static PyObject Result(ReadOnlySpan<byte> name, bool asBytes) =>
        asBytes ? new PyBytes(name.ToArray()) : new PyStr(Decode(name));
}
