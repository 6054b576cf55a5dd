using System.Runtime.InteropServices;
using Skein.Modules.Posix;

namespace Skein.Modules.Cmath;

/// <summary>
/// The complex elementary functions with CPython's branch cuts (Kahan's, "Branch Cuts for Complex
/// Elementary Functions"), its scaling for huge and tiny arguments, its special values for infinite and
/// NaN components (SpecialValues) and its error reports. Real functions come from the C library, as in
/// CPython, so results agree bit for bit.
/// </summary>
internal static partial class ComplexFunctions
{
    private const double Ln2 = 0.6931471805599453;
    private const double Ln10 = 2.302585092994046;
    private const double LargeDouble = double.MaxValue / 4;
    private static readonly double s_sqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double s_logLargeDouble = Math.Log(LargeDouble);
    private static readonly double s_sqrtDblMin = Math.Sqrt(DblMin);
    private const double DblMin = 2.2250738585072014e-308;
    // Tiny arguments are scaled up by 2**53 (then down by 2**-27 for a square root) to keep precision.
    private const int ScaleUp = 53, ScaleDown = -27;

    [LibraryImport("libm.so.6", EntryPoint = "hypot")]
    private static partial double Hypot(double x, double y);

    private static bool IsFinite(double x, double y) => double.IsFinite(x) && double.IsFinite(y);

    private static Entry Special(Entry[] table, double x, double y) => SpecialValues.Lookup(table, x, y);

    public static Entry Sqrt(double x, double y)
    {
        if (!IsFinite(x, y)) return Special(SpecialValues.Sqrt, x, y);
        if (x == 0 && y == 0) return new(0.0, y);
        var ax = Math.Abs(x);
        var ay = Math.Abs(y);
        double s;
        if (ax < DblMin && ay < DblMin)
        {
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8;
            s = 2 * Math.Sqrt(ax + Hypot(ax, ay / 8));
        }
        var d = ay / (2 * s);
        return x >= 0 ? new(s, Math.CopySign(d, y)) : new(d, Math.CopySign(s, y));
    }

    public static Entry Log(double x, double y)
    {
        if (!IsFinite(x, y)) return Special(SpecialValues.Log, x, y);
        var ax = Math.Abs(x);
        var ay = Math.Abs(y);
        double real;
        var error = CmathError.None;
        if (ax > LargeDouble || ay > LargeDouble) real = Math.Log(Hypot(ax / 2, ay / 2)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0 || ay > 0) real = Math.Log(Hypot(Math.ScaleB(ax, ScaleUp), Math.ScaleB(ay, ScaleUp))) - ScaleUp * Ln2;
            else
            {
                real = double.NegativeInfinity;
                error = CmathError.Domain;
            }
        }
        else
        {
            var h = Hypot(ax, ay);
            if (h is >= 0.71 and <= 1.73)
            {
                // Near the unit circle log(h) loses precision; log1p of h*h - 1 keeps it.
                var am = Math.Max(ax, ay);
                var an = Math.Min(ax, ay);
                real = LibM.Log1P((am - 1) * (am + 1) + an * an) / 2;
            }
            else real = Math.Log(h);
        }
        return new(real, Math.Atan2(y, x), error);
    }

    public static Entry Log10(double x, double y)
    {
        var r = Log(x, y);
        return r with { Real = r.Real / Ln10, Imag = r.Imag / Ln10 };
    }

    public static Entry Exp(double x, double y)
    {
        if (!IsFinite(x, y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
            {
                return x > 0
                    ? new(Math.CopySign(double.PositiveInfinity, Math.Cos(y)), Math.CopySign(double.PositiveInfinity, Math.Sin(y)))
                    : new(Math.CopySign(0.0, Math.Cos(y)), Math.CopySign(0.0, Math.Sin(y)));
            }
            return Special(SpecialValues.Exp, x, y);
        }
        double real, imag;
        if (x > s_logLargeDouble)
        {
            var l = Math.Exp(x - 1);
            real = l * Math.Cos(y) * Math.E;
            imag = l * Math.Sin(y) * Math.E;
        }
        else
        {
            var l = Math.Exp(x);
            real = l * Math.Cos(y);
            imag = l * Math.Sin(y);
        }
        return Overflowed(real, imag);
    }

    private static Entry Overflowed(double real, double imag) =>
        new(real, imag, double.IsInfinity(real) || double.IsInfinity(imag) ? CmathError.Range : CmathError.None);

    public static Entry Cosh(double x, double y)
    {
        if (!IsFinite(x, y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
            {
                return new(Math.CopySign(double.PositiveInfinity, Math.Cos(y)),
                    Math.CopySign(double.PositiveInfinity, Math.Sin(y)) * Math.CopySign(1.0, x));
            }
            return Special(SpecialValues.Cosh, x, y);
        }
        if (Math.Abs(x) > s_logLargeDouble)
        {
            var xm1 = x - Math.CopySign(1.0, x);
            return Overflowed(Math.Cos(y) * Math.Cosh(xm1) * Math.E, Math.Sin(y) * Math.Sinh(xm1) * Math.E);
        }
        return Overflowed(Math.Cos(y) * Math.Cosh(x), Math.Sin(y) * Math.Sinh(x));
    }

    public static Entry Sinh(double x, double y)
    {
        if (!IsFinite(x, y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
            {
                return new(Math.CopySign(double.PositiveInfinity, Math.Cos(y)) * Math.CopySign(1.0, x),
                    Math.CopySign(double.PositiveInfinity, Math.Sin(y)));
            }
            return Special(SpecialValues.Sinh, x, y);
        }
        if (Math.Abs(x) > s_logLargeDouble)
        {
            var xm1 = x - Math.CopySign(1.0, x);
            return Overflowed(Math.Cos(y) * Math.Sinh(xm1) * Math.E, Math.Sin(y) * Math.Cosh(xm1) * Math.E);
        }
        return Overflowed(Math.Cos(y) * Math.Sinh(x), Math.Sin(y) * Math.Cosh(x));
    }

    public static Entry Tanh(double x, double y)
    {
        if (!IsFinite(x, y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
                return new(Math.CopySign(1.0, x), Math.CopySign(0.0, 2 * Math.Sin(y) * Math.Cos(y)));
            return Special(SpecialValues.Tanh, x, y);
        }
        if (Math.Abs(x) > s_sqrtLargeDouble)
            return new(Math.CopySign(1.0, x), 4 * Math.Sin(y) * Math.Cos(y) * Math.Exp(-2 * Math.Abs(x)));
        var tx = Math.Tanh(x);
        var ty = Math.Tan(y);
        var cx = 1 / Math.Cosh(x);
        var txty = tx * ty;
        var denom = 1 + txty * txty;
        return new(tx * (1 + ty * ty) / denom, ty / denom * cx * cx);
    }

    // cos z = cosh(iz), sin z = -i sinh(iz), tan z = -i tanh(iz): special values and errors follow.
    public static Entry Cos(double x, double y) => Cosh(-y, x);

    public static Entry Sin(double x, double y)
    {
        var r = Sinh(-y, x);
        return r with { Real = r.Imag, Imag = -r.Real };
    }

    public static Entry Tan(double x, double y)
    {
        var r = Tanh(-y, x);
        return r with { Real = r.Imag, Imag = -r.Real };
    }

    public static Entry Acos(double x, double y)
    {
        if (!IsFinite(x, y)) return Special(SpecialValues.Acos, x, y);
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
        {
            var real = Math.Atan2(Math.Abs(y), x);
            var big = Math.Log(Hypot(x / 2, y / 2)) + Ln2 * 2;
            return new(real, x < 0 ? -Math.CopySign(big, y) : Math.CopySign(big, -y));
        }
        var s1 = Sqrt(1 - x, -y);
        var s2 = Sqrt(1 + x, y);
        return new(2 * Math.Atan2(s1.Real, s2.Real), Math.Asinh(s2.Real * s1.Imag - s2.Imag * s1.Real));
    }

    public static Entry Acosh(double x, double y)
    {
        if (!IsFinite(x, y)) return Special(SpecialValues.Acosh, x, y);
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
            return new(Math.Log(Hypot(x / 2, y / 2)) + Ln2 * 2, Math.Atan2(y, x));
        var s1 = Sqrt(x - 1, y);
        var s2 = Sqrt(x + 1, y);
        return new(Math.Asinh(s1.Real * s2.Real + s1.Imag * s2.Imag), 2 * Math.Atan2(s1.Imag, s2.Real));
    }

    public static Entry Asinh(double x, double y)
    {
        if (!IsFinite(x, y)) return Special(SpecialValues.Asinh, x, y);
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
        {
            var big = Math.Log(Hypot(x / 2, y / 2)) + Ln2 * 2;
            return new(y >= 0 ? Math.CopySign(big, x) : -Math.CopySign(big, -x), Math.Atan2(y, Math.Abs(x)));
        }
        var s1 = Sqrt(1 + y, -x);
        var s2 = Sqrt(1 - y, x);
        return new(Math.Asinh(s1.Real * s2.Imag - s2.Real * s1.Imag), Math.Atan2(y, s1.Real * s2.Real - s1.Imag * s2.Imag));
    }

    // asin z = -i asinh(iz), atan z = -i atanh(iz).
    public static Entry Asin(double x, double y)
    {
        var r = Asinh(-y, x);
        return r with { Real = r.Imag, Imag = -r.Real };
    }

    public static Entry Atan(double x, double y)
    {
        var r = Atanh(-y, x);
        return r with { Real = r.Imag, Imag = -r.Real };
    }

    public static Entry Atanh(double x, double y)
    {
        if (!IsFinite(x, y)) return Special(SpecialValues.Atanh, x, y);
        // atanh is odd: work in the right half-plane.
        if (x < 0)
        {
            var r = Atanh(-x, -y);
            return r with { Real = -r.Real, Imag = -r.Imag };
        }
        var ay = Math.Abs(y);
        if (x > s_sqrtLargeDouble || ay > s_sqrtLargeDouble)
        {
            var h = Hypot(x / 2, y / 2);
            return new(x / 4 / h / h, -Math.CopySign(Math.PI / 2, -y));
        }
        if (x == 1 && ay < s_sqrtDblMin)
        {
            if (ay == 0) return new(double.PositiveInfinity, y, CmathError.Domain);
            return new(-Math.Log(Math.Sqrt(ay) / Math.Sqrt(Hypot(ay, 2))), Math.CopySign(Math.Atan2(2, -ay) / 2, y));
        }
        return new(LibM.Log1P(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4, -Math.Atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2);
    }

    public static Entry Rect(double r, double phi)
    {
        if (!IsFinite(r, phi))
        {
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0)
            {
                return r > 0
                    ? new(Math.CopySign(double.PositiveInfinity, Math.Cos(phi)), Math.CopySign(double.PositiveInfinity, Math.Sin(phi)))
                    : new(-Math.CopySign(double.PositiveInfinity, Math.Cos(phi)), -Math.CopySign(double.PositiveInfinity, Math.Sin(phi)));
            }
            return Special(SpecialValues.Rect, r, phi);
        }
        // A zero angle keeps the imaginary part's zero signed like r * 0.
        if (phi == 0) return new(r, r * phi);
        return new(r * Math.Cos(phi), r * Math.Sin(phi));
    }

    public static double Abs(double x, double y, out CmathError error)
    {
        error = CmathError.None;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        var r = Hypot(x, y);
        if (double.IsInfinity(r)) error = CmathError.Range;
        return r;
    }
}
