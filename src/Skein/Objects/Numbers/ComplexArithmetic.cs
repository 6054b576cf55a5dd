namespace Skein.Objects.Numbers;

/// <summary>Complex arithmetic on (real, imag) pairs with CPython's algorithms and errors.</summary>
public static class ComplexArithmetic
{
    public static (double, double) Mul(double ar, double ai, double br, double bi) => (ar * br - ai * bi, ar * bi + ai * br);

    /// <summary>a / b by Smith's method (scaling by the larger component of b to avoid overflow); null when b is zero.</summary>
    public static (double, double)? TryDivide(double ar, double ai, double br, double bi)
    {
        var absBr = Math.Abs(br);
        var absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0) return null;
            var ratio = bi / br;
            var denom = br + bi * ratio;
            return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            var ratio = br / bi;
            var denom = br * ratio + bi;
            return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        // One of b's components is NaN.
        return (double.NaN, double.NaN);
    }

    public static (double, double) Divide(double ar, double ai, double br, double bi) =>
        TryDivide(ar, ai, br, bi) ?? throw Errors.ZeroDivisionError("complex division by zero");

    public static double Abs(double re, double im)
    {
        if (double.IsInfinity(re) || double.IsInfinity(im)) return double.PositiveInfinity;
        if (double.IsNaN(re) || double.IsNaN(im)) return double.NaN;
        var r = double.Hypot(re, im);
        if (double.IsInfinity(r)) throw Errors.OverflowError("absolute value too large");
        return r;
    }

    /// <summary>
    /// a ** b: small integral real exponents by repeated multiplication (exact for Gaussian integers, as
    /// CPython does), others through polar form. Errors as CPython: zero to a negative or complex power,
    /// and an infinite result.
    /// </summary>
    public static (double, double) Pow(double ar, double ai, double br, double bi)
    {
        (double, double)? result;
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100) result = PowInteger(ar, ai, (int)br);
        else result = PowGeneral(ar, ai, br, bi);
        if (result is not { } r) throw Errors.ZeroDivisionError("0.0 to a negative or complex power");
        if (double.IsInfinity(r.Item1) || double.IsInfinity(r.Item2)) throw Errors.OverflowError("complex exponentiation");
        return r;
    }

    private static (double, double)? PowInteger(double ar, double ai, int n)
    {
        if (n >= 0) return PowUnsigned(ar, ai, n);
        var (pr, pi) = PowUnsigned(ar, ai, -n);
        return TryDivide(1, 0, pr, pi);
    }

    private static (double, double) PowUnsigned(double ar, double ai, int n)
    {
        double rr = 1, ri = 0, pr = ar, pi = ai;
        for (var mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) (rr, ri) = Mul(rr, ri, pr, pi);
            (pr, pi) = Mul(pr, pi, pr, pi);
        }
        return (rr, ri);
    }

    private static (double, double)? PowGeneral(double ar, double ai, double br, double bi)
    {
        if (br == 0 && bi == 0) return (1, 0);
        if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0) return null;
            return (0, 0);
        }
        var magnitude = double.Hypot(ar, ai);
        var length = Math.Pow(magnitude, br);
        var angle = Math.Atan2(ai, ar);
        var phase = angle * br;
        if (bi != 0)
        {
            length /= Math.Exp(angle * bi);
            phase += bi * Math.Log(magnitude);
        }
        return (length * Math.Cos(phase), length * Math.Sin(phase));
    }
}
