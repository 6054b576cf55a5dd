using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;

namespace Skein.Syntax;

/// <summary>
/// Renders an AST in the format of CPython's <c>ast.dump(node, include_attributes=...)</c>, so parses can be
/// compared with the reference implementation. Empty <c>type_params</c> lists are left out, as 3.11 has none.
/// </summary>
public static class AstDump
{
    public static string Dump(Node node, bool includeAttributes = false)
    {
        var sb = new StringBuilder();
        Write(sb, node, includeAttributes);
        return sb.ToString();
    }

    private static readonly Dictionary<Type, PropertyInfo[]> FieldCache = new();

    private static PropertyInfo[] Fields(Type t)
    {
        lock (FieldCache)
        {
            if (!FieldCache.TryGetValue(t, out var props))
            {
                props = t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .OrderBy(pi => pi.MetadataToken).ToArray();
                FieldCache[t] = props;
            }
            return props;
        }
    }

    private static string PythonClassName(Type t) => t.Name switch
    {
        "ExprStmt" => "Expr",
        "Arguments" => "arguments",
        "Arg" => "arg",
        "Keyword" => "keyword",
        "Alias" => "alias",
        "WithItem" => "withitem",
        "Comprehension" => "comprehension",
        "MatchCase" => "match_case",
        _ => t.Name,
    };

    private static string PythonFieldName(string name)
    {
        if (name == "ArgName") return "arg";
        var sb = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool HasAttributes(Node n) =>
        n is Stmt or Expr or Pattern or ExceptHandler or Arg or Keyword or Alias or TypeParam;

    private static void Write(StringBuilder sb, Node node, bool attrs)
    {
        var t = node.GetType();
        sb.Append(PythonClassName(t)).Append('(');
        bool first = true;
        void Sep()
        {
            if (!first) sb.Append(", ");
            first = false;
        }
        foreach (var prop in Fields(t))
        {
            object? value = prop.GetValue(node);
            bool valueIsField = prop.Name == "Value" && node is Constant or MatchSingleton;
            if (value == null && !valueIsField) continue;
            if (prop.Name == "TypeParams" && value is System.Collections.ICollection { Count: 0 }) continue;
            Sep();
            sb.Append(PythonFieldName(prop.Name)).Append('=');
            WriteValue(sb, value, attrs);
        }
        if (node is Module)
        {
            Sep();
            sb.Append("type_ignores=[]");
        }
        if (attrs && HasAttributes(node))
        {
            Sep();
            sb.Append("lineno=").Append(node.Lineno).Append(", col_offset=").Append(node.ColOffset)
                .Append(", end_lineno=").Append(node.EndLineno).Append(", end_col_offset=").Append(node.EndColOffset);
        }
        sb.Append(')');
    }

    private static void WriteValue(StringBuilder sb, object? value, bool attrs)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case Node n: Write(sb, n, attrs); break;
            case Enum e: sb.Append(e.ToString()).Append("()"); break;
            case string s: sb.Append(Repr(s)); break;
            case byte[] bytes: sb.Append(BytesRepr(bytes)); break;
            case System.Collections.IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    WriteValue(sb, list[i], attrs);
                }
                sb.Append(']');
                break;
            default: sb.Append(ConstantRepr(value)); break;
        }
    }

    /// <summary>Python's repr() of a constant value as the parser produces them.</summary>
    public static string ConstantRepr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        Complex c => ComplexRepr(c),
        string s => Repr(s),
        byte[] bytes => BytesRepr(bytes),
        Ellipsis => "Ellipsis",
        _ => value.ToString() ?? "",
    };

    private static string ComplexRepr(Complex c)
    {
        string imag = FloatRepr(c.Imaginary);
        if (imag.EndsWith(".0", StringComparison.Ordinal)) imag = imag[..^2];
        if (c.Real == 0 && !double.IsNegative(c.Real)) return imag + "j";
        string real = FloatRepr(c.Real);
        if (real.EndsWith(".0", StringComparison.Ordinal)) real = real[..^2];
        return $"({real}{(c.Imaginary >= 0 || double.IsNaN(c.Imaginary) ? "+" : "")}{imag}j)";
    }

    /// <summary>repr(float): shortest round-trip digits, exponent form outside 1e-4 &lt;= |x| &lt; 1e16.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        // Extract the significant digits and decimal exponent from the round-trip form.
        string s = shortest.TrimStart('-');
        int exp = 0;
        int ePos = s.IndexOfAny(new[] { 'E', 'e' });
        if (ePos >= 0)
        {
            exp = int.Parse(s[(ePos + 1)..], CultureInfo.InvariantCulture);
            s = s[..ePos];
        }
        int dot = s.IndexOf('.');
        string digits = dot >= 0 ? s.Remove(dot, 1) : s;
        int pointPos = (dot >= 0 ? dot : s.Length) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; pointPos--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int decExp = pointPos - 1;
        var sb = new StringBuilder();
        if (d < 0) sb.Append('-');
        if (decExp < -4 || decExp >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(decExp < 0 ? '-' : '+').Append(Math.Abs(decExp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (pointPos <= 0)
            sb.Append("0.").Append('0', -pointPos).Append(digits);
        else if (pointPos >= digits.Length)
            sb.Append(digits).Append('0', pointPos - digits.Length).Append(".0");
        else
            sb.Append(digits, 0, pointPos).Append('.').Append(digits, pointPos, digits.Length - pointPos);
        return sb.ToString();
    }

    public static string Repr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder();
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7F) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else if (c < 0x7F) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(cp)) sb.Append(c).Append(s[i + 1]);
                else sb.Append("\\U").Append(cp.ToString("x8"));
                i++;
            }
            else if (IsPrintable(c)) sb.Append(c);
            else if (c <= 0xFF) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        return CharUnicodeInfo.GetUnicodeCategory(cp) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    public static string BytesRepr(byte[] bytes)
    {
        bool hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0, hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b");
        sb.Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b == '\t') sb.Append("\\t");
            else if (b < 0x20 || b >= 0x7F) sb.Append("\\x").Append(b.ToString("x2"));
            else sb.Append((char)b);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
