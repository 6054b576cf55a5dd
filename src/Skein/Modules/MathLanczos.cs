namespace Skein.Modules;

/// <summary>
/// math.gamma and math.lgamma as CPython computes them: the Lanczos approximation (g = 6.0246800407767296,
/// 13 terms, the rational form published with Boost's lanczos13m53) rather than the C library's functions,
/// so that results agree with CPython to the last digit. NaN signals a domain error and infinity a range
/// error to the caller (MathModule.Unary).
/// </summary>
internal static class MathLanczos
{
    private const double G = 6.024680040776729583740234375;
    private const double GMinusHalf = 5.524680040776729583740234375;
    private const double LogPi = 1.144729885849400174143427351353058711647;

    private static readonly double[] Numerator =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    /// <summary>The denominator is x(x+1)...(x+11) expanded: 11! x + ... + x^12.</summary>
    private static readonly double[] Denominator =
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ];

    /// <summary>Gamma of the integers 1..23, exactly representable: returned as is.</summary>
    private static readonly double[] Factorials =
    [
        1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800.0,
        87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    ];

    /// <summary>The rational sum, evaluated in x for small x and in 1/x for large x (where that is the stable form).</summary>
    private static double Sum(double x)
    {
        double num = 0, den = 0;
        if (x < 5.0)
        {
            for (var i = Numerator.Length - 1; i >= 0; i--)
            {
                num = num * x + Numerator[i];
                den = den * x + Denominator[i];
            }
        }
        else
        {
            for (var i = 0; i < Numerator.Length; i++)
            {
                num = num / x + Numerator[i];
                den = den / x + Denominator[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi * x), exact at the integers and half-integers.</summary>
    private static double SinPi(double x)
    {
        var y = Math.Abs(x) % 2.0;
        var n = (int)Math.Round(2.0 * y, MidpointRounding.ToEven);
        var r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    public static double Gamma(double x)
    {
        if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return x;
        if (double.IsNegativeInfinity(x) || x == 0) return double.NaN;
        if (x == Math.Floor(x))
        {
            if (x < 0) return double.NaN;
            if (x <= Factorials.Length) return Factorials[(int)x - 1];
        }
        var absx = Math.Abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0 ? 0.0 / SinPi(x) : double.PositiveInfinity;
        var y = absx + GMinusHalf;
        double z;
        if (absx > GMinusHalf)
        {
            var q = y - absx;
            z = q - GMinusHalf;
        }
        else
        {
            var q = y - GMinusHalf;
            z = q - absx;
        }
        z = z * G / y;
        double r;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / Sum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else
            {
                var sqrtPow = Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtPow;
                r /= sqrtPow;
            }
        }
        else
        {
            r = Sum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else
            {
                var sqrtPow = Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtPow;
                r *= sqrtPow;
            }
        }
        return r;
    }

    public static double LogGamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x == Math.Floor(x) && x <= 2)
            return x <= 0 ? double.NaN : 0.0;
        var absx = Math.Abs(x);
        if (absx < 1e-20) return -Math.Log(absx);
        var r = Math.Log(Sum(absx)) - G;
        r += (absx - 0.5) * (Math.Log(absx + G - 0.5) - 1);
        if (x < 0.0) r = LogPi - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        return r;
    }
}
