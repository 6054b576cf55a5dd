using System.Text;

namespace Skein.Objects.Text;

internal static partial class StrMethods
{
    private static readonly string[] s_expandtabsNames = ["tabsize"];

    private static void DefineLayout(PyType t)
    {
        t.DefMethod("center", (self, args, kw) => Pad("center", S(self), args, kw));
        t.DefMethod("ljust", (self, args, kw) => Pad("ljust", S(self), args, kw));
        t.DefMethod("rjust", (self, args, kw) => Pad("rjust", S(self), args, kw));
        t.DefMethod("zfill", (self, args, kw) =>
        {
            var s = S(self);
            var width = MethodArgs.Int(MethodArgs.One("str.zfill", args, kw));
            return Result(s, ZFill(s.Value, s.Length, width));
        });
        t.DefMethod("expandtabs", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("expandtabs", args, kw, s_expandtabsNames);
            var tabsize = a[0] == null ? 8 : MethodArgs.Int(a[0]!);
            var s = S(self);
            return Result(s, s.Value.Contains('\t') ? ExpandTabs(s.Value, tabsize) : s.Value);
        });
    }

    private static PyObject Pad(string name, PyStr s, ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        MethodArgs.Clinic(name, "str." + name, args, kw, 1, 2);
        var width = MethodArgs.Int(args[0]);
        var fill = " ";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f) throw Errors.TypeError($"The fill character must be a unicode character, not {args[1].Type.Name}");
            if (f.Length != 1) throw Errors.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        var len = s.Length;
        if (width <= len) return Result(s, s.Value);
        var margin = width - len;
        var left = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => margin / 2 + (margin & width & 1),
        };
        return new PyStr(Padded(s.Value, fill, left, margin - left));
    }

    public static string Padded(string value, string fill, long left, long right)
    {
        if ((left + right) * fill.Length + value.Length > Array.MaxLength) throw Errors.OverflowError("padded string is too long");
        if (fill.Length == 1) return new string(fill[0], (int)left) + value + new string(fill[0], (int)right);
        var sb = new StringBuilder((int)((left + right) * fill.Length) + value.Length);
        for (var i = 0; i < left; i++) sb.Append(fill);
        sb.Append(value);
        for (var i = 0; i < right; i++) sb.Append(fill);
        return sb.ToString();
    }

    public static string ZFill(string value, int length, long width)
    {
        if (width <= length) return value;
        var fill = width - length;
        var padded = new StringBuilder(Padded(value, "0", fill, 0));
        if (value.Length > 0 && value[0] is '+' or '-')
        {
            padded[0] = value[0];
            padded[(int)fill] = '0';
        }
        return padded.ToString();
    }

    public static string ExpandTabs(string s, long tabsize)
    {
        var sb = new StringBuilder(s.Length + 16);
        long column = 0;
        var i = 0;
        while (i < s.Length)
        {
            var at = i;
            var cp = CodePoints.Next(s, ref i);
            if (cp == '\t')
            {
                if (tabsize > 0)
                {
                    var spaces = tabsize - column % tabsize;
                    if (sb.Length + spaces > Array.MaxLength) throw Errors.OverflowError("result too long");
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
            }
            else
            {
                sb.Append(s, at, i - at);
                column = cp is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }
}
