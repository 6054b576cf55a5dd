using System.Globalization;

namespace Skein.Objects.Numbers;

/// <summary>
/// Decimal digits of doubles: the shortest string that reads back to the same double (what repr shows),
/// and exactly rounded digits (half to even on the double's exact binary value) for a fixed number of
/// decimals or of significant digits, as CPython's dtoa gives them.
/// </summary>
public static class FloatDigits
{
    /// <summary>
    /// Shortest round-trip digits of a positive finite value, without leading or trailing zeros; the value is
    /// 0.DIGITS * 10**decimalPoint. .NET's "R" format yields the shortest round-trip digits closest to the value.
    /// </summary>
    public static string Shortest(double value, out int decimalPoint)
    {
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        var text = buffer[..written];
        var exponent = 0;
        var e = text.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        Span<char> digits = stackalloc char[32];
        var count = 0;
        var pointAt = -1;
        foreach (var c in text)
        {
            if (c == '.') pointAt = count;
            else digits[count++] = c;
        }
        if (pointAt < 0) pointAt = count;
        var start = 0;
        while (start < count - 1 && digits[start] == '0') start++;
        var end = count;
        while (end > start + 1 && digits[end - 1] == '0') end--;
        decimalPoint = pointAt - start + exponent;
        return new string(digits[start..end]);
    }

    /// <summary>
    /// round(value * 10**decimals) for a non-negative finite value, ties to even on the exact binary value, as
    /// a digit string ("0" when it rounds to zero); decimals may be negative.
    /// </summary>
    public static BigInteger RoundScaled(double value, int decimals)
    {
        Decompose(value, out var mantissa, out var exponent);
        if (mantissa == 0) return BigInteger.Zero;
        // value * 10**decimals = mantissa * 2**exponent * 10**decimals = numerator / denominator.
        BigInteger numerator = mantissa, denominator = BigInteger.One;
        if (exponent >= 0) numerator <<= exponent;
        else denominator <<= -exponent;
        if (decimals >= 0) numerator *= BigInteger.Pow(10, decimals);
        else denominator *= BigInteger.Pow(10, -decimals);
        var q = BigInteger.DivRem(numerator, denominator, out var r);
        var c = (r << 1).CompareTo(denominator);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>value = mantissa * 2**exponent with an integer mantissa (value non-negative and finite).</summary>
    public static void Decompose(double value, out long mantissa, out int exponent)
    {
        var bits = BitConverter.DoubleToInt64Bits(value) & long.MaxValue;
        var biased = (int)(bits >> 52);
        mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        if (mantissa != 0)
        {
            var tz = BitOperations.TrailingZeroCount(mantissa);
            mantissa >>= tz;
            exponent += tz;
        }
    }

    /// <summary>
    /// Exactly n significant digits (n >= 1) of a positive finite value, rounded half to even; the value is
    /// about 0.DIGITS * 10**decimalPoint.
    /// </summary>
    public static string Significant(double value, int n, out int decimalPoint)
    {
        var point = (int)Math.Floor(Math.Log10(value)) + 1;
        while (true)
        {
            var scaled = RoundScaled(value, n - point);
            var digits = scaled.ToString(CultureInfo.InvariantCulture);
            if (digits.Length > n)
            {
                // Either the estimate was low, or rounding carried into a new digit (999.. -> 1000..).
                if (digits.Length == n + 1 && digits[n] == '0' && IsPowerOfTen(digits))
                {
                    decimalPoint = point + 1;
                    return digits[..n];
                }
                point++;
                continue;
            }
            if (digits.Length < n)
            {
                point--;
                continue;
            }
            decimalPoint = point;
            return digits;
        }
    }

    private static bool IsPowerOfTen(string digits)
    {
        if (digits[0] != '1') return false;
        for (var i = 1; i < digits.Length; i++)
            if (digits[i] != '0') return false;
        return true;
    }
}
