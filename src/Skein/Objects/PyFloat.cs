using Skein.Objects.Formatting;
using Skein.Objects.Numbers;

namespace Skein.Objects;

/// <summary>Python float: an IEEE double.</summary>
public class PyFloat : PyObject
{
    public readonly double Value;

    public PyFloat(double value) : base(PyTypes.Float) => Value = value;
    public PyFloat(PyType type, double value) : base(type) => Value = value;

    private static readonly PyObject NotImplemented = PyNotImplemented.Instance;

    /// <summary>This value as an exact float (not a subclass instance).</summary>
    public PyFloat AsExact() => ReferenceEquals(Type, PyTypes.Float) ? this : new PyFloat(Value);

    /// <summary>Both operands as doubles when each is a float or an int (ints converted exactly, or OverflowError).</summary>
    private static bool Operands(PyObject a, PyObject b, out double x, out double y)
    {
        if (a is PyFloat fa)
        {
            x = fa.Value;
            if (b is PyFloat fb)
            {
                y = fb.Value;
                return true;
            }
            if (b is PyInt ib)
            {
                y = IntArithmetic.ToDouble(ib);
                return true;
            }
        }
        else if (a is PyInt ia && b is PyFloat fb)
        {
            x = IntArithmetic.ToDouble(ia);
            y = fb.Value;
            return true;
        }
        x = y = 0;
        return false;
    }

    private static PyObject AddSlot(PyObject a, PyObject b) => Operands(a, b, out var x, out var y) ? new PyFloat(x + y) : NotImplemented;
    private static PyObject SubSlot(PyObject a, PyObject b) => Operands(a, b, out var x, out var y) ? new PyFloat(x - y) : NotImplemented;
    private static PyObject MulSlot(PyObject a, PyObject b) => Operands(a, b, out var x, out var y) ? new PyFloat(x * y) : NotImplemented;
    private static PyObject TrueDivSlot(PyObject a, PyObject b) =>
        Operands(a, b, out var x, out var y) ? new PyFloat(FloatArithmetic.Divide(x, y)) : NotImplemented;
    private static PyObject FloorDivSlot(PyObject a, PyObject b) =>
        Operands(a, b, out var x, out var y) ? new PyFloat(FloatArithmetic.FloorDiv(x, y)) : NotImplemented;
    private static PyObject ModSlot(PyObject a, PyObject b) =>
        Operands(a, b, out var x, out var y) ? new PyFloat(FloatArithmetic.Mod(x, y)) : NotImplemented;

    private static PyObject DivModSlot(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var x, out var y)) return NotImplemented;
        var q = FloatArithmetic.DivMod(x, y, out var r);
        return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    }

    private static PyObject PowSlot(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var x, out var y)) return NotImplemented;
        if (FloatArithmetic.PowIsComplex(x, y))
        {
            var (re, im) = ComplexArithmetic.Pow(x, 0, y, 0);
            return new PyComplex(re, im);
        }
        return new PyFloat(FloatArithmetic.Pow(x, y));
    }

    private static PyObject Power(PyObject bas, PyObject exp, PyObject? mod)
    {
        if (mod != null && mod is not PyNone) throw Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        return PowSlot(bas, exp);
    }

    private static PyObject RichCompareSlot(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyFloat fa) return NotImplemented;
        var x = fa.Value;
        int c;
        if (b is PyFloat fb)
        {
            var y = fb.Value;
            return PyBool.From(op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Le => x <= y,
                CompareOp.Eq => x == y,
                CompareOp.Ne => x != y,
                CompareOp.Gt => x > y,
                _ => x >= y,
            });
        }
        if (b is not PyInt ib) return NotImplemented;
        if (double.IsNaN(x)) return PyBool.From(op == CompareOp.Ne);
        // Exact: compare the int against the double without rounding either (2**53 + 1 > 2.0**53).
        c = -IntArithmetic.CompareWithDouble(ib, x);
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

    private static long HashSlot(PyObject self)
    {
        var v = ((PyFloat)self).Value;
        return double.IsNaN(v) ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(self) : NumericHash.OfDouble(v);
    }

    private static readonly string[] s_roundNames = ["ndigits"];

    internal static void InitType(PyType t)
    {
        t.New = FloatConstructor.New;
        t.Repr = self => new PyStr(FloatFormatter.Repr(((PyFloat)self).Value));
        t.Hash = HashSlot;
        t.RichCompare = RichCompareSlot;
        t.Bool = self => ((PyFloat)self).Value != 0;
        t.Int = self => FloatMethods.Truncate(((PyFloat)self).Value);
        t.Float = self => ((PyFloat)self).AsExact();

        t.Number[(int)BinaryOp.Add] = AddSlot;
        t.Number[(int)BinaryOp.Sub] = SubSlot;
        t.Number[(int)BinaryOp.Mul] = MulSlot;
        t.Number[(int)BinaryOp.TrueDiv] = TrueDivSlot;
        t.Number[(int)BinaryOp.FloorDiv] = FloorDivSlot;
        t.Number[(int)BinaryOp.Mod] = ModSlot;
        t.Number[(int)BinaryOp.DivMod] = DivModSlot;
        t.Number[(int)BinaryOp.Pow] = PowSlot;
        t.Unary[(int)UnaryOp.Neg] = self => new PyFloat(-((PyFloat)self).Value);
        t.Unary[(int)UnaryOp.Pos] = self => ((PyFloat)self).AsExact();
        t.Unary[(int)UnaryOp.Abs] = self => new PyFloat(Math.Abs(((PyFloat)self).Value));

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
        t.DefMethod("conjugate", (self, args, _) => { ArgParser.Exactly("conjugate", args, 0); return ((PyFloat)self).AsExact(); });
        t.DefMethod("is_integer", (self, args, _) =>
        {
            ArgParser.Exactly("is_integer", args, 0);
            var v = ((PyFloat)self).Value;
            return PyBool.From(double.IsFinite(v) && Math.Floor(v) == v);
        });
        t.DefMethod("as_integer_ratio", (self, args, _) => { ArgParser.Exactly("as_integer_ratio", args, 0); return FloatMethods.AsIntegerRatio(((PyFloat)self).Value); });
        t.DefMethod("hex", (self, args, _) => { ArgParser.Exactly("hex", args, 0); return new PyStr(FloatHex.ToHex(((PyFloat)self).Value)); });
        t.DefClassMethod("fromhex", (cls, args, _) =>
        {
            ArgParser.Exactly("fromhex", args, 1);
            var s = args[0] as PyStr ?? throw Errors.TypeError($"fromhex() argument must be str, not {args[0].Type.Name}");
            var value = new PyFloat(FloatHex.FromHex(s.Value));
            return ReferenceEquals(cls, PyTypes.Float) ? value : Ops.Call(cls, value);
        });
        t.DefMethod("__trunc__", (self, args, _) => { ArgParser.Exactly("__trunc__", args, 0); return FloatMethods.Truncate(((PyFloat)self).Value); });
        t.DefMethod("__floor__", (self, args, _) => { ArgParser.Exactly("__floor__", args, 0); return FloatMethods.Floor(((PyFloat)self).Value); });
        t.DefMethod("__ceil__", (self, args, _) => { ArgParser.Exactly("__ceil__", args, 0); return FloatMethods.Ceiling(((PyFloat)self).Value); });
        t.DefMethod("__round__", (self, args, kw) =>
        {
            var a = ArgParser.Parse("__round__", args, kw, s_roundNames, positionalOnly: 1);
            return FloatMethods.Round(((PyFloat)self).Value, a[0]);
        });
        t.DefMethod("__format__", (self, args, _) =>
        {
            ArgParser.Exactly("__format__", args, 1);
            var spec = args[0] as PyStr ?? throw Errors.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
            return new PyStr(FloatFormatter.Format((PyFloat)self, spec.Value));
        });
        t.DefClassMethod("__getformat__", (_, args, _) =>
        {
            ArgParser.Exactly("__getformat__", args, 1);
            var s = args[0] as PyStr ?? throw Errors.TypeError($"__getformat__() argument must be str, not {args[0].Type.Name}");
            if (s.Value != "double" && s.Value != "float") throw Errors.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return new PyStr("IEEE, little-endian");
        });
        t.DefMethod("__getnewargs__", (self, args, _) => { ArgParser.Exactly("__getnewargs__", args, 0); return new PyTuple([((PyFloat)self).AsExact()]); });
        t.DefGetter("real", self => ((PyFloat)self).AsExact());
        t.DefGetter("imag", _ => new PyFloat(0.0));
    }
}
