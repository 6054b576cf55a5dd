using System.Globalization;
using System.Text;

namespace Skein.Modules.Regex;

/// <summary>
/// Parses Python's regular-expression syntax (CPython 3.11's re._parser grammar) into a <see cref="ReNode"/>
/// tree, raising re.error with CPython's messages and positions. Positions count code points of a str
/// pattern and bytes of a bytes pattern.
/// </summary>
internal sealed class PatternParser
{
    /// <summary>CPython's MAXREPEAT (and MAXGROUPS bound): repeat counts must stay below it.</summary>
    public const long MaxRepeat = 4294967295;
    private const int MaxGroups = int.MaxValue / 2;

    private readonly int[] _src;
    private readonly bool _isText;
    private readonly PyObject _pattern;
    private int _pos;
    private int _flags;
    private int _groupCount;
    private readonly Dictionary<string, int> _names = new();
    private readonly List<int> _parents = [0];
    private readonly List<(long Lo, long Hi)> _groupWidths = [(0, 0)];
    private readonly HashSet<int> _openGroups = [];
    private int _currentGroup;
    private int _lookbehindGroups = -1;
    private readonly Dictionary<int, int> _conditionalRefs = new();

    private PatternParser(int[] src, bool isText, PyObject pattern, int flags)
    {
        _src = src;
        _isText = isText;
        _pattern = pattern;
        _flags = flags;
    }

    public static ParsedPattern Parse(PyObject pattern, int flags)
    {
        var (src, isText) = pattern switch
        {
            PyStr s => (CodePoints(s.Value), true),
            PyBytes b => (Array.ConvertAll(b.Value, x => (int)x), false),
            _ => throw Errors.TypeError("first argument must be string or compiled pattern"),
        };
        return new PatternParser(src, isText, pattern, flags).Run();
    }

    /// <summary>The code points of a UTF-16 string; a lone surrogate stays one code point of its own.</summary>
    public static int[] CodePoints(string s)
    {
        var result = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else result.Add(c);
        }
        return result.ToArray();
    }

    private ParsedPattern Run()
    {
        var root = ParseAlternatives((_flags & RegexFlags.Verbose) != 0, 0);
        if (_pos < _src.Length)
            throw Error("unbalanced parenthesis", _pos);
        foreach (var (group, position) in _conditionalRefs)
            if (group > _groupCount) throw Error($"invalid group reference {group}", position);
        return new ParsedPattern(root, FixFlags(_flags), _groupCount, _names, _parents.ToArray());
    }

    private int FixFlags(int flags)
    {
        if (_isText)
        {
            if ((flags & RegexFlags.Locale) != 0) throw Errors.ValueError("cannot use LOCALE flag with a str pattern");
            if ((flags & RegexFlags.Ascii) == 0) flags |= RegexFlags.Unicode;
            else if ((flags & RegexFlags.Unicode) != 0) throw Errors.ValueError("ASCII and UNICODE flags are incompatible");
        }
        else
        {
            if ((flags & RegexFlags.Unicode) != 0) throw Errors.ValueError("cannot use UNICODE flag with a bytes pattern");
            if ((flags & RegexFlags.Locale) != 0 && (flags & RegexFlags.Ascii) != 0)
                throw Errors.ValueError("ASCII and LOCALE flags are incompatible");
        }
        return flags;
    }

    private PyException Error(string message, int? position) => RegexError.At(message, _pattern, position);

    // ---- reading the source -----------------------------------------------------------------------

    private bool AtEnd => _pos >= _src.Length;

    private int Peek => _pos < _src.Length ? _src[_pos] : -1;

    private bool Match(int c)
    {
        if (_pos < _src.Length && _src[_pos] == c)
        {
            _pos++;
            return true;
        }
        return false;
    }

    private string Text(int start, int end)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end && i < _src.Length; i++) AppendCodePoint(sb, _src[i]);
        return sb.ToString();
    }

    private static void AppendCodePoint(StringBuilder sb, int c)
    {
        if (c > 0xFFFF) sb.Append(char.ConvertFromUtf32(c));
        else sb.Append((char)c);
    }

    /// <summary>Reads a name up to its terminator (CPython's getuntil), with its error messages.</summary>
    private string ReadUntil(int terminator, string what)
    {
        var start = _pos;
        while (true)
        {
            if (AtEnd)
            {
                if (_pos == start) throw Error($"missing {what}", start);
                throw Error($"missing {(char)terminator}, unterminated name", start);
            }
            var c = _src[_pos++];
            if (c == terminator)
            {
                if (_pos - 1 == start) throw Error($"missing {what}", start);
                return Text(start, _pos - 1);
            }
        }
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private static bool IsOctal(int c) => c is >= '0' and <= '7';

    private static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private static bool IsAsciiLetter(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsVerboseSpace(int c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// <summary>str.isidentifier(), as group names must satisfy.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0) return false;
        var first = true;
        for (var i = 0; i < name.Length; i++)
        {
            var cat = char.GetUnicodeCategory(name, i);
            var ok = name[i] == '_' || cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
            if (!first)
                ok |= cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.ConnectorPunctuation;
            if (!ok) return false;
            if (char.IsHighSurrogate(name[i])) i++;
            first = false;
        }
        return true;
    }

    // ---- structure ----------------------------------------------------------------------------------

    private ReNode ParseAlternatives(bool verbose, int nested)
    {
        using var _ = RecursionGuard.Enter(" while parsing a regular expression");
        var branches = new List<ReNode>();
        while (true)
        {
            branches.Add(ParseSequence(verbose, nested + 1, nested == 0 && branches.Count == 0, ref verbose));
            if (!Match('|')) break;
        }
        return branches.Count == 1 ? branches[0] : new AlternationNode(branches);
    }

    private ReNode ParseSequence(bool verboseIn, int nested, bool first, ref bool verboseOut)
    {
        var verbose = verboseIn;
        var items = new List<ReNode>();
        while (!AtEnd)
        {
            var c = _src[_pos];
            if (c is '|' or ')') break;
            if (verbose)
            {
                if (IsVerboseSpace(c))
                {
                    _pos++;
                    continue;
                }
                if (c == '#')
                {
                    while (!AtEnd && _src[_pos] != '\n') _pos++;
                    continue;
                }
            }
            var here = _pos++;
            switch (c)
            {
                case '[':
                    items.Add(ParseClass(here));
                    break;
                case '*' or '+' or '?' or '{':
                    ParseRepeat(c, here, items);
                    break;
                case '.':
                    items.Add(new AnyNode());
                    break;
                case '^':
                    items.Add(new AnchorNode(AnchorKind.LineStart));
                    break;
                case '$':
                    items.Add(new AnchorNode(AnchorKind.LineEnd));
                    break;
                case '(':
                    var group = ParseGroup(here, verbose, nested, first && items.Count == 0, out var globalFlags);
                    if (group != null) items.Add(group);
                    else if (globalFlags)
                    {
                        verbose = (_flags & RegexFlags.Verbose) != 0;
                        verboseOut = verbose;
                    }
                    break;
                case '\\':
                    items.Add(ParseEscape(here));
                    break;
                default:
                    items.Add(new LiteralNode(c));
                    break;
            }
        }
        return items.Count == 1 ? items[0] : new SequenceNode(items);
    }

    private void ParseRepeat(int c, int here, List<ReNode> items)
    {
        long min, max;
        switch (c)
        {
            case '?':
                (min, max) = (0, 1);
                break;
            case '*':
                (min, max) = (0, -1);
                break;
            case '+':
                (min, max) = (1, -1);
                break;
            default:
                if (Peek == '}')
                {
                    items.Add(new LiteralNode('{'));
                    return;
                }
                var loStart = _pos;
                while (IsDigit(Peek)) _pos++;
                var lo = Text(loStart, _pos);
                var hi = lo;
                if (Match(','))
                {
                    var hiStart = _pos;
                    while (IsDigit(Peek)) _pos++;
                    hi = Text(hiStart, _pos);
                }
                if (!Match('}'))
                {
                    items.Add(new LiteralNode('{'));
                    _pos = here + 1;
                    return;
                }
                min = lo.Length > 0 ? RepeatCount(lo) : 0;
                max = hi.Length > 0 ? RepeatCount(hi) : -1;
                if (max >= 0 && max < min) throw Error("min repeat greater than max repeat", here + 1);
                break;
        }
        var last = items.Count > 0 ? items[^1] : null;
        if (last is null or AnchorNode) throw Error("nothing to repeat", here);
        if (last is RepeatNode) throw Error("multiple repeat", here);
        var kind = Match('?') ? RepeatKind.Lazy : Match('+') ? RepeatKind.Possessive : RepeatKind.Greedy;
        items[^1] = new RepeatNode(last, min, max, kind);
    }

    private static long RepeatCount(string digits)
    {
        if (digits.Length > 10 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n >= MaxRepeat)
            throw Errors.OverflowError("the repetition number is too large");
        return n;
    }

    /// <summary>Parses what follows '('; null for a comment or a global flags group (globalFlags set).</summary>
    private ReNode? ParseGroup(int start, bool verbose, int nested, bool atStart, out bool globalFlags)
    {
        globalFlags = false;
        string? name = null;
        if (Match('?'))
        {
            if (AtEnd) throw Error("unexpected end of pattern", _pos);
            var c = _src[_pos++];
            switch (c)
            {
                case 'P':
                    if (AtEnd) throw Error("unexpected end of pattern", _pos);
                    if (Match('<'))
                    {
                        var nameStart = _pos;
                        name = ReadUntil('>', "group name");
                        if (!IsIdentifier(name)) throw Error($"bad character in group name '{name}'", nameStart);
                        break;
                    }
                    if (Match('='))
                    {
                        var nameStart = _pos;
                        var refName = ReadUntil(')', "group name");
                        if (!IsIdentifier(refName)) throw Error($"bad character in group name '{refName}'", nameStart);
                        if (!_names.TryGetValue(refName, out var gid)) throw Error($"unknown group name '{refName}'", nameStart);
                        if (_openGroups.Contains(gid)) throw Error("cannot refer to an open group", nameStart);
                        CheckLookbehindGroup(gid);
                        return new BackrefNode(gid);
                    }
                    throw Error($"unknown extension ?P{Text(_pos, _pos + 1)}", start + 1);
                case ':':
                    return new GroupNode(0, ParseGroupBody(start, verbose, nested));
                case '#':
                    while (true)
                    {
                        if (AtEnd) throw Error("missing ), unterminated comment", start);
                        if (_src[_pos++] == ')') return null;
                    }
                case '=' or '!':
                    return new LookNode(false, c == '!', ParseGroupBody(start, verbose, nested));
                case '<':
                    if (AtEnd) throw Error("unexpected end of pattern", _pos);
                    var kind = _src[_pos++];
                    if (kind is not ('=' or '!')) throw Error($"unknown extension ?<{Text(_pos - 1, _pos)}", start + 1);
                    return ParseLookbehind(start, verbose, nested, kind == '!');
                case '(':
                    return ParseConditional(start, verbose, nested);
                case '>':
                    return new AtomicNode(ParseGroupBody(start, verbose, nested));
                default:
                    if (RegexFlags.FromLetter(c) != 0 || c == '-')
                    {
                        var (add, remove, scoped) = ParseFlags(c);
                        if (!scoped)
                        {
                            if (!atStart) throw Error("global flags not at the start of the expression", start);
                            _flags |= add;
                            globalFlags = true;
                            return null;
                        }
                        var innerVerbose = (add & RegexFlags.Verbose) != 0 || (verbose && (remove & RegexFlags.Verbose) == 0);
                        return new FlagsNode(add, remove, ParseGroupBody(start, innerVerbose, nested));
                    }
                    throw Error($"unknown extension ?{Text(_pos - 1, _pos)}", start + 1);
            }
        }
        if (_groupCount + 1 >= MaxGroups) throw Error("too many groups", start);
        var index = ++_groupCount;
        if (name != null)
        {
            if (_names.TryGetValue(name, out var previous))
                throw Error($"redefinition of group name '{name}' as group {index}; was group {previous}", start + 4);
            _names[name] = index;
        }
        _parents.Add(_currentGroup);
        _groupWidths.Add((0, MaxRepeat));
        _openGroups.Add(index);
        var outer = _currentGroup;
        _currentGroup = index;
        var body = ParseGroupBody(start, verbose, nested);
        _currentGroup = outer;
        _openGroups.Remove(index);
        _groupWidths[index] = Width(body);
        return new GroupNode(index, body);
    }

    private ReNode ParseGroupBody(int start, bool verbose, int nested)
    {
        var body = ParseAlternatives(verbose, nested);
        if (!Match(')')) throw Error("missing ), unterminated subpattern", start);
        return body;
    }

    private ReNode ParseLookbehind(int start, bool verbose, int nested, bool negative)
    {
        var outermost = _lookbehindGroups < 0;
        if (outermost) _lookbehindGroups = _groupCount + 1;
        var body = ParseGroupBody(start, verbose, nested);
        if (outermost) _lookbehindGroups = -1;
        var (lo, hi) = Width(body);
        if (lo != hi) throw Error("look-behind requires fixed-width pattern", null);
        return new LookNode(true, negative, body);
    }

    private void CheckLookbehindGroup(int gid)
    {
        if (_lookbehindGroups < 0) return;
        // A group not defined yet counts as open, as in CPython's checkgroup.
        if (_openGroups.Contains(gid) || gid > _groupCount) throw Error("cannot refer to an open group", _pos);
        if (gid >= _lookbehindGroups) throw Error("cannot refer to group defined in the same lookbehind subpattern", _pos);
    }

    private ReNode ParseConditional(int start, bool verbose, int nested)
    {
        var nameStart = _pos;
        var condName = ReadUntil(')', "group name");
        int gid;
        if (IsIdentifier(condName))
        {
            if (!_names.TryGetValue(condName, out gid)) throw Error($"unknown group name '{condName}'", nameStart);
        }
        else
        {
            if (!int.TryParse(condName, NumberStyles.None, CultureInfo.InvariantCulture, out gid))
                throw Error($"bad character in group name '{condName}'", nameStart);
            if (gid == 0) throw Error("bad group number", nameStart);
            if (gid >= MaxGroups) throw Error($"invalid group reference {gid}", nameStart);
            _conditionalRefs.TryAdd(gid, nameStart);
        }
        CheckLookbehindGroup(gid);
        var ignored = verbose;
        var yes = ParseSequence(verbose, nested + 1, false, ref ignored);
        ReNode? no = null;
        if (Match('|'))
        {
            no = ParseSequence(verbose, nested + 1, false, ref ignored);
            if (Peek == '|') throw Error("conditional backref with more than two branches", _pos);
        }
        if (!Match(')')) throw Error("missing ), unterminated subpattern", start);
        return new ConditionalNode(gid, yes, no);
    }

    /// <summary>Parses inline flags after "(?" (first letter already read): "...)" is global, "...:" scoped.</summary>
    private (int Add, int Remove, bool Scoped) ParseFlags(int c)
    {
        var add = 0;
        var remove = 0;
        if (c != '-')
        {
            while (true)
            {
                var flag = RegexFlags.FromLetter(c);
                if (_isText)
                {
                    if (c == 'L') throw Error("bad inline flags: cannot use 'L' flag with a str pattern", _pos);
                }
                else if (c == 'u') throw Error("bad inline flags: cannot use 'u' flag with a bytes pattern", _pos);
                add |= flag;
                if ((flag & RegexFlags.TypeFlags) != 0 && (add & RegexFlags.TypeFlags) != flag)
                    throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", _pos);
                if (AtEnd) throw Error("missing -, : or )", _pos);
                c = _src[_pos++];
                if (c == ')') return (add, 0, false);
                if (c == ':') return (add, 0, true);
                if (c == '-') break;
                if (RegexFlags.FromLetter(c) == 0)
                    throw Error(IsLetter(c) ? "unknown flag" : "missing -, : or )", _pos - 1);
            }
        }
        if (AtEnd) throw Error("missing flag", _pos);
        c = _src[_pos++];
        while (true)
        {
            var flag = RegexFlags.FromLetter(c);
            if (flag == 0) throw Error(IsLetter(c) ? "unknown flag" : "missing flag", _pos - 1);
            if (_isText && c == 'L') throw Error("bad inline flags: cannot use 'L' flag with a str pattern", _pos);
            if ((flag & RegexFlags.TypeFlags) != 0) throw Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", _pos);
            remove |= flag;
            if (AtEnd) throw Error("missing :", _pos);
            c = _src[_pos++];
            if (c == ':') break;
            if (RegexFlags.FromLetter(c) == 0) throw Error(IsLetter(c) ? "unknown flag" : "missing :", _pos - 1);
        }
        if ((add & remove) != 0) throw Error("bad inline flags: flag turned on and off", _pos - 1);
        return (add, remove, true);
    }

    private static bool IsLetter(int c) => c <= 0xFFFF ? char.IsLetter((char)c) : Rune.IsLetter(new Rune(c));

    // ---- escapes ------------------------------------------------------------------------------------

    /// <summary>Reads the character after a backslash at <paramref name="start"/>.</summary>
    private int EscapeChar(int start)
    {
        if (AtEnd) throw Error("bad escape (end of pattern)", start);
        return _src[_pos++];
    }

    private ReNode ParseEscape(int start)
    {
        var c = EscapeChar(start);
        switch (c)
        {
            case 'A': return new AnchorNode(AnchorKind.StringStart);
            case 'Z': return new AnchorNode(AnchorKind.StringEnd);
            case 'b': return new AnchorNode(AnchorKind.WordBoundary);
            case 'B': return new AnchorNode(AnchorKind.NotWordBoundary);
            case 'd': return Single(Category.Digit);
            case 'D': return Single(Category.NotDigit);
            case 's': return Single(Category.Space);
            case 'S': return Single(Category.NotSpace);
            case 'w': return Single(Category.Word);
            case 'W': return Single(Category.NotWord);
        }
        if (c == '0')
        {
            var value = 0;
            for (var n = 0; n < 2 && IsOctal(Peek); n++) value = value * 8 + (_src[_pos++] - '0');
            return new LiteralNode(value);
        }
        if (IsDigit(c))
        {
            if (IsDigit(Peek))
            {
                var second = _src[_pos++];
                if (IsOctal(c) && IsOctal(second) && IsOctal(Peek))
                {
                    var third = _src[_pos++];
                    var value = (c - '0') * 64 + (second - '0') * 8 + (third - '0');
                    if (value > 0xFF) throw Error($"octal escape value {Text(start, _pos)} outside of range 0-0o377", start);
                    return new LiteralNode(value);
                }
            }
            var group = int.Parse(Text(start + 1, _pos), CultureInfo.InvariantCulture);
            if (group <= _groupCount)
            {
                if (_openGroups.Contains(group)) throw Error("cannot refer to an open group", start);
                CheckLookbehindGroup(group);
                return new BackrefNode(group);
            }
            throw Error($"invalid group reference {group}", start + 1);
        }
        return new LiteralNode(CommonEscape(start, c));
    }

    private static ClassNode Single(Category category) => new([new CategoryItem(category)], false);

    /// <summary>The escapes shared by patterns and sets: control characters, \x \u \U \N, and literal punctuation.</summary>
    private int CommonEscape(int start, int c)
    {
        switch (c)
        {
            case 'a': return 7;
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return '\v';
            case '\\': return '\\';
            case 'x': return HexEscape(start, 2);
            case 'u' when _isText: return HexEscape(start, 4);
            case 'U' when _isText:
                var value = HexEscape(start, 8);
                if (value > 0x10FFFF) throw Error($"bad escape {Text(start, _pos)}", start);
                return value;
            case 'N' when _isText:
                if (!Match('{')) throw Error("missing {", _pos);
                var name = ReadUntil('}', "character name");
                if (!Syntax.UnicodeNames.TryLookup(name, out var cp)) throw Error($"undefined character name '{name}'", start);
                return cp;
        }
        if (IsAsciiLetter(c) || IsDigit(c)) throw Error($"bad escape {Text(start, _pos)}", start);
        return c;
    }

    private int HexEscape(int start, int digits)
    {
        var value = 0L;
        var n = 0;
        for (; n < digits && IsHex(Peek); n++) value = value * 16 + HexValue(_src[_pos++]);
        if (n != digits) throw Error($"incomplete escape {Text(start, _pos)}", start);
        return value > 0x7FFFFFFF ? int.MaxValue : (int)value;
    }

    private static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // ---- character sets -----------------------------------------------------------------------------

    private ReNode ParseClass(int start)
    {
        var items = new List<ClassItem>();
        var negated = Match('^');
        while (true)
        {
            if (AtEnd) throw Error("unterminated character set", start);
            var thisStart = _pos;
            var c = _src[_pos++];
            if (c == ']' && items.Count > 0) break;
            var first = c == '\\' ? ClassEscape(thisStart) : new CharItem(c);
            var thisLength = c == '\\' ? 2 : 1;
            if (Match('-'))
            {
                if (AtEnd) throw Error("unterminated character set", start);
                var thatStart = _pos;
                var d = _src[_pos++];
                if (d == ']')
                {
                    items.Add(first);
                    items.Add(new CharItem('-'));
                    break;
                }
                var second = d == '\\' ? ClassEscape(thatStart) : new CharItem(d);
                var thatLength = d == '\\' ? 2 : 1;
                if (first is not CharItem lo || second is not CharItem hi || hi.CodePoint < lo.CodePoint)
                {
                    var text = $"{Text(thisStart, thisStart + thisLength)}-{Text(thatStart, thatStart + thatLength)}";
                    throw Error($"bad character range {text}", _pos - (thisLength + 1 + thatLength));
                }
                items.Add(new RangeItem(lo.CodePoint, hi.CodePoint));
            }
            else items.Add(first);
        }
        return new ClassNode(items, negated);
    }

    private ClassItem ClassEscape(int start)
    {
        var c = EscapeChar(start);
        switch (c)
        {
            case 'b': return new CharItem(8);
            case 'd': return new CategoryItem(Category.Digit);
            case 'D': return new CategoryItem(Category.NotDigit);
            case 's': return new CategoryItem(Category.Space);
            case 'S': return new CategoryItem(Category.NotSpace);
            case 'w': return new CategoryItem(Category.Word);
            case 'W': return new CategoryItem(Category.NotWord);
        }
        if (IsOctal(c))
        {
            var value = c - '0';
            for (var n = 0; n < 2 && IsOctal(Peek); n++) value = value * 8 + (_src[_pos++] - '0');
            if (value > 0xFF) throw Error($"octal escape value {Text(start, _pos)} outside of range 0-0o377", start);
            return new CharItem(value);
        }
        return new CharItem(CommonEscape(start, c));
    }

    // ---- widths -------------------------------------------------------------------------------------

    /// <summary>The least and greatest number of characters a node can match (CPython's getwidth), capped at MAXREPEAT.</summary>
    private (long Lo, long Hi) Width(ReNode node)
    {
        switch (node)
        {
            case LiteralNode or AnyNode or ClassNode:
                return (1, 1);
            case AnchorNode or LookNode:
                return (0, 0);
            case GroupNode g:
                return Width(g.Body);
            case FlagsNode f:
                return Width(f.Body);
            case AtomicNode a:
                return Width(a.Body);
            case RepeatNode r:
                var (lo, hi) = Width(r.Body);
                return (Mul(lo, r.Min), r.Max < 0 ? (hi == 0 ? 0 : MaxRepeat) : Mul(hi, r.Max));
            case BackrefNode b:
                return b.Group < _groupWidths.Count ? _groupWidths[b.Group] : (0, MaxRepeat);
            case ConditionalNode c:
                var yes = Width(c.Yes);
                if (c.No == null) return (0, yes.Hi);
                var no = Width(c.No);
                return (Math.Min(yes.Lo, no.Lo), Math.Max(yes.Hi, no.Hi));
            case AlternationNode alt:
                long min = MaxRepeat, max = 0;
                foreach (var b in alt.Branches)
                {
                    var w = Width(b);
                    min = Math.Min(min, w.Lo);
                    max = Math.Max(max, w.Hi);
                }
                return (min, max);
            case SequenceNode seq:
                long l = 0, h = 0;
                foreach (var item in seq.Items)
                {
                    var w = Width(item);
                    l = Cap(l + w.Lo);
                    h = Cap(h + w.Hi);
                }
                return (l, h);
            default:
                return (0, 0);
        }
    }

    private static long Cap(long v) => v < 0 || v > MaxRepeat ? MaxRepeat : v;

    private static long Mul(long a, long b) => a != 0 && b > MaxRepeat / a ? MaxRepeat : Cap(a * b);
}
