using System.Text;

namespace Skein.Objects.Text;

internal static partial class StrMethods
{
    private static void DefineCase(PyType t)
    {
        Def(t, "lower", s => System.Text.Ascii.IsValid(s) ? AsciiLower(s) : Lower(s));
        Def(t, "upper", s => System.Text.Ascii.IsValid(s) ? AsciiUpper(s) : Map(s, CharInfo.AppendUpper));
        Def(t, "casefold", s => System.Text.Ascii.IsValid(s) ? AsciiLower(s) : Map(s, CharInfo.AppendFold));
        Def(t, "swapcase", SwapCase);
        Def(t, "title", Title);
        Def(t, "capitalize", Capitalize);
        Pred(t, "isascii", s => System.Text.Ascii.IsValid(s), emptyResult: true);
        Pred(t, "isalpha", s => All(s, CharInfo.IsAlpha));
        Pred(t, "isalnum", s => All(s, CharInfo.IsAlnum));
        Pred(t, "isdecimal", s => All(s, CharInfo.IsDecimal));
        Pred(t, "isdigit", s => All(s, CharInfo.IsDigit));
        Pred(t, "isnumeric", s => All(s, CharInfo.IsNumeric));
        Pred(t, "isspace", s => All(s, CharInfo.IsSpace));
        Pred(t, "isprintable", s => All(s, CharInfo.IsPrintable), emptyResult: true);
        Pred(t, "isidentifier", IsIdentifier);
        Pred(t, "islower", s => CaseCheck(s, lower: true));
        Pred(t, "isupper", s => CaseCheck(s, lower: false));
        Pred(t, "istitle", IsTitle);
    }

    private static void Def(PyType t, string name, Func<string, string> f)
    {
        var qual = "str." + name;
        t.DefMethod(name, (self, args, kw) =>
        {
            MethodArgs.None(qual, args, kw);
            var s = S(self);
            return Result(s, f(s.Value));
        });
    }

    private static void Pred(PyType t, string name, Func<string, bool> f, bool emptyResult = false)
    {
        var qual = "str." + name;
        t.DefMethod(name, (self, args, kw) =>
        {
            MethodArgs.None(qual, args, kw);
            var s = S(self).Value;
            return PyBool.From(s.Length == 0 ? emptyResult : f(s));
        });
    }

    private static bool All(string s, Func<int, bool> pred)
    {
        var i = 0;
        while (i < s.Length)
            if (!pred(CodePoints.Next(s, ref i))) return false;
        return true;
    }

    private static string AsciiLower(string s) =>
        string.Create(s.Length, s, (dst, src) => System.Text.Ascii.ToLower(src, dst, out _));

    private static string AsciiUpper(string s) =>
        string.Create(s.Length, s, (dst, src) => System.Text.Ascii.ToUpper(src, dst, out _));

    private static string Map(string s, Action<StringBuilder, int> append)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length) append(sb, CodePoints.Next(s, ref i));
        return sb.ToString();
    }

    private static string Lower(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var at = i;
            AppendLowerAt(sb, s, at, CodePoints.Next(s, ref i));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Lowercases the character at char index at. Capital sigma becomes final sigma (ς) at the end of a
    /// word, judged as Unicode's Final_Sigma condition over cased and case-ignorable neighbours, as CPython does.
    /// </summary>
    private static void AppendLowerAt(StringBuilder sb, string s, int at, int cp)
    {
        if (cp != 0x3A3)
        {
            CharInfo.AppendLower(sb, cp);
            return;
        }
        sb.Append(IsFinalSigma(s, at) ? '\u03C2' : '\u03C3');
    }

    private static bool IsFinalSigma(string s, int at)
    {
        var j = at;
        var before = -1;
        while (j > 0)
        {
            var c = CodePoints.Previous(s, ref j);
            if (!CharInfo.IsCaseIgnorable(c))
            {
                before = c;
                break;
            }
        }
        if (before < 0 || !CharInfo.IsCased(before)) return false;
        j = at + 1;
        while (j < s.Length)
        {
            var c = CodePoints.Next(s, ref j);
            if (!CharInfo.IsCaseIgnorable(c)) return !CharInfo.IsCased(c);
        }
        return true;
    }

    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var at = i;
            var cp = CodePoints.Next(s, ref i);
            if (CharInfo.IsUpper(cp)) AppendLowerAt(sb, s, at, cp);
            else if (CharInfo.IsLower(cp)) CharInfo.AppendUpper(sb, cp);
            else CharInfo.AppendCodePoint(sb, cp);
        }
        return sb.ToString();
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previousCased = false;
        var i = 0;
        while (i < s.Length)
        {
            var at = i;
            var cp = CodePoints.Next(s, ref i);
            if (previousCased) AppendLowerAt(sb, s, at, cp);
            else CharInfo.AppendTitle(sb, cp);
            previousCased = CharInfo.IsCased(cp);
        }
        return sb.ToString();
    }

    private static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        var i = 0;
        CharInfo.AppendTitle(sb, CodePoints.Next(s, ref i));
        while (i < s.Length)
        {
            var at = i;
            AppendLowerAt(sb, s, at, CodePoints.Next(s, ref i));
        }
        return sb.ToString();
    }

    private static bool IsIdentifier(string s)
    {
        var i = 0;
        if (!CharInfo.IsIdStart(CodePoints.Next(s, ref i))) return false;
        while (i < s.Length)
            if (!CharInfo.IsIdContinue(CodePoints.Next(s, ref i))) return false;
        return true;
    }

    /// <summary>islower/isupper: some cased character, and none of the opposite case or titlecase.</summary>
    private static bool CaseCheck(string s, bool lower)
    {
        var cased = false;
        var i = 0;
        while (i < s.Length)
        {
            var cp = CodePoints.Next(s, ref i);
            if ((lower ? CharInfo.IsUpper(cp) : CharInfo.IsLower(cp)) || CharInfo.IsTitle(cp)) return false;
            if (!cased && (lower ? CharInfo.IsLower(cp) : CharInfo.IsUpper(cp))) cased = true;
        }
        return cased;
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, previousCased = false;
        var i = 0;
        while (i < s.Length)
        {
            var cp = CodePoints.Next(s, ref i);
            if (CharInfo.IsUpper(cp) || CharInfo.IsTitle(cp))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (CharInfo.IsLower(cp))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }
}
