using System.Globalization;
using System.Text;

namespace Skein.Objects.Text;

/// <summary>
/// Unicode normalization (NFC, NFD, NFKC, NFKD) over the Unicode 14 database CPython 3.11 uses: full
/// decomposition, canonical ordering by combining class, then canonical composition of primary composites,
/// with Hangul syllables decomposed and composed arithmetically (Unicode chapter 3.12). Skein runs with
/// invariant globalization, where .NET's string.Normalize leaves non-ASCII text alone, hence this.
/// </summary>
public static class Normalization
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private sealed class Tables
    {
        // Full (recursively applied) decompositions; Compatibility also holds the canonical ones.
        public required Dictionary<int, int[]> Canonical;
        public required Dictionary<int, int[]> Compatibility;
        // (first << 21) | second -> the primary composite of that pair.
        public required Dictionary<long, int> Compositions;
    }

    private static readonly Lazy<Tables> s_tables = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Tables Build()
    {
        var canonical = new Dictionary<int, int[]>();
        var compatibility = new Dictionary<int, int[]>();
        var compositions = new Dictionary<long, int>();
        foreach (var (start, end, record) in CharacterDatabase.RunsWithDecomposition())
        {
            var fields = record.Decomposition.Split(' ');
            var isCompat = fields[0].StartsWith('<');
            var mapping = new int[isCompat ? fields.Length - 1 : fields.Length];
            for (var k = 0; k < mapping.Length; k++)
                mapping[k] = int.Parse(fields[k + (isCompat ? 1 : 0)], NumberStyles.AllowHexSpecifier);
            for (var cp = start; cp < end; cp++)
            {
                compatibility[cp] = mapping;
                if (isCompat) continue;
                canonical[cp] = mapping;
                if (record.PrimaryComposite && mapping.Length == 2) compositions[Pair(mapping[0], mapping[1])] = cp;
            }
        }
        return new Tables
        {
            Canonical = Expand(canonical), Compatibility = Expand(compatibility), Compositions = compositions,
        };
    }

    private static long Pair(int first, int second) => ((long)first << 21) | (uint)second;

    /// <summary>Applies a one-step decomposition map until no mapped character remains.</summary>
    private static Dictionary<int, int[]> Expand(Dictionary<int, int[]> map)
    {
        var full = new Dictionary<int, int[]>(map.Count);
        var buffer = new List<int>();
        foreach (var cp in map.Keys)
        {
            buffer.Clear();
            AppendExpanded(map, cp, buffer);
            full[cp] = buffer.ToArray();
        }
        return full;
    }

    private static void AppendExpanded(Dictionary<int, int[]> map, int cp, List<int> output)
    {
        if (!map.TryGetValue(cp, out var mapping))
        {
            output.Add(cp);
            return;
        }
        foreach (var c in mapping) AppendExpanded(map, c, output);
    }

    /// <summary>The normalized text; s itself when normalization leaves it unchanged.</summary>
    public static string Normalize(string s, bool compose, bool compatibility)
    {
        if (System.Text.Ascii.IsValid(s)) return s;
        var t = s_tables.Value;
        var map = compatibility ? t.Compatibility : t.Canonical;
        var cps = new List<int>(s.Length + 8);
        var i = 0;
        while (i < s.Length)
        {
            var cp = CodePoints.Next(s, ref i);
            if (cp is >= SBase and < SBase + SCount)
            {
                var index = cp - SBase;
                cps.Add(LBase + index / NCount);
                cps.Add(VBase + index % NCount / TCount);
                if (index % TCount != 0) cps.Add(TBase + index % TCount);
            }
            else if (map.TryGetValue(cp, out var mapping)) cps.AddRange(mapping);
            else cps.Add(cp);
        }
        var classes = new int[cps.Count];
        for (var k = 0; k < cps.Count; k++) classes[k] = cps[k] < 0x300 ? 0 : CharacterDatabase.Get(cps[k]).Combining;
        SortMarks(cps, classes);
        var sb = new StringBuilder(s.Length);
        if (compose) Compose(t, cps, classes, sb);
        else
        {
            foreach (var cp in cps) CharInfo.AppendCodePoint(sb, cp);
        }
        var result = sb.ToString();
        return result == s ? s : result;
    }

    /// <summary>Canonical ordering: within each run of non-starters, a stable sort by combining class.</summary>
    private static void SortMarks(List<int> cps, int[] classes)
    {
        for (var k = 1; k < cps.Count; k++)
        {
            var cls = classes[k];
            if (cls == 0) continue;
            var cp = cps[k];
            var j = k;
            while (j > 0 && classes[j - 1] > cls)
            {
                cps[j] = cps[j - 1];
                classes[j] = classes[j - 1];
                j--;
            }
            cps[j] = cp;
            classes[j] = cls;
        }
    }

    private static void Compose(Tables t, List<int> cps, int[] classes, StringBuilder sb)
    {
        var output = new List<int>(cps.Count);
        var starter = -1;
        // The combining class of the last character kept after the starter; -1 when none is (adjacent).
        var lastClass = -1;
        for (var k = 0; k < cps.Count; k++)
        {
            var cp = cps[k];
            var cls = classes[k];
            var blocked = lastClass != -1 && (lastClass == 0 || lastClass >= cls);
            if (starter >= 0 && !blocked && TryCompose(t, output[starter], cp, out var composite))
            {
                output[starter] = composite;
                continue;
            }
            if (cls == 0)
            {
                starter = output.Count;
                lastClass = -1;
            }
            else lastClass = cls;
            output.Add(cp);
        }
        foreach (var cp in output) CharInfo.AppendCodePoint(sb, cp);
    }

    private static bool TryCompose(Tables t, int first, int second, out int composite)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            composite = SBase + ((first - LBase) * VCount + (second - VBase)) * TCount;
            return true;
        }
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            composite = first + (second - TBase);
            return true;
        }
        return t.Compositions.TryGetValue(Pair(first, second), out composite);
    }
}
