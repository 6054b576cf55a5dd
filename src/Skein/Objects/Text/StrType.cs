namespace Skein.Objects.Text;

/// <summary>The slots of str: repr, hash, comparison, sequence protocol, +, *, % and construction.</summary>
internal static class StrType
{
    public static void Init(PyType t)
    {
        t.Repr = self => new PyStr(StrRepr.Repr(((PyStr)self).Value));
        t.Str = self => ReferenceEquals(self.Type, PyTypes.Str) ? self : new PyStr(((PyStr)self).Value);
        t.Hash = self => self.GetHashCode();
        t.RichCompare = Compare;
        t.Len = self => ((PyStr)self).Length;
        t.Contains = (self, item) =>
        {
            if (item is not PyStr sub) throw Errors.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
            return ((PyStr)self).Value.Contains(sub.Value, StringComparison.Ordinal);
        };
        t.GetItem = GetItem;
        t.Iter = self => new StrIterator((PyStr)self);
        t.Number[(int)BinaryOp.Add] = Concat;
        t.Number[(int)BinaryOp.Mul] = Repeat;
        t.Number[(int)BinaryOp.Mod] = (a, b) => a is PyStr s ? new PyStr(PercentFormat.FormatStr(s.Value, b)) : PyNotImplemented.Instance;
        t.New = New;
        StrMethods.Define(t);
    }

    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyStr x || b is not PyStr y) return PyNotImplemented.Instance;
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            var eq = ReferenceEquals(x, y) || string.Equals(x.Value, y.Value);
            return PyBool.From(eq == (op == CompareOp.Eq));
        }
        var c = CodePoints.Compare(x.Value, y.Value);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var s = (PyStr)self;
        if (key is PySlice slice) return Slice(s, slice);
        if (key is not PyInt && key.Type.Index == null)
            throw Errors.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        var i = Ops.AsIndex(key, "string");
        var n = s.Length;
        if (i < 0) i += n;
        if ((ulong)i >= (ulong)n) throw Errors.IndexError("string index out of range");
        if (!s.HasSurrogatePairs) return PyStr.FromChar(s.Value[(int)i]);
        var at = CodePoints.ToCharIndex(s.Value, (int)i);
        return PyStr.FromCodePoint(CodePoints.Next(s.Value, ref at));
    }

    public static PyStr Slice(PyStr s, PySlice slice)
    {
        var count = SliceIndices.Resolve(slice, s.Length, out var start, out _, out var step);
        if (count <= 0) return PyStr.Empty;
        if (step == 1 && count == s.Length && ReferenceEquals(s.Type, PyTypes.Str)) return s;
        if (!s.HasSurrogatePairs)
        {
            if (step == 1) return PyStr.From(s.Value.Substring((int)start, (int)count));
            var chars = new char[count];
            for (long k = 0, i = start; k < count; k++, i += step) chars[k] = s.Value[(int)i];
            return PyStr.From(new string(chars));
        }
        var cps = CodePoints.ToArray(s.Value);
        var picked = new int[count];
        for (long k = 0, i = start; k < count; k++, i += step) picked[k] = cps[i];
        return PyStr.From(CodePoints.FromArray(picked));
    }

    private static PyObject Concat(PyObject a, PyObject b)
    {
        if (a is not PyStr x || b is not PyStr y) return PyNotImplemented.Instance;
        if (y.Value.Length == 0 && ReferenceEquals(x.Type, PyTypes.Str)) return x;
        if (x.Value.Length == 0 && ReferenceEquals(y.Type, PyTypes.Str)) return y;
        if ((long)x.Value.Length + y.Value.Length > Array.MaxLength) throw Errors.New(PyExc.MemoryError);
        return new PyStr(string.Concat(x.Value, y.Value));
    }

    private static PyObject Repeat(PyObject a, PyObject b)
    {
        PyStr s;
        PyObject n;
        if (a is PyStr sa) (s, n) = (sa, b);
        else if (b is PyStr sb) (s, n) = (sb, a);
        else return PyNotImplemented.Instance;
        if (n is not PyInt && n.Type.Index == null) return PyNotImplemented.Instance;
        var count = RepeatCount(n);
        if (count <= 0 || s.Value.Length == 0) return PyStr.Empty;
        if (count == 1 && ReferenceEquals(s.Type, PyTypes.Str)) return s;
        if (count > Array.MaxLength / s.Value.Length) throw Errors.New(PyExc.MemoryError);
        return new PyStr(Repeat(s.Value, (int)count));
    }

    /// <summary>The count operand of sequence repetition, with CPython's overflow message.</summary>
    public static long RepeatCount(PyObject n)
    {
        var i = Ops.Index(n);
        if (!i.TryGetLong(out var count)) throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        return count;
    }

    private static string Repeat(string s, int count)
    {
        if (s.Length == 1) return new string(s[0], count);
        return string.Create(s.Length * count, s, (span, value) =>
        {
            value.AsSpan().CopyTo(span);
            var filled = value.Length;
            while (filled < span.Length)
            {
                var chunk = Math.Min(filled, span.Length - filled);
                span[..chunk].CopyTo(span[filled..]);
                filled += chunk;
            }
        });
    }

    private static readonly string[] s_newNames = ["object", "encoding", "errors"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        string value;
        if (args.Length == 0 && kwargs == null) value = "";
        else if (args.Length == 1 && kwargs == null)
        {
            var s = Ops.StrObj(args[0]);
            if (ReferenceEquals(type, PyTypes.Str)) return s;
            value = s.Value;
        }
        else
        {
            if (args.Length > 3) throw Errors.TypeError($"str() takes at most 3 arguments ({args.Length} given)");
            if (kwargs != null)
                foreach (var key in kwargs.KeysSnapshot())
                    if (key is not PyStr k || Array.IndexOf(s_newNames, k.Value) < 0)
                        throw Errors.TypeError($"{Ops.Repr(key)} is an invalid keyword argument for str()");
            var a = ArgParser.Parse("str", args, kwargs, s_newNames);
            var obj = a[0];
            if (a[1] == null && a[2] == null) value = obj == null ? "" : Ops.Str(obj);
            else
            {
                var encoding = a[1] == null ? "utf-8" : ArgString(a[1]!, "str", "encoding");
                var errors = a[2] == null ? "strict" : ArgString(a[2]!, "str", "errors");
                if (obj == null) value = "";
                else if (obj is PyStr) throw Errors.TypeError("decoding str is not supported");
                else if (!Buffers.TryGetBytes(obj, out var bytes))
                    throw Errors.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found");
                else value = Codecs.Decode(bytes, encoding, errors);
            }
        }
        if (ReferenceEquals(type, PyTypes.Str)) return PyStr.From(value);
        return new PyStrSubclassInstance(type, value);
    }

    /// <summary>A str argument of a built-in, with CPython's "f() argument 'name' must be str, not int".</summary>
    public static string ArgString(PyObject o, string function, string name) =>
        o is PyStr s ? s.Value : throw Errors.TypeError($"{function}() argument '{name}' must be str, not {o.Type.Name}");
}
