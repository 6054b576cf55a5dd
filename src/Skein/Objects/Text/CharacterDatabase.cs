using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Skein.Objects.Text;

/// <summary>The unicodedata properties of one code point, as CPython 3.11 (Unicode 14.0.0) reports them.</summary>
public sealed class CharacterRecord
{
    public required string Category { get; init; }
    public required string Bidirectional { get; init; }
    public required int Combining { get; init; }
    public required string EastAsianWidth { get; init; }
    public required bool Mirrored { get; init; }
    /// <summary>-1 when the character has no decimal value.</summary>
    public required int Decimal { get; init; }
    /// <summary>-1 when the character has no digit value.</summary>
    public required int Digit { get; init; }
    /// <summary>NaN when the character has no numeric value.</summary>
    public required double Numeric { get; init; }
    public required string Decomposition { get; init; }
    /// <summary>Whether NFC composes to this character (it has a canonical decomposition and is not excluded).</summary>
    public required bool PrimaryComposite { get; init; }
}

/// <summary>
/// The unicodedata property database: runs of code points sharing one record, from a gzip'd resource
/// generated from CPython (Modules/UnicodeData/generate.py), loaded on first use.
/// </summary>
public static class CharacterDatabase
{
    public const string Version = "14.0.0";

    private sealed class Table
    {
        public required int[] RunStarts;
        public required CharacterRecord[] Records;
    }

    private static readonly Lazy<Table> s_table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Table Load()
    {
        using var stream = typeof(CharacterDatabase).Assembly.GetManifestResourceStream("UnicodeData.properties.txt.gz")
            ?? throw new InvalidOperationException("the Unicode property table is missing from the Skein assembly");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.ASCII);
        var starts = new List<int>(12000);
        var records = new List<CharacterRecord>(12000);
        // Many runs repeat a record seen before (e.g. unassigned gaps); share one object for each.
        var distinct = new Dictionary<string, CharacterRecord>();
        while (reader.ReadLine() is { } line)
        {
            var semi = line.IndexOf(';');
            if (semi < 0) continue;
            var fields = line.Substring(semi + 1);
            if (!distinct.TryGetValue(fields, out var record))
            {
                var f = fields.Split(';');
                record = new CharacterRecord
                {
                    Category = f[0], Bidirectional = f[1], Combining = int.Parse(f[2], CultureInfo.InvariantCulture),
                    EastAsianWidth = f[3], Mirrored = f[4] == "1",
                    Decimal = f[5].Length == 0 ? -1 : int.Parse(f[5], CultureInfo.InvariantCulture),
                    Digit = f[6].Length == 0 ? -1 : int.Parse(f[6], CultureInfo.InvariantCulture),
                    Numeric = f[7].Length == 0 ? double.NaN : double.Parse(f[7], CultureInfo.InvariantCulture),
                    Decomposition = f[8], PrimaryComposite = f[9] == "1",
                };
                distinct[fields] = record;
            }
            starts.Add(int.Parse(line.AsSpan(0, semi), NumberStyles.AllowHexSpecifier));
            records.Add(record);
        }
        return new Table { RunStarts = starts.ToArray(), Records = records.ToArray() };
    }

    /// <summary>Every run of code points [Start, End) that share a record with a decomposition.</summary>
    public static IEnumerable<(int Start, int End, CharacterRecord Record)> RunsWithDecomposition()
    {
        var t = s_table.Value;
        for (var i = 0; i < t.RunStarts.Length; i++)
        {
            if (t.Records[i].Decomposition.Length == 0) continue;
            yield return (t.RunStarts[i], i + 1 < t.RunStarts.Length ? t.RunStarts[i + 1] : 0x110000, t.Records[i]);
        }
    }

    public static CharacterRecord Get(int cp)
    {
        var t = s_table.Value;
        var i = Array.BinarySearch(t.RunStarts, cp);
        if (i < 0) i = ~i - 1;
        return t.Records[i];
    }
}
