namespace Skein.Syntax;

public sealed class Token
{
    public TokenKind Kind;
    /// <summary>The source text of the token (the identifier for names, the operator for operators).</summary>
    public string Text = "";
    public int Lineno, ColOffset, EndLineno, EndColOffset;
    /// <summary>Number tokens: BigInteger, double or Complex. String tokens: a StringLiteral.</summary>
    public object? Value;
    /// <summary>Synthesised when the source ran out (trailing NEWLINE, DEDENTs, ENDMARKER).</summary>
    public bool AtEof;

    public override string ToString() => $"{Kind} '{Text}' {Lineno}:{ColOffset}-{EndLineno}:{EndColOffset}";
}
