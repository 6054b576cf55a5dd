using Skein.Objects.Numbers;

namespace Skein.Objects.Formatting;

/// <summary>int.__format__: the integer presentation types b c d o x X n, and e E f F g G % through float.</summary>
public static class IntFormatter
{
    public static string Format(PyInt self, string spec)
    {
        if (spec.Length == 0) return Ops.Str(self);
        var typeName = self.Type.Name;
        var f = FormatSpec.Parse(spec, typeName);
        switch (f.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FloatFormatter.Format(IntArithmetic.ToDouble(self), f, typeName);
            case '\0' or 'd' or 'n' or 'b' or 'o' or 'x' or 'X' or 'c':
                break;
            default:
                throw Errors.ValueError($"Unknown format code '{f.Type}' for object of type '{typeName}'");
        }
        if (f.Precision >= 0) throw Errors.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegativeZero) throw Errors.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw Errors.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw Errors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!self.TryGetLong(out var code)) throw Errors.OverflowError("Python int too large to convert to C long");
            if (code < 0 || code > 0x10FFFF) throw Errors.OverflowError("%c arg not in range(0x110000)");
            return f.Layout("", "", CodePoint((int)code), "");
        }
        var negative = IntArithmetic.Sign(self) < 0;
        var sign = negative ? "-" : f.Sign == '+' ? "+" : f.Sign == ' ' ? " " : "";
        string digits, prefix = "";
        var groupSize = 3;
        switch (f.Type)
        {
            case 'b' or 'o' or 'x' or 'X':
                digits = IntConversion.ToPowerOfTwoBase(self, f.Type == 'b' ? 2 : f.Type == 'o' ? 8 : 16);
                if (f.Type == 'X') digits = digits.ToUpperInvariant();
                if (f.Alternate) prefix = "0" + f.Type;
                groupSize = 4;
                break;
            default:
                digits = IntConversion.ToDecimal(negative ? IntArithmetic.Abs(self) : self);
                break;
        }
        return f.Layout(sign, prefix, digits, "", groupSize);
    }

    /// <summary>One code point as a string; lone surrogates (which char.ConvertFromUtf32 rejects) become a single char, as Python allows.</summary>
    public static string CodePoint(int code) =>
        code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
}
