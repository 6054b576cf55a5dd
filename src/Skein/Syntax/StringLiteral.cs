namespace Skein.Syntax;

/// <summary>The payload of one string token: decoded text or bytes, or the pieces of an f-string.</summary>
public sealed class StringLiteral
{
    public bool IsBytes, IsRaw, IsFormatted, IsUnicodePrefixed;
    /// <summary>Decoded value of a plain str literal.</summary>
    public string? Text;
    /// <summary>Decoded value of a bytes literal.</summary>
    public byte[]? Bytes;
    /// <summary>The pieces of an f-string, in order.</summary>
    public List<FStringPart>? Parts;
}

/// <summary>One piece of an f-string: literal text or a replacement field.</summary>
public abstract class FStringPart
{
    public int Lineno, ColOffset, EndLineno, EndColOffset;
}

public sealed class FStringLiteralPart : FStringPart
{
    public string Text = "";
}

public sealed class FStringField : FStringPart
{
    /// <summary>The tokens of the expression, closed by an ENDMARKER.</summary>
    public List<Token> Tokens = new();
    /// <summary>For `{x=}`: the source text up to and including `=` and the spaces after it.</summary>
    public string? SelfDocumenting;
    /// <summary>-1, 's', 'r' or 'a'.</summary>
    public int Conversion = -1;
    public List<FStringPart>? FormatSpec;
    public int SpecLineno, SpecColOffset, SpecEndLineno, SpecEndColOffset;
}
