using System.Text;
using System.Text.RegularExpressions;
using NetMatch = System.Text.RegularExpressions.Match;

namespace Skein.Modules.Regex;

/// <summary>
/// re.Pattern: a compiled pattern. Immutable once built; the .NET regexes behind it are created lazily,
/// one per (subject kind, anchoring) pair actually used, and shared between kinds whose translations are
/// the same. .NET Regex objects are safe to use from many threads at once.
/// </summary>
public sealed class PyPattern : PyObject
{
    public static readonly PyType PatternType = PyTypes.Define("Pattern", null, InitType, module: "re");

    internal readonly PyObject Source;
    internal readonly bool IsBytes;
    internal readonly ParsedPattern Parsed;
    internal readonly string?[] GroupNames;
    private readonly PyMappingProxy _groupIndex;
    private readonly CompiledRegex?[] _regexes = new CompiledRegex?[3 * 4];

    private PyPattern(PyObject source, ParsedPattern parsed) : base(PatternType)
    {
        Source = source;
        IsBytes = source is PyBytes;
        Parsed = parsed;
        GroupNames = new string?[parsed.GroupCount + 1];
        var index = new PyDict();
        foreach (var (name, group) in parsed.GroupIndex.OrderBy(p => p.Value))
        {
            GroupNames[group] = name;
            index.SetItem(new PyStr(name), PyInt.From(group));
        }
        _groupIndex = new PyMappingProxy(index);
    }

    internal static PyPattern Compile(PyObject source, int flags) => new(source, PatternParser.Parse(source, flags));

    public int Flags => Parsed.Flags;

    public int GroupCount => Parsed.GroupCount;

    internal int GroupNumber(string name) => Parsed.GroupIndex.TryGetValue(name, out var g) ? g : -1;

    // ---- the .NET regexes ---------------------------------------------------------------------------

    /// <summary>
    /// A translation and its regex. It starts interpreted (cheap to build); once it has done enough work to
    /// repay compilation to IL, a compiled copy is built on the thread pool and swapped in when ready.
    /// </summary>
    private sealed class CompiledRegex
    {
        private const long CompileThreshold = 2000;

        public readonly string Pattern;
        private readonly RegexOptions _options;
        private System.Text.RegularExpressions.Regex _regex;
        private long _work;

        public CompiledRegex(string pattern, RegexOptions options)
        {
            Pattern = pattern;
            _options = options;
            _regex = new System.Text.RegularExpressions.Regex(pattern, options);
        }

        public System.Text.RegularExpressions.Regex Use(int textLength)
        {
            if (Volatile.Read(ref _work) < CompileThreshold)
            {
                var delta = 1 + textLength / 64;
                var after = Interlocked.Add(ref _work, delta);
                if (after >= CompileThreshold && after - delta < CompileThreshold)
                    ThreadPool.QueueUserWorkItem(static self => self.CompileToIL(), this, preferLocal: false);
            }
            return Volatile.Read(ref _regex);
        }

        private void CompileToIL()
        {
            // The compiled copy is only an optimisation; whatever stops it from being built (no dynamic code
            // on this platform, say) leaves the interpreted regex in place rather than failing a pool thread.
            try
            {
                Volatile.Write(ref _regex, new System.Text.RegularExpressions.Regex(Pattern, _options | RegexOptions.Compiled));
            }
            catch (Exception)
            {
            }
        }
    }

    private System.Text.RegularExpressions.Regex GetRegex(SubjectKind kind, Anchoring anchoring, int textLength)
    {
        var slot = (int)kind * 4 + (int)anchoring;
        var compiled = Volatile.Read(ref _regexes[slot]) ?? CreateRegex(kind, anchoring, slot);
        return compiled.Use(textLength);
    }

    private CompiledRegex CreateRegex(SubjectKind kind, Anchoring anchoring, int slot)
    {
        var (pattern, options) = DotNetEmitter.Emit(Parsed, !IsBytes, kind, anchoring);
        CompiledRegex? compiled = null;
        for (var k = 0; k < 3 && compiled == null; k++)
        {
            var other = Volatile.Read(ref _regexes[k * 4 + (int)anchoring]);
            if (other != null && other.Pattern == pattern) compiled = other;
        }
        if (compiled == null)
        {
            try
            {
                compiled = new CompiledRegex(pattern, options);
            }
            catch (ArgumentException e)
            {
                throw RegexError.At($"pattern not supported: {e.Message}", Source, null);
            }
        }
        return Interlocked.CompareExchange(ref _regexes[slot], compiled, null) ?? compiled;
    }

    /// <summary>One match attempt from a UTF-16 offset; text is the subject cut at endpos.</summary>
    internal NetMatch? Exec(Subject subject, string text, int start, Anchoring anchoring)
    {
        var m = GetRegex(subject.Kind, anchoring, text.Length - start).Match(text, start);
        return m.Success ? m : null;
    }

    /// <summary>
    /// The next match for iteration (finditer, sub, split): after an empty match the next one may not be
    /// empty at the same place (CPython's must_advance), but may be a non-empty match starting there.
    /// </summary>
    internal NetMatch? Next(Subject subject, string text, int start, bool mustAdvance)
    {
        if (!mustAdvance) return Exec(subject, text, start, Anchoring.Search);
        var m = Exec(subject, text, start, Anchoring.NonEmpty);
        if (m != null || start >= text.Length) return m;
        return Exec(subject, text, start + subject.CharWidthAt(start), Anchoring.Search);
    }

    private static string TextTo(Subject subject, int end) => end == subject.Text.Length ? subject.Text : subject.Text.Substring(0, end);

    // ---- the operations -----------------------------------------------------------------------------

    private static readonly string[] s_matchArgs = ["string", "pos", "endpos"];

    private PyObject Run(string function, ReadOnlySpan<PyObject> args, PyDict? kw, Anchoring anchoring)
    {
        PyObject str;
        long pos = 0, endpos = long.MaxValue;
        if (args.Length == 1 && kw == null) str = args[0];
        else
        {
            var a = ArgParser.Parse(function, args, kw, s_matchArgs, 1);
            str = a[0]!;
            if (a[1] != null) pos = Ops.AsLong(a[1]!);
            if (a[2] != null) endpos = Ops.AsLong(a[2]!);
        }
        return MatchAt(Subject.For(str, IsBytes), pos, endpos, anchoring) ?? (PyObject)PyNone.Instance;
    }

    internal PyMatch? MatchAt(Subject subject, long pos, long endpos, Anchoring anchoring)
    {
        var (p, e) = subject.Clamp(pos, endpos);
        if (p > e) return null;
        var m = Exec(subject, TextTo(subject, subject.ToUnit(e)), subject.ToUnit(p), anchoring);
        return m == null ? null : new PyMatch(this, subject, p, e, m);
    }

    internal PyList FindAll(Subject subject, long pos, long endpos)
    {
        var result = new PyList();
        var (p, e) = subject.Clamp(pos, endpos);
        if (p > e) return result;
        var text = TextTo(subject, subject.ToUnit(e));
        var start = subject.ToUnit(p);
        var mustAdvance = false;
        var groups = GroupCount;
        while (start <= text.Length)
        {
            var m = Next(subject, text, start, mustAdvance);
            if (m == null) break;
            if (groups == 0) result.Append(subject.Slice(m.Index, m.Index + m.Length));
            else if (groups == 1) result.Append(GroupOrEmpty(subject, m.Groups[1]));
            else
            {
                var items = new PyObject[groups];
                for (var g = 0; g < groups; g++) items[g] = GroupOrEmpty(subject, m.Groups[g + 1]);
                result.Append(new PyTuple(items));
            }
            mustAdvance = m.Length == 0;
            start = m.Index + m.Length;
        }
        return result;
    }

    private PyObject GroupOrEmpty(Subject subject, Group g) =>
        g.Success ? subject.Slice(g.Index, g.Index + g.Length) : IsBytes ? PyBytes.Empty : PyStr.Empty;

    internal PyList Split(Subject subject, long maxsplit)
    {
        var result = new PyList();
        var text = subject.Text;
        if (maxsplit < 0)
        {
            result.Append(subject.Slice(0, text.Length));
            return result;
        }
        var last = 0;
        var start = 0;
        var mustAdvance = false;
        long count = 0;
        while ((maxsplit == 0 || count < maxsplit) && start <= text.Length)
        {
            var m = Next(subject, text, start, mustAdvance);
            if (m == null) break;
            result.Append(subject.Slice(last, m.Index));
            for (var g = 1; g <= GroupCount; g++)
            {
                var group = m.Groups[g];
                result.Append(group.Success ? subject.Slice(group.Index, group.Index + group.Length) : PyNone.Instance);
            }
            count++;
            mustAdvance = m.Length == 0;
            last = start = m.Index + m.Length;
        }
        result.Append(subject.Slice(last, text.Length));
        return result;
    }

    /// <summary>sub and subn: repl is a template string, a callable, or (for a mismatched type) an object join rejects.</summary>
    internal (PyObject Result, long Count) Substitute(PyObject repl, Subject subject, long count)
    {
        ReplacementTemplate? template = null;
        PyObject? filter = null;
        if (repl is PyStr && !IsBytes || repl is PyBytes && IsBytes) template = ReplacementTemplate.Parse(this, repl);
        else filter = repl;
        var callable = filter != null && filter.Type.Call != null;
        var text = subject.Text;
        var sb = new StringBuilder();
        var last = 0;
        var start = 0;
        var mustAdvance = false;
        long n = 0;
        var pieces = 0;
        while ((count == 0 || n < count) && count >= 0 && start <= text.Length)
        {
            var m = Next(subject, text, start, mustAdvance);
            if (m == null) break;
            if (last < m.Index)
            {
                sb.Append(text, last, m.Index - last);
                pieces++;
            }
            if (template != null)
            {
                template.Expand(sb, subject, m);
                pieces++;
            }
            else
            {
                var item = callable ? Ops.Call(filter!, new PyMatch(this, subject, 0, subject.Length, m)) : filter!;
                if (item is not PyNone)
                {
                    AppendPiece(sb, item, pieces);
                    pieces++;
                }
            }
            n++;
            mustAdvance = m.Length == 0;
            last = start = m.Index + m.Length;
        }
        if (n == 0) return (subject.Original is PyStr { } s && ReferenceEquals(s.Type, PyTypes.Str) || subject.Original is PyBytes { } b && ReferenceEquals(b.Type, PyTypes.Bytes)
            ? subject.Original : subject.Slice(0, text.Length), 0);
        sb.Append(text, last, text.Length - last);
        return (IsBytes ? new PyBytes(Encoding.Latin1.GetBytes(sb.ToString())) : new PyStr(sb.ToString()), n);
    }

    /// <summary>Adds what a replacement function returned, with the TypeError ''.join would raise for a wrong type.</summary>
    private void AppendPiece(StringBuilder sb, PyObject item, int index)
    {
        if (IsBytes)
        {
            if (item is not PyBytes bytes)
                throw Errors.TypeError($"sequence item {index}: expected a bytes-like object, {item.Type.Name} found");
            foreach (var x in bytes.Value) sb.Append((char)x);
        }
        else
        {
            if (item is not PyStr str) throw Errors.TypeError($"sequence item {index}: expected str instance, {item.Type.Name} found");
            sb.Append(str.Value);
        }
    }

    // ---- the type -----------------------------------------------------------------------------------

    private static PyPattern Self(PyObject o) => (PyPattern)o;

    internal string ReprText()
    {
        var source = Ops.Repr(Source);
        if (source.Length > 200) source = source[..200];
        var flags = Flags;
        if ((flags & RegexFlags.TypeFlags) == RegexFlags.Unicode) flags &= ~RegexFlags.Unicode;
        if (flags == 0) return $"re.compile({source})";
        var names = new List<string>();
        foreach (var (name, value) in RegexFlags.ByValue)
        {
            if ((flags & value) == 0) continue;
            names.Add("re." + name);
            flags &= ~value;
        }
        if (flags != 0) names.Add($"0x{flags:x}");
        return $"re.compile({source}, {string.Join('|', names)})";
    }

    /// <summary>The pattern's text (bytes as Latin-1), which equality and hashing compare as CPython compares the pattern objects.</summary>
    private static string SourceText(PyPattern p) => p.Source is PyStr s ? s.Value : Encoding.Latin1.GetString(((PyBytes)p.Source).Value);

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => throw Errors.TypeError("cannot create 're.Pattern' instances");
        t.Repr = self => new PyStr(Self(self).ReprText());
        t.Hash = self => SourceText(Self(self)).GetHashCode() ^ Self(self).Flags;
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyPattern pb) return PyNotImplemented.Instance;
            var pa = Self(a);
            var equal = ReferenceEquals(pa, pb) || (pa.Flags == pb.Flags && pa.IsBytes == pb.IsBytes && SourceText(pa) == SourceText(pb));
            return PyBool.From(equal == (op == CompareOp.Eq));
        };
        t.DefGetter("pattern", self => Self(self).Source);
        t.DefGetter("flags", self => PyInt.From(Self(self).Flags));
        t.DefGetter("groups", self => PyInt.From(Self(self).GroupCount));
        t.DefGetter("groupindex", self => Self(self)._groupIndex);
        t.DefMethod("match", (self, args, kw) => Self(self).Run("match", args, kw, Anchoring.Match));
        t.DefMethod("fullmatch", (self, args, kw) => Self(self).Run("fullmatch", args, kw, Anchoring.FullMatch));
        t.DefMethod("search", (self, args, kw) => Self(self).Run("search", args, kw, Anchoring.Search));
        t.DefMethod("findall", (self, args, kw) =>
        {
            var a = ArgParser.Parse("findall", args, kw, s_matchArgs, 1);
            var p = Self(self);
            return p.FindAll(Subject.For(a[0]!, p.IsBytes), a[1] == null ? 0 : Ops.AsLong(a[1]!), a[2] == null ? long.MaxValue : Ops.AsLong(a[2]!));
        });
        t.DefMethod("finditer", (self, args, kw) =>
        {
            var a = ArgParser.Parse("finditer", args, kw, s_matchArgs, 1);
            var p = Self(self);
            return new MatchIterator(p, Subject.For(a[0]!, p.IsBytes), a[1] == null ? 0 : Ops.AsLong(a[1]!), a[2] == null ? long.MaxValue : Ops.AsLong(a[2]!));
        });
        t.DefMethod("split", (self, args, kw) =>
        {
            var a = ArgParser.Parse("split", args, kw, ["string", "maxsplit"], 1);
            var p = Self(self);
            return p.Split(Subject.For(a[0]!, p.IsBytes), a[1] == null ? 0 : Ops.AsLong(a[1]!));
        });
        t.DefMethod("sub", (self, args, kw) =>
        {
            var a = ArgParser.Parse("sub", args, kw, ["repl", "string", "count"], 2);
            var p = Self(self);
            return p.Substitute(a[0]!, Subject.For(a[1]!, p.IsBytes), a[2] == null ? 0 : Ops.AsLong(a[2]!)).Result;
        });
        t.DefMethod("subn", (self, args, kw) =>
        {
            var a = ArgParser.Parse("subn", args, kw, ["repl", "string", "count"], 2);
            var p = Self(self);
            var (result, n) = p.Substitute(a[0]!, Subject.For(a[1]!, p.IsBytes), a[2] == null ? 0 : Ops.AsLong(a[2]!));
            return PyTuple.Create(result, PyInt.From(n));
        });
        t.DefMethod("__copy__", (self, _, _) => self);
        t.DefMethod("__deepcopy__", (self, args, _) =>
        {
            ArgParser.Exactly("__deepcopy__", args, 1);
            return self;
        });
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var p = Self(self);
            var compile = ReModule.Compile;
            return PyTuple.Create(compile, PyTuple.Create(p.Source, PyInt.From(p.Flags)));
        });
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        });
    }
}
