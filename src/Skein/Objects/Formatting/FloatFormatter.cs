using System.Globalization;
using System.Text;
using Skein.Objects.Numbers;

namespace Skein.Objects.Formatting;

/// <summary>
/// Text of floats as CPython writes it (PyOS_double_to_string): repr's shortest digits, and the 'e', 'f',
/// 'g' and repr-like modes with a precision, used by repr, format() and the % operator.
/// </summary>
public static class FloatFormatter
{
    /// <summary>repr(float) and str(float): shortest round-trip digits, exponent form below 1e-4 or from 1e16.</summary>
    public static string Repr(double v)
    {
        if (!double.IsFinite(v)) return double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        if (v == Math.Floor(v) && Math.Abs(v) < 1e15)
        {
            if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
            return ((long)v).ToString(CultureInfo.InvariantCulture) + ".0";
        }
        Body(Math.Abs(v), 'r', 0, addDotZero: true, alternate: false, upper: false, out var intPart, out var rest);
        return (v < 0 ? "-" : "") + intPart + rest;
    }

    /// <summary>
    /// Formats |value| in a mode: 'r' (shortest digits; precision ignored), 'e', 'f' or 'g' with the given
    /// precision. The result is split into the digits before the decimal point (which grouping and zero
    /// padding apply to) and the rest (point, fraction, exponent). addDotZero appends ".0" to an integral
    /// result in fixed notation (and, for 'g', moves to exponent notation one digit earlier, as CPython's
    /// format() without a type does); alternate is '#'.
    /// </summary>
    public static void Body(double abs, char mode, int precision, bool addDotZero, bool alternate, bool upper,
        out string intPart, out string rest)
    {
        if (double.IsNaN(abs) || double.IsInfinity(abs))
        {
            intPart = double.IsNaN(abs) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
            rest = "";
            return;
        }
        if (mode == 'f')
        {
            FixedBody(abs, precision, alternate, out intPart, out rest);
            return;
        }
        string digits;
        int decimalPoint;
        bool useExponent;
        var stripZeros = false;
        switch (mode)
        {
            case 'e':
                if (abs == 0)
                {
                    digits = new string('0', precision + 1);
                    decimalPoint = 1;
                }
                else
                {
                    digits = FloatDigits.Significant(abs, precision + 1, out decimalPoint);
                }
                useExponent = true;
                break;
            case 'g':
                if (precision == 0) precision = 1;
                if (abs == 0)
                {
                    digits = "0";
                    decimalPoint = 1;
                }
                else
                {
                    digits = FloatDigits.Significant(abs, precision, out decimalPoint);
                }
                var limit = addDotZero ? precision - 1 : precision;
                useExponent = decimalPoint - 1 < -4 || decimalPoint - 1 >= limit;
                stripZeros = !alternate;
                if (alternate && digits.Length < precision) digits += new string('0', precision - digits.Length);
                break;
            default:
                if (abs == 0)
                {
                    digits = "0";
                    decimalPoint = 1;
                }
                else
                {
                    digits = FloatDigits.Shortest(abs, out decimalPoint);
                }
                useExponent = decimalPoint - 1 < -4 || decimalPoint - 1 >= 16;
                stripZeros = true;
                break;
        }
        if (stripZeros)
        {
            var end = digits.Length;
            while (end > 1 && digits[end - 1] == '0') end--;
            digits = digits[..end];
        }
        if (useExponent)
        {
            intPart = digits[..1];
            var sb = new StringBuilder();
            if (digits.Length > 1 || alternate) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var exponent = abs == 0 ? 0 : decimalPoint - 1;
            sb.Append(upper ? 'E' : 'e').Append(exponent < 0 ? '-' : '+');
            var e = Math.Abs(exponent);
            if (e < 10) sb.Append('0');
            sb.Append(e.ToString(CultureInfo.InvariantCulture));
            rest = sb.ToString();
            return;
        }
        if (decimalPoint <= 0)
        {
            intPart = "0";
            rest = "." + new string('0', -decimalPoint) + digits;
        }
        else if (decimalPoint < digits.Length)
        {
            intPart = digits[..decimalPoint];
            rest = "." + digits[decimalPoint..];
        }
        else
        {
            intPart = digits + new string('0', decimalPoint - digits.Length);
            rest = addDotZero ? ".0" : alternate ? "." : "";
        }
    }

    private static void FixedBody(double abs, int precision, bool alternate, out string intPart, out string rest)
    {
        var digits = FloatDigits.RoundScaled(abs, precision).ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= precision) digits = new string('0', precision - digits.Length + 1) + digits;
        intPart = digits[..^precision];
        if (precision == 0) intPart = digits;
        rest = precision > 0 ? "." + digits[^precision..] : alternate ? "." : "";
    }

    /// <summary>One complete conversion with a leading '-' for negative values (the % operator and str.format building blocks).</summary>
    public static string ToString(double value, char mode, int precision, bool addDotZero = false, bool alternate = false, bool upper = false)
    {
        Body(Math.Abs(value), mode, precision, addDotZero, alternate, upper, out var intPart, out var rest);
        return (IsNegative(value) ? "-" : "") + intPart + rest;
    }

    /// <summary>The sign bit, except for NaN, which CPython never prints with a '-'.</summary>
    public static bool IsNegative(double v) => !double.IsNaN(v) && double.IsNegative(v);

    // ---- format() -----------------------------------------------------------------------------------

    /// <summary>float.__format__(spec).</summary>
    public static string Format(PyFloat self, string spec)
    {
        if (spec.Length == 0) return Ops.Str(self);
        return Format(self.Value, FormatSpec.Parse(spec, self.Type.Name), self.Type.Name);
    }

    /// <summary>Formats a double with a parsed spec (also int's e/f/g/% presentation after conversion to float).</summary>
    public static string Format(double value, FormatSpec f, string typeName)
    {
        var type = f.Type;
        var precision = f.Precision;
        var addDotZero = false;
        var upper = false;
        char mode;
        switch (type)
        {
            case '\0':
                addDotZero = true;
                mode = precision < 0 ? 'r' : 'g';
                if (precision < 0) precision = 0;
                break;
            case 'e' or 'f' or 'g':
                mode = type;
                break;
            case 'E' or 'F' or 'G':
                mode = char.ToLowerInvariant(type);
                upper = true;
                break;
            case 'n':
                mode = 'g';
                break;
            case '%':
                mode = 'f';
                value *= 100;
                break;
            default:
                throw Errors.ValueError($"Unknown format code '{type}' for object of type '{typeName}'");
        }
        if (precision < 0) precision = 6;
        var negative = IsNegative(value);
        Body(Math.Abs(value), mode, precision, addDotZero, f.Alternate, upper, out var intPart, out var rest);
        if (type == '%') rest += "%";
        var finite = double.IsFinite(value);
        if (negative && f.NoNegativeZero && finite && IsAllZero(intPart, rest)) negative = false;
        var sign = negative ? "-" : f.Sign == '+' ? "+" : f.Sign == ' ' ? " " : "";
        return f.Layout(sign, "", intPart, rest, allowGrouping: finite);
    }

    /// <summary>True when formatted digits show a zero value (ignoring the exponent), for the 'z' option.</summary>
    internal static bool IsAllZero(string intPart, string rest)
    {
        foreach (var c in intPart)
            if (c is >= '1' and <= '9') return false;
        foreach (var c in rest)
        {
            if (c is 'e' or 'E') break;
            if (c is >= '1' and <= '9') return false;
        }
        return true;
    }
}
