namespace Skein.Objects.Formatting;

/// <summary>repr and format() of complex numbers.</summary>
public static class ComplexFormatter
{
    /// <summary>repr(complex): "1j" when the real part is +0, otherwise "(re±imj)", each part in shortest form without ".0".</summary>
    public static string Repr(double re, double im)
    {
        var imText = FloatFormatter.ToString(im, 'r', 0);
        if (re == 0 && !double.IsNegative(re)) return imText + "j";
        var reText = FloatFormatter.ToString(re, 'r', 0);
        return "(" + reText + (FloatFormatter.IsNegative(im) ? "" : "+") + imText + "j)";
    }

    public static string Format(PyComplex self, string spec)
    {
        if (spec.Length == 0) return Ops.Str(self);
        var typeName = self.Type.Name;
        var f = FormatSpec.Parse(spec, typeName);
        if (f.Fill == "0") throw Errors.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw Errors.ValueError("'=' alignment flag is not allowed in complex format specifier");
        double re = self.Real, im = self.Imag;
        var mode = f.Type;
        var precision = f.Precision;
        var upper = false;
        var skipReal = false;
        var parens = false;
        switch (mode)
        {
            case '\0':
                mode = precision < 0 ? 'r' : 'g';
                if (re == 0 && !double.IsNegative(re)) skipReal = true;
                else parens = true;
                if (precision < 0) precision = 0;
                break;
            case 'e' or 'f' or 'g':
                break;
            case 'E' or 'F' or 'G':
                mode = char.ToLowerInvariant(mode);
                upper = true;
                break;
            case 'n':
                mode = 'g';
                break;
            default:
                throw Errors.ValueError($"Unknown format code '{f.Type}' for object of type '{typeName}'");
        }
        if (precision < 0) precision = 6;
        var sb = new System.Text.StringBuilder();
        if (parens) sb.Append('(');
        if (!skipReal) AppendPart(sb, re, mode, precision, upper, f, forceSign: false);
        AppendPart(sb, im, mode, precision, upper, f, forceSign: !skipReal);
        sb.Append('j');
        if (parens) sb.Append(')');
        var body = sb.ToString();
        return new FormatSpec { Fill = f.Fill, Align = f.Align, Width = f.Width }.Layout("", "", body, "");
    }

    private static void AppendPart(System.Text.StringBuilder sb, double v, char mode, int precision, bool upper, FormatSpec f, bool forceSign)
    {
        FloatFormatter.Body(Math.Abs(v), mode, precision, addDotZero: false, f.Alternate, upper, out var intPart, out var rest);
        var negative = FloatFormatter.IsNegative(v);
        if (negative && f.NoNegativeZero && double.IsFinite(v) && FloatFormatter.IsAllZero(intPart, rest)) negative = false;
        if (negative) sb.Append('-');
        else if (forceSign || f.Sign == '+') sb.Append('+');
        else if (f.Sign == ' ') sb.Append(' ');
        sb.Append(f.Grouping != '\0' && double.IsFinite(v) ? FormatSpec.Group(intPart, f.Grouping, 3, 0) : intPart).Append(rest);
    }
}
