using Skein.Modules.Posix;

namespace Skein.Modules;

/// <summary>
/// The math module with CPython 3.11's results and errors: a NaN from a non-NaN argument is
/// "math domain error", an infinity from finite arguments is "math range error" (OverflowError) for the
/// functions that can overflow. Integer functions (factorial, comb, isqrt, gcd, ...) work on ints of any
/// size, and log/log2/log10 accept ints too large for a float.
/// </summary>
[BuiltinModule("math")]
public static class MathModule
{
    public static void Init(PyModule m)
    {
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(Math.Tau));
        m.Set("inf", new PyFloat(double.PositiveInfinity));
        // CPython's NaN has a clear sign bit; .NET's double.NaN has it set (visible through copysign and struct).
        m.Set("nan", new PyFloat(BitConverter.Int64BitsToDouble(0x7FF8000000000000)));

        Unary(m, "fabs", Math.Abs, false);
        Unary(m, "sqrt", Math.Sqrt, false);
        Unary(m, "exp", Math.Exp, true);
        Unary(m, "exp2", LibM.Exp2, true);
        Unary(m, "expm1", LibM.ExpM1, true);
        Unary(m, "log1p", LibM.Log1P, false);
        Unary(m, "cbrt", LibM.Cbrt, false);
        Unary(m, "acos", Math.Acos, false);
        Unary(m, "asin", Math.Asin, false);
        Unary(m, "atan", Math.Atan, false);
        Unary(m, "cos", Math.Cos, false);
        Unary(m, "sin", Math.Sin, false);
        Unary(m, "tan", Math.Tan, false);
        Unary(m, "acosh", Math.Acosh, false);
        Unary(m, "asinh", Math.Asinh, false);
        Unary(m, "atanh", Math.Atanh, false);
        Unary(m, "cosh", Math.Cosh, true);
        Unary(m, "sinh", Math.Sinh, true);
        Unary(m, "tanh", Math.Tanh, false);
        Unary(m, "erf", LibM.Erf, false);
        Unary(m, "erfc", LibM.Erfc, false);
        Unary(m, "gamma", MathLanczos.Gamma, true);
        Unary(m, "lgamma", MathLanczos.LogGamma, true);
        m.DefFunction("degrees", (args, _) => new PyFloat(Arg1("degrees", args) * (180.0 / Math.PI)));
        m.DefFunction("radians", (args, _) => new PyFloat(Arg1("radians", args) * (Math.PI / 180.0)));
        m.DefFunction("isfinite", (args, _) => PyBool.From(double.IsFinite(Arg1("isfinite", args))));
        m.DefFunction("isinf", (args, _) => PyBool.From(double.IsInfinity(Arg1("isinf", args))));
        m.DefFunction("isnan", (args, _) => PyBool.From(double.IsNaN(Arg1("isnan", args))));

        m.DefFunction("ceil", (args, _) => Round("ceil", args, Names.__ceil__, Math.Ceiling));
        m.DefFunction("floor", (args, _) => Round("floor", args, Names.__floor__, Math.Floor));
        m.DefFunction("trunc", (args, _) =>
        {
            ArgParser.Exactly("trunc", args, 1);
            var x = args[0];
            if (x is PyFloat f && ReferenceEquals(f.Type, PyTypes.Float)) return FloatToInt(Math.Truncate(f.Value));
            var method = Ops.LookupSpecial(x, Names.__trunc__) ?? throw Errors.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
            return Ops.Call(method);
        });
        m.DefFunction("fmod", (args, _) =>
        {
            var (x, y) = Arg2("fmod", args);
            if (double.IsInfinity(y) && double.IsFinite(x)) return new PyFloat(x);
            var r = x % y;
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
            return new PyFloat(r);
        });
        m.DefFunction("remainder", (args, _) =>
        {
            var (x, y) = Arg2("remainder", args);
            if (double.IsNaN(x) || double.IsNaN(y)) return new PyFloat(double.NaN);
            if (double.IsInfinity(x) || y == 0) throw DomainError();
            if (double.IsInfinity(y)) return new PyFloat(x);
            return new PyFloat(Math.IEEERemainder(x, y));
        });
        m.DefFunction("copysign", (args, _) =>
        {
            var (x, y) = Arg2("copysign", args);
            return new PyFloat(Math.CopySign(x, y));
        });
        m.DefFunction("atan2", (args, _) =>
        {
            var (y, x) = Arg2("atan2", args);
            return new PyFloat(Math.Atan2(y, x));
        });
        m.DefFunction("pow", (args, _) =>
        {
            var (x, y) = Arg2("pow", args);
            return new PyFloat(Pow(x, y));
        });
        m.DefFunction("frexp", (args, _) =>
        {
            var x = Arg1("frexp", args);
            var (mantissa, exponent) = Frexp(x);
            return PyTuple.Create(new PyFloat(mantissa), PyInt.From(exponent));
        });
        m.DefFunction("ldexp", (args, _) =>
        {
            ArgParser.Exactly("ldexp", args, 2);
            var x = ToDouble(args[0]);
            if (args[1] is not PyInt && args[1].Type.Index == null) throw Errors.TypeError("Expected an int as second argument to ldexp.");
            var exp = Ops.Index(args[1]).Value;
            return new PyFloat(Ldexp(x, exp));
        });
        m.DefFunction("modf", (args, _) =>
        {
            var x = Arg1("modf", args);
            if (double.IsInfinity(x)) return PyTuple.Create(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
            var ip = Math.Truncate(x);
            return PyTuple.Create(new PyFloat(Math.CopySign(x - ip, x)), new PyFloat(ip));
        });
        m.DefFunction("isclose", IsClose);
        m.DefFunction("log", (args, _) =>
        {
            ArgParser.Range("log", args, 1, 2);
            var num = Log(args[0], Math.Log);
            if (args.Length == 1) return new PyFloat(num);
            var den = Log(args[1], Math.Log);
            if (den == 0) throw Errors.ZeroDivisionError("float division by zero");
            return new PyFloat(num / den);
        });
        m.DefFunction("log2", (args, _) =>
        {
            ArgParser.Exactly("log2", args, 1);
            return new PyFloat(Log(args[0], Math.Log2));
        });
        m.DefFunction("log10", (args, _) =>
        {
            ArgParser.Exactly("log10", args, 1);
            return new PyFloat(Log(args[0], Math.Log10));
        });
        m.DefFunction("hypot", (args, kw) =>
        {
            ArgParser.NoKeywords("hypot", kw);
            var values = new double[args.Length];
            for (var i = 0; i < args.Length; i++) values[i] = ToDouble(args[i]);
            return new PyFloat(VectorNorm(values));
        });
        m.DefFunction("dist", Dist);
        m.DefFunction("fsum", (args, _) =>
        {
            ArgParser.Exactly("fsum", args, 1);
            return new PyFloat(FSum(args[0]));
        });
        m.DefFunction("prod", Prod);
        m.DefFunction("nextafter", (args, _) =>
        {
            var (x, y) = Arg2("nextafter", args);
            return new PyFloat(LibM.NextAfter(x, y));
        });
        m.DefFunction("ulp", (args, _) => new PyFloat(Ulp(Arg1("ulp", args))));

        m.DefFunction("isqrt", (args, _) =>
        {
            ArgParser.Exactly("isqrt", args, 1);
            var n = Ops.Index(args[0]).Value;
            if (n.Sign < 0) throw Errors.ValueError("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n));
        });
        m.DefFunction("factorial", (args, _) =>
        {
            ArgParser.Exactly("factorial", args, 1);
            var n = Ops.Index(args[0]).Value;
            if (n.Sign < 0) throw Errors.ValueError("factorial() not defined for negative values");
            if (n > long.MaxValue) throw Errors.OverflowError("factorial() argument should not exceed 9223372036854775807");
            return PyInt.From(Factorial((long)n));
        });
        m.DefFunction("comb", (args, _) =>
        {
            ArgParser.Exactly("comb", args, 2);
            var n = Ops.Index(args[0]).Value;
            var k = Ops.Index(args[1]).Value;
            if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (n - k < k) k = n - k;
            if (k > int.MaxValue) throw Errors.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
            return PyInt.From(FallingProduct(n, (long)k) / Factorial((long)k));
        });
        m.DefFunction("perm", (args, _) =>
        {
            ArgParser.Range("perm", args, 1, 2);
            var n = Ops.Index(args[0]).Value;
            if (args.Length == 1 || args[1] is PyNone)
            {
                if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
                if (n > long.MaxValue) throw Errors.OverflowError("n must not exceed 9223372036854775807");
                return PyInt.From(Factorial((long)n));
            }
            var k = Ops.Index(args[1]).Value;
            if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (k > int.MaxValue) throw Errors.OverflowError($"k must not exceed {long.MaxValue}");
            return PyInt.From(FallingProduct(n, (long)k));
        });
        m.DefFunction("gcd", (args, kw) =>
        {
            ArgParser.NoKeywords("gcd", kw);
            var g = BigInteger.Zero;
            foreach (var a in args) g = BigInteger.GreatestCommonDivisor(g, Ops.Index(a).Value);
            return PyInt.From(g);
        });
        m.DefFunction("lcm", (args, kw) =>
        {
            ArgParser.NoKeywords("lcm", kw);
            var l = BigInteger.One;
            var values = new BigInteger[args.Length];
            for (var i = 0; i < args.Length; i++) values[i] = Ops.Index(args[i]).Value;
            foreach (var v in values)
            {
                if (v.IsZero || l.IsZero)
                {
                    l = BigInteger.Zero;
                    continue;
                }
                l = BigInteger.Abs(l / BigInteger.GreatestCommonDivisor(l, v) * v);
            }
            return PyInt.From(l);
        });
    }

    // ---- conversions and error rules ------------------------------------------------------------

    private static PyException DomainError() => Errors.ValueError("math domain error");
    private static PyException RangeError() => Errors.OverflowError("math range error");

    /// <summary>A real argument as a double: float, int (correctly rounded), or __float__/__index__.</summary>
    public static double ToDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt i) return i.IsSmall ? i.Small : BigToDouble(i.Value);
        return Ops.AsDouble(o);
    }

    /// <summary>An int as the nearest double (round-half-even), OverflowError when out of range.</summary>
    public static double BigToDouble(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return (long)v;
        var (mantissa, exponent) = BigFrexp(BigInteger.Abs(v));
        var d = Math.ScaleB(mantissa, (int)Math.Min(exponent, 2000));
        if (double.IsInfinity(d)) throw Errors.OverflowError("int too large to convert to float");
        return v.Sign < 0 ? -d : d;
    }

    /// <summary>v = m * 2**e with 0.5 &lt;= m &lt; 1 rounded to 53 bits (v &gt; 0), as CPython's _PyLong_Frexp.</summary>
    private static (double Mantissa, long Exponent) BigFrexp(BigInteger v)
    {
        var bits = (long)v.GetBitLength();
        var shift = bits - 63;
        var top = shift > 0 ? v >> (int)shift : v << (int)-shift;
        // Fold the discarded bits into a sticky bit so that the single rounding below is correct.
        if (shift > 0 && !(v & ((BigInteger.One << (int)shift) - 1)).IsZero) top |= 1;
        var d = (double)(ulong)top;
        var m = Math.ScaleB(d, -63);
        if (m >= 1.0)
        {
            m /= 2;
            bits++;
        }
        return (m, bits);
    }

    private static double Arg1(string name, ReadOnlySpan<PyObject> args)
    {
        ArgParser.Exactly("math." + name, args, 1);
        return ToDouble(args[0]);
    }

    private static (double, double) Arg2(string name, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 2) throw Errors.TypeError($"{name} expected 2 arguments, got {args.Length}");
        return (ToDouble(args[0]), ToDouble(args[1]));
    }

    /// <summary>CPython's math_1: NaN out of non-NaN in is a domain error; infinity out of finite in is a range (or domain) error.</summary>
    private static void Unary(PyModule m, string name, Func<double, double> f, bool canOverflow) =>
        m.DefFunction(name, (args, _) =>
        {
            var x = Arg1(name, args);
            var r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
            if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
            return new PyFloat(r);
        });

    private static PyObject FloatToInt(double d)
    {
        if (double.IsNaN(d)) throw Errors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw Errors.OverflowError("cannot convert float infinity to integer");
        return Math.Abs(d) < 9e18 ? PyInt.From((long)d) : PyInt.From(new BigInteger(d));
    }

    private static PyObject Round(string name, ReadOnlySpan<PyObject> args, PyStr dunder, Func<double, double> f)
    {
        ArgParser.Exactly(name, args, 1);
        var x = args[0];
        if (x is PyFloat fl && ReferenceEquals(fl.Type, PyTypes.Float)) return FloatToInt(f(fl.Value));
        if (x is PyInt i) return ReferenceEquals(i.Type, PyTypes.Int) ? i : PyInt.From(i.Value);
        var method = Ops.LookupSpecial(x, dunder);
        if (method != null) return Ops.Call(method);
        return FloatToInt(f(Ops.AsDouble(x)));
    }

    // ---- special functions ----------------------------------------------------------------------

    private static double Pow(double x, double y)
    {
        if (double.IsNaN(x)) return y == 0 ? 1.0 : x;
        if (double.IsNaN(y)) return x == 1 ? 1.0 : y;
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (x == 0 && y < 0) throw DomainError();
            if (x < 0 && y != Math.Floor(y)) throw DomainError();
            var r = Math.Pow(x, y);
            if (double.IsInfinity(r)) throw RangeError();
            return r;
        }
        return Math.Pow(x, y);
    }

    public static (double Mantissa, int Exponent) Frexp(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return (x, 0);
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: normalise first.
            var (m, e) = Frexp(x * 18014398509481984.0);
            return (m, e - 54);
        }
        var mantissaBits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return (BitConverter.Int64BitsToDouble(mantissaBits), exp - 1022);
    }

    private static double Ldexp(double x, BigInteger exp)
    {
        if (x == 0 || !double.IsFinite(x)) return x;
        if (exp > 5000)
            throw RangeError();
        if (exp < -5000) return Math.CopySign(0.0, x);
        var r = Math.ScaleB(x, (int)exp);
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        var next = Math.BitIncrement(x);
        if (double.IsInfinity(next)) return x - Math.BitDecrement(x);
        return next - x;
    }

    /// <summary>log/log2/log10 of an int or float: ints too large for a float go through frexp, as CPython's loghelper.</summary>
    private static double Log(PyObject arg, Func<double, double> f)
    {
        if (arg is PyInt i)
        {
            var v = i.Value;
            if (v.Sign <= 0) throw DomainError();
            if (v.GetBitLength() < 1000) return f(BigToDouble(v));
            var (mantissa, exponent) = BigFrexp(v);
            return f(mantissa) + f(2.0) * exponent;
        }
        var x = ToDouble(arg);
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw DomainError();
        return f(x);
    }

    private static PyObject IsClose(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 2, keywordOnlyFrom: 2);
        var x = ToDouble(a[0]!);
        var y = ToDouble(a[1]!);
        var relTol = a[2] == null ? 1e-09 : ToDouble(a[2]!);
        var absTol = a[3] == null ? 0.0 : ToDouble(a[3]!);
        if (relTol < 0 || absTol < 0) throw Errors.ValueError("tolerances must be non-negative");
        if (x == y) return PyBool.True;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
        var diff = Math.Abs(y - x);
        return PyBool.From(diff <= Math.Abs(relTol * y) || diff <= Math.Abs(relTol * x) || diff <= absTol);
    }

    // ---- vectors and sums -----------------------------------------------------------------------

    /// <summary>
    /// sqrt(sum(x*x)) without overflow or underflow: the values are scaled by a power of two near the
    /// largest, the squares summed exactly (FMA error terms, compensated sum), and the root corrected once.
    /// </summary>
    private static double VectorNorm(double[] values)
    {
        var max = 0.0;
        var foundNan = false;
        foreach (var v in values)
        {
            var a = Math.Abs(v);
            if (double.IsNaN(a)) foundNan = true;
            else if (a > max) max = a;
        }
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0 || values.Length <= 1) return max;
        var (_, exp) = Frexp(max);
        var scale = exp - 1;
        double sum = 0, compensation = 0;
        foreach (var v in values)
        {
            var x = Math.ScaleB(Math.Abs(v), -scale);
            var sq = x * x;
            var err = Math.FusedMultiplyAdd(x, x, -sq);
            var t = sum + sq;
            compensation += Math.Abs(sum) >= Math.Abs(sq) ? (sum - t) + sq : (sq - t) + sum;
            compensation += err;
            sum = t;
        }
        var total = sum + compensation;
        var low = compensation - (total - sum);
        var h = Math.Sqrt(total);
        var residual = Math.FusedMultiplyAdd(-h, h, total) + low;
        h += residual / (2 * h);
        return Math.ScaleB(h, scale);
    }

    private static PyObject Dist(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        ArgParser.NoKeywords("dist", kw);
        if (args.Length != 2) throw Errors.TypeError($"dist expected 2 arguments, got {args.Length}");
        var p = Ops.ToArray(args[0]);
        var q = Ops.ToArray(args[1]);
        if (p.Length != q.Length) throw Errors.ValueError("both points must have the same number of dimensions");
        var diffs = new double[p.Length];
        for (var i = 0; i < diffs.Length; i++) diffs[i] = Math.Abs(ToDouble(p[i]) - ToDouble(q[i]));
        return new PyFloat(VectorNorm(diffs));
    }

    /// <summary>Exactly rounded sum of floats (Shewchuk's partials), with CPython's handling of infinities and NaN.</summary>
    public static double FSum(PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        foreach (var item in Ops.Iterate(iterable))
        {
            var x = ToDouble(item);
            var xsave = x;
            var i = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // A non-finite from finite inputs is an intermediate overflow; otherwise track it apart.
                    if (double.IsFinite(xsave)) throw Errors.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    partials.Clear();
                }
                else partials.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw Errors.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        var n = partials.Count;
        if (n == 0) return 0.0;
        var sumHi = partials[--n];
        var sumLo = 0.0;
        while (n > 0)
        {
            var x2 = sumHi;
            var y2 = partials[--n];
            sumHi = x2 + y2;
            var yr = sumHi - x2;
            sumLo = y2 - yr;
            if (sumLo != 0.0) break;
        }
        // Round half-way cases correctly: the remaining partials decide the direction.
        if (n > 0 && ((sumLo < 0 && partials[n - 1] < 0) || (sumLo > 0 && partials[n - 1] > 0)))
        {
            var y3 = sumLo * 2;
            var x3 = sumHi + y3;
            var yr = x3 - sumHi;
            if (y3 == yr) sumHi = x3;
        }
        return sumHi;
    }

    private static PyObject Prod(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("prod", args, kw, ["iterable", "start"], 1, positionalOnly: 1, keywordOnlyFrom: 1);
        PyObject result = a[1] ?? PyInt.From(1);
        // Exact ints and floats multiply natively; anything else goes through the * operator.
        foreach (var item in Ops.Iterate(a[0]!))
        {
            if (result is PyInt ri && ReferenceEquals(ri.Type, PyTypes.Int) && item is PyInt ii && ReferenceEquals(ii.Type, PyTypes.Int))
                result = PyInt.From(ri.Value * ii.Value);
            else if (result is PyFloat rf && ReferenceEquals(rf.Type, PyTypes.Float) && item is PyFloat fi && ReferenceEquals(fi.Type, PyTypes.Float))
                result = new PyFloat(rf.Value * fi.Value);
            else if (AsExactDouble(result) is { } x && AsExactDouble(item) is { } y && (result is PyFloat || item is PyFloat))
                result = new PyFloat(x * y);
            else result = Ops.BinaryOp(result, item, BinaryOp.Mul);
        }
        return result;
    }

    /// <summary>An exact float, or an exact int a double holds exactly; null otherwise.</summary>
    private static double? AsExactDouble(PyObject o)
    {
        if (o is PyFloat f && ReferenceEquals(f.Type, PyTypes.Float)) return f.Value;
        if (o is PyInt i && ReferenceEquals(i.Type, PyTypes.Int) && i.IsSmall && Math.Abs(i.Small) <= 1L << 53) return i.Small;
        return null;
    }

    // ---- integer functions ----------------------------------------------------------------------

    public static BigInteger ISqrt(BigInteger n)
    {
        if (n < (1L << 52)) return (long)Math.Sqrt((double)n);
        // Newton's iteration from an overestimate converges monotonically down to floor(sqrt(n)).
        var bits = (int)n.GetBitLength();
        var x = BigInteger.One << ((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>n! by binary splitting of the product (balanced multiplications are much faster on big ints).</summary>
    public static BigInteger Factorial(long n)
    {
        if (n < 2) return BigInteger.One;
        if (n <= 20)
        {
            long r = 1;
            for (long i = 2; i <= n; i++) r *= i;
            return r;
        }
        return RangeProduct(2, n);
    }

    private static BigInteger RangeProduct(long lo, long hi)
    {
        if (hi - lo < 16)
        {
            BigInteger r = lo;
            for (var i = lo + 1; i <= hi; i++) r *= i;
            return r;
        }
        var mid = lo + (hi - lo) / 2;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    /// <summary>n * (n-1) * ... * (n-k+1).</summary>
    private static BigInteger FallingProduct(BigInteger n, long k)
    {
        if (k == 0) return BigInteger.One;
        return FallingSplit(n - k + 1, n);
    }

    private static BigInteger FallingSplit(BigInteger lo, BigInteger hi)
    {
        if (hi - lo < 16)
        {
            var r = lo;
            for (var i = lo + 1; i <= hi; i++) r *= i;
            return r;
        }
        var mid = lo + (hi - lo) / 2;
        return FallingSplit(lo, mid) * FallingSplit(mid + 1, hi);
    }
}
