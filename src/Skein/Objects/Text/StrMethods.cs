using System.Text;

namespace Skein.Objects.Text;

/// <summary>The methods of str (everything that is not a slot).</summary>
internal static partial class StrMethods
{
    private static PyStr S(PyObject self) => (PyStr)self;

    /// <summary>The result of a method that may leave the string unchanged: an exact str returns itself, as CPython does.</summary>
    private static PyStr Result(PyStr self, string value)
    {
        if (ReferenceEquals(value, self.Value) || (value.Length == self.Value.Length && value == self.Value))
            return ReferenceEquals(self.Type, PyTypes.Str) ? self : new PyStr(self.Value);
        return PyStr.From(value);
    }

    private static string SubArg(PyObject o) => o is PyStr s ? s.Value : throw Errors.TypeError($"must be str, not {o.Type.Name}");

    public static void Define(PyType t)
    {
        DefineCase(t);
        DefineSearch(t);
        DefineSplit(t);
        DefineLayout(t);
        t.DefMethod("join", (self, args, kw) => Join(S(self), MethodArgs.One("str.join", args, kw)));
        t.DefMethod("encode", Encode);
        t.DefMethod("format", (self, args, kw) => new PyStr(StrFormatter.Format(S(self).Value, args, kw)));
        t.DefMethod("format_map", (self, args, kw) =>
            new PyStr(StrFormatter.FormatMap(S(self).Value, MethodArgs.One("str.format_map", args, kw))));
        t.DefMethod("__format__", (self, args, _) =>
        {
            ArgParser.Exactly("__format__", args, 1);
            var spec = args[0] as PyStr ?? throw Errors.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
            var s = S(self);
            if (spec.Value.Length == 0) return ReferenceEquals(s.Type, PyTypes.Str) ? s : new PyStr(s.Value);
            return new PyStr(FormatSpec.Parse(spec.Value, 's').FormatString(s.Value, "str"));
        });
        t.DefMethod("__getnewargs__", (self, args, kw) =>
        {
            MethodArgs.None("str.__getnewargs__", args, kw);
            return PyTuple.Create(new PyStr(S(self).Value));
        });
        t.DefMethod("translate", (self, args, kw) => Translate(S(self), MethodArgs.One("str.translate", args, kw)));
        t.DefStaticMethod("maketrans", MakeTrans);
    }

    // ---- join / encode / translate ------------------------------------------------------------------

    public static PyStr Join(PyStr sep, PyObject iterable)
    {
        PyObject[] items;
        if (iterable is PyList or PyTuple) items = Ops.ToArray(iterable);
        else
        {
            var it = Ops.GetIterOrNull(iterable) ?? throw Errors.TypeError("can only join an iterable");
            var list = new List<PyObject>();
            while (Ops.Next(it) is { } x) list.Add(x);
            items = list.ToArray();
        }
        if (items.Length == 0) return PyStr.Empty;
        if (items.Length == 1 && items[0] is PyStr only && ReferenceEquals(only.Type, PyTypes.Str)) return only;
        long total = (long)sep.Value.Length * (items.Length - 1);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyStr s) throw Errors.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            total += s.Value.Length;
        }
        if (total > Array.MaxLength) throw Errors.New(PyExc.MemoryError);
        var sb = new StringBuilder((int)total);
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(sep.Value);
            sb.Append(((PyStr)items[i]).Value);
        }
        return new PyStr(sb.ToString());
    }

    private static readonly string[] s_encodeNames = ["encoding", "errors"];

    private static PyObject Encode(PyObject self, ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = MethodArgs.Keywords("encode", args, kw, s_encodeNames);
        var encoding = a[0] == null ? "utf-8" : StrType.ArgString(a[0]!, "encode", "encoding");
        var errors = a[1] == null ? "strict" : StrType.ArgString(a[1]!, "encode", "errors");
        return new PyBytes(Codecs.Encode(S(self).Value, encoding, errors));
    }

    private static PyStr Translate(PyStr s, PyObject table)
    {
        var exactDict = table is PyDict d && ReferenceEquals(d.Type, PyTypes.Dict) ? d : null;
        Dictionary<int, string?>? cache = null;
        StringBuilder? sb = null;
        var value = s.Value;
        var i = 0;
        while (i < value.Length)
        {
            var at = i;
            var cp = CodePoints.Next(value, ref i);
            cache ??= new Dictionary<int, string?>();
            if (!cache.TryGetValue(cp, out var mapped))
            {
                mapped = TranslateOne(table, exactDict, cp);
                cache[cp] = mapped;
            }
            // A null entry means "unchanged"; other values replace the character ("" deletes it).
            if (mapped == null)
            {
                sb?.Append(value, at, i - at);
                continue;
            }
            sb ??= new StringBuilder(value.Length).Append(value, 0, at);
            sb.Append(mapped);
        }
        return sb == null ? Result(s, value) : PyStr.From(sb.ToString());
    }

    private static string? TranslateOne(PyObject table, PyDict? exactDict, int cp)
    {
        var key = PyInt.From(cp);
        PyObject? r;
        if (exactDict != null) r = exactDict.GetItemOrNull(key);
        else
        {
            try
            {
                r = Ops.GetItem(table, key);
            }
            catch (PyException e) when (e.Is(PyExc.LookupError))
            {
                r = null;
            }
        }
        switch (r)
        {
            case null: return null;
            case PyNone: return "";
            case PyStr rs: return rs.Value.Length == 1 && rs.Value[0] == cp ? null : rs.Value;
            case PyInt ri:
                if (!ri.TryGetLong(out var v) || v < 0 || v > 0x10FFFF) throw Errors.ValueError("character mapping must be in range(0x110000)");
                return v == cp ? null : CodePoints.FromCodePoint((int)v);
            default: throw Errors.TypeError("character mapping must return integer, None or str");
        }
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        MethodArgs.Clinic("maketrans", "str.maketrans", args, kw, 1, 3);
        var result = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict map) throw Errors.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (key, value) in map.Snapshot())
            {
                if (key is PyStr ks)
                {
                    if (ks.Length != 1) throw Errors.ValueError("string keys in translate table must be of length 1");
                    var k = 0;
                    result.SetItem(PyInt.From(CodePoints.Next(ks.Value, ref k)), value);
                }
                else if (key is PyInt) result.SetItem(key, value);
                else throw Errors.TypeError("keys in translate table must be strings or integers");
            }
            return result;
        }
        if (args[0] is not PyStr x) throw Errors.TypeError("first maketrans argument must be a string if there is a second argument");
        if (args[1] is not PyStr y) throw Errors.TypeError($"maketrans() argument 2 must be str, not {args[1].Type.Name}");
        PyStr? z = null;
        if (args.Length == 3) z = args[2] as PyStr ?? throw Errors.TypeError($"maketrans() argument 3 must be str, not {args[2].Type.Name}");
        if (x.Length != y.Length) throw Errors.ValueError("the first two maketrans arguments must have equal length");
        int i = 0, j = 0;
        while (i < x.Value.Length)
            result.SetItem(PyInt.From(CodePoints.Next(x.Value, ref i)), PyInt.From(CodePoints.Next(y.Value, ref j)));
        if (z != null)
        {
            i = 0;
            while (i < z.Value.Length) result.SetItem(PyInt.From(CodePoints.Next(z.Value, ref i)), PyNone.Instance);
        }
        return result;
    }
}
