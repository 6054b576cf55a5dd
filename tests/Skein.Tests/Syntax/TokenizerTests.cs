using System.Numerics;
using Skein.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace Skein.Tests.Syntax;

public class TokenizerTests
{
    private static List<Token> Lex(string source)
    {
        var t = new Tokenizer(source, "<s>");
        var list = new List<Token>();
        while (true)
        {
            var tok = t.Next();
            list.Add(tok);
            if (tok.Kind == TokenKind.EndMarker) return list;
        }
    }

    private static string Kinds(string source) => string.Join(" ", Lex(source).Select(t => t.Kind));

    [Fact]
    public void IndentationProducesIndentAndDedent()
    {
        Assert.Equal("Name Colon Newline Indent Name Newline Dedent Name Newline EndMarker",
            Kinds("if:\n    a\nb\n"));
    }

    [Fact]
    public void BlankLinesAndCommentsAreSkipped()
    {
        Assert.Equal("Name Newline Name Newline EndMarker", Kinds("a  # c\n\n   # only comment\n\t\nb"));
    }

    [Fact]
    public void MissingFinalNewlineIsSupplied()
    {
        var toks = Lex("if x:\n  y");
        Assert.Equal("Name Name Colon Newline Indent Name Newline Dedent EndMarker", string.Join(" ", toks.Select(t => t.Kind)));
        Assert.True(toks[^1].AtEof);
    }

    [Fact]
    public void BracketsJoinLines()
    {
        Assert.Equal("Name Equal LPar Number Comma Number RPar Newline EndMarker", Kinds("x = (1,\n      2)\n"));
    }

    [Fact]
    public void BackslashJoinsLines()
    {
        Assert.Equal("Name Equal Number Plus Number Newline EndMarker", Kinds("x = 1 + \\\n  2\n"));
    }

    [Fact]
    public void TabIndentation()
    {
        Assert.Equal("Name Colon Newline Indent Name Colon Newline Indent Name Newline Dedent Name Newline Dedent EndMarker",
            Kinds("if:\n\tif:\n\t\tx\n\ty\n"));
    }

    [Fact]
    public void TabsAndSpacesThatOnlyAgreeAtWidthEightAreATabError()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Lex("if:\n\tx\n        y\n"));
        Assert.Equal(SyntaxErrorKind.TabError, e.Kind);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1_000_000", "1000000")]
    [InlineData("0xFF", "255")]
    [InlineData("0o17", "15")]
    [InlineData("0b1010", "10")]
    [InlineData("0x_1_f", "31")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void IntegerLiterals(string text, string value)
    {
        var tok = Lex(text)[0];
        Assert.Equal(TokenKind.Number, tok.Kind);
        Assert.Equal(BigInteger.Parse(value), tok.Value);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1.", 1.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1_0.2_5E-1_0", 10.25e-10)]
    public void FloatLiterals(string text, double value) => Assert.Equal(value, Lex(text)[0].Value);

    [Fact]
    public void ImaginaryLiteral() => Assert.Equal(new Complex(0, 2.5), Lex("2.5j")[0].Value);

    [Fact]
    public void NumberFollowedByKeywordIsAllowed()
    {
        Assert.Equal("Number Name Name Name Number Newline EndMarker", Kinds("1if x else 2"));
    }

    [Theory]
    [InlineData("'a\\tb'", "a\tb")]
    [InlineData("\"\\x41\\101\\u00e9\\U0001F600\"", "AAé😀")]
    [InlineData("'\\N{EM DASH}\\N{latin small letter a}'", "—a")]
    [InlineData("r'\\n\\''", "\\n\\'")]
    [InlineData("'\\d'", "\\d")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData("'''x\ny'''", "x\ny")]
    [InlineData("U'x'", "x")]
    public void StringLiterals(string source, string value)
    {
        var lit = (StringLiteral)Lex(source)[0].Value!;
        Assert.Equal(value, lit.Text);
    }

    [Fact]
    public void BytesLiteral()
    {
        var lit = (StringLiteral)Lex("Rb'\\x00' b'\\xff\\n'")[1].Value!;
        Assert.Equal(new byte[] { 0xFF, 10 }, lit.Bytes);
        Assert.Equal(new byte[] { (byte)'\\', (byte)'x', (byte)'0', (byte)'0' }, ((StringLiteral)Lex("Rb'\\x00'")[0].Value!).Bytes);
    }

    [Fact]
    public void FStringParts()
    {
        var lit = (StringLiteral)Lex("f'a{{b}}{x!r:>{w}}{y=}'")[0].Value!;
        var parts = lit.Parts!;
        Assert.Equal("a{b}", ((FStringLiteralPart)parts[0]).Text);
        var field = (FStringField)parts[1];
        Assert.Equal('r', field.Conversion);
        Assert.Equal("Name EndMarker", string.Join(" ", field.Tokens.Select(t => t.Kind)));
        Assert.Equal(2, field.FormatSpec!.Count);
        Assert.Equal("y=", ((FStringField)parts[2]).SelfDocumenting);
    }

    [Fact]
    public void FStringNestsSameQuotes()
    {
        var toks = Lex("f'{'a' + f'{1}'}' 'z'");
        Assert.Equal(TokenKind.String, toks[0].Kind);
        Assert.Equal(TokenKind.String, toks[1].Kind);
        var field = (FStringField)((StringLiteral)toks[0].Value!).Parts![0];
        Assert.Equal("String Plus String EndMarker", string.Join(" ", field.Tokens.Select(t => t.Kind)));
    }

    [Fact]
    public void FStringColonInsideBracketsIsNotASpec()
    {
        var field = (FStringField)((StringLiteral)Lex("f'{x[1:2]}{(y:=3)}'")[0].Value!).Parts![0];
        Assert.Null(field.FormatSpec);
    }

    [Fact]
    public void PositionsAreCharacterColumns()
    {
        var toks = Lex("é = 'ü'  # x\nab");
        Assert.Equal((1, 0, 1, 1), (toks[0].Lineno, toks[0].ColOffset, toks[0].EndLineno, toks[0].EndColOffset));
        Assert.Equal((1, 4, 1, 7), (toks[2].Lineno, toks[2].ColOffset, toks[2].EndLineno, toks[2].EndColOffset));
        Assert.Equal((2, 0), (toks[4].Lineno, toks[4].ColOffset));
    }

    [Fact]
    public void CrLfIsNormalised()
    {
        Assert.Equal("Name Newline Name Newline EndMarker", Kinds("a\r\nb\r"));
    }

    [Fact]
    public void OperatorsAreLongestMatch()
    {
        Assert.Equal("DoubleStarEqual DoubleSlashEqual RightShiftEqual Ellipsis RArrow ColonEqual NotEqual AtEqual Newline EndMarker",
            Kinds("**= //= >>= ... -> := != @="));
    }

    [Fact]
    public void NonAsciiIdentifiersAreNfkcNormalised()
    {
        Assert.Equal("width", Lex("ｗｉｄｔｈ")[0].Text);
        Assert.Equal("π", Lex("π")[0].Text);
    }
}
