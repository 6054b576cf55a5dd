namespace Skein.Tests.Programs;

/// <summary>Finds the conformance programs under tests/programs and the known failures list.</summary>
public static class ProgramCatalog
{
    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> KnownFailuresLazy = new(LoadKnownFailures);

    /// <summary>The directory containing Skein.slnx, found by walking up from the test assembly's folder.</summary>
    public static string RepoRoot => RepoRootLazy.Value;

    public static string ProgramsDir => Path.Combine(RepoRoot, "tests", "programs");

    /// <summary>Program name (file name without .py) → reason, from tests/programs/known-failures.txt.</summary>
    public static IReadOnlyDictionary<string, string> KnownFailures => KnownFailuresLazy.Value;

    /// <summary>Every top-level *.py in tests/programs whose name does not start with '_', as names without extension, sorted ordinally.</summary>
    public static IEnumerable<string> ProgramNames()
    {
        return Directory.EnumerateFiles(ProgramsDir, "*.py", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileName)
            .Where(f => f is not null && !f.StartsWith('_') && f.EndsWith(".py", StringComparison.Ordinal))
            .Select(f => f![..^3])
            .OrderBy(n => n, StringComparer.Ordinal);
    }

    /// <summary>xunit member data: one row per program.</summary>
    public static IEnumerable<object[]> All() => ProgramNames().Select(n => new object[] { n });

    private static string FindRepoRoot()
    {
        var start = Path.GetDirectoryName(typeof(ProgramCatalog).Assembly.Location) ?? AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Skein.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"Skein.slnx not found in any parent of {start}");
    }

    private static IReadOnlyDictionary<string, string> LoadKnownFailures()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(ProgramsDir, "known-failures.txt");
        if (!File.Exists(path))
            return result;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var colon = line.IndexOf(':');
            var name = (colon < 0 ? line : line[..colon]).Trim();
            var reason = colon < 0 ? "" : line[(colon + 1)..].Trim();
            if (name.EndsWith(".py", StringComparison.Ordinal))
                name = name[..^3];
            result[name] = reason.Length == 0 ? "known failure" : "known failure: " + reason;
        }
        return result;
    }
}
