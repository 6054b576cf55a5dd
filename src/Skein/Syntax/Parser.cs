namespace Skein.Syntax;

/// <summary>Entry points of the front end: source text in, AST out, or a PythonSyntaxError.</summary>
public static class Parser
{
    public static Module ParseModule(string source, string filename) =>
        new PythonParser(new Tokenizer(source, filename)).ParseFile();

    /// <summary>Eval mode: a single expression list, optionally followed by newlines.</summary>
    public static Expression ParseExpression(string source, string filename) =>
        new PythonParser(new Tokenizer(source, filename)).ParseEval();

    /// <summary>'single' mode for the REPL: one statement (simple statements on one line, or one compound statement).</summary>
    public static Interactive ParseInteractive(string source, string filename) =>
        new PythonParser(new Tokenizer(source, filename)).ParseInteractive();

    /// <summary>
    /// True when the source is a prefix of something that could still parse: it ends inside a bracket, a
    /// triple-quoted string, after a line continuation, or right where an indented block must start.
    /// </summary>
    public static bool IsIncomplete(string source)
    {
        try
        {
            ParseModule(source, "<input>");
            return false;
        }
        catch (PythonSyntaxError e)
        {
            return e.IsIncompleteInput;
        }
    }
}
