namespace Skein.Syntax;

/// <summary>
/// Hand-written recursive-descent parser following the structure of CPython's PEG grammar. It pulls
/// tokens lazily so that a syntax error early in a file wins over a tokenizer error further down.
/// </summary>
internal sealed partial class PythonParser
{
    private readonly Tokenizer tokenizer;
    private readonly List<Token> tokens;
    // False for the token list of an f-string replacement field, which is complete from the start.
    private readonly bool pull;
    private readonly string filename;
    private int p;

    public PythonParser(Tokenizer tokenizer)
    {
        this.tokenizer = tokenizer;
        filename = tokenizer.Filename;
        tokens = new List<Token>();
        pull = true;
    }

    private PythonParser(Tokenizer tokenizer, List<Token> fieldTokens)
    {
        this.tokenizer = tokenizer;
        filename = tokenizer.Filename;
        tokens = fieldTokens;
        pull = false;
    }

    private static readonly HashSet<string> Keywords = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    // ---- token access ----

    private Token Peek(int k = 0)
    {
        int i = p + k;
        if (pull)
        {
            while (i >= tokens.Count)
            {
                if (tokens.Count > 0 && tokens[^1].Kind == TokenKind.EndMarker) return tokens[^1];
                tokens.Add(tokenizer.Next());
            }
            return tokens[i];
        }
        return i < tokens.Count ? tokens[i] : tokens[^1];
    }

    private Token Cur => Peek();

    private Token Prev => tokens[p - 1];

    private Token Advance()
    {
        var t = Peek();
        if (t.Kind != TokenKind.EndMarker) p++;
        return t;
    }

    private bool Is(TokenKind k) => Peek().Kind == k;

    private bool IsKw(string kw)
    {
        var t = Peek();
        return t.Kind == TokenKind.Name && t.Text == kw;
    }

    private bool IsKwAt(int k, string kw)
    {
        var t = Peek(k);
        return t.Kind == TokenKind.Name && t.Text == kw;
    }

    private bool Accept(TokenKind k)
    {
        if (!Is(k)) return false;
        Advance();
        return true;
    }

    private bool AcceptKw(string kw)
    {
        if (!IsKw(kw)) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind k)
    {
        if (!Is(k)) throw InvalidSyntax();
        return Advance();
    }

    private Token ExpectKw(string kw)
    {
        if (!IsKw(kw)) throw InvalidSyntax();
        return Advance();
    }

    private Token ExpectColon()
    {
        if (!Is(TokenKind.Colon)) throw Error("expected ':'", Cur);
        return Advance();
    }

    private bool IsIdentifier(Token t) => t.Kind == TokenKind.Name && !Keywords.Contains(t.Text);

    private Token ExpectName()
    {
        if (!IsIdentifier(Cur)) throw InvalidSyntax();
        return Advance();
    }

    // ---- errors ----

    private PythonSyntaxError Error(string msg, Token t, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        new(kind, msg, filename, t.Lineno, t.ColOffset + 1, t.EndLineno, t.EndColOffset + 1, tokenizer.LineText(t.Lineno));

    private PythonSyntaxError Error(string msg, Node from, Node to) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, from.Lineno, from.ColOffset + 1, to.EndLineno,
            to.EndColOffset + 1, tokenizer.LineText(from.Lineno));

    private PythonSyntaxError Error(string msg, Node at) => Error(msg, at, at);

    /// <summary>The generic error for the current token, with the special readings CPython gives some tokens.</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Indent)
        {
            int width = t.EndColOffset;
            return new PythonSyntaxError(SyntaxErrorKind.IndentationError, "unexpected indent", filename, t.Lineno, width,
                t.Lineno, -1, tokenizer.LineText(t.Lineno));
        }
        if (t.Kind == TokenKind.Dedent && !t.AtEof)
            return new PythonSyntaxError(SyntaxErrorKind.IndentationError, "unexpected unindent", filename, t.Lineno,
                t.ColOffset + 1, t.Lineno, -1, tokenizer.LineText(t.Lineno));
        return Error("invalid syntax", t);
    }

    // ---- nodes ----

    private static T At<T>(T node, Token start, Token end) where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    private static T At<T>(T node, Node start, Node end) where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    private static T At<T>(T node, Token start, Node end) where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    private static T At<T>(T node, Node start, Token end) where T : Node
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    // ---- modes ----

    public Module ParseFile()
    {
        var body = new List<Stmt>();
        while (!Is(TokenKind.EndMarker))
        {
            if (Is(TokenKind.Newline))
            {
                Advance();
                continue;
            }
            Statement(body);
        }
        return new Module { Body = body };
    }

    public Expression ParseEval()
    {
        while (Is(TokenKind.Newline)) Advance();
        var e = StarExpressions();
        while (Is(TokenKind.Newline)) Advance();
        if (!Is(TokenKind.EndMarker)) throw InvalidSyntax();
        return new Expression { Body = e };
    }

    public Interactive ParseInteractive()
    {
        var body = new List<Stmt>();
        while (Is(TokenKind.Newline)) Advance();
        if (!Is(TokenKind.EndMarker)) Statement(body);
        while (Is(TokenKind.Newline)) Advance();
        if (!Is(TokenKind.EndMarker))
            throw Error("multiple statements found while compiling a single statement", Cur);
        return new Interactive { Body = body };
    }

    /// <summary>Parses the expression of an f-string replacement field from its own token list.</summary>
    private Expr ParseFieldExpression(List<Token> fieldTokens)
    {
        var sub = new PythonParser(tokenizer, fieldTokens);
        try
        {
            var e = sub.Is(TokenKind.Name) && sub.Cur.Text == "yield" ? sub.YieldExpr() : sub.StarExpressions();
            if (!sub.Is(TokenKind.EndMarker)) throw sub.InvalidSyntax();
            return e;
        }
        catch (PythonSyntaxError err) when (!err.Msg.StartsWith("f-string", StringComparison.Ordinal))
        {
            throw new PythonSyntaxError(err.Kind, "f-string: " + err.Msg, err.Filename, err.Lineno, err.Offset,
                err.EndLineno, err.EndOffset, err.Text, err.IsIncompleteInput);
        }
    }
}
