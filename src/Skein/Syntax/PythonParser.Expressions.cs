using System.Numerics;

namespace Skein.Syntax;

// Node positions follow CPython: a node spans from the first token of its grammar rule to the last
// token the rule consumed, so `(a) + b` starts at the parenthesis while `a` itself does not.
internal sealed partial class PythonParser
{
    /// <summary>The last consumed token that is not NEWLINE, INDENT or DEDENT.</summary>
    private Token End
    {
        get
        {
            int i = p - 1;
            while (i > 0 && tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent) i--;
            return tokens[i];
        }
    }

    private Expr StarExpressions()
    {
        var start = Cur;
        var first = StarExpression();
        if (!Is(TokenKind.Comma)) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Cur) && !Is(TokenKind.Star)) break;
            elts.Add(StarExpression());
        }
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start, End);
    }

    private Expr StarExpression()
    {
        if (!Is(TokenKind.Star)) return Expression();
        var star = Advance();
        var v = BitwiseOr();
        return At(new Starred { Value = v, Ctx = ExprContext.Load }, star, End);
    }

    private Expr StarNamedExpression()
    {
        if (!Is(TokenKind.Star)) return NamedExpression();
        var star = Advance();
        var v = BitwiseOr();
        return At(new Starred { Value = v, Ctx = ExprContext.Load }, star, End);
    }

    private Expr NamedExpression()
    {
        var start = Cur;
        if (IsIdentifier(start) && Peek(1).Kind == TokenKind.ColonEqual)
        {
            Advance();
            Advance();
            var target = At(new Name { Id = start.Text, Ctx = ExprContext.Store }, start, start);
            var value = Expression();
            return At(new NamedExpr { Target = target, Value = value }, start, End);
        }
        var e = Expression();
        if (Is(TokenKind.ColonEqual))
            throw Error($"cannot use assignment expressions with {ExprName(e)}", e);
        return e;
    }

    private Expr Expression()
    {
        if (IsKw("lambda")) return LambdaExpr();
        var start = Cur;
        var body = Disjunction();
        if (!IsKw("if")) return body;
        Advance();
        var test = Disjunction();
        if (!IsKw("else"))
            throw Error("expected 'else' after 'if' expression", body, test);
        Advance();
        var orelse = Expression();
        return At(new IfExp { Test = test, Body = body, Orelse = orelse }, start, End);
    }

    private Expr LambdaExpr()
    {
        var start = Advance();
        var args = Parameters(TokenKind.Colon, allowAnnotations: false);
        ExpectColon();
        var body = Expression();
        return At(new Lambda { Args = args, Body = body }, start, End);
    }

    private Expr Disjunction()
    {
        var start = Cur;
        var first = Conjunction();
        if (!IsKw("or")) return first;
        var values = new List<Expr> { first };
        while (AcceptKw("or")) values.Add(Conjunction());
        return At(new BoolOp { Op = BoolOpKind.Or, Values = values }, start, End);
    }

    private Expr Conjunction()
    {
        var start = Cur;
        var first = Inversion();
        if (!IsKw("and")) return first;
        var values = new List<Expr> { first };
        while (AcceptKw("and")) values.Add(Inversion());
        return At(new BoolOp { Op = BoolOpKind.And, Values = values }, start, End);
    }

    private Expr Inversion()
    {
        if (!IsKw("not")) return Comparison();
        var start = Advance();
        var operand = Inversion();
        return At(new UnaryOp { Op = UnaryOpKind.Not, Operand = operand }, start, End);
    }

    private bool TryCompareOp(out CmpOpKind op)
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.EqEqual: op = CmpOpKind.Eq; break;
            case TokenKind.NotEqual: op = CmpOpKind.NotEq; break;
            case TokenKind.Less: op = CmpOpKind.Lt; break;
            case TokenKind.LessEqual: op = CmpOpKind.LtE; break;
            case TokenKind.Greater: op = CmpOpKind.Gt; break;
            case TokenKind.GreaterEqual: op = CmpOpKind.GtE; break;
            case TokenKind.Name when t.Text == "in": op = CmpOpKind.In; break;
            case TokenKind.Name when t.Text == "is":
                Advance();
                op = AcceptKw("not") ? CmpOpKind.IsNot : CmpOpKind.Is;
                return true;
            case TokenKind.Name when t.Text == "not" && IsKwAt(1, "in"):
                Advance();
                op = CmpOpKind.NotIn;
                break;
            default:
                op = default;
                return false;
        }
        Advance();
        return true;
    }

    private Expr Comparison()
    {
        var start = Cur;
        var left = BitwiseOr();
        if (!TryCompareOp(out var op)) return left;
        var ops = new List<CmpOpKind>();
        var comparators = new List<Expr>();
        do
        {
            ops.Add(op);
            comparators.Add(BitwiseOr());
        } while (TryCompareOp(out op));
        return At(new Compare { Left = left, Ops = ops, Comparators = comparators }, start, End);
    }

    private Expr BinaryLevel(int level)
    {
        if (level == 6) return Factor();
        var start = Cur;
        var left = BinaryLevel(level + 1);
        while (BinaryOperator(level, Cur.Kind, out var op))
        {
            Advance();
            var right = BinaryLevel(level + 1);
            left = At(new BinOp { Left = left, Op = op, Right = right }, start, End);
        }
        return left;
    }

    private static bool BinaryOperator(int level, TokenKind k, out OperatorKind op)
    {
        op = default;
        switch (level)
        {
            case 0: if (k == TokenKind.VBar) { op = OperatorKind.BitOr; return true; } return false;
            case 1: if (k == TokenKind.CircumFlex) { op = OperatorKind.BitXor; return true; } return false;
            case 2: if (k == TokenKind.Amper) { op = OperatorKind.BitAnd; return true; } return false;
            case 3:
                if (k == TokenKind.LeftShift) { op = OperatorKind.LShift; return true; }
                if (k == TokenKind.RightShift) { op = OperatorKind.RShift; return true; }
                return false;
            case 4:
                if (k == TokenKind.Plus) { op = OperatorKind.Add; return true; }
                if (k == TokenKind.Minus) { op = OperatorKind.Sub; return true; }
                return false;
            default:
                switch (k)
                {
                    case TokenKind.Star: op = OperatorKind.Mult; return true;
                    case TokenKind.Slash: op = OperatorKind.Div; return true;
                    case TokenKind.DoubleSlash: op = OperatorKind.FloorDiv; return true;
                    case TokenKind.Percent: op = OperatorKind.Mod; return true;
                    case TokenKind.At: op = OperatorKind.MatMult; return true;
                    default: return false;
                }
        }
    }

    private Expr BitwiseOr() => BinaryLevel(0);

    private Expr Factor()
    {
        var t = Cur;
        UnaryOpKind op;
        switch (t.Kind)
        {
            case TokenKind.Plus: op = UnaryOpKind.UAdd; break;
            case TokenKind.Minus: op = UnaryOpKind.USub; break;
            case TokenKind.Tilde: op = UnaryOpKind.Invert; break;
            default: return Power();
        }
        Advance();
        var operand = Factor();
        return At(new UnaryOp { Op = op, Operand = operand }, t, End);
    }

    private Expr Power()
    {
        var start = Cur;
        var left = AwaitPrimary();
        if (!Is(TokenKind.DoubleStar)) return left;
        Advance();
        var right = Factor();
        return At(new BinOp { Left = left, Op = OperatorKind.Pow, Right = right }, start, End);
    }

    private Expr AwaitPrimary()
    {
        if (!IsKw("await")) return Primary();
        var start = Advance();
        var v = Primary();
        return At(new Await { Value = v }, start, End);
    }

    private Expr Primary()
    {
        var start = Cur;
        var e = Atom();
        while (true)
        {
            switch (Cur.Kind)
            {
                case TokenKind.Dot:
                {
                    Advance();
                    var name = ExpectName();
                    e = At(new Attribute { Value = e, Attr = name.Text, Ctx = ExprContext.Load }, start, End);
                    break;
                }
                case TokenKind.LPar:
                {
                    var open = Advance();
                    var args = new List<Expr>();
                    var keywords = new List<Keyword>();
                    CallArguments(open, args, keywords);
                    e = At(new Call { Func = e, Args = args, Keywords = keywords }, start, End);
                    break;
                }
                case TokenKind.LSqb:
                {
                    Advance();
                    var slice = Slices();
                    Expect(TokenKind.RSqb);
                    e = At(new Subscript { Value = e, Slice = slice, Ctx = ExprContext.Load }, start, End);
                    break;
                }
                default:
                    return e;
            }
        }
    }

    private Expr Slices()
    {
        var start = Cur;
        var first = SliceItem();
        if (!Is(TokenKind.Comma))
        {
            if (!Is(TokenKind.RSqb)) MissingComma(first);
            // `x[*a]` is a one-element tuple, as written `x[*a,]`.
            return first is Starred ? At(new Tuple { Elts = { first }, Ctx = ExprContext.Load }, start, End) : first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Is(TokenKind.RSqb)) break;
            elts.Add(SliceItem());
        }
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start, End);
    }

    private Expr SliceItem()
    {
        var start = Cur;
        if (Is(TokenKind.Star)) return StarExpression();
        Expr? lower = null;
        if (!Is(TokenKind.Colon))
        {
            lower = NamedExpression();
            if (!Is(TokenKind.Colon)) return lower;
        }
        Advance();
        Expr? upper = null, step = null;
        if (!Is(TokenKind.Colon) && !Is(TokenKind.Comma) && !Is(TokenKind.RSqb)) upper = Expression();
        if (Accept(TokenKind.Colon))
        {
            if (!Is(TokenKind.Comma) && !Is(TokenKind.RSqb)) step = Expression();
        }
        return At(new Slice { Lower = lower, Upper = upper, Step = step }, start, End);
    }

    private Expr Atom()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Advance(); return At(new Constant { Value = null }, t, t);
                    case "True": Advance(); return At(new Constant { Value = true }, t, t);
                    case "False": Advance(); return At(new Constant { Value = false }, t, t);
                }
                if (Keywords.Contains(t.Text)) throw InvalidSyntax();
                Advance();
                return At(new Name { Id = t.Text, Ctx = ExprContext.Load }, t, t);
            case TokenKind.Number:
                Advance();
                return At(new Constant { Value = t.Value }, t, t);
            case TokenKind.String:
                return Strings();
            case TokenKind.Ellipsis:
                Advance();
                return At(new Constant { Value = Ellipsis.Instance }, t, t);
            case TokenKind.LPar:
                return ParenAtom();
            case TokenKind.LSqb:
                return ListAtom();
            case TokenKind.LBrace:
                return BraceAtom();
            default:
                throw InvalidSyntax();
        }
    }

    private Expr ParenAtom()
    {
        var open = Advance();
        if (Accept(TokenKind.RPar)) return At(new Tuple { Ctx = ExprContext.Load }, open, Prev);
        if (IsKw("yield"))
        {
            var y = YieldExpr();
            Expect(TokenKind.RPar);
            return y;
        }
        var first = StarNamedExpression();
        if (IsKw("for") || IsKw("async") && IsKwAt(1, "for"))
        {
            var gens = ComprehensionClauses();
            Expect(TokenKind.RPar);
            return At(new GeneratorExp { Elt = first, Generators = gens }, open, End);
        }
        if (Accept(TokenKind.RPar))
        {
            if (first is Starred) throw Error("cannot use starred expression here", first);
            return first;
        }
        if (!Is(TokenKind.Comma)) MissingComma(first);
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Is(TokenKind.RPar)) break;
            elts.Add(StarNamedExpression());
            if (!Is(TokenKind.Comma) && !Is(TokenKind.RPar)) MissingComma(elts[^1]);
        }
        Expect(TokenKind.RPar);
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, open, End);
    }

    private Expr ListAtom()
    {
        var open = Advance();
        var elts = new List<Expr>();
        if (Accept(TokenKind.RSqb)) return At(new List { Elts = elts, Ctx = ExprContext.Load }, open, End);
        var first = StarNamedExpression();
        if (IsKw("for") || IsKw("async") && IsKwAt(1, "for"))
        {
            var gens = ComprehensionClauses();
            Expect(TokenKind.RSqb);
            return At(new ListComp { Elt = first, Generators = gens }, open, End);
        }
        elts.Add(first);
        DisplayTail(elts, TokenKind.RSqb);
        return At(new List { Elts = elts, Ctx = ExprContext.Load }, open, End);
    }

    private void DisplayTail(List<Expr> elts, TokenKind close)
    {
        while (true)
        {
            if (Accept(close)) return;
            if (!Is(TokenKind.Comma)) MissingComma(elts[^1]);
            Advance();
            if (Accept(close)) return;
            elts.Add(StarNamedExpression());
        }
    }

    private Expr BraceAtom()
    {
        var open = Advance();
        if (Accept(TokenKind.RBrace)) return At(new Dict(), open, End);
        if (Is(TokenKind.DoubleStar))
            return DictTail(open, new List<Expr?>(), new List<Expr>());
        var first = StarNamedExpression();
        if (Is(TokenKind.Colon) && first is not Starred)
        {
            Advance();
            var value = Expression();
            if (IsKw("for") || IsKw("async") && IsKwAt(1, "for"))
            {
                var gens = ComprehensionClauses();
                Expect(TokenKind.RBrace);
                return At(new DictComp { Key = first, Value = value, Generators = gens }, open, End);
            }
            if (Is(TokenKind.RBrace))
            {
                Advance();
                return At(new Dict { Keys = { first }, Values = { value } }, open, End);
            }
            if (!Is(TokenKind.Comma)) MissingComma(value);
            Advance();
            return DictTail(open, new List<Expr?> { first }, new List<Expr> { value });
        }
        if (IsKw("for") || IsKw("async") && IsKwAt(1, "for"))
        {
            var gens = ComprehensionClauses();
            Expect(TokenKind.RBrace);
            return At(new SetComp { Elt = first, Generators = gens }, open, End);
        }
        var elts = new List<Expr> { first };
        DisplayTail(elts, TokenKind.RBrace);
        return At(new Set { Elts = elts }, open, End);
    }

    private Expr DictTail(Token open, List<Expr?> keys, List<Expr> values)
    {
        while (!Is(TokenKind.RBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(BitwiseOr());
            }
            else
            {
                var k = Expression();
                if (!Is(TokenKind.Colon))
                {
                    if (k is Starred) throw Error("cannot use a starred expression in a dictionary value", k);
                    throw Error("':' expected after dictionary key", k);
                }
                Advance();
                keys.Add(k);
                values.Add(Expression());
            }
            if (!Accept(TokenKind.Comma))
            {
                if (!Is(TokenKind.RBrace)) MissingComma(values[^1]);
                break;
            }
        }
        Expect(TokenKind.RBrace);
        return At(new Dict { Keys = keys, Values = values }, open, End);
    }

    private List<Comprehension> ComprehensionClauses()
    {
        var gens = new List<Comprehension>();
        while (IsKw("for") || IsKw("async") && IsKwAt(1, "for"))
        {
            int isAsync = AcceptKw("async") ? 1 : 0;
            Advance();
            var target = StarTargets();
            ExpectKw("in");
            var iter = Disjunction();
            var ifs = new List<Expr>();
            while (AcceptKw("if")) ifs.Add(Disjunction());
            gens.Add(new Comprehension { Target = target, Iter = iter, Ifs = ifs, IsAsync = isAsync });
        }
        return gens;
    }

    private Expr YieldExpr()
    {
        var start = Advance();
        if (AcceptKw("from"))
        {
            var v = Expression();
            return At(new YieldFrom { Value = v }, start, End);
        }
        if (!StartsExpression(Cur) && !Is(TokenKind.Star)) return At(new Yield(), start, start);
        var value = StarExpressions();
        return At(new Yield { Value = value }, start, End);
    }

    /// <summary>`star_targets`: targets of for loops and comprehensions, which must stop before `in`.</summary>
    private Expr StarTargets()
    {
        var start = Cur;
        var first = StarTarget();
        Expr result = first;
        if (Is(TokenKind.Comma))
        {
            var elts = new List<Expr> { first };
            while (Accept(TokenKind.Comma))
            {
                if (IsKw("in") || Is(TokenKind.Equal) || !StartsExpression(Cur) && !Is(TokenKind.Star)) break;
                elts.Add(StarTarget());
            }
            result = At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start, End);
        }
        SetContext(result, ExprContext.Store);
        return result;
    }

    private Expr StarTarget()
    {
        if (!Is(TokenKind.Star)) return BitwiseOr();
        var star = Advance();
        var v = BitwiseOr();
        return At(new Starred { Value = v, Ctx = ExprContext.Load }, star, End);
    }

    private static bool StartsExpression(Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Name:
                return !Keywords.Contains(t.Text) || t.Text is "None" or "True" or "False" or "not" or "lambda" or "await" or "yield";
            case TokenKind.Number:
            case TokenKind.String:
            case TokenKind.LPar:
            case TokenKind.LSqb:
            case TokenKind.LBrace:
            case TokenKind.Minus:
            case TokenKind.Plus:
            case TokenKind.Tilde:
            case TokenKind.Ellipsis:
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Two expressions side by side inside brackets: CPython suggests the missing comma. Anything else
    /// is plain invalid syntax at the current token.
    /// </summary>
    private void MissingComma(Expr before)
    {
        var t = Cur;
        bool nameThenString = before is Name && t.Kind == TokenKind.String;
        if (StartsExpression(t) && t.Kind != TokenKind.Name || t.Kind == TokenKind.Name && !Keywords.Contains(t.Text)
            || t.Kind == TokenKind.Name && t.Text is "None" or "True" or "False")
        {
            if (!nameThenString)
            {
                int mark = p;
                Expr? next = null;
                try
                {
                    next = Expression();
                }
                catch (PythonSyntaxError)
                {
                    p = mark;
                }
                if (next != null) throw Error("invalid syntax. Perhaps you forgot a comma?", before, next);
            }
        }
        throw InvalidSyntax();
    }

    private static bool IsBitwiseOrLevel(Expr e) => e is not (Compare or BoolOp or IfExp or Lambda or Starred)
        && !(e is UnaryOp { Op: UnaryOpKind.Not });
}
