namespace Skein.Syntax;

public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError }

/// <summary>
/// A compile-time error in Python source, carrying exactly what CPython's SyntaxError exposes so the
/// runtime can turn it into a Python exception with the same attributes.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public SyntaxErrorKind Kind { get; }
    /// <summary>CPython's message text, e.g. "invalid syntax".</summary>
    public string Msg { get; }
    public string Filename { get; }
    public int Lineno { get; }
    /// <summary>1-based column, as SyntaxError.offset.</summary>
    public int Offset { get; }
    public int EndLineno { get; }
    public int EndOffset { get; }
    /// <summary>The offending source line including its newline, or null when unknown.</summary>
    public string? Text { get; }
    /// <summary>True when the source ended inside a block, bracket or triple-quoted string: a REPL should read more lines.</summary>
    public bool IsIncompleteInput { get; }

    public PythonSyntaxError(SyntaxErrorKind kind, string msg, string filename, int lineno, int offset,
        int endLineno, int endOffset, string? text, bool isIncompleteInput = false)
        : base($"{msg} ({filename}, line {lineno})")
    {
        Kind = kind;
        Msg = msg;
        Filename = filename;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
        IsIncompleteInput = isIncompleteInput;
    }
}
