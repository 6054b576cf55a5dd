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

    /// <summary>The C errno outcomes CPython's complex power reports (EDOM as ZeroDivisionError, ERANGE as OverflowError).</summary>
    private enum MathError { None, Domain, Range }

    /// <summary>
    /// a ** b: small integral real exponents by repeated multiplication (exact for Gaussian integers, as
    /// CPython does), others through polar form. CPython turns the C library's error reports into
    /// exceptions, so they are tracked here the same way: a domain error (division by zero, or the sine of
    /// an infinite phase) is "0.0 to a negative or complex power"; an infinite result is an overflow.
    /// </summary>
    public static (double, double) Pow(double ar, double ai, double br, double bi)
    {
        var error = MathError.None;
        (double Re, double Im) r;
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100) r = PowInteger(ar, ai, (int)br, ref error);
        else r = PowGeneral(ar, ai, br, bi, ref error);
        if (double.IsInfinity(r.Re) || double.IsInfinity(r.Im))
        {
            if (error == MathError.None) error = MathError.Range;
        }
        else if (error == MathError.Range)
        {
            error = MathError.None;
        }
        if (error == MathError.Domain) throw Errors.ZeroDivisionError("0.0 to a negative or complex power");
        if (error == MathError.Range) throw Errors.OverflowError("complex exponentiation");
        return r;
    }

    private static (double, double) PowInteger(double ar, double ai, int n, ref MathError error)
    {
        if (n >= 0) return PowUnsigned(ar, ai, n);
        var (pr, pi) = PowUnsigned(ar, ai, -n);
        if (TryDivide(1, 0, pr, pi) is { } q) return q;
        error = MathError.Domain;
        return (0, 0);
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

    private static (double, double) PowGeneral(double ar, double ai, double br, double bi, ref MathError error)
    {
        if (br == 0 && bi == 0) return (1, 0);
        if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0) error = MathError.Domain;
            return (0, 0);
        }
        var magnitude = double.Hypot(ar, ai);
        var length = Math.Pow(magnitude, br);
        if (double.IsInfinity(length) && double.IsFinite(magnitude) && double.IsFinite(br)) error = MathError.Range;
        var angle = Math.Atan2(ai, ar);
        var phase = angle * br;
        if (bi != 0)
        {
            var scale = Math.Exp(angle * bi);
            if (double.IsInfinity(scale) && double.IsFinite(angle * bi)) error = MathError.Range;
            length /= scale;
            phase += bi * Math.Log(magnitude);
        }
        if (double.IsInfinity(phase)) error = MathError.Domain;
        return (length * Math.Cos(phase), length * Math.Sin(phase));
    }
}
