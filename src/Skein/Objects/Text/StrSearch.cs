namespace Skein.Objects.Text;

/// <summary>Substring search over code-point indices (find, rfind, count, startswith), with char-indexed fast paths.</summary>
public static class StrSearch
{
    /// <summary>
    /// Maps a [start, end) range of code-point indices (already adjusted to the string) to char offsets.
    /// Returns false when the range is empty so that nothing, not even "", can match in it.
    /// </summary>
    private static bool CharRange(PyStr s, long start, long end, out int from, out int to)
    {
        if (start > end || start > s.Length)
        {
            from = to = 0;
            return false;
        }
        if (!s.HasSurrogatePairs)
        {
            from = (int)start;
            to = (int)end;
            return true;
        }
        from = CodePoints.ToCharIndex(s.Value, (int)start);
        to = from + CodePoints.ToCharIndex(s.Value.AsSpan(from), (int)(end - start));
        return true;
    }

    private static long ToCodePoint(PyStr s, int charIndex) =>
        s.HasSurrogatePairs ? CodePoints.ToCodePointIndex(s.Value, charIndex) : charIndex;

    /// <summary>str.find / rfind: the code-point index of sub within s[start:end], or -1.</summary>
    public static long Find(PyStr s, string sub, long start, long end, bool reverse)
    {
        if (!CharRange(s, start, end, out var from, out var to)) return -1;
        var window = s.Value.AsSpan(from, to - from);
        if (sub.Length == 0) return reverse ? end : start;
        var i = reverse ? window.LastIndexOf(sub.AsSpan()) : window.IndexOf(sub.AsSpan());
        return i < 0 ? -1 : ToCodePoint(s, from + i);
    }

    public static long Count(PyStr s, string sub, long start, long end)
    {
        if (!CharRange(s, start, end, out var from, out var to)) return 0;
        if (sub.Length == 0) return end - start + 1;
        var window = s.Value.AsSpan(from, to - from);
        long n = 0;
        while (true)
        {
            var i = window.IndexOf(sub.AsSpan());
            if (i < 0) return n;
            n++;
            window = window[(i + sub.Length)..];
        }
    }

    /// <summary>startswith / endswith for one candidate.</summary>
    public static bool TailMatch(PyStr s, string sub, long start, long end, bool atEnd)
    {
        if (!CharRange(s, start, end, out var from, out var to)) return false;
        var window = s.Value.AsSpan(from, to - from);
        return atEnd ? window.EndsWith(sub.AsSpan()) : window.StartsWith(sub.AsSpan());
    }
}
