using System.Text;
using Skein.Objects.Numbers;

namespace Skein.Objects.Formatting;

/// <summary>printf-style conversion of numbers for str % and bytes %, as CPython's formatlong and formatfloat.</summary>
public static class NumericFormat
{
    /// <summary>
    /// Formats value for one '%' conversion. conversion is one of d i u o x X e E f F g G; flags holds any of
    /// "-+ #0"; width and precision are -1 when absent. Raises TypeError like CPython for a non-number
    /// ("%d format: a real number is required, not str").
    /// </summary>
    public static string Printf(PyObject value, char conversion, string flags, int width, int precision)
    {
        var left = flags.Contains('-');
        var plus = flags.Contains('+');
        var space = flags.Contains(' ');
        var alternate = flags.Contains('#');
        var zero = flags.Contains('0');
        string sign, prefix = "", body;
        switch (conversion)
        {
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
            {
                var integer = IntegerArgument(value, conversion);
                var negative = IntArithmetic.Sign(integer) < 0;
                body = conversion switch
                {
                    'o' => IntConversion.ToPowerOfTwoBase(integer, 8),
                    'x' => IntConversion.ToPowerOfTwoBase(integer, 16),
                    'X' => IntConversion.ToPowerOfTwoBase(integer, 16).ToUpperInvariant(),
                    _ => IntConversion.ToDecimal(negative ? IntArithmetic.Abs(integer) : integer),
                };
                if (precision > body.Length) body = new string('0', precision - body.Length) + body;
                if (alternate && conversion is 'o' or 'x' or 'X') prefix = "0" + conversion;
                sign = negative ? "-" : plus ? "+" : space ? " " : "";
                break;
            }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                var x = Ops.AsDouble(value);
                if (precision < 0) precision = 6;
                var upper = char.IsUpper(conversion);
                FloatFormatter.Body(Math.Abs(x), char.ToLowerInvariant(conversion), precision, addDotZero: false, alternate, upper,
                    out var intPart, out var rest);
                body = intPart + rest;
                sign = FloatFormatter.IsNegative(x) ? "-" : plus ? "+" : space ? " " : "";
                break;
            }
            default:
                throw Errors.ValueError($"unsupported format character '{conversion}' (0x{(int)conversion:x})");
        }
        var length = sign.Length + prefix.Length + body.Length;
        if (width <= length) return sign + prefix + body;
        var sb = new StringBuilder(width);
        if (left)
        {
            sb.Append(sign).Append(prefix).Append(body).Append(' ', width - length);
        }
        else if (zero)
        {
            sb.Append(sign).Append(prefix).Append('0', width - length).Append(body);
        }
        else
        {
            sb.Append(' ', width - length).Append(sign).Append(prefix).Append(body);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The int a %d/%o/%x conversion formats: %o and %x need an integer (__index__), the decimal ones
    /// accept any real number through int() (so floats truncate).
    /// </summary>
    private static PyInt IntegerArgument(PyObject value, char conversion)
    {
        if (value is PyInt i) return i;
        var t = value.Type;
        var isNumber = t.Index != null || t.Int != null || t.Float != null || value is PyComplex;
        if (isNumber)
        {
            try
            {
                return conversion is 'o' or 'x' or 'X' ? Ops.Index(value) : IntConstructor.FromObject(value);
            }
            catch (PyException e) when (e.Is(PyExc.TypeError))
            {
            }
        }
        throw Errors.TypeError(conversion is 'o' or 'x' or 'X'
            ? $"%{conversion} format: an integer is required, not {t.Name}"
            : $"%{conversion} format: a real number is required, not {t.Name}");
    }
}
