using System.Text;

namespace Skein.Objects.Text;

/// <summary>
/// str.format and str.format_map: literal text with {field!conversion:spec} replacement fields, parsed
/// the way CPython's MarkupIterator does (same errors, same bracket and nesting rules).
/// </summary>
public sealed class StrFormatter
{
    private readonly PyObject[]? _args;
    private readonly PyObject? _kwargs;
    private readonly bool _kwargsIsMapping;
    /// <summary>0 = no field numbered yet, 1 = automatic numbering, 2 = manual; shared by nested specs.</summary>
    private int _numbering;
    private int _nextAuto;

    private StrFormatter(PyObject[]? args, PyObject? kwargs, bool kwargsIsMapping)
    {
        _args = args;
        _kwargs = kwargs;
        _kwargsIsMapping = kwargsIsMapping;
    }

    public static string Format(string format, ReadOnlySpan<PyObject> args, PyDict? kwargs) =>
        new StrFormatter(args.ToArray(), kwargs, false).Build(format, 2);

    public static string FormatMap(string format, PyObject mapping) =>
        new StrFormatter(null, mapping, true).Build(format, 2);

    private string Build(string s, int depth)
    {
        if (depth <= 0) throw Errors.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder(s.Length + 16);
        var i = 0;
        while (i < s.Length)
        {
            var literalStart = i;
            var c = '\0';
            while (i < s.Length)
            {
                c = s[i++];
                if (c is '{' or '}') break;
                c = '\0';
            }
            var atEnd = i >= s.Length;
            var literalEnd = c == '\0' ? i : i - 1;
            if (c == '}' && (atEnd || s[i] != '}')) throw Errors.ValueError("Single '}' encountered in format string");
            if (c == '{' && atEnd) throw Errors.ValueError("Single '{' encountered in format string");
            sb.Append(s, literalStart, literalEnd - literalStart);
            if (c == '\0') continue;
            if (s[i] == c)
            {
                sb.Append(c);
                i++;
                continue;
            }
            i = ParseField(s, i, out var fieldName, out var conversion, out var specStart, out var specEnd, out var specNested);
            var obj = GetField(fieldName);
            if (conversion != '\0') obj = Convert(obj, conversion);
            var spec = specStart < 0 ? "" : s[specStart..specEnd];
            if (specNested) spec = Build(spec, depth - 1);
            if (spec.Length == 0 && obj is PyStr str && ReferenceEquals(str.Type, PyTypes.Str)) sb.Append(str.Value);
            else sb.Append(((PyStr)Ops.Format(obj, spec)).Value);
        }
        return sb.ToString();
    }

    /// <summary>Parses the field after its '{' starting at i; returns the index after the closing '}'.</summary>
    private static int ParseField(string s, int i, out string fieldName, out char conversion, out int specStart, out int specEnd, out bool specNested)
    {
        conversion = '\0';
        specStart = specEnd = -1;
        specNested = false;
        var nameStart = i;
        var c = '\0';
        while (i < s.Length)
        {
            c = s[i++];
            if (c == '{') throw Errors.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (i < s.Length && s[i] != ']') i++;
                c = '\0';
                continue;
            }
            if (c is '}' or ':' or '!') break;
            c = '\0';
        }
        fieldName = s[nameStart..(c == '\0' ? i : i - 1)];
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (i >= s.Length) throw Errors.ValueError("end of string while looking for conversion specifier");
                conversion = s[i++];
                if (i < s.Length)
                {
                    var after = s[i++];
                    if (after == '}') return i;
                    if (after != ':') throw Errors.ValueError("expected ':' after conversion specifier");
                }
            }
            specStart = i;
            var count = 1;
            while (i < s.Length)
            {
                var ch = s[i++];
                if (ch == '{')
                {
                    specNested = true;
                    count++;
                }
                else if (ch == '}' && --count == 0)
                {
                    specEnd = i - 1;
                    return i;
                }
            }
            throw Errors.ValueError("unmatched '{' in format spec");
        }
        if (c != '}') throw Errors.ValueError("expected '}' before end of string");
        return i;
    }

    private static PyObject Convert(PyObject obj, char conversion) => conversion switch
    {
        'r' => Ops.ReprObj(obj),
        's' => Ops.StrObj(obj),
        'a' => new PyStr(Ascii(obj)),
        _ => throw Errors.ValueError(conversion > 32 && conversion < 127
            ? $"Unknown conversion specifier {conversion}"
            : $"Unknown conversion specifier \\x{(int)conversion:x}"),
    };

    /// <summary>ascii(): the repr with every non-ASCII character escaped.</summary>
    public static string Ascii(PyObject obj)
    {
        var repr = Ops.Repr(obj);
        if (System.Text.Ascii.IsValid(repr)) return repr;
        var sb = new StringBuilder(repr.Length + 16);
        var i = 0;
        while (i < repr.Length)
        {
            var cp = CodePoints.Next(repr, ref i);
            if (cp < 0x80) sb.Append((char)cp);
            else StrRepr.AppendBackslashEscape(sb, cp);
        }
        return sb.ToString();
    }

    /// <summary>Parses a field name's leading integer; -1 when it is not all digits.</summary>
    private static long ParseIndex(string s)
    {
        if (s.Length == 0) return -1;
        long v = 0;
        foreach (var ch in s)
        {
            if (ch is < '0' or > '9') return -1;
            if (v > (long.MaxValue - (ch - '0')) / 10) throw Errors.ValueError("Too many decimal digits in format string");
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private PyObject GetField(string name)
    {
        var i = 0;
        while (i < name.Length && name[i] is not ('.' or '[')) i++;
        var first = name[..i];
        var index = ParseIndex(first);
        PyObject obj;
        if (first.Length == 0 || index >= 0)
        {
            if (first.Length == 0)
            {
                if (_numbering == 2) throw Errors.ValueError("cannot switch from manual field specification to automatic field numbering");
                _numbering = 1;
                index = _nextAuto++;
            }
            else
            {
                if (_numbering == 1) throw Errors.ValueError("cannot switch from automatic field numbering to manual field specification");
                _numbering = 2;
            }
            if (_args == null) throw Errors.ValueError("Format string contains positional fields");
            if (index >= _args.Length) throw Errors.IndexError($"Replacement index {index} out of range for positional args tuple");
            obj = _args[index];
        }
        else
        {
            var key = new PyStr(first);
            if (_kwargs == null) throw Errors.KeyError(key);
            if (_kwargsIsMapping) obj = Ops.GetItem(_kwargs, key);
            else obj = ((PyDict)_kwargs).GetItemOrNull(key) ?? throw Errors.KeyError(key);
        }
        while (i < name.Length)
        {
            var c = name[i++];
            if (c == '.')
            {
                var start = i;
                while (i < name.Length && name[i] is not ('.' or '[')) i++;
                if (i == start) throw Errors.ValueError("Empty attribute in format string");
                obj = Ops.GetAttr(obj, new PyStr(name[start..i]));
            }
            else
            {
                var start = i;
                while (i < name.Length && name[i] != ']') i++;
                if (i >= name.Length) throw Errors.ValueError("Missing ']' in format string");
                if (i == start) throw Errors.ValueError("Empty attribute in format string");
                var key = name[start..i];
                i++;
                if (i < name.Length && name[i] is not ('.' or '['))
                    throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                var k = ParseIndex(key);
                obj = Ops.GetItem(obj, k >= 0 ? PyInt.From(k) : new PyStr(key));
            }
        }
        return obj;
    }
}
