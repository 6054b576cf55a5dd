using System.Collections.Concurrent;
using System.Text;

namespace Skein.Modules.Regex;

/// <summary>
/// The re module. Python patterns are parsed and translated to .NET regular expressions (see
/// PatternParser and DotNetEmitter); matching runs on System.Text.RegularExpressions. Compiled patterns
/// are cached by (type, pattern, flags) in a thread-safe dictionary, as CPython caches them.
/// </summary>
[BuiltinModule("re")]
public static class ReModule
{
    private const int MaxCache = 512;

    private readonly record struct CacheKey(bool IsBytes, string Text, int Flags);

    private static readonly ConcurrentDictionary<CacheKey, PyPattern> s_cache = new();

    public static readonly PyBuiltinFunction Compile = new("compile", (args, kw) =>
    {
        var a = ArgParser.Parse("compile", args, kw, ["pattern", "flags"], 1);
        return GetPattern(a[0]!, a[1]);
    }) { Module = "re" };

    public static readonly PyBuiltinFunction InternalCompile = new("_compile", (args, kw) =>
    {
        var a = ArgParser.Parse("_compile", args, kw, ["pattern", "flags"], 2);
        return GetPattern(a[0]!, a[1]);
    }) { Module = "re" };

    /// <summary>re.compile: a cached compiled pattern; a Pattern passes through when no flags are given.</summary>
    public static PyPattern GetPattern(PyObject pattern, PyObject? flagsArg)
    {
        var flags = flagsArg == null ? 0 : Ops.AsInt32(flagsArg);
        if (pattern is PyPattern compiled)
        {
            if (flags != 0) throw Errors.ValueError("cannot process flags argument with a compiled pattern");
            return compiled;
        }
        CacheKey key;
        if (pattern is PyStr s && ReferenceEquals(s.Type, PyTypes.Str)) key = new CacheKey(false, s.Value, flags);
        else if (pattern is PyBytes b && ReferenceEquals(b.Type, PyTypes.Bytes)) key = new CacheKey(true, Encoding.Latin1.GetString(b.Value), flags);
        else if (pattern is PyStr or PyBytes) return PyPattern.Compile(pattern, flags);
        else throw Errors.TypeError("first argument must be string or compiled pattern");
        if (s_cache.TryGetValue(key, out var cached)) return cached;
        var result = PyPattern.Compile(pattern, flags);
        if ((flags & RegexFlags.Debug) == 0)
        {
            if (s_cache.Count >= MaxCache) s_cache.Clear();
            s_cache.TryAdd(key, result);
        }
        return result;
    }

    private static readonly string[] s_searchArgs = ["pattern", "string", "flags"];

    private static PyObject Run(string function, ReadOnlySpan<PyObject> args, PyDict? kw, Anchoring anchoring)
    {
        var a = ArgParser.Parse(function, args, kw, s_searchArgs, 2);
        var p = GetPattern(a[0]!, a[2]);
        return p.MatchAt(Subject.For(a[1]!, p.IsBytes), 0, long.MaxValue, anchoring) ?? (PyObject)PyNone.Instance;
    }

    /// <summary>re.escape: a backslash before each character special in patterns (CPython 3.7+'s set).</summary>
    private static PyObject Escape(PyObject pattern)
    {
        const string special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
        switch (pattern)
        {
            case PyStr s:
                var sb = new StringBuilder(s.Value.Length + 8);
                foreach (var c in s.Value)
                {
                    if (special.Contains(c)) sb.Append('\\');
                    sb.Append(c);
                }
                return new PyStr(sb.ToString());
            case PyBytes b:
                var bytes = new List<byte>(b.Value.Length + 8);
                foreach (var c in b.Value)
                {
                    if (special.Contains((char)c)) bytes.Add((byte)'\\');
                    bytes.Add(c);
                }
                return new PyBytes(bytes.ToArray());
            default:
                throw Errors.TypeError($"expected str or bytes, not {pattern.Type.Name}");
        }
    }

    public static void Init(PyModule m)
    {
        m.Set("__version__", new PyStr("2.2.1"));
        m.Set("error", RegexError.Type);
        m.Set("Pattern", PyPattern.PatternType);
        m.Set("Match", PyMatch.MatchType);
        m.Set("RegexFlag", PyRegexFlag.FlagType);
        m.Set("NOFLAG", PyRegexFlag.Of(0));
        foreach (var (name, bit) in RegexFlags.ByDefinition) m.Set(name, PyRegexFlag.Of(bit));
        foreach (var (alias, bit) in new[] { ("A", RegexFlags.Ascii), ("I", RegexFlags.IgnoreCase), ("L", RegexFlags.Locale), ("U", RegexFlags.Unicode),
                     ("M", RegexFlags.Multiline), ("S", RegexFlags.DotAll), ("X", RegexFlags.Verbose), ("T", RegexFlags.Template) })
            m.Set(alias, PyRegexFlag.Of(bit));
        m.Set("compile", Compile);
        m.Set("_compile", InternalCompile);
        m.DefFunction("match", (args, kw) => Run("match", args, kw, Anchoring.Match));
        m.DefFunction("fullmatch", (args, kw) => Run("fullmatch", args, kw, Anchoring.FullMatch));
        m.DefFunction("search", (args, kw) => Run("search", args, kw, Anchoring.Search));
        m.DefFunction("findall", (args, kw) =>
        {
            var a = ArgParser.Parse("findall", args, kw, s_searchArgs, 2);
            var p = GetPattern(a[0]!, a[2]);
            return p.FindAll(Subject.For(a[1]!, p.IsBytes), 0, long.MaxValue);
        });
        m.DefFunction("finditer", (args, kw) =>
        {
            var a = ArgParser.Parse("finditer", args, kw, s_searchArgs, 2);
            var p = GetPattern(a[0]!, a[2]);
            return new MatchIterator(p, Subject.For(a[1]!, p.IsBytes), 0, long.MaxValue);
        });
        m.DefFunction("split", (args, kw) =>
        {
            var a = ArgParser.Parse("split", args, kw, ["pattern", "string", "maxsplit", "flags"], 2);
            var p = GetPattern(a[0]!, a[3]);
            return p.Split(Subject.For(a[1]!, p.IsBytes), a[2] == null ? 0 : Ops.AsLong(a[2]!));
        });
        m.DefFunction("sub", (args, kw) =>
        {
            var a = ArgParser.Parse("sub", args, kw, ["pattern", "repl", "string", "count", "flags"], 3);
            var p = GetPattern(a[0]!, a[4]);
            return p.Substitute(a[1]!, Subject.For(a[2]!, p.IsBytes), a[3] == null ? 0 : Ops.AsLong(a[3]!)).Result;
        });
        m.DefFunction("subn", (args, kw) =>
        {
            var a = ArgParser.Parse("subn", args, kw, ["pattern", "repl", "string", "count", "flags"], 3);
            var p = GetPattern(a[0]!, a[4]);
            var (result, n) = p.Substitute(a[1]!, Subject.For(a[2]!, p.IsBytes), a[3] == null ? 0 : Ops.AsLong(a[3]!));
            return PyTuple.Create(result, PyInt.From(n));
        });
        m.DefFunction("escape", (args, kw) =>
        {
            var a = ArgParser.Parse("escape", args, kw, ["pattern"], 1);
            return Escape(a[0]!);
        });
        m.DefFunction("purge", (args, kw) =>
        {
            ArgParser.Parse("purge", args, kw, []);
            s_cache.Clear();
            return PyNone.Instance;
        });
        var all = new[] { "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge", "escape",
            "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
            "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag" };
        m.Set("__all__", new PyList(Array.ConvertAll(all, n => (PyObject)new PyStr(n))));
    }
}
