using System.Globalization;

namespace Skein.Objects.Numbers;

/// <summary>Conversions of floats to ints and the rounding methods of float.</summary>
public static class FloatMethods
{
    /// <summary>The integer part of a finite double as an int (int(x), math.trunc), with CPython's errors for NaN and infinities.</summary>
    public static PyInt Truncate(double v)
    {
        if (v > -9.2e18 && v < 9.2e18) return PyInt.From((long)v);
        CheckFinite(v);
        return PyInt.From(new BigInteger(v));
    }

    public static void CheckFinite(double v)
    {
        if (double.IsNaN(v)) throw Errors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw Errors.OverflowError("cannot convert float infinity to integer");
    }

    public static PyInt Floor(double v) => Truncate(Math.Floor(v));

    public static PyInt Ceiling(double v) => Truncate(Math.Ceiling(v));

    // The range of ndigits beyond which every double is unchanged, or rounds to zero (CPython's NDIGITS_MAX/MIN).
    private const int NDigitsMax = 323;
    private const int NDigitsMin = -308;

    /// <summary>float.__round__(ndigits): None rounds to an int with ties to even; otherwise a correctly rounded float.</summary>
    public static PyObject Round(double x, PyObject? ndigits)
    {
        if (ndigits == null || ndigits is PyNone) return Truncate(RoundHalfEvenChecked(x));
        var n = Ops.Index(ndigits);
        // Like CPython's PyNumber_AsSsize_t with clipping: huge ndigits behave as the extremes.
        if (!n.TryGetLong(out var nd)) nd = n.Value.Sign < 0 ? long.MinValue : long.MaxValue;
        if (!double.IsFinite(x) || nd > NDigitsMax) return new PyFloat(x);
        if (nd < NDigitsMin) return new PyFloat(0.0 * x);
        if (x == 0) return new PyFloat(x);
        var scaled = FloatDigits.RoundScaled(Math.Abs(x), (int)nd);
        // The decimal digits read back as a double give the correctly rounded result.
        var text = scaled.ToString(CultureInfo.InvariantCulture) + "e" + (-nd).ToString(CultureInfo.InvariantCulture);
        var rounded = double.Parse(text, NumberStyles.AllowExponent | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (double.IsInfinity(rounded)) throw Errors.OverflowError("rounded value too large to represent");
        return new PyFloat(Math.CopySign(rounded, x));
    }

    private static double RoundHalfEvenChecked(double x)
    {
        CheckFinite(x);
        return Math.Round(x, MidpointRounding.ToEven);
    }

    public static PyTuple AsIntegerRatio(double v)
    {
        if (double.IsNaN(v)) throw Errors.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(v)) throw Errors.OverflowError("cannot convert Infinity to integer ratio");
        FloatDigits.Decompose(Math.Abs(v), out var mantissa, out var exponent);
        if (mantissa == 0) return new PyTuple([PyInt.From(0), PyInt.From(1)]);
        BigInteger numerator = mantissa, denominator = BigInteger.One;
        if (exponent >= 0) numerator <<= exponent;
        else denominator <<= -exponent;
        if (v < 0) numerator = -numerator;
        return new PyTuple([PyInt.From(numerator), PyInt.From(denominator)]);
    }
}
