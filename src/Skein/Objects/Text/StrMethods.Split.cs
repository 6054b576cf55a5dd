namespace Skein.Objects.Text;

internal static partial class StrMethods
{
    private static readonly string[] s_splitNames = ["sep", "maxsplit"];
    private static readonly string[] s_splitlinesNames = ["keepends"];

    private static void DefineSplit(PyType t)
    {
        t.DefMethod("split", (self, args, kw) => Split("split", S(self), args, kw, false));
        t.DefMethod("rsplit", (self, args, kw) => Split("rsplit", S(self), args, kw, true));
        t.DefMethod("splitlines", (self, args, kw) =>
        {
            var a = MethodArgs.Keywords("splitlines", args, kw, s_splitlinesNames);
            var keepends = a[0] != null && Ops.AsInt32(a[0]!) != 0;
            return SplitLines(S(self), keepends);
        });
        t.DefMethod("strip", (self, args, kw) => Strip("strip", S(self), args, kw, true, true));
        t.DefMethod("lstrip", (self, args, kw) => Strip("lstrip", S(self), args, kw, true, false));
        t.DefMethod("rstrip", (self, args, kw) => Strip("rstrip", S(self), args, kw, false, true));
    }

    private static PyObject Split(string name, PyStr s, ReadOnlySpan<PyObject> args, PyDict? kw, bool reverse)
    {
        var a = MethodArgs.Keywords(name, args, kw, s_splitNames);
        var maxsplit = a[1] == null ? -1 : MethodArgs.Int(a[1]!);
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (a[0] == null || a[0] is PyNone)
        {
            var parts = reverse ? RSplitWhitespace(s.Value, maxsplit) : SplitWhitespace(s.Value, maxsplit);
            return ToList(s, parts);
        }
        var sep = a[0] is PyStr ps ? ps.Value : throw Errors.TypeError($"must be str or None, not {a[0]!.Type.Name}");
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        return ToList(s, reverse ? RSplitOn(s.Value, sep, maxsplit) : SplitOn(s.Value, sep, maxsplit));
    }

    /// <summary>A list of parts; a part that is the whole string reuses the receiver when it is an exact str.</summary>
    private static PyList ToList(PyStr s, List<string> parts)
    {
        var items = new PyObject[parts.Count];
        for (var i = 0; i < items.Length; i++)
            items[i] = ReferenceEquals(parts[i], s.Value) && ReferenceEquals(s.Type, PyTypes.Str) ? s : PyStr.From(parts[i]);
        return new PyList(items);
    }

    private static bool IsSpace(char c) => CharInfo.IsSpace(c);

    public static List<string> SplitWhitespace(string s, long maxsplit)
    {
        var parts = new List<string>();
        var i = 0;
        var n = s.Length;
        while (true)
        {
            while (i < n && IsSpace(s[i])) i++;
            if (i == n) break;
            if (maxsplit-- == 0)
            {
                parts.Add(i == 0 ? s : s[i..]);
                break;
            }
            var j = i;
            while (j < n && !IsSpace(s[j])) j++;
            parts.Add(i == 0 && j == n ? s : s[i..j]);
            i = j;
        }
        return parts;
    }

    public static List<string> RSplitWhitespace(string s, long maxsplit)
    {
        var parts = new List<string>();
        var i = s.Length;
        while (true)
        {
            while (i > 0 && IsSpace(s[i - 1])) i--;
            if (i == 0) break;
            if (maxsplit-- == 0)
            {
                parts.Add(i == s.Length ? s : s[..i]);
                break;
            }
            var j = i;
            while (j > 0 && !IsSpace(s[j - 1])) j--;
            parts.Add(j == 0 && i == s.Length ? s : s[j..i]);
            i = j;
        }
        parts.Reverse();
        return parts;
    }

    public static List<string> SplitOn(string s, string sep, long maxsplit)
    {
        var parts = new List<string>();
        var pos = 0;
        while (maxsplit-- > 0)
        {
            var hit = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (hit < 0) break;
            parts.Add(s[pos..hit]);
            pos = hit + sep.Length;
        }
        parts.Add(pos == 0 ? s : s[pos..]);
        return parts;
    }

    public static List<string> RSplitOn(string s, string sep, long maxsplit)
    {
        var parts = new List<string>();
        var end = s.Length;
        while (maxsplit-- > 0 && end >= sep.Length)
        {
            var hit = s.AsSpan(0, end).LastIndexOf(sep.AsSpan());
            if (hit < 0) break;
            parts.Add(s[(hit + sep.Length)..end]);
            end = hit;
        }
        parts.Add(end == s.Length ? s : s[..end]);
        parts.Reverse();
        return parts;
    }

    private static PyList SplitLines(PyStr s, bool keepends)
    {
        var v = s.Value;
        var items = new List<PyObject>();
        var i = 0;
        while (i < v.Length)
        {
            var start = i;
            while (i < v.Length && !CharInfo.IsLineBreak(v[i])) i++;
            var eol = i;
            if (i < v.Length)
            {
                i += v[i] == '\r' && i + 1 < v.Length && v[i + 1] == '\n' ? 2 : 1;
                if (keepends) eol = i;
            }
            items.Add(start == 0 && eol == v.Length && ReferenceEquals(s.Type, PyTypes.Str) ? s : PyStr.From(v[start..eol]));
        }
        return new PyList(items.ToArray());
    }

    private static PyObject Strip(string name, PyStr s, ReadOnlySpan<PyObject> args, PyDict? kw, bool left, bool right)
    {
        MethodArgs.Clinic(name, "str." + name, args, kw, 0, 1);
        var v = s.Value;
        int start = 0, end = v.Length;
        if (args.Length == 0 || args[0] is PyNone)
        {
            if (left) while (start < end && IsSpace(v[start])) start++;
            if (right) while (end > start && IsSpace(v[end - 1])) end--;
        }
        else
        {
            var chars = args[0] is PyStr cs ? cs.Value : throw Errors.TypeError($"{name} arg must be None or str");
            if (left)
            {
                while (start < end)
                {
                    var next = start;
                    if (!ContainsCodePoint(chars, CodePoints.Next(v.AsSpan(0, end), ref next))) break;
                    start = next;
                }
            }
            if (right)
            {
                while (end > start)
                {
                    var prev = end - start;
                    if (!ContainsCodePoint(chars, CodePoints.Previous(v.AsSpan(start, end - start), ref prev))) break;
                    end = start + prev;
                }
            }
        }
        return start == 0 && end == v.Length ? Result(s, v) : PyStr.From(v[start..end]);
    }

    private static bool ContainsCodePoint(string chars, int cp)
    {
        if (cp < 0x10000) return chars.Contains((char)cp);
        return chars.Contains(char.ConvertFromUtf32(cp), StringComparison.Ordinal);
    }
}
