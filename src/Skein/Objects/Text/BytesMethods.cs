namespace Skein.Objects.Text;

/// <summary>
/// The methods bytes and bytearray share. Each works on a span of the receiver's bytes (a snapshot window
/// for bytearray) and makes results of the receiver's kind: bytearray methods return bytearrays, bytes
/// methods (also on subclasses) return exact bytes.
/// </summary>
internal sealed class BytesMethods
{
    private readonly string _typeName;
    private readonly bool _mutable;

    private BytesMethods(string typeName, bool mutable)
    {
        _typeName = typeName;
        _mutable = mutable;
    }

    private static ReadOnlySpan<byte> Data(PyObject self) => self is PyBytes b ? b.Value : ((PyByteArray)self).Span;

    private PyObject Make(byte[] value) => _mutable ? new PyByteArray(value) : value.Length == 0 ? PyBytes.Empty : new PyBytes(value);

    private PyObject Make(ReadOnlySpan<byte> value) => Make(value.ToArray());

    /// <summary>The receiver itself when a bytes method leaves an exact bytes unchanged (as CPython does); a copy otherwise.</summary>
    private PyObject Same(PyObject self) =>
        !_mutable && ReferenceEquals(self.Type, PyTypes.Bytes) ? self : Make(Data(self));

    private static readonly string[] s_splitNames = ["sep", "maxsplit"];
    private static readonly string[] s_splitlinesNames = ["keepends"];
    private static readonly string[] s_decodeNames = ["encoding", "errors"];
    private static readonly string[] s_hexNames = ["sep", "bytes_per_sep"];
    private static readonly string[] s_expandtabsNames = ["tabsize"];

    public static void Define(PyType t, string typeName, bool mutable) => new BytesMethods(typeName, mutable).Register(t);

    private void Register(PyType t)
    {
        var q = _typeName + ".";
        Transform(t, "lower", s => ByteText.Map(s, ByteText.ToLower));
        Transform(t, "upper", s => ByteText.Map(s, ByteText.ToUpper));
        Transform(t, "swapcase", ByteText.SwapCase);
        Transform(t, "title", ByteText.Title);
        Transform(t, "capitalize", ByteText.Capitalize);
        Predicate(t, "isascii", s => System.Text.Ascii.IsValid(s), true);
        Predicate(t, "isalpha", s => All(s, ByteText.IsAlpha));
        Predicate(t, "isalnum", s => All(s, b => ByteText.IsAlpha(b) || ByteText.IsDigit(b)));
        Predicate(t, "isdigit", s => All(s, ByteText.IsDigit));
        Predicate(t, "isspace", s => All(s, ByteText.IsSpace));
        Predicate(t, "islower", s => s.IndexOfAnyInRange((byte)'A', (byte)'Z') < 0 && s.IndexOfAnyInRange((byte)'a', (byte)'z') >= 0);
        Predicate(t, "isupper", s => s.IndexOfAnyInRange((byte)'a', (byte)'z') < 0 && s.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0);
        Predicate(t, "istitle", ByteText.IsTitle);

        t.DefMethod("find", (self, a, kw) => PyInt.From(Find("find", _typeName, self, a, kw, false)));
        t.DefMethod("rfind", (self, a, kw) => PyInt.From(Find("rfind", _typeName, self, a, kw, true)));
        t.DefMethod("index", (self, a, kw) => IndexResult(Find("index", _typeName, self, a, kw, false)));
        t.DefMethod("rindex", (self, a, kw) => IndexResult(Find("rindex", _typeName, self, a, kw, true)));
        t.DefMethod("count", (self, a, kw) =>
        {
            MethodArgs.Legacy("count", _typeName + ".count", a, kw, 1, 3);
            var data = Data(self);
            var sub = SubArg(a[0], out var single);
            SliceIndices.StartEnd(a, 1, data.Length, out var start, out var end);
            return PyInt.From(ByteText.Count(data, single >= 0 ? [(byte)single] : sub, start, end));
        });
        t.DefMethod("startswith", (self, a, kw) => TailMatch("startswith", _typeName, self, a, kw, false));
        t.DefMethod("endswith", (self, a, kw) => TailMatch("endswith", _typeName, self, a, kw, true));
        t.DefMethod("partition", (self, a, kw) => Partition(self, MethodArgs.One(q + "partition", a, kw), false));
        t.DefMethod("rpartition", (self, a, kw) => Partition(self, MethodArgs.One(q + "rpartition", a, kw), true));
        t.DefMethod("removeprefix", (self, a, kw) =>
        {
            var data = Data(self);
            var p = Buffers.Require(MethodArgs.One(q + "removeprefix", a, kw));
            return p.Length > 0 && data.StartsWith(p) ? Make(data[p.Length..]) : Same(self);
        });
        t.DefMethod("removesuffix", (self, a, kw) =>
        {
            var data = Data(self);
            var p = Buffers.Require(MethodArgs.One(q + "removesuffix", a, kw));
            return p.Length > 0 && data.EndsWith(p) ? Make(data[..^p.Length]) : Same(self);
        });
        t.DefMethod("replace", (self, a, kw) =>
        {
            MethodArgs.Clinic("replace", q + "replace", a, kw, 2, 3);
            var count = a.Length > 2 ? MethodArgs.Int(a[2]) : -1;
            return Make(ByteText.Replace(Data(self), Buffers.Require(a[0]), Buffers.Require(a[1]), count));
        });
        t.DefMethod("split", (self, a, kw) => Split("split", self, a, kw, false));
        t.DefMethod("rsplit", (self, a, kw) => Split("rsplit", self, a, kw, true));
        t.DefMethod("splitlines", (self, a, kw) =>
        {
            var p = MethodArgs.Keywords("splitlines", a, kw, s_splitlinesNames);
            var keepends = p[0] != null && Ops.AsInt32(p[0]!) != 0;
            return Parts(Data(self), ByteText.SplitLines(Data(self), keepends));
        });
        t.DefMethod("strip", (self, a, kw) => Strip("strip", self, a, kw, true, true));
        t.DefMethod("lstrip", (self, a, kw) => Strip("lstrip", self, a, kw, true, false));
        t.DefMethod("rstrip", (self, a, kw) => Strip("rstrip", self, a, kw, false, true));
        t.DefMethod("center", (self, a, kw) => Pad("center", self, a, kw));
        t.DefMethod("ljust", (self, a, kw) => Pad("ljust", self, a, kw));
        t.DefMethod("rjust", (self, a, kw) => Pad("rjust", self, a, kw));
        t.DefMethod("zfill", (self, a, kw) => Make(ByteText.ZFill(Data(self), MethodArgs.Int(MethodArgs.One(q + "zfill", a, kw)))));
        t.DefMethod("expandtabs", (self, a, kw) =>
        {
            var p = MethodArgs.Keywords("expandtabs", a, kw, s_expandtabsNames);
            return Make(ByteText.ExpandTabs(Data(self), p[0] == null ? 8 : MethodArgs.Int(p[0]!)));
        });
        t.DefMethod("join", (self, a, kw) => Join(self, MethodArgs.One(q + "join", a, kw)));
        t.DefMethod("decode", (self, a, kw) =>
        {
            var p = MethodArgs.Keywords("decode", a, kw, s_decodeNames);
            var encoding = p[0] == null ? "utf-8" : StrType.ArgString(p[0]!, "decode", "encoding");
            var errors = p[1] == null ? "strict" : StrType.ArgString(p[1]!, "decode", "errors");
            return PyStr.From(Codecs.Decode(Data(self), encoding, errors));
        });
        t.DefMethod("hex", (self, a, kw) => new PyStr(HexMethod(Data(self), a, kw)));
        t.DefMethod("translate", Translate);
        t.DefClassMethod("fromhex", (cls, a, kw) =>
        {
            var arg = MethodArgs.One("fromhex", a, kw);
            var s = arg as PyStr ?? throw Errors.TypeError($"fromhex() argument must be str, not {arg.Type.Name}");
            PyObject result = _mutable ? new PyByteArray(ByteText.FromHex(s.Value)) : new PyBytes(ByteText.FromHex(s.Value));
            return ReferenceEquals(cls, _mutable ? PyTypes.ByteArray : PyTypes.Bytes) ? result : Ops.Call(cls, result);
        });
        t.DefStaticMethod("maketrans", (a, kw) =>
        {
            MethodArgs.Clinic("maketrans", _typeName + ".maketrans", a, kw, 2, 2);
            var from = Buffers.Require(a[0]);
            var to = Buffers.Require(a[1]);
            if (from.Length != to.Length) throw Errors.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (var i = 0; i < 256; i++) table[i] = (byte)i;
            for (var i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return new PyBytes(table);
        });
    }

    public static string HexMethod(ReadOnlySpan<byte> data, ReadOnlySpan<PyObject> a, PyDict? kw)
    {
        var p = MethodArgs.Keywords("hex", a, kw, s_hexNames);
        char? sep = null;
        if (p[0] != null)
        {
            var sepObj = p[0]!;
            string sepText;
            if (sepObj is PyStr ss) sepText = ss.Value;
            else if (Buffers.TryGetBytes(sepObj, out var sb)) sepText = System.Text.Encoding.Latin1.GetString(sb);
            else throw Errors.TypeError($"object of type '{sepObj.Type.Name}' has no len()");
            if (sepText.Length != 1) throw Errors.ValueError("sep must be length 1.");
            if (sepText[0] > 127) throw Errors.ValueError("sep must be ASCII.");
            sep = sepText[0];
        }
        var per = p[1] == null ? 1 : MethodArgs.Int(p[1]!);
        return ByteText.Hex(data, sep, per);
    }

    private void Transform(PyType t, string name, Func<ReadOnlySpan<byte>, byte[]> f)
    {
        var qual = _typeName + "." + name;
        t.DefMethod(name, (self, a, kw) =>
        {
            MethodArgs.None(qual, a, kw);
            return Make(f(Data(self)));
        });
    }

    private delegate bool SpanPredicate(ReadOnlySpan<byte> s);

    private void Predicate(PyType t, string name, SpanPredicate f, bool emptyResult = false)
    {
        var qual = _typeName + "." + name;
        t.DefMethod(name, (self, a, kw) =>
        {
            MethodArgs.None(qual, a, kw);
            var data = Data(self);
            return PyBool.From(data.Length == 0 ? emptyResult : f(data));
        });
    }

    private static bool All(ReadOnlySpan<byte> s, Func<byte, bool> pred)
    {
        foreach (var b in s)
            if (!pred(b)) return false;
        return true;
    }

    /// <summary>The sub argument of find/count/index: a bytes-like object or an int in range(256) (returned in single).</summary>
    private static ReadOnlySpan<byte> SubArg(PyObject o, out int single)
    {
        single = -1;
        if (Buffers.TryGetBytes(o, out var b)) return b;
        if (o is PyInt || o.Type.Index != null)
        {
            single = Buffers.ByteValue(o);
            return default;
        }
        throw Errors.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
    }

    private static long Find(string name, string typeName, PyObject self, ReadOnlySpan<PyObject> a, PyDict? kw, bool reverse)
    {
        MethodArgs.Legacy(name, typeName + "." + name, a, kw, 1, 3);
        var data = Data(self);
        var sub = SubArg(a[0], out var single);
        SliceIndices.StartEnd(a, 1, data.Length, out var start, out var end);
        return ByteText.Find(data, single >= 0 ? [(byte)single] : sub, start, end, reverse);
    }

    private static PyObject IndexResult(long i) => i >= 0 ? PyInt.From(i) : throw Errors.ValueError("subsection not found");

    private static PyObject TailMatch(string name, string typeName, PyObject self, ReadOnlySpan<PyObject> a, PyDict? kw, bool atEnd)
    {
        MethodArgs.Legacy(name, typeName + "." + name, a, kw, 1, 3);
        var data = Data(self);
        SliceIndices.StartEnd(a, 1, data.Length, out var start, out var end);
        if (a[0] is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                if (ByteText.TailMatch(data, Buffers.Require(item), start, end, atEnd)) return PyBool.True;
            return PyBool.False;
        }
        if (!Buffers.TryGetBytes(a[0], out var sub))
            throw Errors.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {a[0].Type.Name}");
        return PyBool.From(ByteText.TailMatch(data, sub, start, end, atEnd));
    }

    private PyObject Partition(PyObject self, PyObject sepArg, bool reverse)
    {
        var data = Data(self);
        var sep = Buffers.Require(sepArg);
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        var i = reverse ? data.LastIndexOf(sep) : data.IndexOf(sep);
        var sepObj = !_mutable && sepArg is PyBytes sb && ReferenceEquals(sb.Type, PyTypes.Bytes) ? sepArg : Make(sep);
        if (i < 0)
        {
            return reverse
                ? PyTuple.Create(Make([]), Make([]), Same(self))
                : PyTuple.Create(Same(self), Make([]), Make([]));
        }
        return PyTuple.Create(Make(data[..i]), sepObj, Make(data[(i + sep.Length)..]));
    }

    private PyObject Split(string name, PyObject self, ReadOnlySpan<PyObject> a, PyDict? kw, bool reverse)
    {
        var p = MethodArgs.Keywords(name, a, kw, s_splitNames);
        var maxsplit = p[1] == null ? -1 : MethodArgs.Int(p[1]!);
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var data = Data(self);
        if (p[0] == null || p[0] is PyNone) return Parts(data, ByteText.SplitWhitespace(data, maxsplit, reverse));
        var sep = Buffers.Require(p[0]!);
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        return Parts(data, ByteText.SplitOn(data, sep, maxsplit, reverse));
    }

    private PyList Parts(ReadOnlySpan<byte> data, List<(int Start, int End)> ranges)
    {
        var items = new PyObject[ranges.Count];
        for (var i = 0; i < items.Length; i++) items[i] = Make(data[ranges[i].Start..ranges[i].End]);
        return new PyList(items);
    }

    private PyObject Strip(string name, PyObject self, ReadOnlySpan<PyObject> a, PyDict? kw, bool left, bool right)
    {
        MethodArgs.Clinic(name, _typeName + "." + name, a, kw, 0, 1);
        var data = Data(self);
        var chars = a.Length == 0 || a[0] is PyNone ? null : Buffers.Require(a[0]).ToArray();
        var (start, end) = ByteText.Strip(data, chars, left, right);
        return start == 0 && end == data.Length ? Same(self) : Make(data[start..end]);
    }

    private PyObject Pad(string name, PyObject self, ReadOnlySpan<PyObject> a, PyDict? kw)
    {
        MethodArgs.Clinic(name, _typeName + "." + name, a, kw, 1, 2);
        var width = MethodArgs.Int(a[0]);
        byte fill = (byte)' ';
        if (a.Length > 1)
        {
            if (a[1] is not (PyBytes or PyByteArray) || !Buffers.TryGetBytes(a[1], out var f) || f.Length != 1)
                throw Errors.TypeError($"{name}() argument 2 must be a byte string of length 1, not {a[1].Type.Name}");
            fill = f[0];
        }
        var data = Data(self);
        if (width <= data.Length) return Same(self);
        var margin = width - data.Length;
        var leftPad = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => margin / 2 + (margin & width & 1),
        };
        return Make(ByteText.Pad(data, leftPad, margin - leftPad, fill));
    }

    private PyObject Join(PyObject self, PyObject iterable)
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
        var sep = Data(self).ToArray();
        var result = new List<byte>();
        for (var i = 0; i < items.Length; i++)
        {
            if (!Buffers.TryGetBytes(items[i], out var part))
                throw Errors.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            if (i > 0) result.AddRange(sep);
            result.AddRange(part);
        }
        return Make(result.ToArray());
    }

    private static readonly string[] s_translateNames = ["table", "delete"];

    private PyObject Translate(PyObject self, ReadOnlySpan<PyObject> a, PyDict? kw)
    {
        var p = MethodArgs.Keywords("translate", a, kw, s_translateNames, required: 1);
        ReadOnlySpan<byte> table = default;
        var hasTable = p[0] is not PyNone;
        if (hasTable)
        {
            table = Buffers.Require(p[0]!);
            if (table.Length != 256) throw Errors.ValueError("translation table must be 256 characters long");
        }
        var delete = p[1] == null ? default : Buffers.Require(p[1]!);
        var data = Data(self);
        var result = new List<byte>(data.Length);
        foreach (var b in data)
        {
            if (delete.Length > 0 && delete.Contains(b)) continue;
            result.Add(hasTable ? table[b] : b);
        }
        return Make(result.ToArray());
    }
}
