using System.Text;
using NetMatch = System.Text.RegularExpressions.Match;

namespace Skein.Modules.Regex;

/// <summary>
/// re.Match: the spans of one match, fixed at creation (so it is immutable and freely shared between
/// threads). Spans are kept both in Python positions and in UTF-16 offsets; the two arrays are the same
/// object unless the subject has surrogate pairs.
/// </summary>
public sealed class PyMatch : PyObject
{
    public static readonly PyType MatchType = PyTypes.Define("Match", null, InitType, module: "re");

    internal readonly PyPattern Pattern;
    internal readonly Subject Subject;
    internal readonly int Pos, EndPos;
    /// <summary>start and end of group g at [2g] and [2g+1], -1 when the group did not take part.</summary>
    private readonly int[] _spans;
    private readonly int[] _units;
    private readonly int _lastIndex;

    internal PyMatch(PyPattern pattern, Subject subject, int pos, int endPos, NetMatch m) : base(MatchType)
    {
        Pattern = pattern;
        Subject = subject;
        Pos = pos;
        EndPos = endPos;
        var groups = pattern.GroupCount;
        _units = new int[2 * (groups + 1)];
        _units[0] = m.Index;
        _units[1] = m.Index + m.Length;
        for (var g = 1; g <= groups; g++)
        {
            var group = m.Groups[g];
            _units[2 * g] = group.Success ? group.Index : -1;
            _units[2 * g + 1] = group.Success ? group.Index + group.Length : -1;
        }
        if (subject.HasPairs)
        {
            _spans = new int[_units.Length];
            for (var i = 0; i < _units.Length; i++) _spans[i] = _units[i] < 0 ? -1 : subject.ToPosition(_units[i]);
        }
        else _spans = _units;
        _lastIndex = ComputeLastIndex(pattern.Parsed.GroupParents);
    }

    /// <summary>
    /// CPython's lastindex is the group that closed last. A group closes after everything nested in it,
    /// and among groups ending at the same place, a later sibling closes after an earlier one.
    /// </summary>
    private int ComputeLastIndex(int[] parents)
    {
        var best = -1;
        for (var g = 1; 2 * g < _units.Length; g++)
        {
            var end = _units[2 * g + 1];
            if (end < 0) continue;
            if (best < 0 || end > _units[2 * best + 1] || (end == _units[2 * best + 1] && !IsAncestor(parents, best, g))) best = g;
        }
        return best;
    }

    private static bool IsAncestor(int[] parents, int ancestor, int group)
    {
        for (var p = parents[group]; p > 0; p = parents[p])
            if (p == ancestor) return true;
        return false;
    }

    public int Start(int group) => _spans[2 * group];

    public int End(int group) => _spans[2 * group + 1];

    private PyObject Text(int group)
    {
        var s = _units[2 * group];
        return s < 0 ? PyNone.Instance : Subject.Slice(s, _units[2 * group + 1]);
    }

    internal string? RawText(int group)
    {
        var s = _units[2 * group];
        return s < 0 ? null : Subject.Text.Substring(s, _units[2 * group + 1] - s);
    }

    /// <summary>A group given by number (anything with __index__) or name; IndexError "no such group" otherwise.</summary>
    private int GroupIndex(PyObject id)
    {
        if (id is PyInt i)
        {
            if (i.TryGetLong(out var n) && n >= 0 && n <= Pattern.GroupCount) return (int)n;
        }
        else if (id is PyStr s)
        {
            var g = Pattern.GroupNumber(s.Value);
            if (g >= 0) return g;
        }
        else if (id.Type.Index != null)
        {
            var n = Ops.Index(id);
            if (n.TryGetLong(out var v) && v >= 0 && v <= Pattern.GroupCount) return (int)v;
        }
        throw Errors.IndexError("no such group");
    }

    private PyObject Default(int group, PyObject fallback) => _units[2 * group] < 0 ? fallback : Text(group);

    private PyObject Span(int group) => PyTuple.Create(PyInt.From(Start(group)), PyInt.From(End(group)));

    private string ReprText()
    {
        var match = Ops.Repr(Text(0));
        return $"<re.Match object; span=({Start(0)}, {End(0)}), match={match}>";
    }

    private static PyMatch Self(PyObject o) => (PyMatch)o;

    private static int OptionalGroup(PyMatch m, ReadOnlySpan<PyObject> args, string function)
    {
        if (args.Length > 1) throw Errors.TypeError($"{function} expected at most 1 argument, got {args.Length}");
        return args.Length == 0 ? 0 : m.GroupIndex(args[0]);
    }

    private static void InitType(PyType t)
    {
        t.New = (_, _, _) => throw Errors.TypeError("cannot create 're.Match' instances");
        t.Repr = self => new PyStr(Self(self).ReprText());
        t.Bool = _ => true;
        t.GetItem = (self, key) =>
        {
            var m = Self(self);
            return m.Text(m.GroupIndex(key));
        };
        t.DefMethod("group", (self, args, kw) =>
        {
            ArgParser.NoKeywords("group", kw);
            var m = Self(self);
            if (args.Length == 0) return m.Text(0);
            if (args.Length == 1) return m.Text(m.GroupIndex(args[0]));
            var items = new PyObject[args.Length];
            for (var i = 0; i < args.Length; i++) items[i] = m.Text(m.GroupIndex(args[i]));
            return new PyTuple(items);
        });
        t.DefMethod("groups", (self, args, kw) =>
        {
            var a = ArgParser.Parse("groups", args, kw, ["default"]);
            var m = Self(self);
            var fallback = a[0] ?? PyNone.Instance;
            var items = new PyObject[m.Pattern.GroupCount];
            for (var g = 1; g <= items.Length; g++) items[g - 1] = m.Default(g, fallback);
            return new PyTuple(items);
        });
        t.DefMethod("groupdict", (self, args, kw) =>
        {
            var a = ArgParser.Parse("groupdict", args, kw, ["default"]);
            var m = Self(self);
            var fallback = a[0] ?? PyNone.Instance;
            var result = new PyDict();
            for (var g = 1; g < m.Pattern.GroupNames.Length; g++)
                if (m.Pattern.GroupNames[g] is { } name) result.SetItem(new PyStr(name), m.Default(g, fallback));
            return result;
        });
        t.DefMethod("start", (self, args, kw) =>
        {
            ArgParser.NoKeywords("start", kw);
            var m = Self(self);
            return PyInt.From(m.Start(OptionalGroup(m, args, "start")));
        });
        t.DefMethod("end", (self, args, kw) =>
        {
            ArgParser.NoKeywords("end", kw);
            var m = Self(self);
            return PyInt.From(m.End(OptionalGroup(m, args, "end")));
        });
        t.DefMethod("span", (self, args, kw) =>
        {
            ArgParser.NoKeywords("span", kw);
            var m = Self(self);
            return m.Span(OptionalGroup(m, args, "span"));
        });
        t.DefMethod("expand", (self, args, kw) =>
        {
            var a = ArgParser.Parse("expand", args, kw, ["template"], 1);
            var m = Self(self);
            var template = ReplacementTemplate.Parse(m.Pattern, a[0]!);
            var sb = new StringBuilder();
            template.Expand(sb, m);
            return m.Pattern.IsBytes ? new PyBytes(Encoding.Latin1.GetBytes(sb.ToString())) : new PyStr(sb.ToString());
        });
        t.DefGetter("pos", self => PyInt.From(Self(self).Pos));
        t.DefGetter("endpos", self => PyInt.From(Self(self).EndPos));
        t.DefGetter("lastindex", self => Self(self)._lastIndex < 0 ? PyNone.Instance : PyInt.From(Self(self)._lastIndex));
        t.DefGetter("lastgroup", self =>
        {
            var m = Self(self);
            return m._lastIndex >= 0 && m.Pattern.GroupNames[m._lastIndex] is { } name ? new PyStr(name) : PyNone.Instance;
        });
        t.DefGetter("re", self => Self(self).Pattern);
        t.DefGetter("string", self => Self(self).Subject.Original);
        t.DefGetter("regs", self =>
        {
            var m = Self(self);
            var items = new PyObject[m.Pattern.GroupCount + 1];
            for (var g = 0; g < items.Length; g++) items[g] = m.Span(g);
            return new PyTuple(items);
        });
        t.DefMethod("__copy__", (self, _, _) => self);
        t.DefMethod("__deepcopy__", (self, args, _) =>
        {
            ArgParser.Exactly("__deepcopy__", args, 1);
            return self;
        });
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        });
    }
}
