namespace Skein.Objects.Numbers;

/// <summary>int(x=0, /, base=10): the constructor of int and of its Python subclasses.</summary>
public static class IntConstructor
{
    public static readonly NewSlot New = (type, args, kwargs) =>
    {
        PyObject? x = args.Length > 0 ? args[0] : null;
        PyObject? numberBase = args.Length > 1 ? args[1] : null;
        if (args.Length > 2) throw Errors.TypeError($"int() takes at most 2 arguments ({args.Length} given)");
        if (kwargs != null)
        {
            foreach (var pair in kwargs.Snapshot())
            {
                var key = ((PyStr)pair.Key).Value;
                if (key != "base") throw Errors.TypeError($"'{key}' is an invalid keyword argument for int()");
                if (numberBase != null) throw Errors.TypeError("argument for int() given by name ('base') and position (2)");
                numberBase = pair.Value;
            }
        }
        PyInt value;
        if (x == null)
        {
            if (numberBase != null) throw Errors.TypeError("int() missing string argument");
            value = PyInt.From(0);
        }
        else
        {
            value = numberBase == null ? FromObject(x) : FromText(x, numberBase);
        }
        return ReferenceEquals(type, PyTypes.Int) ? value : new IntSubclassInstance(type, value.Value);
    };

    /// <summary>int(x) for one argument (CPython's PyNumber_Long): __int__, __index__, __trunc__, then text.</summary>
    public static PyInt FromObject(PyObject x)
    {
        if (x is PyInt i) return i.AsExact();
        var t = x.Type;
        if (t.Int != null)
        {
            var r = t.Int(x);
            return r is PyInt ri ? ri.AsExact() : throw Errors.TypeError($"__int__ returned non-int (type {r.Type.Name})");
        }
        if (t.Index != null) return Ops.Index(x).AsExact();
        var trunc = Ops.LookupSpecial(x, Names.__trunc__);
        if (trunc != null)
        {
            var r = Ops.Call(trunc);
            if (r is PyInt ri) return ri.AsExact();
            if (r.Type.Index == null) throw Errors.TypeError($"__trunc__ returned non-Integral (type {r.Type.Name})");
            return Ops.Index(r).AsExact();
        }
        if (x is PyStr s) return ParseOrThrow(s.Value, 10, x);
        if (BytesLike.TryGetBytes(x) is { } bytes) return ParseOrThrow(BytesLike.Latin1(bytes), 10, x);
        throw Errors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{t.Name}'");
    }

    private static PyInt FromText(PyObject x, PyObject baseObject)
    {
        var b = Ops.Index(baseObject);
        if (!b.TryGetLong(out var numberBase) || (numberBase != 0 && (numberBase < 2 || numberBase > 36)))
            throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        if (x is PyStr s) return ParseOrThrow(s.Value, (int)numberBase, x);
        if (BytesLike.TryGetBytes(x) is { } bytes) return ParseOrThrow(BytesLike.Latin1(bytes), (int)numberBase, x);
        throw Errors.TypeError("int() can't convert non-string with explicit base");
    }

    private static PyInt ParseOrThrow(string text, int numberBase, PyObject original) =>
        IntConversion.Parse(text, numberBase) ?? throw InvalidLiteral(numberBase, original);

    /// <summary>CPython quotes the argument with %.200R: its repr, cut at 200 characters.</summary>
    private static PyException InvalidLiteral(int numberBase, PyObject original)
    {
        var repr = Ops.Repr(original);
        if (repr.Length > 200) repr = repr[..200];
        return Errors.ValueError($"invalid literal for int() with base {numberBase}: {repr}");
    }
}
