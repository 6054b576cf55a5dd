using System.Text;
using Skein.Objects.Formatting;

namespace Skein.Objects.Text;

/// <summary>
/// printf-style formatting: str % args and bytes % args. Bytes are processed as Latin-1 text (one char
/// per byte) so both share one parser; numeric conversions are delegated to NumericFormat.Printf.
/// </summary>
public sealed class PercentFormat
{
    private readonly string _format;
    private readonly bool _bytes;
    private readonly PyObject _args;
    private readonly PyObject[]? _tuple;
    private readonly PyObject? _dict;
    /// <summary>CPython's trick: a single non-tuple argument is "args[-1]", so argIndex starts at -2 and length is -1.</summary>
    private int _argIndex;
    private readonly int _argLength;

    private PercentFormat(string format, PyObject args, bool bytes)
    {
        _format = format;
        _bytes = bytes;
        _args = args;
        if (args is PyTuple t)
        {
            _tuple = t.Items;
            _argLength = t.Items.Length;
            _argIndex = 0;
        }
        else
        {
            _argLength = -1;
            _argIndex = -2;
        }
        var isText = bytes ? args is PyStr || Buffers.IsBytesLike(args) : args is PyStr;
        if (args.Type.GetItem != null && args is not PyTuple && !isText) _dict = args;
    }

    public static string FormatStr(string format, PyObject args) =>
        format.Contains('%') || args is not PyTuple { Count: 0 } ? new PercentFormat(format, args, false).Run() : format;

    public static byte[] FormatBytes(ReadOnlySpan<byte> format, PyObject args)
    {
        var text = Latin1(format);
        var result = new PercentFormat(text, args, true).Run();
        var bytes = new byte[result.Length];
        for (var i = 0; i < result.Length; i++) bytes[i] = (byte)result[i];
        return bytes;
    }

    private static string Latin1(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length, bytes.ToArray(), (dst, src) =>
    {
        for (var i = 0; i < src.Length; i++) dst[i] = (char)src[i];
    });

    private PyObject NextArg()
    {
        if (_argIndex < _argLength)
        {
            _argIndex++;
            return _argLength < 0 ? _args : _tuple![_argIndex - 1];
        }
        throw Errors.TypeError("not enough arguments for format string");
    }

    private string Run()
    {
        var f = _format;
        var sb = new StringBuilder(f.Length + 16);
        var i = 0;
        while (i < f.Length)
        {
            var pct = f.IndexOf('%', i);
            if (pct < 0)
            {
                sb.Append(f, i, f.Length - i);
                break;
            }
            sb.Append(f, i, pct - i);
            i = pct + 1;
            if (i < f.Length && f[i] == '%')
            {
                sb.Append('%');
                i++;
                continue;
            }
            i = Conversion(sb, i);
        }
        if (_argIndex < _argLength && _dict == null)
        {
            throw Errors.TypeError(_bytes
                ? "not all arguments converted during bytes formatting"
                : "not all arguments converted during string formatting");
        }
        return sb.ToString();
    }

    private int Conversion(StringBuilder sb, int i)
    {
        var f = _format;
        PyObject? arg = null;
        if (i < f.Length && f[i] == '(')
        {
            if (_dict == null) throw Errors.TypeError("format requires a mapping");
            var depth = 1;
            var keyStart = ++i;
            while (i < f.Length && depth > 0)
            {
                if (f[i] == ')') depth--;
                else if (f[i] == '(') depth++;
                i++;
            }
            if (depth > 0) throw Errors.ValueError("incomplete format key");
            var key = f[keyStart..(i - 1)];
            arg = Ops.GetItem(_dict, _bytes ? new PyBytes(Encoding.Latin1.GetBytes(key)) : new PyStr(key));
        }
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; i < f.Length; i++)
        {
            switch (f[i])
            {
                case '-': left = true; continue;
                case '+': plus = true; continue;
                case ' ': space = true; continue;
                case '#': alt = true; continue;
                case '0': zero = true; continue;
            }
            break;
        }
        long width = -1, precision = -1;
        if (i < f.Length && f[i] == '*')
        {
            width = StarArg();
            if (width < 0)
            {
                left = true;
                width = -width;
            }
            i++;
        }
        else width = Digits(ref i, "width too big");
        if (i < f.Length && f[i] == '.')
        {
            i++;
            if (i < f.Length && f[i] == '*')
            {
                precision = Math.Max(0, StarArg());
                i++;
            }
            else precision = Math.Max(0, Digits(ref i, "precision too big"));
        }
        while (i < f.Length && f[i] is 'h' or 'l' or 'L') i++;
        if (i >= f.Length) throw Errors.ValueError("incomplete format");
        var conv = f[i];
        arg ??= NextArg();
        string body;
        switch (conv)
        {
            case 's' when !_bytes:
                body = Truncate(Ops.Str(arg), precision);
                break;
            case 'r' when !_bytes:
                body = Truncate(Ops.Repr(arg), precision);
                break;
            case 'a':
            case 'r' when _bytes:
                body = Truncate(StrFormatter.Ascii(arg), precision);
                break;
            case 's' or 'b' when _bytes:
                body = Truncate(Latin1(BytesArg(arg)), precision);
                break;
            case 'c':
                body = _bytes ? ByteChar(arg) : TextChar(arg);
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                var flags = new StringBuilder(5);
                if (left) flags.Append('-');
                if (plus) flags.Append('+');
                if (space) flags.Append(' ');
                if (alt) flags.Append('#');
                if (zero) flags.Append('0');
                sb.Append(NumericFormat.Printf(arg, conv, flags.ToString(), (int)Math.Min(width, int.MaxValue), (int)Math.Min(precision, int.MaxValue)));
                return i + 1;
            default:
                var index = _bytes ? i : CodePoints.ToCodePointIndex(f, i);
                var shown = conv > 32 && conv < 127 ? conv.ToString() : "?";
                throw Errors.ValueError($"unsupported format character '{shown}' (0x{(int)conv:x}) at index {index}");
        }
        var length = _bytes ? body.Length : CodePoints.Count(body);
        if (width > length)
        {
            if (left) sb.Append(body).Append(' ', (int)(width - length));
            else sb.Append(' ', (int)(width - length)).Append(body);
        }
        else sb.Append(body);
        return i + 1;
    }

    private long StarArg()
    {
        var v = NextArg();
        if (v is not PyInt n) throw Errors.TypeError("* wants int");
        if (!n.TryGetLong(out var x) || x is > int.MaxValue or < -int.MaxValue) throw Errors.OverflowError("Python int too large to convert to C int");
        return x;
    }

    private long Digits(ref int i, string tooBig)
    {
        var f = _format;
        if (i >= f.Length || f[i] is < '0' or > '9') return -1;
        long v = 0;
        while (i < f.Length && f[i] is >= '0' and <= '9')
        {
            v = v * 10 + (f[i] - '0');
            if (v > int.MaxValue) throw Errors.ValueError(tooBig);
            i++;
        }
        return v;
    }

    private string Truncate(string s, long precision)
    {
        if (precision < 0) return s;
        if (_bytes) return s.Length > precision ? s[..(int)precision] : s;
        return CodePoints.Count(s) > precision ? s[..CodePoints.ToCharIndex(s, (int)precision)] : s;
    }

    private static string TextChar(PyObject arg)
    {
        if (arg is PyStr s)
        {
            if (s.Length != 1) throw Errors.TypeError("%c requires int or char");
            return s.Value;
        }
        if (arg is not PyInt && arg.Type.Index == null) throw Errors.TypeError("%c requires int or char");
        var i = Ops.Index(arg);
        if (!i.TryGetLong(out var v) || v < 0 || v > 0x10FFFF) throw Errors.OverflowError("%c arg not in range(0x110000)");
        return CodePoints.FromCodePoint((int)v);
    }

    private static string ByteChar(PyObject arg)
    {
        if (Buffers.TryGetBytes(arg, out var b) && arg is PyBytes or PyByteArray)
        {
            if (b.Length != 1) throw Errors.TypeError("%c requires an integer in range(256) or a single byte");
            return ((char)b[0]).ToString();
        }
        if (arg is not PyInt && arg.Type.Index == null) throw Errors.TypeError("%c requires an integer in range(256) or a single byte");
        var i = Ops.Index(arg);
        if (!i.TryGetLong(out var v) || v < 0 || v > 255) throw Errors.OverflowError("%c arg not in range(256)");
        return ((char)v).ToString();
    }

    private static byte[] BytesArg(PyObject arg)
    {
        if (Buffers.TryGetBytes(arg, out var b)) return b.ToArray();
        if (Ops.LookupSpecial(arg, Names.__bytes__) is { } method)
        {
            var r = Ops.Call(method);
            if (r is PyBytes pb) return pb.Value;
            throw Errors.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
        }
        throw Errors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
    }
}
