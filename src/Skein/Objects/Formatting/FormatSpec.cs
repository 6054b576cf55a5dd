using System.Text;

namespace Skein.Objects.Formatting;

/// <summary>
/// A parsed standard format specifier (the format mini-language):
/// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
/// </summary>
public sealed class FormatSpec
{
    /// <summary>The fill character as a string (one code point, possibly a surrogate pair).</summary>
    public string Fill = " ";
    public bool FillGiven;
    /// <summary>One of &lt; &gt; = ^, or '\0' when not given.</summary>
    public char Align;
    /// <summary>One of + - space, or '\0' when not given.</summary>
    public char Sign;
    public bool NoNegativeZero;
    public bool Alternate;
    public bool ZeroPad;
    public int Width = -1;
    /// <summary>',' or '_', or '\0' for none.</summary>
    public char Grouping;
    public int Precision = -1;
    /// <summary>The presentation type, or '\0' when absent.</summary>
    public char Type;

    /// <summary>Parses spec for a value of the named type; defaultAlign is '&gt;' for numbers (where '0' implies '=' alignment).</summary>
    public static FormatSpec Parse(string spec, string typeName, char defaultAlign = '>')
    {
        var f = new FormatSpec();
        var pos = 0;
        var n = spec.Length;
        var fillLength = n > 1 && char.IsHighSurrogate(spec[0]) && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (n > fillLength && IsAlign(spec[fillLength]))
        {
            f.Fill = spec[..fillLength];
            f.FillGiven = true;
            f.Align = spec[fillLength];
            pos = fillLength + 1;
        }
        else if (n > 0 && IsAlign(spec[0]))
        {
            f.Align = spec[0];
            pos = 1;
        }
        if (pos < n && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.Sign = spec[pos++];
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
        if (pos < n && spec[pos] == '0')
        {
            f.ZeroPad = true;
            if (!f.FillGiven)
            {
                f.Fill = "0";
                if (f.Align == '\0' && defaultAlign == '>') f.Align = '=';
            }
            pos++;
        }
        f.Width = ReadNumber(spec, ref pos);
        if (pos < n && (spec[pos] == ',' || spec[pos] == '_'))
        {
            f.Grouping = spec[pos++];
            if (pos < n && (spec[pos] == ',' || spec[pos] == '_'))
            {
                if (spec[pos] == f.Grouping) throw Errors.ValueError($"Cannot specify '{f.Grouping}' with '{f.Grouping}'.");
                throw Errors.ValueError("Cannot specify both ',' and '_'.");
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
            var ok = f.Type switch
            {
                'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0' => true,
                'b' or 'o' or 'x' or 'X' => f.Grouping == '_',
                _ => false,
            };
            if (!ok) throw Errors.ValueError($"Cannot specify '{f.Grouping}' with '{f.Type}'.");
        }
        return f;
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    private static int ReadNumber(string spec, ref int pos)
    {
        var start = pos;
        long value = 0;
        while (pos < spec.Length && spec[pos] >= '0' && spec[pos] <= '9')
        {
            value = value * 10 + (spec[pos] - '0');
            if (value > int.MaxValue) throw Errors.ValueError("Too many decimal digits in format string");
            pos++;
        }
        return pos == start ? -1 : (int)value;
    }

    /// <summary>
    /// Lays out a formatted number: sign, prefix (0x, ...), the digits of the integer part (grouped, and
    /// zero-filled to the width when '=' alignment pads with '0'), the rest (fraction, exponent, suffix),
    /// then fill and alignment to the width. Grouping is skipped when not allowed (inf and nan have no digits).
    /// </summary>
    public string Layout(string sign, string prefix, string integerDigits, string rest, int groupSize = 3, bool allowGrouping = true)
    {
        var width = Width < 0 ? 0 : Width;
        var separator = allowGrouping ? Grouping : '\0';
        var align = Align == '\0' ? '>' : Align;
        if (align == '=' && Fill == "0" && separator != '\0')
        {
            // Zero padding takes part in grouping: the padded digits grow until the whole fits the width.
            var available = width - sign.Length - prefix.Length - rest.Length;
            var grouped = Group(integerDigits, separator, groupSize, available);
            return sign + prefix + grouped + rest;
        }
        var body = separator != '\0' ? Group(integerDigits, separator, groupSize, 0) : integerDigits;
        var length = sign.Length + prefix.Length + body.Length + rest.Length;
        if (length >= width) return sign + prefix + body + rest;
        var pad = width - length;
        var sb = new StringBuilder(width + Fill.Length);
        switch (align)
        {
            case '<':
                sb.Append(sign).Append(prefix).Append(body).Append(rest);
                AppendFill(sb, pad);
                break;
            case '^':
                AppendFill(sb, pad / 2);
                sb.Append(sign).Append(prefix).Append(body).Append(rest);
                AppendFill(sb, pad - pad / 2);
                break;
            case '=':
                sb.Append(sign).Append(prefix);
                AppendFill(sb, pad);
                sb.Append(body).Append(rest);
                break;
            default:
                AppendFill(sb, pad);
                sb.Append(sign).Append(prefix).Append(body).Append(rest);
                break;
        }
        return sb.ToString();
    }

    private void AppendFill(StringBuilder sb, int count)
    {
        for (var i = 0; i < count; i++) sb.Append(Fill);
    }

    /// <summary>
    /// Inserts separators every groupSize digits from the right. When minWidth asks for more, zero digits
    /// (and their separators) are added on the left as CPython's zero padding with grouping does: the last
    /// group is completed before a new one is started, and a new group has at least one digit.
    /// </summary>
    public static string Group(string digits, char separator, int groupSize, int minWidth)
    {
        var parts = new List<string>();
        var pos = digits.Length;
        var total = 0;
        while (true)
        {
            var take = Math.Min(groupSize, pos);
            var group = digits.Substring(pos - take, take);
            pos -= take;
            if (pos == 0)
            {
                var want = Math.Min(groupSize, Math.Max(minWidth - total, 1));
                if (group.Length < want) group = new string('0', want - group.Length) + group;
            }
            parts.Add(group);
            total += group.Length;
            if (pos == 0 && (total >= minWidth || group.Length < groupSize)) break;
            total++;
        }
        var sb = new StringBuilder(total);
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            sb.Append(parts[i]);
            if (i > 0) sb.Append(separator);
        }
        return sb.ToString();
    }
}
