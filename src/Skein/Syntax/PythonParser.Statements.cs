namespace Skein.Syntax;

internal sealed partial class PythonParser
{
    private void Statement(List<Stmt> into)
    {
        var t = Cur;
        if (t.Kind == TokenKind.At)
        {
            into.Add(Decorated());
            return;
        }
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "def": into.Add(FunctionDef(new List<Expr>(), null)); return;
                case "class": into.Add(ClassDef(new List<Expr>())); return;
                case "if": into.Add(IfStmt()); return;
                case "while": into.Add(WhileStmt()); return;
                case "for": into.Add(ForStmt(null)); return;
                case "with": into.Add(WithStmt(null)); return;
                case "try": into.Add(TryStmt()); return;
                case "async":
                {
                    var next = Peek(1);
                    if (next.Kind == TokenKind.Name)
                    {
                        if (next.Text == "def") { Advance(); into.Add(FunctionDef(new List<Expr>(), t)); return; }
                        if (next.Text == "for") { Advance(); into.Add(ForStmt(t)); return; }
                        if (next.Text == "with") { Advance(); into.Add(WithStmt(t)); return; }
                    }
                    break;
                }
                case "match":
                {
                    var m = TryMatchStmt();
                    if (m != null)
                    {
                        into.Add(m);
                        return;
                    }
                    break;
                }
            }
        }
        SimpleStatements(into);
    }

    private void SimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(SimpleStatement());
            if (Accept(TokenKind.Semi))
            {
                if (Is(TokenKind.Newline)) break;
                continue;
            }
            break;
        }
        if (!Is(TokenKind.Newline)) throw InvalidSyntax();
        Advance();
    }

    /// <summary>`block`: an indented suite, or simple statements on the header's line.</summary>
    private List<Stmt> Block(string what, Token header)
    {
        var body = new List<Stmt>();
        if (Is(TokenKind.Newline))
        {
            Advance();
            if (!Is(TokenKind.Indent))
            {
                var t = Cur;
                throw new PythonSyntaxError(SyntaxErrorKind.IndentationError,
                    $"expected an indented block after {what} on line {header.Lineno}", filename, t.Lineno,
                    t.ColOffset + 1, t.Lineno, -1, tokenizer.LineText(t.Lineno), t.AtEof);
            }
            Advance();
            while (!Is(TokenKind.Dedent) && !Is(TokenKind.EndMarker)) Statement(body);
            Accept(TokenKind.Dedent);
        }
        else
            SimpleStatements(body);
        return body;
    }

    private Stmt SimpleStatement()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass": Advance(); return At(new Pass(), t, t);
                case "break": Advance(); return At(new Break(), t, t);
                case "continue": Advance(); return At(new Continue(), t, t);
                case "return":
                {
                    Advance();
                    if (AtStatementEnd()) return At(new Return(), t, t);
                    var v = StarExpressions();
                    return At(new Return { Value = v }, t, End);
                }
                case "raise": return RaiseStmt();
                case "global":
                case "nonlocal":
                {
                    Advance();
                    var names = new List<string>();
                    Token last;
                    do
                    {
                        last = ExpectName();
                        names.Add(last.Text);
                    } while (Accept(TokenKind.Comma));
                    return t.Text == "global"
                        ? At(new Global { Names = names }, t, last)
                        : At(new Nonlocal { Names = names }, t, last);
                }
                case "del": return DelStmt();
                case "assert":
                {
                    Advance();
                    var test = Expression();
                    Expr? msg = null;
                    if (Accept(TokenKind.Comma)) msg = Expression();
                    return At(new Assert { Test = test, Msg = msg }, t, End);
                }
                case "import": return ImportStmt();
                case "from": return ImportFromStmt();
                case "type":
                    if (IsIdentifier(Peek(1)) && (Peek(2).Kind == TokenKind.Equal || Peek(2).Kind == TokenKind.LSqb))
                        return TypeAliasStmt();
                    break;
            }
        }
        return ExpressionStatement();
    }

    private bool AtStatementEnd() => Is(TokenKind.Newline) || Is(TokenKind.Semi) || Is(TokenKind.EndMarker);

    private Stmt RaiseStmt()
    {
        var t = Advance();
        if (AtStatementEnd()) return At(new Raise(), t, t);
        var exc = Expression();
        Expr? cause = null;
        if (AcceptKw("from")) cause = Expression();
        return At(new Raise { Exc = exc, Cause = cause }, t, End);
    }

    private Stmt DelStmt()
    {
        var t = Advance();
        var targets = new List<Expr>();
        do
        {
            if (AtStatementEnd()) break;
            var e = BitwiseOr();
            SetContext(e, ExprContext.Del);
            targets.Add(e);
        } while (Accept(TokenKind.Comma));
        if (targets.Count == 0) throw InvalidSyntax();
        if (!AtStatementEnd()) throw InvalidSyntax();
        return At(new Delete { Targets = targets }, t, End);
    }

    private Stmt ImportStmt()
    {
        var t = Advance();
        var names = new List<Alias>();
        do
        {
            var start = Cur;
            string name = DottedName();
            var end = Prev;
            string? asname = null;
            if (AcceptKw("as")) { end = ExpectName(); asname = end.Text; }
            names.Add(At(new Alias { Name = name, Asname = asname }, start, end));
        } while (Accept(TokenKind.Comma));
        return At(new Import { Names = names }, t, End);
    }

    private string DottedName()
    {
        string name = ExpectName().Text;
        while (Is(TokenKind.Dot))
        {
            Advance();
            name += "." + ExpectName().Text;
        }
        return name;
    }

    private Stmt ImportFromStmt()
    {
        var t = Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot)) level++;
            else if (Accept(TokenKind.Ellipsis)) level += 3;
            else break;
        }
        string? module = null;
        if (!IsKw("import") || level == 0) module = DottedName();
        ExpectKw("import");
        var names = new List<Alias>();
        if (Is(TokenKind.Star))
        {
            var star = Advance();
            names.Add(At(new Alias { Name = "*" }, star, star));
            return At(new ImportFrom { Module = module, Names = names, Level = level }, t, star);
        }
        bool parens = Accept(TokenKind.LPar);
        while (true)
        {
            var start = ExpectName();
            var end = start;
            string? asname = null;
            if (AcceptKw("as")) { end = ExpectName(); asname = end.Text; }
            names.Add(At(new Alias { Name = start.Text, Asname = asname }, start, end));
            if (!Accept(TokenKind.Comma)) break;
            if (parens && Is(TokenKind.RPar)) break;
            if (!parens && AtStatementEnd())
                throw Error("trailing comma not allowed without surrounding parentheses", Cur);
        }
        if (parens) Expect(TokenKind.RPar);
        return At(new ImportFrom { Module = module, Names = names, Level = level }, t, End);
    }

    private Stmt TypeAliasStmt()
    {
        var t = Advance();
        var nameTok = Advance();
        var name = At(new Name { Id = nameTok.Text, Ctx = ExprContext.Store }, nameTok, nameTok);
        var typeParams = Is(TokenKind.LSqb) ? TypeParams() : new List<TypeParam>();
        Expect(TokenKind.Equal);
        var value = Expression();
        return At(new TypeAlias { Name = name, TypeParams = typeParams, Value = value }, t, End);
    }

    private List<TypeParam> TypeParams()
    {
        Expect(TokenKind.LSqb);
        var list = new List<TypeParam>();
        while (!Is(TokenKind.RSqb))
        {
            var start = Cur;
            if (Accept(TokenKind.Star))
            {
                var n = ExpectName();
                list.Add(At(new TypeVarTuple { Name = n.Text }, start, n));
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                var n = ExpectName();
                list.Add(At(new ParamSpec { Name = n.Text }, start, n));
            }
            else
            {
                var n = ExpectName();
                Expr? bound = null;
                if (Accept(TokenKind.Colon)) bound = Expression();
                var tv = new TypeVar { Name = n.Text, Bound = bound };
                list.Add(bound != null ? At(tv, start, bound) : At(tv, start, n));
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RSqb);
        return list;
    }

    private static readonly Dictionary<TokenKind, OperatorKind> AugOps = new()
    {
        [TokenKind.PlusEqual] = OperatorKind.Add, [TokenKind.MinEqual] = OperatorKind.Sub,
        [TokenKind.StarEqual] = OperatorKind.Mult, [TokenKind.AtEqual] = OperatorKind.MatMult,
        [TokenKind.SlashEqual] = OperatorKind.Div, [TokenKind.PercentEqual] = OperatorKind.Mod,
        [TokenKind.AmperEqual] = OperatorKind.BitAnd, [TokenKind.VBarEqual] = OperatorKind.BitOr,
        [TokenKind.CircumflexEqual] = OperatorKind.BitXor, [TokenKind.LeftShiftEqual] = OperatorKind.LShift,
        [TokenKind.RightShiftEqual] = OperatorKind.RShift, [TokenKind.DoubleStarEqual] = OperatorKind.Pow,
        [TokenKind.DoubleSlashEqual] = OperatorKind.FloorDiv,
    };

    private Expr AssignmentValue() => IsKw("yield") ? YieldExpr() : StarExpressions();

    private Stmt ExpressionStatement()
    {
        var startTok = Cur;
        Expr e = AssignmentValue();
        if (Is(TokenKind.Colon))
        {
            if (e is Tuple) throw Error("only single target (not tuple) can be annotated", e);
            if (e is List) throw Error("only single target (not list) can be annotated", e);
            if (e is not (Name or Attribute or Subscript)) throw Error("illegal target for annotation", e);
            SetContext(e, ExprContext.Store);
            Advance();
            var ann = Expression();
            Expr? value = null;
            if (Accept(TokenKind.Equal)) value = AssignmentValue();
            int simple = e is Name && startTok.Kind != TokenKind.LPar ? 1 : 0;
            return At(new AnnAssign { Target = e, Annotation = ann, Value = value, Simple = simple }, startTok, End);
        }
        if (AugOps.TryGetValue(Cur.Kind, out var op))
        {
            if (e is not (Name or Attribute or Subscript))
                throw Error($"'{ExprName(e)}' is an illegal expression for augmented assignment", e);
            SetContext(e, ExprContext.Store);
            Advance();
            var value = AssignmentValue();
            return At(new AugAssign { Target = e, Op = op, Value = value }, startTok, End);
        }
        if (Is(TokenKind.Equal))
        {
            var targets = new List<Expr> { e };
            Expr value;
            while (true)
            {
                Advance();
                value = AssignmentValue();
                if (!Is(TokenKind.Equal)) break;
                targets.Add(value);
            }
            for (int i = 0; i < targets.Count; i++)
            {
                var target = targets[i];
                if (target is Yield or YieldFrom) throw Error("assignment to yield expression not possible", target);
                bool parenthesized = startTok.Kind == TokenKind.LPar && target.ColOffset > startTok.ColOffset;
                bool hinted = targets.Count == 1 && (parenthesized || IsBitwiseOrLevel(target)) && target is not (List or Tuple)
                    && !(target is Constant { Value: null or bool }) && value is not Tuple;
                SetContext(target, ExprContext.Store, hinted ? " here. Maybe you meant '==' instead of '='?" : "");
            }
            return At(new Assign { Targets = targets, Value = value }, startTok, End);
        }
        if (!AtStatementEnd())
        {
            if (e is Name { Id: "print" or "exec" } pn && StartsExpression(Cur))
            {
                var arg = Expression();
                throw Error($"Missing parentheses in call to '{pn.Id}'. Did you mean {pn.Id}(...)?", pn, arg);
            }
            if (Is(TokenKind.ColonEqual)) throw InvalidSyntax();
        }
        return At(new ExprStmt { Value = e }, startTok, End);
    }

    // ---- compound statements ----

    private Stmt Decorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(NamedExpression());
            if (!Is(TokenKind.Newline)) throw InvalidSyntax();
            Advance();
        }
        if (IsKw("def")) return FunctionDef(decorators, null);
        if (IsKw("class")) return ClassDef(decorators);
        if (IsKw("async") && IsKwAt(1, "def"))
        {
            var a = Advance();
            return FunctionDef(decorators, a);
        }
        throw InvalidSyntax();
    }

    private Stmt FunctionDef(List<Expr> decorators, Token? asyncTok)
    {
        var defTok = Advance();
        var start = asyncTok ?? defTok;
        var name = ExpectName();
        var typeParams = Is(TokenKind.LSqb) ? TypeParams() : new List<TypeParam>();
        if (!Is(TokenKind.LPar)) throw InvalidSyntax();
        Advance();
        var args = Parameters(TokenKind.RPar, allowAnnotations: true);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (Accept(TokenKind.RArrow)) returns = Expression();
        ExpectColon();
        var body = Block("function definition", defTok);
        if (asyncTok != null)
            return At(new AsyncFunctionDef
            {
                Name = name.Text, Args = args, Body = body, DecoratorList = decorators, Returns = returns,
                TypeParams = typeParams,
            }, start, End);
        return At(new FunctionDef
        {
            Name = name.Text, Args = args, Body = body, DecoratorList = decorators, Returns = returns,
            TypeParams = typeParams,
        }, start, End);
    }

    private Stmt ClassDef(List<Expr> decorators)
    {
        var classTok = Advance();
        var name = ExpectName();
        var typeParams = Is(TokenKind.LSqb) ? TypeParams() : new List<TypeParam>();
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (Is(TokenKind.LPar))
        {
            var open = Advance();
            CallArguments(open, bases, keywords);
        }
        if (!Is(TokenKind.Colon))
        {
            if (Is(TokenKind.Newline)) throw Error("expected ':'", Cur);
            throw InvalidSyntax();
        }
        Advance();
        var body = Block("class definition", classTok);
        return At(new ClassDef
        {
            Name = name.Text, Bases = bases, Keywords = keywords, Body = body, DecoratorList = decorators,
            TypeParams = typeParams,
        }, classTok, End);
    }

    /// <summary>The test of if/elif/while, with CPython's hint for `=` written where `==` was meant.</summary>
    private Expr HeaderTest()
    {
        var test = NamedExpression();
        if (Is(TokenKind.Equal))
        {
            Advance();
            var rhs = BitwiseOr();
            if (test is Name)
                throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test, rhs);
            if (IsBitwiseOrLevel(test))
                throw Error($"cannot assign to {ExprName(test)} here. Maybe you meant '==' instead of '='?", test);
            throw InvalidSyntax();
        }
        return test;
    }

    private Stmt IfStmt()
    {
        var ifTok = Advance();
        return IfRest(ifTok, "'if' statement");
    }

    private If IfRest(Token start, string what)
    {
        var test = HeaderTest();
        ExpectColon();
        var body = Block(what, start);
        var orelse = new List<Stmt>();
        if (IsKw("elif"))
        {
            var elifTok = Advance();
            var nested = IfRest(elifTok, "'elif' statement");
            orelse.Add(nested);
        }
        else if (IsKw("else"))
        {
            var elseTok = Advance();
            ExpectColon();
            orelse = Block("'else' statement", elseTok);
        }
        return At(new If { Test = test, Body = body, Orelse = orelse }, start, End);
    }

    private Stmt WhileStmt()
    {
        var t = Advance();
        var test = HeaderTest();
        ExpectColon();
        var body = Block("'while' statement", t);
        var orelse = ElseBlock();
        return At(new While { Test = test, Body = body, Orelse = orelse }, t, End);
    }

    private List<Stmt> ElseBlock()
    {
        if (!IsKw("else")) return new List<Stmt>();
        var elseTok = Advance();
        ExpectColon();
        return Block("'else' statement", elseTok);
    }

    private Stmt ForStmt(Token? asyncTok)
    {
        var forTok = Advance();
        var target = StarTargets();
        ExpectKw("in");
        var iter = StarExpressions();
        ExpectColon();
        var body = Block("'for' statement", forTok);
        var orelse = ElseBlock();
        var end = End;
        var start = asyncTok ?? forTok;
        if (asyncTok != null)
            return At(new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse }, start, end);
        return At(new For { Target = target, Iter = iter, Body = body, Orelse = orelse }, start, end);
    }

    private Stmt WithStmt(Token? asyncTok)
    {
        var withTok = Advance();
        var items = ParenthesizedWithItems() ?? WithItems();
        ExpectColon();
        var body = Block("'with' statement", withTok);
        var start = asyncTok ?? withTok;
        if (asyncTok != null) return At(new AsyncWith { Items = items, Body = body }, start, End);
        return At(new With { Items = items, Body = body }, start, End);
    }

    /// <summary>`with (a as b, c):` — tried first, abandoned when the parentheses turn out to belong to an expression.</summary>
    private List<WithItem>? ParenthesizedWithItems()
    {
        if (!Is(TokenKind.LPar)) return null;
        int mark = p;
        try
        {
            Advance();
            var items = new List<WithItem>();
            while (!Is(TokenKind.RPar))
            {
                items.Add(WithItem());
                if (!Accept(TokenKind.Comma)) break;
            }
            if (items.Count > 0 && Accept(TokenKind.RPar) && Is(TokenKind.Colon)) return items;
        }
        catch (PythonSyntaxError)
        {
        }
        p = mark;
        return null;
    }

    private List<WithItem> WithItems()
    {
        var items = new List<WithItem>();
        do items.Add(WithItem());
        while (Accept(TokenKind.Comma));
        return items;
    }

    private WithItem WithItem()
    {
        var e = Expression();
        Expr? vars = null;
        if (AcceptKw("as"))
        {
            vars = StarTarget();
            SetContext(vars, ExprContext.Store);
        }
        return new WithItem { ContextExpr = e, OptionalVars = vars };
    }

    private Stmt TryStmt()
    {
        var tryTok = Advance();
        ExpectColon();
        var body = Block("'try' statement", tryTok);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (IsKw("except"))
        {
            var exceptTok = Advance();
            bool isStar = Accept(TokenKind.Star);
            if (star != null && star != isStar)
                throw Error("cannot have both 'except' and 'except*' on the same 'try'", exceptTok);
            star = isStar;
            Expr? type = null;
            string? name = null;
            if (!Is(TokenKind.Colon))
            {
                type = Expression();
                if (Is(TokenKind.Comma))
                {
                    var first = type;
                    Advance();
                    var rest = Expression();
                    while (Accept(TokenKind.Comma)) rest = Expression();
                    throw Error("multiple exception types must be parenthesized", first, rest);
                }
                if (AcceptKw("as")) name = ExpectName().Text;
            }
            else if (isStar)
                throw Error("expected one or more exception types", Cur);
            ExpectColon();
            var hbody = Block(isStar ? "'except*' statement" : "'except' statement", exceptTok);
            handlers.Add(At(new ExceptHandler { Type = type, Name = name, Body = hbody }, exceptTok, End));
        }
        var orelse = new List<Stmt>();
        if (handlers.Count > 0) orelse = ElseBlock();
        var finalbody = new List<Stmt>();
        if (IsKw("finally"))
        {
            var finTok = Advance();
            ExpectColon();
            finalbody = Block("'finally' statement", finTok);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
            throw Error("expected 'except' or 'finally' block", Cur);
        var end = End;
        if (star == true)
            return At(new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, tryTok, end);
        return At(new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, tryTok, end);
    }
}
