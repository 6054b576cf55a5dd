using System.IO.Compression;
using System.Text;

namespace Skein.Objects.Text;

/// <summary>
/// The Unicode 14 character names (CPython 3.11's unicodedata), for unicodedata.name/lookup, the
/// namereplace error handler and `\N{...}` escapes. The names ship as a gzip'd resource generated from
/// CPython (Modules/UnicodeData/generate.py) and are loaded on first use; the names CPython derives from the
/// code point (CJK ideographs and the like, Hangul syllables) are computed here rather than stored.
/// </summary>
public static class CharacterNames
{
    /// <summary>CPython refuses longer names before looking them up ("name too long").</summary>
    public const int MaxNameLength = 256;

    private const int HangulBase = 0xAC00, HangulCount = 11172, HangulVowels = 21, HangulFinals = 28;
    private const string HangulPrefix = "HANGUL SYLLABLE ";

    // The short names of the leading consonants, vowels and trailing consonants (Unicode chapter 3.12).
    private static readonly string[] s_leading = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_vowels =
        ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_trailing =
        ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private sealed class Table
    {
        // Stored names, by code point: the name of Codes[i] is Blob[Starts[i]..Starts[i + 1]].
        public required int[] Codes;
        public required int[] Starts;
        public required string Blob;
        // Indices into Codes, ordered by name, for lookups by name.
        public required int[] ByName;
        public required (int Start, int End, string Prefix)[] Derived;
        // Aliases map to one code point, named sequences to several; only unicodedata.lookup accepts the latter.
        public required Dictionary<string, int> Aliases;
        public required Dictionary<string, string> Sequences;

        public ReadOnlySpan<char> NameAt(int i) => Blob.AsSpan(Starts[i], Starts[i + 1] - Starts[i]);
    }

    private static readonly Lazy<Table> s_table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Table Load()
    {
        using var stream = typeof(CharacterNames).Assembly.GetManifestResourceStream("UnicodeData.names.txt.gz")
            ?? throw new InvalidOperationException("the Unicode name table is missing from the Skein assembly");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.ASCII);
        var codes = new List<int>(34000);
        var starts = new List<int>(34000);
        var blob = new StringBuilder(900_000);
        var derived = new List<(int, int, string)>();
        var aliases = new Dictionary<string, int>();
        var sequences = new Dictionary<string, string>();
        while (reader.ReadLine() is { } line)
        {
            var semi = line.IndexOf(';');
            if (semi < 0) continue;
            var key = line.AsSpan(0, semi);
            var name = line.Substring(semi + 1);
            switch (line[0])
            {
                case '=':
                    aliases[name] = Hex(key[1..]);
                    break;
                case '+':
                {
                    var sb = new StringBuilder();
                    foreach (var range in key[1..].Split(' ')) CharInfo.AppendCodePoint(sb, Hex(key[1..][range]));
                    sequences[name] = sb.ToString();
                    break;
                }
                default:
                    var dots = key.IndexOf("..");
                    if (dots >= 0) derived.Add((Hex(key[..dots]), Hex(key[(dots + 2)..]), name));
                    else
                    {
                        codes.Add(Hex(key));
                        starts.Add(blob.Length);
                        blob.Append(name);
                    }
                    break;
            }
        }
        starts.Add(blob.Length);
        var table = new Table
        {
            Codes = codes.ToArray(), Starts = starts.ToArray(), Blob = blob.ToString(), ByName = new int[codes.Count],
            Derived = derived.ToArray(), Aliases = aliases, Sequences = sequences,
        };
        for (var i = 0; i < table.ByName.Length; i++) table.ByName[i] = i;
        Array.Sort(table.ByName, (a, b) => table.NameAt(a).CompareTo(table.NameAt(b), StringComparison.Ordinal));
        return table;
    }

    private static int Hex(ReadOnlySpan<char> s) => int.Parse(s, System.Globalization.NumberStyles.AllowHexSpecifier);

    /// <summary>The character's name, or null for one that has none (controls, unassigned, private use, surrogates).</summary>
    public static string? NameOf(int cp)
    {
        if (cp is >= HangulBase and < HangulBase + HangulCount)
        {
            var s = cp - HangulBase;
            return HangulPrefix + s_leading[s / (HangulVowels * HangulFinals)] + s_vowels[s % (HangulVowels * HangulFinals) / HangulFinals]
                + s_trailing[s % HangulFinals];
        }
        var t = s_table.Value;
        foreach (var (start, end, prefix) in t.Derived)
            if (cp >= start && cp <= end) return prefix + cp.ToString("X4");
        var i = Array.BinarySearch(t.Codes, cp);
        return i >= 0 ? t.NameAt(i).ToString() : null;
    }

    /// <summary>
    /// Looks up a character name or alias, as `\N{...}` does: stored names and aliases ignore ASCII case,
    /// derived names (CJK UNIFIED IDEOGRAPH-4E00, HANGUL SYLLABLE GA) must be upper case as CPython's are.
    /// </summary>
    public static bool TryLookup(ReadOnlySpan<char> name, out int codePoint)
    {
        codePoint = 0;
        if (name.Length == 0 || name.Length > MaxNameLength) return false;
        if (TryDerived(name, out codePoint)) return true;
        Span<char> upper = stackalloc char[name.Length];
        for (var k = 0; k < name.Length; k++)
        {
            var c = name[k];
            if (c > 0x7F) return false;
            upper[k] = char.ToUpperInvariant(c);
        }
        var t = s_table.Value;
        int lo = 0, hi = t.ByName.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = t.NameAt(t.ByName[mid]).CompareTo(upper, StringComparison.Ordinal);
            if (cmp == 0)
            {
                codePoint = t.Codes[t.ByName[mid]];
                return true;
            }
            if (cmp < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return t.Aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out codePoint);
    }

    /// <summary>unicodedata.lookup: a name or alias as for TryLookup, or a named sequence (several code points).</summary>
    public static string? Lookup(ReadOnlySpan<char> name)
    {
        if (TryLookup(name, out var cp)) return CodePoints.FromCodePoint(cp);
        if (name.Length == 0 || name.Length > MaxNameLength) return null;
        Span<char> upper = stackalloc char[name.Length];
        for (var k = 0; k < name.Length; k++) upper[k] = name[k] <= 0x7F ? char.ToUpperInvariant(name[k]) : name[k];
        return s_table.Value.Sequences.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out var seq) ? seq : null;
    }

    private static bool TryDerived(ReadOnlySpan<char> name, out int codePoint)
    {
        codePoint = 0;
        if (name.StartsWith(HangulPrefix, StringComparison.Ordinal)) return TryHangul(name[HangulPrefix.Length..], out codePoint);
        var dash = name.LastIndexOf('-');
        if (dash < 0) return false;
        var hex = name[(dash + 1)..];
        if (hex.Length is < 4 or > 5) return false;
        foreach (var c in hex)
            if (!char.IsAsciiHexDigitUpper(c) && !char.IsAsciiDigit(c)) return false;
        var cp = Hex(hex);
        var prefix = name[..(dash + 1)];
        foreach (var (start, end, p) in s_table.Value.Derived)
        {
            if (cp >= start && cp <= end && prefix.SequenceEqual(p))
            {
                codePoint = cp;
                return true;
            }
        }
        return false;
    }

    /// <summary>Splits a syllable's jamo names greedily, longest first, as the names are prefix-ambiguous (G/GG).</summary>
    private static bool TryHangul(ReadOnlySpan<char> rest, out int codePoint)
    {
        codePoint = 0;
        var l = Longest(s_leading, rest);
        if (l < 0) return false;
        rest = rest[s_leading[l].Length..];
        var v = Longest(s_vowels, rest);
        if (v < 0) return false;
        rest = rest[s_vowels[v].Length..];
        var t = Longest(s_trailing, rest);
        if (t < 0 || s_trailing[t].Length != rest.Length) return false;
        codePoint = HangulBase + (l * HangulVowels + v) * HangulFinals + t;
        return true;
    }

    private static int Longest(string[] names, ReadOnlySpan<char> s)
    {
        var best = -1;
        for (var i = 0; i < names.Length; i++)
            if (s.StartsWith(names[i], StringComparison.Ordinal) && (best < 0 || names[i].Length > names[best].Length)) best = i;
        return best;
    }
}
