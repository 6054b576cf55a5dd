using System.Collections.Concurrent;

namespace Skein.Runtime;

/// <summary>
/// Source lines for tracebacks, read lazily from the file and cached (revalidated by the file's
/// modification time). Relative names are also looked up along sys.path, as CPython's printer does.
/// </summary>
public static class SourceLines
{
    private sealed record Entry(DateTime Stamp, string[] Lines);

    private const int MaxFiles = 64;
    private static readonly ConcurrentDictionary<string, Entry> s_cache = new();

    /// <summary>Line lineno (1-based) without its line ending, or null when the file or line is unavailable.</summary>
    public static string? Get(string filename, int lineno)
    {
        if (lineno < 1 || filename.Length == 0 || filename[0] == '<') return null;
        var path = Resolve(filename);
        if (path == null) return null;
        try
        {
            var stamp = File.GetLastWriteTimeUtc(path);
            if (!s_cache.TryGetValue(path, out var entry) || entry.Stamp != stamp)
            {
                if (s_cache.Count >= MaxFiles) s_cache.Clear();
                var text = File.ReadAllText(path);
                entry = new Entry(stamp, text.Replace("\r\n", "\n").Split('\n'));
                s_cache[path] = entry;
            }
            if (lineno > entry.Lines.Length) return null;
            var line = entry.Lines[lineno - 1];
            // The last element after a final newline is not a line.
            return lineno == entry.Lines.Length && line.Length == 0 ? null : line.TrimEnd('\r');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static string? Resolve(string filename)
    {
        if (File.Exists(filename)) return filename;
        if (Path.IsPathRooted(filename)) return null;
        PyModule? sys = PythonRuntime.Sys;
        if (sys?.Dict.GetItemOrNull("path") is not PyList path) return null;
        foreach (var dir in path.ToArray())
        {
            if (dir is not PyStr d) continue;
            var candidate = Path.Combine(d.Value, filename);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
