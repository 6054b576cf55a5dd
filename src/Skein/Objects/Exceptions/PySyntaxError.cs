namespace Skein.Objects;

/// <summary>
/// SyntaxError (and IndentationError, TabError): SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
/// str() is "msg (file.py, line 3)" with the file's base name.
/// </summary>
public sealed class PySyntaxError : PyBaseException
{
    public PyObject? Msg, Filename, LineNo, Offset, Text, EndLineNo, EndOffset, PrintFileAndLine;

    public PySyntaxError(PyType type) : base(type)
    {
    }

    /// <summary>A SyntaxError of the given type filled from the parser's position information (columns are 1-based).</summary>
    public static PySyntaxError Create(PyType type, string msg, string? filename, int lineno, int offset, string? text, int endLineno = 0, int endOffset = 0)
    {
        var details = new List<PyObject>
        {
            filename == null ? PyNone.Instance : new PyStr(filename),
            PyInt.From(lineno),
            PyInt.From(offset),
            text == null ? PyNone.Instance : new PyStr(text),
        };
        if (endLineno > 0)
        {
            details.Add(PyInt.From(endLineno));
            details.Add(PyInt.From(endOffset));
        }
        return (PySyntaxError)PyBaseException.Create(type, new PyStr(msg), new PyTuple(details.ToArray()));
    }

    internal static void InitType(PyType t)
    {
        t.New = (type, args, _) => new PySyntaxError(type) { Args = PyTuple.Create(args.ToArray()) };
        t.Init = (self, args, kw) =>
        {
            PyExc.NoKeywords(self, kw);
            var e = (PySyntaxError)self;
            e.Args = PyTuple.Create(args.ToArray());
            if (args.Length >= 1) e.Msg = args[0];
            if (args.Length != 2) return;
            var info = Ops.ToArray(args[1]);
            if (info.Length < 4) throw Errors.TypeError($"function takes at least 4 arguments ({info.Length} given)");
            if (info.Length > 6) throw Errors.TypeError($"function takes at most 6 arguments ({info.Length} given)");
            e.Filename = info[0];
            e.LineNo = info[1];
            e.Offset = info[2];
            e.Text = info[3];
            e.EndLineNo = info.Length > 4 ? info[4] : null;
            e.EndOffset = info.Length > 5 ? info[5] : null;
            if (e.EndLineNo != null && e.EndOffset == null)
                throw Errors.TypeError("end_offset must be provided when end_lineno is provided");
        };
        t.Str = self =>
        {
            var e = (PySyntaxError)self;
            var filename = e.Filename is PyStr f ? BaseName(f.Value) : null;
            var lineno = e.LineNo is PyInt l && ReferenceEquals(l.Type, PyTypes.Int) ? l : null;
            var msg = Ops.Str(e.Msg ?? PyNone.Instance);
            if (filename == null && lineno == null) return Ops.StrObj(e.Msg ?? PyNone.Instance);
            if (filename != null && lineno != null) return new PyStr($"{msg} ({filename}, line {lineno.Value})");
            return new PyStr(filename != null ? $"{msg} ({filename})" : $"{msg} (line {lineno!.Value})");
        };
        ExceptionAttributes.DefField<PySyntaxError>(t, "msg", e => e.Msg, (e, v) => e.Msg = v);
        ExceptionAttributes.DefField<PySyntaxError>(t, "filename", e => e.Filename, (e, v) => e.Filename = v);
        ExceptionAttributes.DefField<PySyntaxError>(t, "lineno", e => e.LineNo, (e, v) => e.LineNo = v);
        ExceptionAttributes.DefField<PySyntaxError>(t, "offset", e => e.Offset, (e, v) => e.Offset = v);
        ExceptionAttributes.DefField<PySyntaxError>(t, "text", e => e.Text, (e, v) => e.Text = v);
        ExceptionAttributes.DefField<PySyntaxError>(t, "end_lineno", e => e.EndLineNo, (e, v) => e.EndLineNo = v);
        ExceptionAttributes.DefField<PySyntaxError>(t, "end_offset", e => e.EndOffset, (e, v) => e.EndOffset = v);
        ExceptionAttributes.DefField<PySyntaxError>(t, "print_file_and_line", e => e.PrintFileAndLine, (e, v) => e.PrintFileAndLine = v);
    }

    private static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}
