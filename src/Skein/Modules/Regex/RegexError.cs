namespace Skein.Modules.Regex;

/// <summary>
/// re.error: raised for an invalid pattern or template. Like CPython's, the constructor takes
/// (msg, pattern=None, pos=None) and, given a position, appends "at position N" (and the line and
/// column when the pattern spans several lines) to the message kept in args.
/// </summary>
public static class RegexError
{
    public static readonly PyType Type = PyTypes.Define("error", PyExc.Exception, InitType, isBaseType: true, module: "re");

    private static void InitType(PyType t)
    {
        t.HasInstanceDict = true;
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("error", args, kw, ["msg", "pattern", "pos"], 1);
            var msg = a[0]!;
            var pattern = a[1] ?? PyNone.Instance;
            var pos = a[2] ?? PyNone.Instance;
            var dict = self.InstanceDict!;
            dict.SetItem("msg", msg);
            dict.SetItem("pattern", pattern);
            dict.SetItem("pos", pos);
            PyObject lineno = PyNone.Instance, colno = PyNone.Instance;
            var text = msg is PyStr ms ? ms.Value : Ops.Str(msg);
            if (pattern is not PyNone && pos is not PyNone)
            {
                var p = Ops.AsLong(pos);
                var (line, col) = LineAndColumn(pattern, p);
                lineno = PyInt.From(line);
                colno = PyInt.From(col);
                text = $"{text} at position {p}";
                if (ContainsNewline(pattern)) text = $"{text} (line {line}, column {col})";
            }
            dict.SetItem("lineno", lineno);
            dict.SetItem("colno", colno);
            ((PyBaseException)self).Args = new PyTuple([new PyStr(text)]);
        };
    }

    /// <summary>The error for a bad pattern or template at a position (in characters of the pattern).</summary>
    public static PyException At(string message, PyObject pattern, int? position) =>
        new(PyBaseException.Create(Type, new PyStr(message), pattern, position is int p ? PyInt.From(p) : PyNone.Instance));

    private static bool ContainsNewline(PyObject pattern) => pattern switch
    {
        PyStr s => s.Value.Contains('\n'),
        PyBytes b => Array.IndexOf(b.Value, (byte)'\n') >= 0,
        _ => false,
    };

    /// <summary>1-based line and column of a code-point position, counting lines as CPython does (by '\n').</summary>
    private static (int Line, int Column) LineAndColumn(PyObject pattern, long pos)
    {
        var line = 1;
        long lineStart = 0;
        long index = 0;
        switch (pattern)
        {
            case PyStr s:
                foreach (var rune in s.Value.EnumerateRunes())
                {
                    if (index >= pos) break;
                    if (rune.Value == '\n')
                    {
                        line++;
                        lineStart = index + 1;
                    }
                    index++;
                }
                break;
            case PyBytes b:
                for (; index < pos && index < b.Value.Length; index++)
                {
                    if (b.Value[index] == '\n')
                    {
                        line++;
                        lineStart = index + 1;
                    }
                }
                break;
        }
        return (line, (int)(pos - lineStart) + 1);
    }
}
