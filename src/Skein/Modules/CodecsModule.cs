using System.Text;
using Skein.Objects.Text;

namespace Skein.Modules;

/// <summary>
/// The _codecs module: encode/decode by name over Skein's native codecs, the per-codec functions the
/// encodings package calls (utf_8_encode, latin_1_decode, ...), codec search functions and error handlers.
/// lookup() answers a native codec with the 4-tuple (encode, decode, None, None) a search function returns.
/// </summary>
[BuiltinModule("_codecs")]
public static class CodecsModule
{
    private static readonly List<PyObject> s_searchFunctions = [];
    private static readonly Lock s_lock = new();

    private static readonly (string Name, TextEncoding Encoding)[] s_codecFunctions =
    [
        ("utf_8", TextEncoding.Utf8), ("ascii", TextEncoding.Ascii), ("latin_1", TextEncoding.Latin1),
        ("utf_16", TextEncoding.Utf16), ("utf_16_le", TextEncoding.Utf16LE), ("utf_16_be", TextEncoding.Utf16BE),
        ("utf_32", TextEncoding.Utf32), ("utf_32_le", TextEncoding.Utf32LE), ("utf_32_be", TextEncoding.Utf32BE),
        ("unicode_escape", TextEncoding.UnicodeEscape), ("raw_unicode_escape", TextEncoding.RawUnicodeEscape),
        ("cp1252", TextEncoding.Cp1252),
    ];

    public static void Init(PyModule module)
    {
        module.DefFunction("encode", (a, kw) => Transcode("encode", a, kw, encode: true));
        module.DefFunction("decode", (a, kw) => Transcode("decode", a, kw, encode: false));
        // Lets the codecs module name a native codec the way CPython's encodings package does (CodecInfo.name).
        module.DefFunction("_native_name", (a, kw) =>
        {
            ArgParser.Exactly("_native_name", a, 1);
            if (a[0] is not PyStr n || !Codecs.TryLookup(n.Value, out var e)) return PyNone.Instance;
            // CPython's encodings.latin_1 names itself iso8859-1, unlike its error messages.
            return new PyStr(e == TextEncoding.Latin1 ? "iso8859-1" : Codecs.Name(e));
        });
        module.DefFunction("lookup", (a, kw) =>
        {
            ArgParser.NoKeywords("lookup", kw);
            ArgParser.Exactly("lookup", a, 1);
            var name = a[0] as PyStr ?? throw Errors.TypeError($"lookup() argument must be str, not {a[0].Type.Name}");
            return Lookup(module, name.Value);
        });
        module.DefFunction("register", (a, kw) =>
        {
            ArgParser.Exactly("register", a, 1);
            if (a[0].Type.Call == null) throw Errors.TypeError("argument must be callable");
            lock (s_lock) s_searchFunctions.Add(a[0]);
            return PyNone.Instance;
        });
        module.DefFunction("unregister", (a, kw) =>
        {
            ArgParser.Exactly("unregister", a, 1);
            lock (s_lock) s_searchFunctions.Remove(a[0]);
            return PyNone.Instance;
        });
        module.DefFunction("register_error", (a, kw) =>
        {
            ArgParser.Range("register_error", a, 2, 2);
            var name = a[0] as PyStr ?? throw Errors.TypeError($"register_error() argument 1 must be str, not {a[0].Type.Name}");
            if (a[1].Type.Call == null) throw Errors.TypeError("handler must be callable");
            Codecs.RegisterErrorHandler(name.Value, a[1]);
            return PyNone.Instance;
        });
        module.DefFunction("lookup_error", (a, kw) =>
        {
            ArgParser.Exactly("lookup_error", a, 1);
            var name = a[0] as PyStr ?? throw Errors.TypeError($"lookup_error() argument must be str, not {a[0].Type.Name}");
            return Codecs.LookupErrorHandler(name.Value)
                ?? module.Dict.GetItemOrNull(name.Value + "_errors")
                ?? throw Errors.LookupError($"unknown error handler name '{name.Value}'");
        });
        foreach (var (name, encoding) in s_codecFunctions)
        {
            var e = encoding;
            module.DefFunction(name + "_encode", (a, kw) =>
            {
                var p = ArgParser.Parse(name + "_encode", a, kw, ["str", "errors"], required: 1, positionalOnly: 2);
                var s = p[0] as PyStr ?? throw Errors.TypeError($"{name}_encode() argument 1 must be str, not {p[0]!.Type.Name}");
                var bytes = Codecs.Encode(s.Value, e, ErrorsArg(p[1]));
                return PyTuple.Create(new PyBytes(bytes), PyInt.From(s.Length));
            });
            module.DefFunction(name + "_decode", (a, kw) =>
            {
                var p = ArgParser.Parse(name + "_decode", a, kw, ["data", "errors", "final"], required: 1, positionalOnly: 3);
                // The escape decoders also take str, as its UTF-8 bytes.
                var data = p[0] is PyStr asText && e is TextEncoding.UnicodeEscape or TextEncoding.RawUnicodeEscape
                    ? Codecs.Encode(asText.Value, TextEncoding.Utf8, "surrogatepass")
                    : Buffers.Require(p[0]!);
                var final = p[2] != null && Ops.IsTrue(p[2]!);
                // The codecs whose CPython functions take no 'final' always decode everything.
                if (e is not (TextEncoding.Utf8 or TextEncoding.Utf16 or TextEncoding.Utf16LE or TextEncoding.Utf16BE
                    or TextEncoding.Utf32 or TextEncoding.Utf32LE or TextEncoding.Utf32BE)) final = true;
                var text = Codecs.Decode(data, e, ErrorsArg(p[1]), final, out var consumed);
                return PyTuple.Create(PyStr.From(text), PyInt.From(consumed));
            });
        }
        DefineErrorHandlers(module);
    }

    private static string ErrorsArg(PyObject? o) => o == null || o is PyNone ? "strict"
        : o is PyStr s ? s.Value : throw Errors.TypeError($"argument 'errors' must be str or None, not {o.Type.Name}");

    private static PyObject Transcode(string function, ReadOnlySpan<PyObject> args, PyDict? kw, bool encode)
    {
        var p = ArgParser.Parse(function, args, kw, ["obj", "encoding", "errors"], required: 1);
        var encoding = p[1] == null ? "utf-8" : StrType.ArgString(p[1]!, function, "encoding");
        var errors = p[2] == null ? "strict" : StrType.ArgString(p[2]!, function, "errors");
        var obj = p[0]!;
        if (!Codecs.TryLookup(encoding, out var e)) throw Errors.LookupError($"unknown encoding: {encoding}");
        if (encode)
        {
            if (obj is not PyStr s)
                throw Errors.TypeError($"encoding with '{Codecs.Name(e)}' codec failed (TypeError: {Codecs.Name(e).Replace('-', '_')}_encode() argument 1 must be str, not {obj.Type.Name})");
            return new PyBytes(Codecs.Encode(s.Value, e, errors));
        }
        if (!Buffers.TryGetBytes(obj, out var data))
            throw Errors.TypeError($"decoding with '{Codecs.Name(e)}' codec failed (TypeError: a bytes-like object is required, not '{obj.Type.Name}')");
        return PyStr.From(Codecs.Decode(data, e, errors));
    }

    private static PyObject Lookup(PyModule module, string name)
    {
        if (Codecs.TryLookup(name, out var e))
        {
            var prefix = Codecs.Name(e).Replace('-', '_');
            return PyTuple.Create(module.Dict.GetItemOrNull(prefix + "_encode") ?? PyNone.Instance,
                module.Dict.GetItemOrNull(prefix + "_decode") ?? PyNone.Instance, PyNone.Instance, PyNone.Instance);
        }
        PyObject[] functions;
        lock (s_lock) functions = s_searchFunctions.ToArray();
        var normalized = new PyStr(Codecs.Normalize(name));
        foreach (var f in functions)
        {
            var r = Ops.Call(f, normalized);
            if (r is PyNone) continue;
            if (r is not PyTuple { Count: 4 }) throw Errors.TypeError("codec search functions must return 4-tuples");
            return r;
        }
        throw Errors.LookupError($"unknown encoding: {name}");
    }

    // ---- the built-in error handlers as functions (what codecs.lookup_error returns) ----------------

    private static void DefineErrorHandlers(PyModule module)
    {
        module.DefFunction("strict_errors", (a, _) =>
        {
            ArgParser.Exactly("strict_errors", a, 1);
            throw a[0] is PyBaseException exc ? new PyException(exc) : Errors.TypeError("codec must pass exception instance");
        });
        module.DefFunction("ignore_errors", (a, _) =>
        {
            var (_, _, end, _) = Unpack("ignore_errors", a);
            return PyTuple.Create(PyStr.Empty, PyInt.From(end));
        });
        module.DefFunction("replace_errors", (a, _) =>
        {
            var (_, start, end, encoding) = Unpack("replace_errors", a);
            return PyTuple.Create(new PyStr(encoding ? new string('?', end - start) : "\uFFFD"), PyInt.From(end));
        });
        module.DefFunction("backslashreplace_errors", (a, _) =>
        {
            var (obj, start, end, encoding) = Unpack("backslashreplace_errors", a);
            var sb = new StringBuilder();
            if (encoding)
            {
                var cps = CodePoints.ToArray(((PyStr)obj).Value);
                for (var k = start; k < end && k < cps.Length; k++) StrRepr.AppendBackslashEscape(sb, cps[k]);
            }
            else
            {
                var data = Buffers.Require(obj);
                for (var k = start; k < end && k < data.Length; k++) sb.Append("\\x").Append(data[k].ToString("x2"));
            }
            return PyTuple.Create(new PyStr(sb.ToString()), PyInt.From(end));
        });
        module.DefFunction("xmlcharrefreplace_errors", (a, _) =>
        {
            var (obj, start, end, encoding) = Unpack("xmlcharrefreplace_errors", a);
            if (!encoding) throw Errors.TypeError($"don't know how to handle {a[0].Type.Name} in error callback");
            var cps = CodePoints.ToArray(((PyStr)obj).Value);
            var sb = new StringBuilder();
            for (var k = start; k < end && k < cps.Length; k++) sb.Append("&#").Append(cps[k]).Append(';');
            return PyTuple.Create(new PyStr(sb.ToString()), PyInt.From(end));
        });
        module.DefFunction("namereplace_errors", (a, _) =>
        {
            var (obj, start, end, encoding) = Unpack("namereplace_errors", a);
            if (!encoding) throw Errors.TypeError($"don't know how to handle {a[0].Type.Name} in error callback");
            var cps = CodePoints.ToArray(((PyStr)obj).Value);
            var sb = new StringBuilder();
            for (var k = start; k < end && k < cps.Length; k++) Codecs.AppendNameEscape(sb, cps[k]);
            return PyTuple.Create(new PyStr(sb.ToString()), PyInt.From(end));
        });
        module.DefFunction("surrogateescape_errors", (a, _) =>
        {
            var (obj, start, end, encoding) = Unpack("surrogateescape_errors", a);
            var sb = new StringBuilder();
            if (encoding)
            {
                var cps = CodePoints.ToArray(((PyStr)obj).Value);
                var bytes = new byte[end - start];
                for (var k = start; k < end; k++)
                {
                    if (k >= cps.Length || cps[k] is < 0xDC80 or > 0xDCFF) throw new PyException((PyBaseException)a[0]);
                    bytes[k - start] = (byte)(cps[k] - 0xDC00);
                }
                return PyTuple.Create(new PyBytes(bytes), PyInt.From(end));
            }
            var data = Buffers.Require(obj);
            for (var k = start; k < end && k < data.Length; k++)
            {
                if (data[k] < 0x80) throw new PyException((PyBaseException)a[0]);
                sb.Append((char)(0xDC00 + data[k]));
            }
            return PyTuple.Create(new PyStr(sb.ToString()), PyInt.From(end));
        });
    }

    /// <summary>The object, start and end of a UnicodeEncodeError/UnicodeDecodeError, and whether it is an encode error.</summary>
    private static (PyObject Object, int Start, int End, bool Encoding) Unpack(string function, ReadOnlySpan<PyObject> a)
    {
        ArgParser.Exactly(function, a, 1);
        var exc = a[0];
        var encoding = exc.Type.IsSubtypeOf(PyExc.UnicodeEncodeError);
        if (!encoding && !exc.Type.IsSubtypeOf(PyExc.UnicodeDecodeError))
            throw Errors.TypeError($"don't know how to handle {exc.Type.Name} in error callback");
        var obj = Ops.GetAttr(exc, "object");
        var start = Ops.AsInt32(Ops.GetAttr(exc, "start"));
        var end = Ops.AsInt32(Ops.GetAttr(exc, "end"));
        return (obj, start, end, encoding);
    }
}
