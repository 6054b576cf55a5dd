using System.Text;

namespace Skein.Objects.Text;

/// <summary>
/// Per-code-point character properties and case mappings with CPython's answers (see UnicodeTables).
/// Everything comes from tables generated from CPython's own answers (not .NET's culture-dependent
/// casing): simple mappings as runs, and the full mappings CPython applies (ß → SS, İ → i̇, titlecase
/// digraphs, case folding) as exceptions.
/// </summary>
public static class CharInfo
{
    private static bool InRanges(ReadOnlySpan<int> ranges, int cp)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp >= ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public static bool IsAlpha(int cp) => cp < 0x80 ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' : InRanges(UnicodeTables.Alpha, cp);
    public static bool IsDecimal(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : InRanges(UnicodeTables.Decimal, cp);
    public static bool IsDigit(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : InRanges(UnicodeTables.Digit, cp);
    public static bool IsNumeric(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : InRanges(UnicodeTables.Numeric, cp);
    public static bool IsAlnum(int cp) => IsAlpha(cp) || IsDecimal(cp) || IsDigit(cp) || IsNumeric(cp);
    public static bool IsPrintable(int cp) => cp < 0x80 ? cp >= 0x20 && cp < 0x7f : InRanges(UnicodeTables.Printable, cp);
    public static bool IsLower(int cp) => cp < 0x80 ? (uint)(cp - 'a') <= 'z' - 'a' : InRanges(UnicodeTables.Lowercase, cp);
    public static bool IsUpper(int cp) => cp < 0x80 ? (uint)(cp - 'A') <= 'Z' - 'A' : InRanges(UnicodeTables.Uppercase, cp);
    public static bool IsCased(int cp) => cp < 0x80 ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' : InRanges(UnicodeTables.Cased, cp);
    public static bool IsCaseIgnorable(int cp) => InRanges(UnicodeTables.CaseIgnorable, cp);
    public static bool IsTitle(int cp) => cp >= 0x80 && IsCased(cp) && !IsLower(cp) && !IsUpper(cp);
    public static bool IsIdStart(int cp) => cp < 0x80 ? cp == '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a' : InRanges(UnicodeTables.IdStart, cp);
    public static bool IsIdContinue(int cp) => cp < 0x80 ? cp == '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9 : InRanges(UnicodeTables.IdContinue, cp);

    /// <summary>str.isspace() and the separators of str.split() with no argument (includes \x1c-\x1f, as CPython does).</summary>
    public static bool IsSpace(int cp) => cp < 0x80
        ? cp == ' ' || (uint)(cp - '\t') <= '\r' - '\t' || (uint)(cp - 0x1c) <= 3
        : InRanges(UnicodeTables.Space, cp);

    /// <summary>The line boundaries of str.splitlines().</summary>
    public static bool IsLineBreak(int cp) => cp switch
    {
        '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029' => true,
        _ => false,
    };

    private static Dictionary<int, string> Map((int CodePoint, string Mapped)[] entries)
    {
        var d = new Dictionary<int, string>(entries.Length);
        foreach (var (cp, m) in entries) d[cp] = m;
        return d;
    }

    private static readonly Dictionary<int, string> s_upper = Map(UnicodeTables.SpecialUpper);
    private static readonly Dictionary<int, string> s_lower = Map(UnicodeTables.SpecialLower);
    private static readonly Dictionary<int, string> s_title = Map(UnicodeTables.Title);
    private static readonly Dictionary<int, string> s_fold = Map(UnicodeTables.Casefold);

    public static int SimpleUpper(int cp) => cp < 0x80
        ? ((uint)(cp - 'a') <= 'z' - 'a' ? cp - 32 : cp)
        : MapRuns(UnicodeTables.UpperRuns, cp);

    public static int SimpleLower(int cp) => cp < 0x80
        ? ((uint)(cp - 'A') <= 'Z' - 'A' ? cp + 32 : cp)
        : MapRuns(UnicodeTables.LowerRuns, cp);

    /// <summary>
    /// Looks cp up in (first, last, stride, delta) runs sorted by first. A stride-2 run may enclose runs that
    /// start inside it, so the few runs before the candidate are checked too.
    /// </summary>
    private static int MapRuns(ReadOnlySpan<int> runs, int cp)
    {
        int lo = 0, hi = runs.Length / 4 - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (runs[4 * mid] <= cp)
            {
                found = mid;
                lo = mid + 1;
            }
            else hi = mid - 1;
        }
        for (var k = found; k >= 0 && k > found - 4; k--)
        {
            int first = runs[4 * k], last = runs[4 * k + 1], stride = runs[4 * k + 2];
            if (cp <= last && (cp - first) % stride == 0) return cp + runs[4 * k + 3];
        }
        return cp;
    }

    public static void AppendUpper(StringBuilder sb, int cp)
    {
        if (cp >= 0x80 && s_upper.TryGetValue(cp, out var m)) sb.Append(m);
        else AppendCodePoint(sb, SimpleUpper(cp));
    }

    public static void AppendLower(StringBuilder sb, int cp)
    {
        if (cp >= 0x80 && s_lower.TryGetValue(cp, out var m)) sb.Append(m);
        else AppendCodePoint(sb, SimpleLower(cp));
    }

    public static void AppendTitle(StringBuilder sb, int cp)
    {
        if (cp >= 0x80 && s_title.TryGetValue(cp, out var m)) sb.Append(m);
        else AppendUpper(sb, cp);
    }

    public static void AppendFold(StringBuilder sb, int cp)
    {
        if (cp >= 0x80 && s_fold.TryGetValue(cp, out var m)) sb.Append(m);
        else AppendLower(sb, cp);
    }

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }
}
