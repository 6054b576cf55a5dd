namespace Skein.Objects;

/// <summary>
/// UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (object is bytes) and
/// UnicodeTranslateError(object, start, end, reason), with CPython's messages such as
/// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
/// </summary>
public sealed class PyUnicodeError : PyBaseException
{
    public PyObject? Encoding, Object, Reason;
    public long Start, End;

    public PyUnicodeError(PyType type) : base(type)
    {
    }

    private enum Kind { Encode, Decode, Translate }

    internal static void InitEncode(PyType t) => Init(t, Kind.Encode);
    internal static void InitDecode(PyType t) => Init(t, Kind.Decode);
    internal static void InitTranslate(PyType t) => Init(t, Kind.Translate);

    private static void Init(PyType t, Kind kind)
    {
        t.New = (type, args, _) => new PyUnicodeError(type) { Args = PyTuple.Create(args.ToArray()) };
        t.Init = (self, args, kw) =>
        {
            PyExc.NoKeywords(self, kw);
            var e = (PyUnicodeError)self;
            e.Args = PyTuple.Create(args.ToArray());
            var expected = kind == Kind.Translate ? 4 : 5;
            if (args.Length != expected) throw Errors.TypeError($"function takes exactly {expected} arguments ({args.Length} given)");
            var i = 0;
            if (kind != Kind.Translate) e.Encoding = RequireStr(args[i++], 1);
            if (kind == Kind.Decode)
            {
                var o = args[i++];
                e.Object = o switch
                {
                    PyBytes b => b,
                    PyByteArray or PyMemoryView => Ops.Call(PyTypes.Bytes, o),
                    _ => throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
                };
            }
            else
            {
                e.Object = RequireStr(args[i], i + 1);
                i++;
            }
            e.Start = Ops.AsLong(args[i++]);
            e.End = Ops.AsLong(args[i++]);
            e.Reason = RequireStr(args[i], i + 1);
        };
        t.Str = self => new PyStr(((PyUnicodeError)self).Describe(kind));
        if (kind != Kind.Translate)
            ExceptionAttributes.DefField<PyUnicodeError>(t, "encoding", e => e.Encoding, (e, v) => e.Encoding = v);
        else
            ExceptionAttributes.DefField<PyUnicodeError>(t, "encoding", e => e.Encoding);
        ExceptionAttributes.DefField<PyUnicodeError>(t, "object", e => e.Object, (e, v) => e.Object = v);
        ExceptionAttributes.DefField<PyUnicodeError>(t, "reason", e => e.Reason, (e, v) => e.Reason = v);
        t.DefGetter("start", self => PyInt.From(((PyUnicodeError)self).Start), (self, v) => ((PyUnicodeError)self).Start = Ops.AsLong(v ?? throw Errors.TypeError("can't delete numeric/char attribute")));
        t.DefGetter("end", self => PyInt.From(((PyUnicodeError)self).End), (self, v) => ((PyUnicodeError)self).End = Ops.AsLong(v ?? throw Errors.TypeError("can't delete numeric/char attribute")));
    }

    private static PyStr RequireStr(PyObject o, int position) =>
        o as PyStr ?? throw Errors.TypeError($"argument {position} must be str, not {o.Type.Name}");

    private string Describe(Kind kind)
    {
        if (Object == null) return "";
        var reason = Ops.Str(Reason ?? PyNone.Instance);
        if (kind == Kind.Decode)
        {
            var encoding = Ops.Str(Encoding ?? PyNone.Instance);
            var bytes = (Object as PyBytes)?.Value ?? [];
            return Start < bytes.Length && End == Start + 1
                ? $"'{encoding}' codec can't decode byte 0x{bytes[Start]:x2} in position {Start}: {reason}"
                : $"'{encoding}' codec can't decode bytes in position {Start}-{End - 1}: {reason}";
        }
        var prefix = kind == Kind.Encode ? $"'{Ops.Str(Encoding ?? PyNone.Instance)}' codec can't encode" : "can't translate";
        var text = (Object as PyStr)?.Value ?? "";
        if (End == Start + 1 && CodePointAt(text, Start) is int cp)
            return $"{prefix} character '{EscapeCodePoint(cp)}' in position {Start}: {reason}";
        return $"{prefix} characters in position {Start}-{End - 1}: {reason}";
    }

    /// <summary>The code point at a code-point index (a surrogate pair counts as one), or null when out of range.</summary>
    private static int? CodePointAt(string s, long index)
    {
        if (index < 0) return null;
        long n = 0;
        for (var i = 0; i < s.Length; i++, n++)
        {
            var isPair = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (n == index) return isPair ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
            if (isPair) i++;
        }
        return null;
    }

    private static string EscapeCodePoint(int cp) =>
        cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
}
