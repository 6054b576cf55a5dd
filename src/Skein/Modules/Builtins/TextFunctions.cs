using System.Text;

namespace Skein.Modules.Builtins;

/// <summary>ascii, chr, ord and format.</summary>
internal static class TextFunctions
{
    private static readonly string[] s_formatParams = ["value", "format_spec"];

    public static void AddTo(PyModule m)
    {
        m.DefFunction("ascii", (args, kw) =>
        {
            ArgParser.NoKeywords("ascii", kw);
            ArgParser.Exactly("ascii", args, 1);
            return Ascii(args[0]);
        }, "Return an ASCII-only representation of an object.");
        m.DefFunction("chr", (args, kw) =>
        {
            ArgParser.NoKeywords("chr", kw);
            ArgParser.Exactly("chr", args, 1);
            return Chr(args[0]);
        }, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.");
        m.DefFunction("ord", (args, kw) =>
        {
            ArgParser.NoKeywords("ord", kw);
            ArgParser.Exactly("ord", args, 1);
            return Ord(args[0]);
        }, "Return the Unicode code point for a one-character string.");
        m.DefFunction("format", (args, kw) =>
        {
            var a = ArgParser.Parse("format", args, kw, s_formatParams, required: 1, positionalOnly: 2);
            var spec = a[1] ?? PyStr.Empty;
            if (spec is not PyStr s) throw Errors.TypeError($"format() argument 2 must be str, not {spec.Type.Name}");
            var value = a[0]!;
            if (s.Value.Length == 0 && value is PyStr vs && ReferenceEquals(vs.Type, PyTypes.Str)) return vs;
            return Ops.Format(value, s.Value);
        }, "Return value.__format__(format_spec)");
    }

    /// <summary>repr() with every non-ASCII code point escaped as \xNN, \uNNNN or \UNNNNNNNN.</summary>
    public static PyStr Ascii(PyObject o)
    {
        var repr = Ops.ReprObj(o);
        var s = repr.Value;
        var i = 0;
        while (i < s.Length && s[i] < 0x80) i++;
        if (i == s.Length) return repr;
        var sb = new StringBuilder(s.Length + 16);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            int c = s[i];
            if (c < 0x80)
            {
                sb.Append((char)c);
                continue;
            }
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                c = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            sb.Append(c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}");
        }
        return new PyStr(sb.ToString());
    }

    private static PyStr Chr(PyObject arg)
    {
        var i = Ops.Index(arg);
        if (!i.TryGetLong(out var v) || v is < int.MinValue or > int.MaxValue)
            throw Errors.OverflowError("Python int too large to convert to C int");
        if (v is < 0 or > 0x10FFFF) throw Errors.ValueError("chr() arg not in range(0x110000)");
        // A lone surrogate code point stays a lone UTF-16 unit, as Python allows.
        return new PyStr(v < 0x10000 ? ((char)v).ToString() : char.ConvertFromUtf32((int)v));
    }

    private static PyInt Ord(PyObject arg)
    {
        switch (arg)
        {
            case PyStr s:
            {
                var text = s.Value;
                if (text.Length == 1) return PyInt.From(text[0]);
                if (text.Length == 2 && char.IsHighSurrogate(text[0]) && char.IsLowSurrogate(text[1]))
                    return PyInt.From(char.ConvertToUtf32(text[0], text[1]));
                throw Errors.TypeError($"ord() expected a character, but string of length {CodePointLength(text)} found");
            }
            case PyBytes b:
                if (b.Value.Length == 1) return PyInt.From(b.Value[0]);
                throw Errors.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
            case PyByteArray:
            {
                var n = Ops.Len(arg);
                if (n == 1) return Ops.Index(Ops.GetItem(arg, PyInt.From(0)));
                throw Errors.TypeError($"ord() expected a character, but string of length {n} found");
            }
            default:
                throw Errors.TypeError($"ord() expected string of length 1, but {arg.Type.Name} found");
        }
    }

    private static int CodePointLength(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }
}
