using Skein.Objects.Formatting;
using Skein.Objects.Numbers;

namespace Skein.Objects;

/// <summary>
/// Python int: a machine long when the value fits, a boxed BigInteger otherwise (never both: a value that
/// fits in a long is always stored small, so equality of representations is equality of values).
/// </summary>
public class PyInt : PyObject
{
    private readonly long _small;
    private readonly object? _big;

    private const int CacheMin = -5, CacheMax = 1024;
    private static readonly PyInt[] s_cache = BuildCache();

    private static PyInt[] BuildCache()
    {
        var cache = new PyInt[CacheMax - CacheMin + 1];
        for (var i = 0; i < cache.Length; i++) cache[i] = new PyInt(PyTypes.Int, (long)(i + CacheMin));
        return cache;
    }

    protected PyInt(PyType type, long value) : base(type) => _small = value;

    protected PyInt(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) _small = (long)value;
        else _big = value;
    }

    public static PyInt From(long value) =>
        value >= CacheMin && value <= CacheMax ? s_cache[value - CacheMin] : new PyInt(PyTypes.Int, value);

    public static PyInt From(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new PyInt(PyTypes.Int, value);

    public static PyInt From(int value) => From((long)value);

    public bool IsSmall => _big == null;

    /// <summary>The value as a long; only valid when <see cref="IsSmall"/>.</summary>
    public long Small => _small;

    public BigInteger Value => _big is BigInteger b ? b : _small;

    public bool TryGetLong(out long value)
    {
        value = _small;
        return _big == null;
    }

    /// <summary>sys.get_int_max_str_digits()/set_int_max_str_digits(): the 3.11 limit on int/str conversions (0 = none).</summary>
    public static int MaxStrDigits
    {
        get => IntConversion.MaxStrDigits;
        set => IntConversion.MaxStrDigits = value;
    }

    /// <summary>This value as an exact int (not a subclass instance): what int(x), +x and x.real return.</summary>
    public PyInt AsExact() => ReferenceEquals(Type, PyTypes.Int) ? this : _big is BigInteger b ? From(b) : From(_small);

    private static readonly PyObject NotImplemented = PyNotImplemented.Instance;

    private static PyObject AddSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.Add(x, y) : NotImplemented;
    private static PyObject SubSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.Sub(x, y) : NotImplemented;
    private static PyObject MulSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.Mul(x, y) : NotImplemented;
    private static PyObject FloorDivSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.FloorDiv(x, y) : NotImplemented;
    private static PyObject ModSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.Mod(x, y) : NotImplemented;
    private static PyObject DivModSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.DivMod(x, y) : NotImplemented;
    private static PyObject TrueDivSlot(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? new PyFloat(IntArithmetic.TrueDivide(x, y)) : NotImplemented;
    private static PyObject PowSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.Pow(x, y) : NotImplemented;
    private static PyObject LShiftSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.LShift(x, y) : NotImplemented;
    private static PyObject RShiftSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.RShift(x, y) : NotImplemented;
    internal static PyObject AndSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.And(x, y) : NotImplemented;
    internal static PyObject OrSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.Or(x, y) : NotImplemented;
    internal static PyObject XorSlot(PyObject a, PyObject b) => a is PyInt x && b is PyInt y ? IntArithmetic.Xor(x, y) : NotImplemented;

    private static PyObject RichCompareSlot(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyInt x || b is not PyInt y) return NotImplemented;
        var c = IntArithmetic.Compare(x, y);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    private static long HashSlot(PyObject a)
    {
        var x = (PyInt)a;
        return x._big is BigInteger b ? NumericHash.OfBig(b) : NumericHash.OfLong(x._small);
    }

    /// <summary>
    /// pow(self, other, mod) as int.__pow__: the three-argument form is only defined for ints, and CPython's
    /// float fallback reports a float operand with its own message.
    /// </summary>
    private static PyObject Power(PyObject bas, PyObject exp, PyObject? mod)
    {
        if (mod == null || mod is PyNone) return PowSlot(bas, exp);
        if (bas is PyInt x && exp is PyInt y && mod is PyInt m) return IntArithmetic.PowMod(x, y, m);
        if (bas is PyFloat || exp is PyFloat || mod is PyFloat)
            throw Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        return NotImplemented;
    }

    private static readonly string[] s_toBytesNames = ["length", "byteorder", "signed"];
    private static readonly string[] s_fromBytesNames = ["bytes", "byteorder", "signed"];
    private static readonly string[] s_roundNames = ["ndigits"];

    internal static void InitType(PyType t)
    {
        t.New = IntConstructor.New;
        t.Repr = self => new PyStr(IntConversion.ToDecimal((PyInt)self));
        t.Hash = HashSlot;
        t.RichCompare = RichCompareSlot;
        t.Bool = self => ((PyInt)self)._big != null || ((PyInt)self)._small != 0;
        t.Index = self => ((PyInt)self).AsExact();
        t.Int = self => ((PyInt)self).AsExact();
        t.Float = self => new PyFloat(IntArithmetic.ToDouble((PyInt)self));

        t.Number[(int)BinaryOp.Add] = AddSlot;
        t.Number[(int)BinaryOp.Sub] = SubSlot;
        t.Number[(int)BinaryOp.Mul] = MulSlot;
        t.Number[(int)BinaryOp.TrueDiv] = TrueDivSlot;
        t.Number[(int)BinaryOp.FloorDiv] = FloorDivSlot;
        t.Number[(int)BinaryOp.Mod] = ModSlot;
        t.Number[(int)BinaryOp.DivMod] = DivModSlot;
        t.Number[(int)BinaryOp.Pow] = PowSlot;
        t.Number[(int)BinaryOp.LShift] = LShiftSlot;
        t.Number[(int)BinaryOp.RShift] = RShiftSlot;
        t.Number[(int)BinaryOp.And] = AndSlot;
        t.Number[(int)BinaryOp.Or] = OrSlot;
        t.Number[(int)BinaryOp.Xor] = XorSlot;
        t.Unary[(int)UnaryOp.Neg] = self => IntArithmetic.Neg((PyInt)self);
        t.Unary[(int)UnaryOp.Pos] = self => ((PyInt)self).AsExact();
        t.Unary[(int)UnaryOp.Invert] = self => IntArithmetic.Invert((PyInt)self);
        t.Unary[(int)UnaryOp.Abs] = self => IntArithmetic.Abs((PyInt)self);

        t.DefMethod("__pow__", (self, args, kw) =>
        {
            ArgParser.NoKeywords("__pow__", kw);
            ArgParser.Range("__pow__", args, 1, 2);
            return Power(self, args[0], args.Length > 1 ? args[1] : null);
        });
        t.DefMethod("__rpow__", (self, args, kw) =>
        {
            ArgParser.NoKeywords("__rpow__", kw);
            ArgParser.Range("__rpow__", args, 1, 2);
            return Power(args[0], self, args.Length > 1 ? args[1] : null);
        });
        t.DefMethod("conjugate", (self, args, _) => { ArgParser.Exactly("conjugate", args, 0); return ((PyInt)self).AsExact(); });
        t.DefMethod("bit_length", (self, args, _) => { ArgParser.Exactly("bit_length", args, 0); return From(IntArithmetic.BitLength((PyInt)self)); });
        t.DefMethod("bit_count", (self, args, _) => { ArgParser.Exactly("bit_count", args, 0); return From(IntArithmetic.BitCount((PyInt)self)); });
        t.DefMethod("as_integer_ratio", (self, args, _) =>
        {
            ArgParser.Exactly("as_integer_ratio", args, 0);
            return new PyTuple([((PyInt)self).AsExact(), From(1)]);
        });
        t.DefMethod("__trunc__", (self, args, _) => { ArgParser.Exactly("__trunc__", args, 0); return ((PyInt)self).AsExact(); });
        t.DefMethod("__floor__", (self, args, _) => { ArgParser.Exactly("__floor__", args, 0); return ((PyInt)self).AsExact(); });
        t.DefMethod("__ceil__", (self, args, _) => { ArgParser.Exactly("__ceil__", args, 0); return ((PyInt)self).AsExact(); });
        t.DefMethod("__round__", (self, args, kw) =>
        {
            var a = ArgParser.Parse("__round__", args, kw, s_roundNames, positionalOnly: 1);
            return IntMethods.Round((PyInt)self, a[0]);
        });
        t.DefMethod("__getnewargs__", (self, args, _) => { ArgParser.Exactly("__getnewargs__", args, 0); return new PyTuple([((PyInt)self).AsExact()]); });
        t.DefMethod("__sizeof__", (self, args, _) => { ArgParser.Exactly("__sizeof__", args, 0); return From(IntMethods.SizeOf((PyInt)self)); });
        t.DefMethod("__format__", (self, args, _) =>
        {
            ArgParser.Exactly("__format__", args, 1);
            var spec = args[0] as PyStr ?? throw Errors.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
            return new PyStr(IntFormatter.Format((PyInt)self, spec.Value));
        });
        t.DefMethod("to_bytes", (self, args, kw) =>
        {
            var a = ArgParser.Parse("to_bytes", args, kw, s_toBytesNames, keywordOnlyFrom: 2);
            return IntMethods.ToBytes((PyInt)self, a[0], a[1], a[2]);
        });
        t.DefClassMethod("from_bytes", (cls, args, kw) =>
        {
            var a = ArgParser.Parse("from_bytes", args, kw, s_fromBytesNames, required: 1, keywordOnlyFrom: 2);
            return IntMethods.FromBytes((PyType)cls, a[0]!, a[1], a[2]);
        });
        t.DefGetter("real", self => ((PyInt)self).AsExact());
        t.DefGetter("imag", _ => From(0));
        t.DefGetter("numerator", self => ((PyInt)self).AsExact());
        t.DefGetter("denominator", _ => From(1));
    }
}
