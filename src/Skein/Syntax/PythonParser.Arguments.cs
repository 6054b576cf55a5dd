namespace Skein.Syntax;

// Parameter lists of def and lambda, and argument lists of calls and class headers.
internal sealed partial class PythonParser
{
    private Arguments Parameters(TokenKind close, bool allowAnnotations)
    {
        var a = new Arguments();
        var positional = new List<Arg>();
        bool sawSlash = false, sawStar = false, sawDefault = false;
        while (!Is(close))
        {
            var t = Cur;
            if (t.Kind == TokenKind.Slash)
            {
                if (sawSlash) throw Error("/ may appear only once", t);
                if (sawStar) throw Error("/ must be ahead of *", t);
                if (positional.Count == 0) throw Error("at least one argument must precede /", t);
                Advance();
                sawSlash = true;
                a.Posonlyargs.AddRange(positional);
                positional.Clear();
            }
            else if (t.Kind == TokenKind.Star)
            {
                if (sawStar) throw Error("* argument may appear only once", t);
                Advance();
                sawStar = true;
                if (Is(TokenKind.Comma) || Is(close))
                {
                    if (Is(close) || Peek(1).Kind == close || Peek(1).Kind == TokenKind.DoubleStar)
                        throw Error("named arguments must follow bare *", t);
                }
                else
                    a.Vararg = Parameter(allowAnnotations, allowStarAnnotation: true);
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Advance();
                a.Kwarg = Parameter(allowAnnotations, false);
                if (Accept(TokenKind.Comma) && !Is(close))
                    throw Error("arguments cannot follow var-keyword argument", Cur);
                break;
            }
            else
            {
                var arg = Parameter(allowAnnotations, false);
                Expr? dflt = null;
                if (Accept(TokenKind.Equal)) dflt = Expression();
                if (sawStar)
                {
                    a.Kwonlyargs.Add(arg);
                    a.KwDefaults.Add(dflt);
                }
                else
                {
                    positional.Add(arg);
                    if (dflt != null)
                    {
                        sawDefault = true;
                        a.Defaults.Add(dflt);
                    }
                    else if (sawDefault)
                        throw Error("non-default argument follows default argument", arg);
                }
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        a.Args = positional;
        return a;
    }

    private Arg Parameter(bool allowAnnotations, bool allowStarAnnotation)
    {
        var name = ExpectName();
        Expr? ann = null;
        if (allowAnnotations && Accept(TokenKind.Colon))
            ann = allowStarAnnotation && Is(TokenKind.Star) ? StarExpression() : Expression();
        return At(new Arg { ArgName = name.Text, Annotation = ann }, name, End);
    }

    /// <summary>Arguments after an opening parenthesis, through the closing one.</summary>
    private void CallArguments(Token open, List<Expr> args, List<Keyword> keywords)
    {
        bool sawKeyword = false, sawDoubleStar = false;
        while (!Is(TokenKind.RPar))
        {
            var t = Cur;
            if (t.Kind == TokenKind.Star)
            {
                Advance();
                var v = Expression();
                var starred = At(new Starred { Value = v, Ctx = ExprContext.Load }, t, End);
                if (sawDoubleStar)
                    throw Error("iterable argument unpacking follows keyword argument unpacking", starred);
                args.Add(starred);
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Advance();
                var v = Expression();
                keywords.Add(At(new Keyword { Arg = null, Value = v }, t, End));
                sawDoubleStar = true;
            }
            else if (IsIdentifier(t) && Peek(1).Kind == TokenKind.Equal)
            {
                Advance();
                Advance();
                var v = Expression();
                keywords.Add(At(new Keyword { Arg = t.Text, Value = v }, t, End));
                sawKeyword = true;
            }
            else
            {
                var e = NamedExpression();
                if (IsKw("for") || IsKw("async") && IsKwAt(1, "for"))
                {
                    var gens = ComprehensionClauses();
                    bool sole = args.Count == 0 && keywords.Count == 0 && Is(TokenKind.RPar);
                    if (!sole)
                    {
                        var genEnd = End;
                        throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "Generator expression must be parenthesized",
                            filename, e.Lineno, e.ColOffset + 1, genEnd.EndLineno, genEnd.EndColOffset + 1,
                            tokenizer.LineText(e.Lineno));
                    }
                    Advance();
                    args.Add(At(new GeneratorExp { Elt = e, Generators = gens }, open, End));
                    return;
                }
                if (Is(TokenKind.Equal))
                {
                    Advance();
                    var rhs = Expression();
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", e, rhs);
                }
                if (sawDoubleStar) throw Error("positional argument follows keyword argument unpacking", Cur);
                if (sawKeyword) throw Error("positional argument follows keyword argument", Cur);
                args.Add(e);
            }
            if (!Accept(TokenKind.Comma))
            {
                if (!Is(TokenKind.RPar))
                    MissingComma(args.Count > 0 && (keywords.Count == 0 || ComesAfter(args[^1], keywords[^1])) ? args[^1] : keywords[^1].Value);
                break;
            }
        }
        Expect(TokenKind.RPar);
    }

    private static bool ComesAfter(Expr lastArg, Keyword lastKeyword) =>
        lastArg.Lineno > lastKeyword.Lineno || lastArg.Lineno == lastKeyword.Lineno && lastArg.ColOffset > lastKeyword.ColOffset;
}
