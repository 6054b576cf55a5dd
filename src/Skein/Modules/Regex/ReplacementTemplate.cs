using System.Globalization;
using System.Text;
using NetMatch = System.Text.RegularExpressions.Match;

namespace Skein.Modules.Regex;

/// <summary>
/// A parsed replacement string for sub/subn/expand: literal text (escapes already processed) and group
/// references (\1, \g&lt;1&gt;, \g&lt;name&gt;). Parsing follows CPython 3.11's parse_template, with its errors.
/// </summary>
internal sealed class ReplacementTemplate
{
    /// <summary>Literal text, or a group number (boxed int).</summary>
    private readonly List<object> _parts = [];

    private ReplacementTemplate()
    {
    }

    public static ReplacementTemplate Parse(PyPattern pattern, PyObject repl)
    {
        int[] src;
        switch (repl)
        {
            case PyStr s when !pattern.IsBytes:
                src = PatternParser.CodePoints(s.Value);
                break;
            case PyBytes b when pattern.IsBytes:
                src = Array.ConvertAll(b.Value, x => (int)x);
                break;
            default:
                throw Errors.TypeError(pattern.IsBytes
                    ? $"expected a bytes-like object, {repl.Type.Name} found"
                    : $"expected str instance, {repl.Type.Name} found");
        }
        var t = new ReplacementTemplate();
        new Parser(pattern, repl, src, t).Run();
        return t;
    }

    private sealed class Parser(PyPattern pattern, PyObject repl, int[] src, ReplacementTemplate template)
    {
        private int _pos;
        private readonly StringBuilder _literal = new();

        private PyException Error(string message, int position) => RegexError.At(message, repl, position);

        private int Peek => _pos < src.Length ? src[_pos] : -1;

        private static bool IsOctal(int c) => c is >= '0' and <= '7';

        private static bool IsDigit(int c) => c is >= '0' and <= '9';

        public void Run()
        {
            while (_pos < src.Length)
            {
                var c = src[_pos++];
                if (c != '\\')
                {
                    AppendLiteral(c);
                    continue;
                }
                var start = _pos - 1;
                if (_pos >= src.Length) throw Error("bad escape (end of pattern)", start);
                c = src[_pos++];
                if (c == 'g') GroupByName();
                else if (c == '0')
                {
                    var value = 0;
                    for (var n = 0; n < 2 && IsOctal(Peek); n++) value = value * 8 + (src[_pos++] - '0');
                    AppendLiteral(value & 0xFF);
                }
                else if (IsDigit(c))
                {
                    var group = c - '0';
                    if (IsDigit(Peek))
                    {
                        var second = src[_pos++];
                        if (IsOctal(c) && IsOctal(second) && IsOctal(Peek))
                        {
                            var value = (c - '0') * 64 + (second - '0') * 8 + (src[_pos++] - '0');
                            if (value > 0xFF) throw Error($"octal escape value \\{(char)c}{(char)second}{(char)src[_pos - 1]} outside of range 0-0o377", start);
                            AppendLiteral(value);
                            continue;
                        }
                        group = group * 10 + (second - '0');
                    }
                    AddGroup(group, start + 1);
                }
                else
                {
                    var escaped = c switch
                    {
                        'a' => 7,
                        'b' => 8,
                        'f' => '\f',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        'v' => '\v',
                        '\\' => '\\',
                        _ => -1,
                    };
                    if (escaped >= 0) AppendLiteral(escaped);
                    else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') throw Error($"bad escape \\{(char)c}", start);
                    else
                    {
                        AppendLiteral('\\');
                        AppendLiteral(c);
                    }
                }
            }
            Flush();
        }

        private void GroupByName()
        {
            if (Peek != '<') throw Error("missing <", _pos);
            _pos++;
            var nameStart = _pos;
            while (true)
            {
                if (_pos >= src.Length)
                    throw Error(_pos == nameStart ? "missing group name" : "missing >, unterminated name", nameStart);
                if (src[_pos] == '>') break;
                _pos++;
            }
            if (_pos == nameStart) throw Error("missing group name", nameStart);
            var sb = new StringBuilder();
            for (var i = nameStart; i < _pos; i++) sb.Append(char.ConvertFromUtf32(src[i] is >= 0xD800 and <= 0xDFFF ? 0xFFFD : src[i]));
            var name = sb.ToString();
            _pos++;
            int group;
            if (PatternParser.IsIdentifier(name))
            {
                group = pattern.GroupNumber(name);
                if (group < 0) throw Errors.IndexError($"unknown group name '{name}'");
            }
            else
            {
                if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out group))
                    throw Error($"bad character in group name '{name}'", nameStart);
            }
            AddGroup(group, nameStart);
        }

        private void AddGroup(int group, int position)
        {
            if (group > pattern.GroupCount) throw Error($"invalid group reference {group}", position);
            Flush();
            template._parts.Add(group);
        }

        private void AppendLiteral(int c)
        {
            if (c > 0xFFFF) _literal.Append(char.ConvertFromUtf32(c));
            else _literal.Append((char)c);
        }

        private void Flush()
        {
            if (_literal.Length == 0) return;
            template._parts.Add(_literal.ToString());
            _literal.Clear();
        }
    }

    /// <summary>Appends the expansion for a .NET match (unmatched groups expand to nothing).</summary>
    public void Expand(StringBuilder sb, Subject subject, NetMatch m)
    {
        foreach (var part in _parts)
        {
            if (part is string s) sb.Append(s);
            else
            {
                var g = m.Groups[(int)part];
                if (g.Success) sb.Append(subject.Text, g.Index, g.Length);
            }
        }
    }

    public void Expand(StringBuilder sb, PyMatch m)
    {
        foreach (var part in _parts)
        {
            if (part is string s) sb.Append(s);
            else sb.Append(m.RawText((int)part));
        }
    }
}
