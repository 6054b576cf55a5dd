using Skein.Objects;
using Skein.Runtime;
using System.Text;
using Skein.Modules.Regex;
using Xunit;

namespace Skein.Tests.Regex;

/// <summary>Runs the table of cases recorded from CPython 3.11 (RegexCases.cs, made by generate_cases.py).</summary>
public class RegexTableTests
{
    public static IEnumerable<object[]> Cases() => Enumerable.Range(0, RegexCases.All.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(int index)
    {
        var (op, pattern, flags, args, expected) = RegexCases.All[index];
        Assert.Equal(expected, Run(op, pattern, flags, args));
    }

    private static string Run(string op, PyObject pattern, int flags, PyObject[] args)
    {
        try
        {
            var p = ReModule.GetPattern(pattern, PyInt.From(flags));
            if (op == "compile") return Show(p);
            if (op == "finditer")
            {
                var spans = new List<PyObject>();
                var it = Ops.GetIter(Ops.Call(Ops.GetAttr(p, "finditer"), args));
                while (Ops.Next(it) is { } m) spans.Add(Ops.CallMethod(m, "span"));
                return Show(new PyList(spans.ToArray()));
            }
            return Show(Ops.Call(Ops.GetAttr(p, op), args));
        }
        catch (PyException e)
        {
            var message = e.Value.Args.Count == 1 && e.Value.Args[0] is PyStr s ? s.Value : "?";
            return "!" + e.Value.Type.Name + ": " + Show(new PyStr(message));
        }
    }

    /// <summary>The same text generate_cases.py's show() makes from a Python value.</summary>
    internal static string Show(PyObject x)
    {
        switch (x)
        {
            case PyNone:
                return "None";
            case PyBool b:
                return b.IsTrue ? "True" : "False";
            case PyInt i:
                return i.Value.ToString();
            case PyStr s:
                var sb = new StringBuilder("'");
                foreach (var rune in EnumerateCodePoints(s.Value))
                    sb.Append(rune is >= 32 and < 127 && rune != '\'' && rune != '\\' ? ((char)rune).ToString() : $"\\u{{{rune:x}}}");
                return sb.Append('\'').ToString();
            case PyBytes bytes:
                var bb = new StringBuilder("b'");
                foreach (var c in bytes.Value)
                    bb.Append(c is >= 32 and < 127 && c != '\'' && c != '\\' ? ((char)c).ToString() : $"\\x{{{c:x}}}");
                return bb.Append('\'').ToString();
            case PyTuple t:
                return "(" + string.Join(", ", t.Items.Select(Show)) + ")";
            case PyList l:
                return "[" + string.Join(", ", l.ToArray().Select(Show)) + "]";
            case PyDict d:
                return "{" + string.Join(", ", d.Snapshot().Select(p => Show(p.Key) + ": " + Show(p.Value))) + "}";
            case PyMatch m:
                return $"<Match {Show(Ops.CallMethod(m, "span"))} {Show(Ops.CallMethod(m, "groups"))} {Show(Ops.CallMethod(m, "groupdict"))} "
                    + $"{Show(Ops.GetAttr(m, "lastindex"))} {Show(Ops.GetAttr(m, "lastgroup"))}>{Show(Ops.GetAttr(m, "regs"))}";
            case PyPattern p:
                var index = (PyDict)((PyMappingProxy)Ops.GetAttr(p, "groupindex")).Mapping;
                return $"<Pattern {p.Flags} {p.GroupCount} {Show(index)}>";
            default:
                return x.Type.Name;
        }
    }

    private static IEnumerable<int> EnumerateCodePoints(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else yield return s[i];
        }
    }
}
