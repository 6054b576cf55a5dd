namespace Skein.Modules.Regex;

/// <summary>
/// Characters CPython's case-insensitive matching treats as equal but .NET's case table does not:
/// CPython compares simple lower/upper case mappings and adds the "fixes" for characters that share an
/// uppercase (such as s, S and LONG S; the Greek symbol variants; the Cyrillic historic forms). Each set
/// lists characters that all match one another under re.IGNORECASE in CPython 3.11.
/// </summary>
internal static class CaseEquivalents
{
    private static readonly int[][] s_sets =
    [
        [0x49, 0x69, 0x130, 0x131], [0x53, 0x73, 0x17F], [0xB5, 0x39C, 0x3BC], [0x345, 0x399, 0x3B9, 0x1FBE],
        [0x390, 0x1FD3], [0x392, 0x3B2, 0x3D0], [0x395, 0x3B5, 0x3F5], [0x398, 0x3B8, 0x3D1, 0x3F4],
        [0x39A, 0x3BA, 0x3F0], [0x3A0, 0x3C0, 0x3D6], [0x3A1, 0x3C1, 0x3F1], [0x3A3, 0x3C2, 0x3C3],
        [0x3A6, 0x3C6, 0x3D5], [0x3B0, 0x1FE3], [0x412, 0x432, 0x1C80], [0x414, 0x434, 0x1C81],
        [0x41E, 0x43E, 0x1C82], [0x421, 0x441, 0x1C83], [0x422, 0x442, 0x1C84, 0x1C85], [0x42A, 0x44A, 0x1C86],
        [0x462, 0x463, 0x1C87], [0x1C88, 0xA64A, 0xA64B], [0x1E60, 0x1E61, 0x1E9B], [0xFB05, 0xFB06],
    ];

    private static readonly Dictionary<int, int[]> s_byChar = Build();

    private static Dictionary<int, int[]> Build()
    {
        var map = new Dictionary<int, int[]>();
        foreach (var set in s_sets)
            foreach (var c in set) map[c] = set;
        return map;
    }

    /// <summary>The set a character belongs to, or null when .NET's own case folding already agrees with CPython.</summary>
    public static int[]? Of(int c) => c is < 0x49 or > 0xFB06 ? null : s_byChar.GetValueOrDefault(c);

    /// <summary>Every set with a member inside [lo, hi].</summary>
    public static IEnumerable<int[]> InRange(int lo, int hi)
    {
        foreach (var set in s_sets)
        {
            foreach (var c in set)
            {
                if (c < lo || c > hi) continue;
                yield return set;
                break;
            }
        }
    }
}
