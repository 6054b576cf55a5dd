namespace Skein.Objects.Numbers;

/// <summary>float(x=0.0, /): the constructor of float and of its Python subclasses.</summary>
public static class FloatConstructor
{
    public static readonly NewSlot New = (type, args, kwargs) =>
    {
        ArgParser.NoKeywords("float", kwargs);
        if (args.Length > 1) throw Errors.TypeError($"float expected at most 1 argument, got {args.Length}");
        if (args.Length == 0) return ReferenceEquals(type, PyTypes.Float) ? new PyFloat(0.0) : new FloatSubclassInstance(type, 0.0);
        var x = args[0];
        if (ReferenceEquals(type, PyTypes.Float)) return x is PyFloat f && ReferenceEquals(f.Type, PyTypes.Float) ? f : new PyFloat(ToDouble(x));
        return new FloatSubclassInstance(type, ToDouble(x));
    };

    /// <summary>float(x) as a double (CPython's PyNumber_Float): __float__, __index__, then text.</summary>
    public static double ToDouble(PyObject x)
    {
        if (x is PyFloat f) return f.Value;
        var t = x.Type;
        if (t.Float != null)
        {
            var r = t.Float(x);
            return r is PyFloat rf ? rf.Value : throw Errors.TypeError($"{t.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (t.Index != null) return IntArithmetic.ToDouble(Ops.Index(x));
        if (x is PyStr s) return FloatParsing.Parse(s.Value) ?? throw Invalid(x);
        if (BytesLike.TryGetBytes(x) is { } bytes) return FloatParsing.Parse(BytesLike.Latin1(bytes)) ?? throw Invalid(x);
        throw Errors.TypeError($"float() argument must be a string or a real number, not '{t.Name}'");
    }

    private static PyException Invalid(PyObject original) => Errors.ValueError($"could not convert string to float: {Ops.Repr(original)}");
}
