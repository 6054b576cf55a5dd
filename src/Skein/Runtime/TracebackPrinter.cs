using System.Text;
using Skein.Vm;

namespace Skein.Runtime;

/// <summary>
/// Formats an exception exactly as CPython 3.11's default sys.excepthook prints it: the traceback with
/// source lines, chained causes and contexts (cycle-safe), notes, "Did you mean" suggestions, the special
/// layout of SyntaxError, and the boxed layout of exception groups. The column markers (^^^^) that 3.11
/// adds under some source lines are not reproduced.
/// </summary>
public static class TracebackPrinter
{
    private const int RecursiveCutoff = 3;
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;
    private const string CauseMessage = "The above exception was the direct cause of the following exception:\n";
    private const string ContextMessage = "During handling of the above exception, another exception occurred:\n";

    public static string Format(PyBaseException e)
    {
        var ctx = new Context();
        PrintRecursive(ctx, e);
        return ctx.Out.ToString();
    }

    /// <summary>One exception without its causes and contexts, as CPython reports an unraisable exception.</summary>
    public static string FormatUnchained(PyBaseException e)
    {
        var ctx = new Context();
        if (e is PyBaseExceptionGroup group) PrintGroup(ctx, group);
        else PrintException(ctx, e);
        return ctx.Out.ToString();
    }

    public static void Print(PyBaseException e, TextWriter? w = null) => (w ?? Console.Error).Write(Format(e));

    /// <summary>Only the "Traceback (most recent call last):" block of a traceback (what traceback.print_tb shows, plus the header).</summary>
    public static string FormatTraceback(PyTraceback tb)
    {
        var ctx = new Context();
        PrintTraceback(ctx, tb, 0, "", "", "Traceback (most recent call last):\n");
        return ctx.Out.ToString();
    }

    private sealed class Context
    {
        public readonly StringBuilder Out = new();
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int GroupDepth;
        public bool NeedClose;

        public string Margin => GroupDepth > 0 ? "| " : "";
        public int Indent => 2 * GroupDepth;

        public void WriteIndentedMargin() => Out.Append(' ', Indent).Append(Margin);
    }

    private static void PrintRecursive(Context ctx, PyBaseException value)
    {
        using var _ = RecursionGuard.Enter(" in print_exception_recursive");
        PrintCauseAndContext(ctx, value);
        if (value is PyBaseExceptionGroup group) PrintGroup(ctx, group);
        else PrintException(ctx, value);
    }

    private static void PrintCauseAndContext(Context ctx, PyBaseException value)
    {
        ctx.Seen.Add(value);
        if (value.Cause is PyBaseException cause)
        {
            if (!ctx.Seen.Contains(cause)) PrintChained(ctx, cause, CauseMessage);
            return;
        }
        if (value.SuppressContext) return;
        if (value.Context is PyBaseException context && !ctx.Seen.Contains(context)) PrintChained(ctx, context, ContextMessage);
    }

    private static void PrintChained(Context ctx, PyBaseException value, string message)
    {
        var needClose = ctx.NeedClose;
        PrintRecursive(ctx, value);
        ctx.NeedClose = needClose;
        ctx.WriteIndentedMargin();
        ctx.Out.Append('\n');
        ctx.WriteIndentedMargin();
        ctx.Out.Append(message);
        ctx.WriteIndentedMargin();
        ctx.Out.Append('\n');
    }

    private static void PrintGroup(Context ctx, PyBaseExceptionGroup group)
    {
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.WriteIndentedMargin();
            ctx.Out.Append($"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        if (ctx.GroupDepth == 0) ctx.GroupDepth++;
        PrintException(ctx, group);

        var excs = group.Exceptions.Items;
        var n = excs.Length <= MaxGroupWidth ? excs.Length : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (var i = 0; i < n; i++)
        {
            var last = i == n - 1;
            if (last) ctx.NeedClose = true;
            ctx.Out.Append(' ', ctx.Indent);
            var truncated = i >= MaxGroupWidth;
            var lead = i == 0 ? "+-" : "  ";
            ctx.Out.Append(truncated ? $"{lead}+---------------- ... ----------------\n" : $"{lead}+---------------- {i + 1} ----------------\n");
            ctx.GroupDepth++;
            if (!truncated)
            {
                if (excs[i] is PyBaseException sub) PrintRecursive(ctx, sub);
            }
            else
            {
                var remaining = excs.Length - MaxGroupWidth;
                ctx.WriteIndentedMargin();
                ctx.Out.Append($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                ctx.Out.Append(' ', ctx.Indent);
                ctx.Out.Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (ctx.GroupDepth == 1) ctx.GroupDepth--;
    }

    private static void PrintException(Context ctx, PyBaseException value)
    {
        if (value.Traceback is PyTraceback tb)
        {
            var header = "Traceback (most recent call last):\n";
            var headerMargin = ctx.Margin;
            if (value is PyBaseExceptionGroup)
            {
                header = "Exception Group Traceback (most recent call last):\n";
                if (ctx.GroupDepth == 1) headerMargin = "+ ";
            }
            PrintTraceback(ctx, tb, ctx.Indent, ctx.Margin, headerMargin, header);
        }
        // SyntaxError prints its location in place of str(); the notes are then looked up on the message
        // (and so not found), as CPython 3.11 does.
        PyObject shown = value;
        if (value is PySyntaxError se && PrintSyntaxErrorLocation(ctx, se) is { } message) shown = message;
        PrintMessage(ctx, value.Type, shown);
        if (shown is PyBaseException) PrintSuggestion(ctx, value);
        ctx.Out.Append('\n');
        if (shown is PyBaseException) PrintNotes(ctx, value);
    }

    private static void PrintMessage(Context ctx, PyType type, PyObject value)
    {
        ctx.WriteIndentedMargin();
        var module = AttributeOrNull(type, Names.__module__);
        if (module is not PyStr m) ctx.Out.Append("<unknown>.");
        else if (m.Value != "builtins" && m.Value != "__main__") ctx.Out.Append(m.Value).Append('.');
        var qualname = AttributeOrNull(type, Names.__qualname__);
        ctx.Out.Append(qualname is PyStr q ? q.Value : "<unknown>");
        string text;
        try
        {
            text = Ops.Str(value);
        }
        catch (PyException)
        {
            ctx.Out.Append(": <exception str() failed>");
            return;
        }
        if (text.Length > 0) ctx.Out.Append(": ").Append(text);
    }

    private static void PrintSuggestion(Context ctx, PyBaseException value)
    {
        string? suggestion;
        try
        {
            suggestion = Suggestions.For(value);
        }
        catch (PyException)
        {
            return;
        }
        if (suggestion != null) ctx.Out.Append($". Did you mean: '{suggestion}'?");
    }

    private static void PrintNotes(Context ctx, PyBaseException value)
    {
        PyObject? notes;
        try
        {
            notes = Ops.GetAttrOrNull(value, Names.__notes__);
        }
        catch (PyException)
        {
            return;
        }
        if (notes == null) return;
        if (!ExceptionAttributes.IsSequence(notes))
        {
            // CPython 3.11 writes the repr of a non-sequence __notes__ without a newline.
            ctx.WriteIndentedMargin();
            ctx.Out.Append(SafeText(() => Ops.Repr(notes), "<__notes__ repr() failed>"));
            return;
        }
        PyObject[] items;
        try
        {
            items = Ops.ToArray(notes);
        }
        catch (PyException)
        {
            return;
        }
        foreach (var note in items)
        {
            var text = note is PyStr s ? s.Value : SafeText(() => Ops.Str(note), "<note str() failed>");
            foreach (var line in text.Split('\n'))
            {
                ctx.WriteIndentedMargin();
                ctx.Out.Append(line).Append('\n');
            }
        }
    }

    private static PyObject? AttributeOrNull(PyObject o, PyStr name)
    {
        try
        {
            return Ops.GetAttrOrNull(o, name);
        }
        catch (PyException)
        {
            return null;
        }
    }

    private static string SafeText(Func<string> f, string fallback)
    {
        try
        {
            return f();
        }
        catch (PyException)
        {
            return fallback;
        }
    }

    // ---- the traceback block ------------------------------------------------------------------------

    private static void PrintTraceback(Context ctx, PyTraceback tb, int indent, string margin, string headerMargin, string header)
    {
        var limit = TracebackLimit();
        if (limit <= 0) return;
        ctx.Out.Append(' ', indent).Append(headerMargin).Append(header);

        var depth = 0;
        for (var t = tb; t != null; t = t.Next) depth++;
        var entry = tb;
        for (; depth > limit && entry != null; depth--) entry = entry.Next;

        string? lastFile = null, lastName = null;
        var lastLine = -1;
        var count = 0;
        for (; entry != null; entry = entry.Next)
        {
            var code = entry.Frame.Code;
            if (lastFile == null || code.Filename != lastFile || lastLine == -1 || entry.LineNo != lastLine || lastName == null || code.Name != lastName)
            {
                if (count > RecursiveCutoff) PrintRepeated(ctx, count, indent, margin);
                lastFile = code.Filename;
                lastLine = entry.LineNo;
                lastName = code.Name;
                count = 0;
            }
            count++;
            if (count <= RecursiveCutoff) PrintEntry(ctx, code.Filename, entry.LineNo, code.Name, indent, margin);
        }
        if (count > RecursiveCutoff) PrintRepeated(ctx, count, indent, margin);
    }

    private static void PrintRepeated(Context ctx, int count, int indent, string margin)
    {
        count -= RecursiveCutoff;
        ctx.Out.Append(' ', indent).Append(margin);
        ctx.Out.Append($"  [Previous line repeated {count} more time{(count > 1 ? "s" : "")}]\n");
    }

    private static void PrintEntry(Context ctx, string filename, int lineno, string name, int indent, string margin)
    {
        ctx.Out.Append(' ', indent).Append(margin);
        ctx.Out.Append($"  File \"{filename}\", line {lineno}, in {name}\n");
        var line = SourceLines.Get(filename, lineno);
        if (line == null) return;
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t' or '\f') start++;
        ctx.Out.Append(' ', indent).Append(margin).Append("    ").Append(line, start, line.Length - start).Append('\n');
    }

    /// <summary>sys.tracebacklimit when set to an int, else CPython's default of 1000.</summary>
    private static long TracebackLimit()
    {
        PyModule? sys = PythonRuntime.Sys;
        if (sys?.Dict.GetItemOrNull("tracebacklimit") is PyInt i)
            return i.TryGetLong(out var v) ? v : i.Value.Sign > 0 ? long.MaxValue : 0;
        return 1000;
    }

    // ---- SyntaxError ----------------------------------------------------------------------------------

    /// <summary>
    /// Prints '  File "x.py", line 3', the offending line and the caret line; returns the message to
    /// print in place of str(exception), or null (printing nothing) when lineno is not an int.
    /// </summary>
    private static PyObject? PrintSyntaxErrorLocation(Context ctx, PySyntaxError e)
    {
        if (e.LineNo is not PyInt linenoObj || !linenoObj.TryGetLong(out var lineno)) return null;
        long offset = -1, endOffset = -1, endLineno = lineno;
        if (e.Offset is PyInt o && o.TryGetLong(out var ov)) offset = ov;
        else if (e.Offset != null && e.Offset is not PyNone) return null;
        // CPython reads the end position of exact SyntaxErrors only (not IndentationError/TabError).
        if (ReferenceEquals(e.Type, PyExc.SyntaxError))
        {
            if (e.EndLineNo is PyInt el && el.TryGetLong(out var elv)) endLineno = elv;
            if (e.EndOffset is PyInt eo && eo.TryGetLong(out var eov)) endOffset = eov;
        }
        var filename = e.Filename is PyStr f ? f.Value : e.Filename is null or PyNone ? "<string>" : Ops.Str(e.Filename);
        var text = e.Text is PyStr t ? t.Value : null;

        ctx.WriteIndentedMargin();
        ctx.Out.Append($"  File \"{filename}\", line {lineno}\n");
        if (text != null)
        {
            if (endLineno > lineno) endOffset = CodePointLength(text);
            if (endOffset > CodePointLength(text) + 1) endOffset = CodePointLength(text) + 1;
            PrintErrorText(ctx, offset, endOffset, text);
        }
        return e.Msg ?? PyNone.Instance;
    }

    private static void PrintErrorText(Context ctx, long offset, long endOffset, string text)
    {
        var carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        var start = 0;
        while (start < text.Length && text[start] is ' ' or '\t' or '\f')
        {
            start++;
            offset--;
        }
        text = text[start..];
        var len = (long)text.Length;
        if (len > 0 && text[^1] == '\n') len--;
        if (offset > len) offset = len;
        while (true)
        {
            var nl = text.IndexOf('\n');
            if (nl < 0 || nl >= offset) break;
            text = text[(nl + 1)..];
            len -= nl + 1;
            offset -= nl + 1;
        }
        ctx.WriteIndentedMargin();
        ctx.Out.Append("    ").Append(text);
        if (len >= text.Length || text[(int)len] != '\n') ctx.Out.Append('\n');
        if (offset < 0) return;
        ctx.WriteIndentedMargin();
        ctx.Out.Append("    ").Append(' ', (int)offset).Append('^', (int)Math.Min(carets, 100_000)).Append('\n');
    }

    private static long CodePointLength(string s)
    {
        long n = 0;
        for (var i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }
}
