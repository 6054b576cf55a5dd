namespace Skein.Objects.Text;

/// <summary>
/// A parsed standard format specifier, [[fill]align][sign][z][#][0][width][grouping][.precision][type],
/// with CPython's parsing errors. Used by str.__format__; usable by any type that follows the standard mini-language.
/// </summary>
public sealed class FormatSpec
{
    /// <summary>The fill character (a surrogate pair for a character outside the BMP).</summary>
    public string Fill = " ";
    public bool FillGiven;
    /// <summary>One of &lt; &gt; = ^, or '\0' when absent.</summary>
    public char Align;
    /// <summary>One of + - space, or '\0' when absent.</summary>
    public char Sign;
    public bool NoNegativeZero;
    public bool Alternate;
    /// <summary>-1 when absent.</summary>
    public long Width = -1;
    /// <summary>',' or '_', or '\0' when absent.</summary>
    public char Grouping;
    /// <summary>-1 when absent.</summary>
    public long Precision = -1;
    /// <summary>The presentation type, or the default given to Parse when absent.</summary>
    public char Type;

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>Parses spec for an object of type typeName; defaultType stands in for a missing presentation type.</summary>
    public static FormatSpec Parse(string spec, char defaultType, string typeName = "str", char defaultAlign = '<')
    {
        var f = new FormatSpec { Type = defaultType };
        var pos = 0;
        var n = spec.Length;
        var firstWidth = n >= 2 && char.IsHighSurrogate(spec[0]) && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (n > firstWidth && IsAlign(spec[firstWidth]))
        {
            f.Fill = spec[..firstWidth];
            f.FillGiven = true;
            f.Align = spec[firstWidth];
            pos = firstWidth + 1;
        }
        else if (n > 0 && IsAlign(spec[0]))
        {
            f.Align = spec[0];
            pos = 1;
        }
        if (pos < n && spec[pos] is '+' or '-' or ' ') f.Sign = spec[pos++];
        if (pos < n && spec[pos] == 'z')
        {
            f.NoNegativeZero = true;
            pos++;
        }
        if (pos < n && spec[pos] == '#')
        {
            f.Alternate = true;
            pos++;
        }
        if (pos < n && spec[pos] == '0' && !f.FillGiven)
        {
            f.Fill = "0";
            if (f.Align == '\0' && defaultAlign == '>') f.Align = '=';
            pos++;
        }
        f.Width = ReadNumber(spec, ref pos);
        if (pos < n && spec[pos] is ',' or '_')
        {
            f.Grouping = spec[pos++];
            if (pos < n && spec[pos] is ',' or '_')
            {
                throw Errors.ValueError(spec[pos] == f.Grouping
                    ? $"Cannot specify '{f.Grouping}' with '{f.Grouping}'."
                    : "Cannot specify both ',' and '_'.");
            }
        }
        if (pos < n && spec[pos] == '.')
        {
            pos++;
            f.Precision = ReadNumber(spec, ref pos);
            if (f.Precision < 0) throw Errors.ValueError("Format specifier missing precision");
        }
        if (n - pos > 1) throw Errors.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (pos < n) f.Type = spec[pos];
        if (f.Grouping != '\0')
        {
            var allowed = f.Grouping == ','
                ? f.Type is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0'
                : f.Type is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0' or 'b' or 'o' or 'x' or 'X';
            if (!allowed)
            {
                throw Errors.ValueError(f.Type > 32 && f.Type < 128
                    ? $"Cannot specify '{f.Grouping}' with '{f.Type}'."
                    : $"Cannot specify '{f.Grouping}' with '\\x{(int)f.Type:x}'.");
            }
        }
        return f;
    }

    /// <summary>Digits as a number; -1 when there are none.</summary>
    private static long ReadNumber(string spec, ref int pos)
    {
        var start = pos;
        long v = 0;
        while (pos < spec.Length && spec[pos] is >= '0' and <= '9')
        {
            if (v > (long.MaxValue - (spec[pos] - '0')) / 10) throw Errors.ValueError("Too many decimal digits in format string");
            v = v * 10 + (spec[pos] - '0');
            pos++;
        }
        return pos == start ? -1 : v;
    }

    /// <summary>Formats a string value ('s' presentation): precision truncates, then width pads.</summary>
    public string FormatString(string value, string typeName)
    {
        if (Type != 's') throw UnknownCode(typeName);
        if (Sign != '\0') throw Errors.ValueError("Sign not allowed in string format specifier");
        if (NoNegativeZero) throw Errors.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (Alternate) throw Errors.ValueError("Alternate form (#) not allowed in string format specifier");
        if (Align == '=') throw Errors.ValueError("'=' alignment not allowed in string format specifier");
        var length = (long)CodePoints.Count(value);
        if (Precision >= 0 && length > Precision)
        {
            value = value[..CodePoints.ToCharIndex(value, (int)Precision)];
            length = Precision;
        }
        return Pad(value, length, '<');
    }

    /// <summary>Pads an already formatted body of the given code-point length to Width per Align (defaultAlign when absent).</summary>
    public string Pad(string body, long length, char defaultAlign)
    {
        if (Width <= length) return body;
        var total = Width - length;
        var align = Align == '\0' ? defaultAlign : Align;
        var left = align switch
        {
            '>' => total,
            '^' => total / 2,
            _ => 0,
        };
        return StrMethods.Padded(body, Fill, left, total - left);
    }

    public Exception UnknownCode(string typeName) => Errors.ValueError(Type > 32 && Type < 128
        ? $"Unknown format code '{Type}' for object of type '{typeName}'"
        : $"Unknown format code '\\x{(int)Type:x}' for object of type '{typeName}'");
}
