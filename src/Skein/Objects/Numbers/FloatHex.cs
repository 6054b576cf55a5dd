using System.Globalization;
using System.Text;

namespace Skein.Objects.Numbers;

/// <summary>float.hex() and float.fromhex(): exact hexadecimal text of doubles.</summary>
public static class FloatHex
{
    public static string ToHex(double v)
    {
        if (!double.IsFinite(v)) return Formatting.FloatFormatter.Repr(v);
        var sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        var bits = BitConverter.DoubleToInt64Bits(v) & long.MaxValue;
        var biased = (int)(bits >> 52);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        var lead = biased == 0 ? '0' : '1';
        var exponent = biased == 0 ? -1022 : biased - 1023;
        return $"{sign}0x{lead}.{fraction:x13}p{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent).ToString(CultureInfo.InvariantCulture)}";
    }

    private static PyException Invalid() => Errors.ValueError("invalid hexadecimal floating-point string");

    public static double FromHex(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IntConversion.IsSpace(text[start])) start++;
        while (end > start && IntConversion.IsSpace(text[end - 1])) end--;
        var s = text.AsSpan(start, end - start);
        var pos = 0;
        var negative = false;
        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
        {
            negative = s[pos] == '-';
            pos++;
        }
        var body = s[pos..];
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;
        if (body.Length >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) pos += 2;
        var digits = new StringBuilder();
        var intCount = 0;
        while (pos < s.Length && Uri.IsHexDigit(s[pos]))
        {
            digits.Append(s[pos++]);
            intCount++;
        }
        var fracCount = 0;
        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            while (pos < s.Length && Uri.IsHexDigit(s[pos]))
            {
                digits.Append(s[pos++]);
                fracCount++;
            }
        }
        if (intCount + fracCount == 0) throw Invalid();
        long exponent = 0;
        if (pos < s.Length && (s[pos] == 'p' || s[pos] == 'P'))
        {
            pos++;
            var expNegative = false;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
            {
                expNegative = s[pos] == '-';
                pos++;
            }
            var expStart = pos;
            while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
            {
                // Exponents beyond any representable range saturate; the value is then 0 or an overflow anyway.
                if (exponent < 1L << 40) exponent = exponent * 10 + (s[pos] - '0');
                pos++;
            }
            if (pos == expStart) throw Invalid();
            if (expNegative) exponent = -exponent;
        }
        if (pos != s.Length) throw Invalid();
        var mantissa = BigInteger.Parse("0" + digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var value = IntArithmetic.ScaleToDouble(mantissa, exponent - 4L * fracCount);
        if (double.IsInfinity(value)) throw Errors.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -value : value;
    }
}
