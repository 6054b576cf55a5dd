using Skein.Objects.Formatting;
using Skein.Objects.Numbers;

namespace Skein.Objects;

/// <summary>Python complex: a pair of doubles.</summary>
public class PyComplex : PyObject
{
    public readonly double Real, Imag;

    public PyComplex(double real, double imag) : base(PyTypes.Complex) => (Real, Imag) = (real, imag);
    public PyComplex(PyType type, double real, double imag) : base(type) => (Real, Imag) = (real, imag);

    private static readonly PyObject NotImplemented = PyNotImplemented.Instance;

    /// <summary>This value as an exact complex (not a subclass instance).</summary>
    public PyComplex AsExact() => ReferenceEquals(Type, PyTypes.Complex) ? this : new PyComplex(Real, Imag);

    private static bool AsComplex(PyObject o, out double re, out double im)
    {
        switch (o)
        {
            case PyComplex c:
                (re, im) = (c.Real, c.Imag);
                return true;
            case PyFloat f:
                (re, im) = (f.Value, 0);
                return true;
            case PyInt i:
                (re, im) = (IntArithmetic.ToDouble(i), 0);
                return true;
            default:
                re = im = 0;
                return false;
        }
    }

    /// <summary>Both operands as complex numbers, when one is a complex and the other a complex, float or int.</summary>
    private static bool Operands(PyObject a, PyObject b, out double ar, out double ai, out double br, out double bi)
    {
        if (a is not PyComplex && b is not PyComplex)
        {
            ar = ai = br = bi = 0;
            return false;
        }
        return AsComplex(a, out ar, out ai) & AsComplex(b, out br, out bi);
    }

    private static PyObject AddSlot(PyObject a, PyObject b) =>
        Operands(a, b, out var ar, out var ai, out var br, out var bi) ? new PyComplex(ar + br, ai + bi) : NotImplemented;

    private static PyObject SubSlot(PyObject a, PyObject b) =>
        Operands(a, b, out var ar, out var ai, out var br, out var bi) ? new PyComplex(ar - br, ai - bi) : NotImplemented;

    private static PyObject MulSlot(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var ar, out var ai, out var br, out var bi)) return NotImplemented;
        var (re, im) = ComplexArithmetic.Mul(ar, ai, br, bi);
        return new PyComplex(re, im);
    }

    private static PyObject TrueDivSlot(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var ar, out var ai, out var br, out var bi)) return NotImplemented;
        var (re, im) = ComplexArithmetic.Divide(ar, ai, br, bi);
        return new PyComplex(re, im);
    }

    private static PyObject PowSlot(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out var ar, out var ai, out var br, out var bi)) return NotImplemented;
        var (re, im) = ComplexArithmetic.Pow(ar, ai, br, bi);
        return new PyComplex(re, im);
    }

    private static PyObject Power(PyObject bas, PyObject exp, PyObject? mod)
    {
        if (mod != null && mod is not PyNone) throw Errors.ValueError("complex modulo");
        return PowSlot(bas, exp);
    }

    private static PyObject RichCompareSlot(PyObject a, PyObject b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || a is not PyComplex c) return NotImplemented;
        bool equal;
        switch (b)
        {
            case PyComplex d:
                equal = c.Real == d.Real && c.Imag == d.Imag;
                break;
            case PyFloat f:
                equal = c.Imag == 0 && c.Real == f.Value;
                break;
            case PyInt i:
                // Exact, as int == float is: a complex with zero imaginary part equals the int it represents.
                equal = c.Imag == 0 && !double.IsNaN(c.Real) && IntArithmetic.CompareWithDouble(i, c.Real) == 0;
                break;
            default:
                return NotImplemented;
        }
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    internal static void InitType(PyType t)
    {
        t.New = ComplexConstructor.New;
        t.Repr = self => new PyStr(ComplexFormatter.Repr(((PyComplex)self).Real, ((PyComplex)self).Imag));
        t.Hash = self => NumericHash.OfComplex(((PyComplex)self).Real, ((PyComplex)self).Imag, self);
        t.RichCompare = RichCompareSlot;
        t.Bool = self => ((PyComplex)self).Real != 0 || ((PyComplex)self).Imag != 0;

        t.Number[(int)BinaryOp.Add] = AddSlot;
        t.Number[(int)BinaryOp.Sub] = SubSlot;
        t.Number[(int)BinaryOp.Mul] = MulSlot;
        t.Number[(int)BinaryOp.TrueDiv] = TrueDivSlot;
        t.Number[(int)BinaryOp.Pow] = PowSlot;
        t.Unary[(int)UnaryOp.Neg] = self => new PyComplex(-((PyComplex)self).Real, -((PyComplex)self).Imag);
        t.Unary[(int)UnaryOp.Pos] = self => ((PyComplex)self).AsExact();
        t.Unary[(int)UnaryOp.Abs] = self => new PyFloat(ComplexArithmetic.Abs(((PyComplex)self).Real, ((PyComplex)self).Imag));

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
        t.DefMethod("conjugate", (self, args, _) =>
        {
            ArgParser.Exactly("conjugate", args, 0);
            return new PyComplex(((PyComplex)self).Real, -((PyComplex)self).Imag);
        });
        t.DefMethod("__complex__", (self, args, _) => { ArgParser.Exactly("__complex__", args, 0); return ((PyComplex)self).AsExact(); });
        t.DefMethod("__format__", (self, args, _) =>
        {
            ArgParser.Exactly("__format__", args, 1);
            var spec = args[0] as PyStr ?? throw Errors.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
            return new PyStr(ComplexFormatter.Format((PyComplex)self, spec.Value));
        });
        t.DefMethod("__getnewargs__", (self, args, _) =>
        {
            ArgParser.Exactly("__getnewargs__", args, 0);
            return new PyTuple([new PyFloat(((PyComplex)self).Real), new PyFloat(((PyComplex)self).Imag)]);
        });
        t.DefGetter("real", self => new PyFloat(((PyComplex)self).Real));
        t.DefGetter("imag", self => new PyFloat(((PyComplex)self).Imag));
    }
}
