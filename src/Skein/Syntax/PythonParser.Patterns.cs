using System.Numerics;

namespace Skein.Syntax;

// The match statement and its patterns. `match` and `case` are soft keywords, so a line starting
// with `match` is only a match statement when a subject and ':' NEWLINE follow.
internal sealed partial class PythonParser
{
    private Stmt? TryMatchStmt()
    {
        var matchTok = Cur;
        var next = Peek(1);
        if (!StartsExpression(next) && next.Kind != TokenKind.Star) return null;
        int mark = p;
        Expr subject;
        try
        {
            Advance();
            var start = Cur;
            var first = StarNamedExpression();
            subject = first;
            if (Is(TokenKind.Comma))
            {
                var elts = new List<Expr> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Is(TokenKind.Colon)) break;
                    elts.Add(StarNamedExpression());
                }
                subject = At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start, End);
            }
            if (!Is(TokenKind.Colon) || Peek(1).Kind != TokenKind.Newline)
            {
                p = mark;
                return null;
            }
        }
        catch (PythonSyntaxError)
        {
            p = mark;
            return null;
        }
        Advance();
        Advance();
        if (!Is(TokenKind.Indent))
        {
            var t = Cur;
            throw new PythonSyntaxError(SyntaxErrorKind.IndentationError,
                $"expected an indented block after 'match' statement on line {matchTok.Lineno}", filename, t.Lineno,
                t.ColOffset + 1, t.Lineno, -1, tokenizer.LineText(t.Lineno), t.AtEof);
        }
        Advance();
        var cases = new List<MatchCase>();
        while (IsKw("case")) cases.Add(CaseBlock());
        if (cases.Count == 0 || !Is(TokenKind.Dedent)) throw InvalidSyntax();
        Advance();
        return At(new Match { Subject = subject, Cases = cases }, matchTok, End);
    }

    private MatchCase CaseBlock()
    {
        var caseTok = Advance();
        var pattern = Patterns();
        Expr? guard = null;
        if (AcceptKw("if")) guard = NamedExpression();
        ExpectColon();
        var body = Block("'case' statement", caseTok);
        return new MatchCase { Pattern = pattern, Guard = guard, Body = body };
    }

    private Pattern Patterns()
    {
        var start = Cur;
        var first = MaybeStarPattern();
        if (!Is(TokenKind.Comma))
            return first is MatchStar ? At(new MatchSequence { Patterns = { first } }, start, End) : first;
        var list = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Is(TokenKind.Colon) || IsKw("if")) break;
            list.Add(MaybeStarPattern());
        }
        return At(new MatchSequence { Patterns = list }, start, End);
    }

    private Pattern MaybeStarPattern()
    {
        if (!Is(TokenKind.Star)) return Pattern();
        var star = Advance();
        var name = ExpectName();
        return At(new MatchStar { Name = name.Text == "_" ? null : name.Text }, star, name);
    }

    private Pattern Pattern()
    {
        var start = Cur;
        var or = OrPattern();
        if (!IsKw("as")) return or;
        Advance();
        var name = ExpectName();
        if (name.Text == "_") throw Error("cannot use '_' as a target", name);
        return At(new MatchAs { Pattern = or, Name = name.Text }, start, End);
    }

    private Pattern OrPattern()
    {
        var start = Cur;
        var first = ClosedPattern();
        if (!Is(TokenKind.VBar)) return first;
        var list = new List<Pattern> { first };
        while (Accept(TokenKind.VBar)) list.Add(ClosedPattern());
        return At(new MatchOr { Patterns = list }, start, End);
    }

    private Pattern ClosedPattern()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            {
                var v = SignedNumber();
                return At(new MatchValue { Value = v }, v, v);
            }
            case TokenKind.String:
            {
                var v = Strings();
                return At(new MatchValue { Value = v }, v, v);
            }
            case TokenKind.LPar:
            {
                Advance();
                if (Accept(TokenKind.RPar)) return At(new MatchSequence(), t, End);
                var first = MaybeStarPattern();
                if (Accept(TokenKind.RPar))
                    return first is MatchStar ? At(new MatchSequence { Patterns = { first } }, t, End) : first;
                var list = new List<Pattern> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Is(TokenKind.RPar)) break;
                    list.Add(MaybeStarPattern());
                }
                Expect(TokenKind.RPar);
                return At(new MatchSequence { Patterns = list }, t, End);
            }
            case TokenKind.LSqb:
            {
                Advance();
                var list = new List<Pattern>();
                while (!Is(TokenKind.RSqb))
                {
                    list.Add(MaybeStarPattern());
                    if (!Accept(TokenKind.Comma)) break;
                }
                Expect(TokenKind.RSqb);
                return At(new MatchSequence { Patterns = list }, t, End);
            }
            case TokenKind.LBrace:
                return MappingPattern();
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Advance(); return At(new MatchSingleton { Value = null }, t, t);
                    case "True": Advance(); return At(new MatchSingleton { Value = true }, t, t);
                    case "False": Advance(); return At(new MatchSingleton { Value = false }, t, t);
                }
                if (t.Text == "_" && Peek(1).Kind is not (TokenKind.Dot or TokenKind.LPar))
                {
                    Advance();
                    return At(new MatchAs(), t, t);
                }
                var nameOrAttr = NameOrAttr();
                if (Is(TokenKind.LPar)) return ClassPattern(nameOrAttr);
                if (nameOrAttr is Name n) return At(new MatchAs { Name = n.Id }, t, t);
                return At(new MatchValue { Value = nameOrAttr }, nameOrAttr, nameOrAttr);
            default:
                throw InvalidSyntax();
        }
    }

    private Expr NameOrAttr()
    {
        var start = ExpectName();
        Expr e = At(new Name { Id = start.Text, Ctx = ExprContext.Load }, start, start);
        while (Accept(TokenKind.Dot))
        {
            var attr = ExpectName();
            e = At(new Attribute { Value = e, Attr = attr.Text, Ctx = ExprContext.Load }, start, attr);
        }
        return e;
    }

    /// <summary>A literal number in a pattern: optionally negated, optionally `real ± imaginary`.</summary>
    private Expr SignedNumber()
    {
        var start = Cur;
        bool negative = Accept(TokenKind.Minus);
        var num = Expect(TokenKind.Number);
        Expr e = At(new Constant { Value = num.Value }, num, num);
        if (negative) e = At(new UnaryOp { Op = UnaryOpKind.USub, Operand = e }, start, num);
        if ((Is(TokenKind.Plus) || Is(TokenKind.Minus)) && Peek(1).Kind == TokenKind.Number && Peek(1).Value is Complex)
        {
            var op = Advance().Kind == TokenKind.Plus ? OperatorKind.Add : OperatorKind.Sub;
            var imag = Advance();
            var right = At(new Constant { Value = imag.Value }, imag, imag);
            e = At(new BinOp { Left = e, Op = op, Right = right }, start, imag);
        }
        return e;
    }

    private Pattern ClassPattern(Expr cls)
    {
        Advance();
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (!Is(TokenKind.RPar))
        {
            if (IsIdentifier(Cur) && Peek(1).Kind == TokenKind.Equal)
            {
                kwdAttrs.Add(Advance().Text);
                Advance();
                kwdPatterns.Add(Pattern());
            }
            else
            {
                var pat = Pattern();
                if (kwdAttrs.Count > 0) throw Error("positional patterns follow keyword patterns", pat);
                patterns.Add(pat);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return At(new MatchClass { Cls = cls, Patterns = patterns, KwdAttrs = kwdAttrs, KwdPatterns = kwdPatterns }, cls, End);
    }

    private Pattern MappingPattern()
    {
        var open = Advance();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (!Is(TokenKind.RBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                rest = ExpectName().Text;
                Accept(TokenKind.Comma);
                break;
            }
            keys.Add(MappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(Pattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return At(new MatchMapping { Keys = keys, Patterns = patterns, Rest = rest }, open, End);
    }

    private Expr MappingKey()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                return SignedNumber();
            case TokenKind.String:
                return Strings();
            case TokenKind.Name when t.Text is "None" or "True" or "False":
                return Atom();
            case TokenKind.Name:
                var e = NameOrAttr();
                if (e is Name) throw InvalidSyntax();
                return e;
            default:
                throw InvalidSyntax();
        }
    }
}
