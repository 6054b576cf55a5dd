using System.Text;
using System.Text.RegularExpressions;

namespace Skein.Modules.Regex;

/// <summary>What the subject text contains, which decides how faithfully some constructs must be spelled.</summary>
internal enum SubjectKind
{
    /// <summary>ASCII only: .NET's own \w and \b agree with Python's there, and are faster.</summary>
    Ascii,
    /// <summary>No surrogate pairs: one UTF-16 unit is one Python character.</summary>
    Bmp,
    /// <summary>Surrogate pairs present: '.', negated sets and set members above U+FFFF must consume a pair.</summary>
    Astral,
}

/// <summary>How a translation is anchored: search anywhere, match at pos, fullmatch, or match a non-empty string at pos.</summary>
internal enum Anchoring { Search, Match, FullMatch, NonEmpty }

/// <summary>
/// Writes a parsed Python pattern as a .NET pattern with the same meaning. Every capturing group is
/// emitted with an explicit number, (?&lt;n&gt;...), so .NET numbers groups as Python does (it would
/// otherwise number named groups after unnamed ones). Python's Unicode classes differ from .NET's
/// (\w excludes combining marks and includes No/Nl; \s includes \x1c-\x1f), so they are spelled out;
/// ASCII-only case-insensitivity (re.ASCII, bytes) is spelled out too, as .NET folds case by Unicode.
/// </summary>
internal sealed class DotNetEmitter
{
    private const string AnyUnit = @"[\u0000-\uFFFF]";
    private const string SurrogatePair = @"[\uD800-\uDBFF][\uDC00-\uDFFF]";
    private const string UnicodeWord = @"\p{L}\p{Nd}\p{Nl}\p{No}_";

    private readonly StringBuilder _sb = new();
    private readonly SubjectKind _kind;
    private bool _ignoreCase, _ascii, _multiline, _dotAll;
    /// <summary>Whether .NET's own IgnoreCase is on at the current point of the emitted pattern.</summary>
    private bool _netIgnoreCase;

    private DotNetEmitter(SubjectKind kind) => _kind = kind;

    public static (string Pattern, RegexOptions Options) Emit(ParsedPattern parsed, bool isText, SubjectKind kind, Anchoring anchoring)
    {
        var e = new DotNetEmitter(kind)
        {
            _ignoreCase = (parsed.Flags & RegexFlags.IgnoreCase) != 0,
            _ascii = !isText || (parsed.Flags & (RegexFlags.Ascii | RegexFlags.Locale)) != 0,
            _multiline = (parsed.Flags & RegexFlags.Multiline) != 0,
            _dotAll = (parsed.Flags & RegexFlags.DotAll) != 0,
        };
        e._netIgnoreCase = e._ignoreCase && !e._ascii;
        var options = RegexOptions.CultureInvariant | (e._netIgnoreCase ? RegexOptions.IgnoreCase : 0);
        if (anchoring != Anchoring.Search) e._sb.Append(@"\G(?:");
        // A search must not start between the halves of a surrogate pair, where Python has no position.
        else if (kind == SubjectKind.Astral) e._sb.Append(@"(?!(?<=[\uD800-\uDBFF])[\uDC00-\uDFFF])");
        e.Node(parsed.Root);
        switch (anchoring)
        {
            case Anchoring.Match:
                e._sb.Append(')');
                break;
            case Anchoring.FullMatch:
                e._sb.Append(@")\z");
                break;
            case Anchoring.NonEmpty:
                e._sb.Append(@")(?!\G)");
                break;
        }
        return (e._sb.ToString(), options);
    }

    private void Node(ReNode node)
    {
        switch (node)
        {
            case LiteralNode l:
                Literal(l.CodePoint);
                break;
            case AnyNode:
                var any = _dotAll ? AnyUnit : @"[^\n]";
                _sb.Append(_kind == SubjectKind.Astral ? $"(?:{SurrogatePair}|{any})" : any);
                break;
            case ClassNode c:
                Class(c);
                break;
            case AnchorNode a:
                Anchor(a.Kind);
                break;
            case GroupNode g:
                _sb.Append(g.Index > 0 ? $"(?<{g.Index}>" : "(?:");
                Node(g.Body);
                _sb.Append(')');
                break;
            case FlagsNode f:
                Scoped(f);
                break;
            case LookNode look:
                _sb.Append(look.Behind ? (look.Negative ? "(?<!" : "(?<=") : (look.Negative ? "(?!" : "(?="));
                Node(look.Body);
                _sb.Append(')');
                break;
            case AtomicNode atomic:
                _sb.Append("(?>");
                Node(atomic.Body);
                _sb.Append(')');
                break;
            case RepeatNode r:
                Repeat(r);
                break;
            case BackrefNode b:
                // A backreference under ASCII-only case-insensitivity still needs .NET to fold case.
                _sb.Append(_ignoreCase && !_netIgnoreCase ? $@"(?i:\k<{b.Group}>)" : $@"\k<{b.Group}>");
                break;
            case ConditionalNode c:
                _sb.Append("(?(").Append(c.Group).Append(')');
                _sb.Append("(?:");
                Node(c.Yes);
                _sb.Append(')');
                if (c.No != null)
                {
                    _sb.Append("|(?:");
                    Node(c.No);
                    _sb.Append(')');
                }
                _sb.Append(')');
                break;
            case AlternationNode alt:
                _sb.Append("(?:");
                for (var i = 0; i < alt.Branches.Count; i++)
                {
                    if (i > 0) _sb.Append('|');
                    Node(alt.Branches[i]);
                }
                _sb.Append(')');
                break;
            case SequenceNode seq:
                foreach (var item in seq.Items) Node(item);
                break;
        }
    }

    private void Scoped(FlagsNode f)
    {
        var (ignoreCase, ascii, multiline, dotAll, net) = (_ignoreCase, _ascii, _multiline, _dotAll, _netIgnoreCase);
        if ((f.Add & RegexFlags.IgnoreCase) != 0) _ignoreCase = true;
        if ((f.Remove & RegexFlags.IgnoreCase) != 0) _ignoreCase = false;
        if ((f.Add & (RegexFlags.Ascii | RegexFlags.Locale)) != 0) _ascii = true;
        if ((f.Add & RegexFlags.Unicode) != 0) _ascii = false;
        if ((f.Add & RegexFlags.Multiline) != 0) _multiline = true;
        if ((f.Remove & RegexFlags.Multiline) != 0) _multiline = false;
        if ((f.Add & RegexFlags.DotAll) != 0) _dotAll = true;
        if ((f.Remove & RegexFlags.DotAll) != 0) _dotAll = false;
        _netIgnoreCase = _ignoreCase && !_ascii;
        _sb.Append(_netIgnoreCase == net ? "(?:" : _netIgnoreCase ? "(?i:" : "(?-i:");
        Node(f.Body);
        _sb.Append(')');
        (_ignoreCase, _ascii, _multiline, _dotAll, _netIgnoreCase) = (ignoreCase, ascii, multiline, dotAll, net);
    }

    private void Repeat(RepeatNode r)
    {
        if (r.Kind == RepeatKind.Possessive) _sb.Append("(?>");
        _sb.Append("(?:");
        Node(r.Body);
        _sb.Append(')');
        // .NET counts are ints; a bound beyond any string's length means the same as no bound.
        var min = Math.Min(r.Min, int.MaxValue);
        var max = r.Max < 0 || r.Max > int.MaxValue ? -1 : r.Max;
        if (min == 0 && max == -1) _sb.Append('*');
        else if (min == 1 && max == -1) _sb.Append('+');
        else if (min == 0 && max == 1) _sb.Append('?');
        else if (max == -1) _sb.Append('{').Append(min).Append(",}");
        else if (min == max) _sb.Append('{').Append(min).Append('}');
        else _sb.Append('{').Append(min).Append(',').Append(max).Append('}');
        if (r.Kind == RepeatKind.Lazy) _sb.Append('?');
        if (r.Kind == RepeatKind.Possessive) _sb.Append(')');
    }

    private void Anchor(AnchorKind kind)
    {
        switch (kind)
        {
            case AnchorKind.LineStart:
                _sb.Append(_multiline ? "(?m:^)" : "^");
                break;
            case AnchorKind.LineEnd:
                _sb.Append(_multiline ? "(?m:$)" : "$");
                break;
            case AnchorKind.StringStart:
                _sb.Append(@"\A");
                break;
            case AnchorKind.StringEnd:
                _sb.Append(@"\z");
                break;
            case AnchorKind.WordBoundary:
                if (_kind == SubjectKind.Ascii) _sb.Append(@"\b");
                else
                {
                    var w = WordClass();
                    _sb.Append($"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))");
                }
                break;
            case AnchorKind.NotWordBoundary:
                // Python's \B never matches in an empty string.
                if (_kind == SubjectKind.Ascii) _sb.Append(@"\B(?!\A\z)");
                else
                {
                    var w = WordClass();
                    _sb.Append($@"(?!\A\z)(?:(?<={w})(?={w})|(?<!{w})(?!{w}))");
                }
                break;
        }
    }

    private string WordClass() => _ascii ? "[a-zA-Z0-9_]" : $"[{UnicodeWord}]";

    // ---- characters and sets ------------------------------------------------------------------------

    private bool ManualCase => _ignoreCase && !_netIgnoreCase;

    private static bool IsAsciiLetter(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private void Literal(int c)
    {
        if (ManualCase && IsAsciiLetter(c))
        {
            _sb.Append('[').Append((char)(c | 0x20)).Append((char)(c & ~0x20)).Append(']');
            return;
        }
        if (_netIgnoreCase && CaseEquivalents.Of(c) is { } set)
        {
            _sb.Append('[');
            foreach (var member in set) AppendUnit(_sb, (char)member);
            _sb.Append(']');
            return;
        }
        AppendChar(_sb, c);
    }

    private static void AppendChar(StringBuilder sb, int c)
    {
        if (c > 0xFFFF)
        {
            var s = char.ConvertFromUtf32(c);
            AppendUnit(sb, s[0]);
            AppendUnit(sb, s[1]);
        }
        else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_') sb.Append((char)c);
        else AppendUnit(sb, (char)c);
    }

    private static void AppendUnit(StringBuilder sb, char c) => sb.Append(@"\u").Append(((int)c).ToString("X4"));

    /// <summary>The body of a set for a category, and whether that body must be negated to mean the category.</summary>
    private (string Body, bool Negated) CategoryBody(Category category)
    {
        var native = _kind == SubjectKind.Ascii;
        var body = category switch
        {
            Category.Digit or Category.NotDigit => _ascii && !native ? "0-9" : @"\d",
            Category.Word or Category.NotWord => native ? @"\w" : _ascii ? "a-zA-Z0-9_" : UnicodeWord,
            _ => _ascii ? (native ? @"\s" : @"\t\n\v\f\r\u0020") : @"\s\u001C-\u001F",
        };
        return (body, category is Category.NotDigit or Category.NotWord or Category.NotSpace);
    }

    /// <summary>A negated category as one .NET escape, where that means the same thing on this subject.</summary>
    private static string? NativeNegation(string body) => body switch
    {
        @"\d" => @"\D",
        @"\w" => @"\W",
        @"\s" => @"\S",
        _ => null,
    };

    private void Class(ClassNode node)
    {
        var bmp = new StringBuilder();
        var astral = new List<(int Lo, int Hi)>();
        var complements = new List<string>();
        foreach (var item in node.Items)
        {
            switch (item)
            {
                case CharItem ch:
                    AddRange(bmp, astral, ch.CodePoint, ch.CodePoint);
                    break;
                case RangeItem r:
                    AddRange(bmp, astral, r.Low, r.High);
                    break;
                case CategoryItem cat:
                    var (body, negated) = CategoryBody(cat.Category);
                    if (!negated) bmp.Append(body);
                    else if (_kind != SubjectKind.Astral && NativeNegation(body) is { } escape) bmp.Append(escape);
                    else complements.Add(body);
                    break;
            }
        }
        if (_kind != SubjectKind.Astral) astral.Clear();
        var anyChar = _kind == SubjectKind.Astral ? $"(?:{SurrogatePair}|{AnyUnit})" : AnyUnit;
        if (node.Negated && complements.Count == 0 && astral.Count == 0)
        {
            if (bmp.Length == 0) _sb.Append(anyChar);
            else if (_kind == SubjectKind.Astral) _sb.Append($"(?:{SurrogatePair}|[^{bmp}])");
            else _sb.Append("[^").Append(bmp).Append(']');
            return;
        }
        var parts = new List<string>();
        if (bmp.Length > 0) parts.Add($"[{bmp}]");
        foreach (var body in complements)
            parts.Add(_kind == SubjectKind.Astral ? $"(?:{SurrogatePair}|[^{body}])" : $"[^{body}]");
        foreach (var (lo, hi) in astral) parts.Add(AstralRange(lo, hi));
        var union = parts.Count switch
        {
            0 => "(?!)",
            1 => parts[0],
            _ => "(?:" + string.Join('|', parts) + ")",
        };
        _sb.Append(node.Negated ? $"(?:(?!{union}){anyChar})" : union);
    }

    private void AddRange(StringBuilder bmp, List<(int, int)> astral, int lo, int hi)
    {
        if (hi > 0xFFFF) astral.Add((Math.Max(lo, 0x10000), hi));
        if (lo > 0xFFFF) return;
        hi = Math.Min(hi, 0xFFFF);
        AppendSetRange(bmp, lo, hi);
        if (_netIgnoreCase)
        {
            foreach (var set in CaseEquivalents.InRange(lo, hi))
                foreach (var member in set) AppendUnit(bmp, (char)member);
        }
        if (!ManualCase) return;
        // ASCII-only case-insensitivity: add the other case of the ASCII letters in the range.
        var l = Math.Max(lo, 'a');
        var h = Math.Min(hi, 'z');
        if (l <= h) AppendSetRange(bmp, l - 32, h - 32);
        l = Math.Max(lo, 'A');
        h = Math.Min(hi, 'Z');
        if (l <= h) AppendSetRange(bmp, l + 32, h + 32);
    }

    private static void AppendSetRange(StringBuilder sb, int lo, int hi)
    {
        AppendUnit(sb, (char)lo);
        if (hi == lo) return;
        sb.Append('-');
        AppendUnit(sb, (char)hi);
    }

    /// <summary>A range of code points above U+FFFF as alternatives over UTF-16 surrogate pairs.</summary>
    private static string AstralRange(int lo, int hi)
    {
        var a = char.ConvertFromUtf32(lo);
        var b = char.ConvertFromUtf32(hi);
        var sb = new StringBuilder("(?:");
        if (a[0] == b[0])
        {
            AppendUnit(sb, a[0]);
            sb.Append('[');
            AppendSetRange(sb, a[1], b[1]);
            sb.Append("])");
            return sb.ToString();
        }
        AppendUnit(sb, a[0]);
        sb.Append('[');
        AppendSetRange(sb, a[1], 0xDFFF);
        sb.Append("]|");
        if (b[0] - a[0] > 1)
        {
            sb.Append('[');
            AppendSetRange(sb, a[0] + 1, b[0] - 1);
            sb.Append(@"][\uDC00-\uDFFF]|");
        }
        AppendUnit(sb, b[0]);
        sb.Append('[');
        AppendSetRange(sb, 0xDC00, b[1]);
        sb.Append("])");
        return sb.ToString();
    }
}
