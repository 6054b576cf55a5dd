using Skein.Syntax;
using Skein.Vm;
using BinaryOpKind = Skein.Runtime.BinaryOp;

namespace Skein.Compiler;

public sealed partial class CodeGenerator
{
    private static BinaryOpKind BinaryOpFor(OperatorKind op) => op switch
    {
        OperatorKind.Add => BinaryOpKind.Add,
        OperatorKind.Sub => BinaryOpKind.Sub,
        OperatorKind.Mult => BinaryOpKind.Mul,
        OperatorKind.MatMult => BinaryOpKind.MatMul,
        OperatorKind.Div => BinaryOpKind.TrueDiv,
        OperatorKind.Mod => BinaryOpKind.Mod,
        OperatorKind.Pow => BinaryOpKind.Pow,
        OperatorKind.LShift => BinaryOpKind.LShift,
        OperatorKind.RShift => BinaryOpKind.RShift,
        OperatorKind.BitOr => BinaryOpKind.Or,
        OperatorKind.BitXor => BinaryOpKind.Xor,
        OperatorKind.BitAnd => BinaryOpKind.And,
        OperatorKind.FloorDiv => BinaryOpKind.FloorDiv,
        _ => throw new InvalidOperationException(),
    };

    private void VisitExpr(Expr e)
    {
        var savedLine = _u.Line;
        if (e.Lineno > 0) _u.Line = e.Lineno;
        VisitExprInner(e);
        _u.Line = savedLine;
    }

    private void VisitExprInner(Expr e)
    {
        switch (e)
        {
            case Constant c:
                EmitConst(c.Value);
                break;
            case Name n:
                if (n.Ctx != ExprContext.Load) throw Error("invalid name context", n);
                LoadName(n.Id);
                break;
            case BoolOp b:
                {
                    var end = new Label();
                    for (var i = 0; i < b.Values.Count; i++)
                    {
                        VisitExpr(b.Values[i]);
                        if (i < b.Values.Count - 1)
                            EmitJump(b.Op == BoolOpKind.And ? Opcode.JumpIfFalseOrPop : Opcode.JumpIfTrueOrPop, end);
                    }
                    Bind(end);
                }
                break;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(Opcode.Copy, 1);
                CompileStore(ne.Target);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                Emit(Opcode.BinaryOp, (int)BinaryOpFor(b.Op));
                break;
            case Syntax.UnaryOp u:
                if (u.Op == UnaryOpKind.USub && u.Operand is Constant { Value: BigInteger or double or Complex } k)
                {
                    EmitConst(k.Value switch
                    {
                        BigInteger bi => (object)(-bi),
                        double d => -d,
                        Complex cx => -cx,
                        _ => throw new InvalidOperationException(),
                    });
                    break;
                }
                VisitExpr(u.Operand);
                Emit(u.Op switch
                {
                    UnaryOpKind.Invert => Opcode.UnaryInvert,
                    UnaryOpKind.Not => Opcode.UnaryNot,
                    UnaryOpKind.UAdd => Opcode.UnaryPositive,
                    _ => Opcode.UnaryNegative,
                });
                break;
            case Lambda l:
                CompileLambda(l);
                break;
            case IfExp i:
                {
                    var orelse = new Label();
                    var end = new Label();
                    CompileJumpIf(i.Test, orelse, false);
                    VisitExpr(i.Body);
                    EmitJump(Opcode.Jump, end);
                    Bind(orelse);
                    VisitExpr(i.Orelse);
                    Bind(end);
                }
                break;
            case Dict d:
                CompileDict(d);
                break;
            case Set s:
                CompileSequence(s.Elts, Opcode.BuildSet);
                break;
            case Syntax.List l:
                CompileSequence(l.Elts, Opcode.BuildList);
                break;
            case Syntax.Tuple t:
                CompileSequence(t.Elts, Opcode.BuildTuple);
                break;
            case ListComp lc:
                CompileComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, Opcode.BuildList);
                break;
            case SetComp sc:
                CompileComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, Opcode.BuildSet);
                break;
            case DictComp dc:
                CompileComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, Opcode.BuildMap);
                break;
            case GeneratorExp ge:
                CompileComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null, Opcode.Nop);
                break;
            case Await a:
                VisitExpr(a.Value);
                EmitAwait();
                break;
            case Yield y:
                if (y.Value != null) VisitExpr(y.Value);
                else EmitConst(null);
                Emit(Opcode.YieldValue, IsAsyncGenerator ? 1 : 0);
                break;
            case YieldFrom yf:
                VisitExpr(yf.Value);
                Emit(Opcode.GetYieldFromIter);
                EmitConst(null);
                EmitYieldFromLoop();
                break;
            case Compare c:
                CompileCompare(c);
                break;
            case Call c:
                CompileCall(c);
                break;
            case JoinedStr js:
                CompileJoinedStr(js);
                break;
            case FormattedValue fv:
                CompileFormattedValue(fv);
                break;
            case Syntax.Attribute a:
                VisitExpr(a.Value);
                _u.Line = a.EndLineno > 0 ? a.EndLineno : _u.Line;
                Emit(Opcode.LoadAttr, _u.NameSlot(Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitSubscriptKey(s.Slice);
                Emit(Opcode.BinarySubscr);
                break;
            case Starred st:
                throw Error("can't use starred expression here", st);
            case Slice sl:
                CompileSlice(sl);
                break;
            default:
                throw Error($"unsupported expression {e.GetType().Name}", e);
        }
    }

    private bool IsAsyncGenerator => _u.Scope.IsCoroutine && _u.Scope.IsGenerator;

    private void VisitSubscriptKey(Expr key)
    {
        if (key is Slice sl) CompileSlice(sl);
        else VisitExpr(key);
    }

    private void CompileSlice(Slice sl)
    {
        if (sl.Lower != null) VisitExpr(sl.Lower);
        else EmitConst(null);
        if (sl.Upper != null) VisitExpr(sl.Upper);
        else EmitConst(null);
        if (sl.Step != null)
        {
            VisitExpr(sl.Step);
            Emit(Opcode.BuildSlice, 3);
        }
        else Emit(Opcode.BuildSlice, 2);
    }

    /// <summary>Jumps to target when the truth of e equals condition (falls through otherwise), short-circuiting not/and/or.</summary>
    private void CompileJumpIf(Expr e, Label target, bool condition)
    {
        switch (e)
        {
            case Syntax.UnaryOp { Op: UnaryOpKind.Not } u:
                CompileJumpIf(u.Operand, target, !condition);
                return;
            case BoolOp b:
                {
                    var isOr = b.Op == BoolOpKind.Or;
                    if (isOr == condition)
                    {
                        foreach (var v in b.Values) CompileJumpIf(v, target, condition);
                    }
                    else
                    {
                        var skip = new Label();
                        for (var i = 0; i < b.Values.Count - 1; i++) CompileJumpIf(b.Values[i], skip, !condition);
                        CompileJumpIf(b.Values[^1], target, condition);
                        Bind(skip);
                    }
                    return;
                }
            case Constant k when k.Value is bool or null:
                if ((k.Value is true) == condition) EmitJump(Opcode.Jump, target);
                return;
        }
        VisitExpr(e);
        EmitJump(condition ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, target);
    }

    private void EmitCompareOp(CmpOpKind op)
    {
        switch (op)
        {
            case CmpOpKind.Eq: Emit(Opcode.CompareOp, (int)CompareOp.Eq); break;
            case CmpOpKind.NotEq: Emit(Opcode.CompareOp, (int)CompareOp.Ne); break;
            case CmpOpKind.Lt: Emit(Opcode.CompareOp, (int)CompareOp.Lt); break;
            case CmpOpKind.LtE: Emit(Opcode.CompareOp, (int)CompareOp.Le); break;
            case CmpOpKind.Gt: Emit(Opcode.CompareOp, (int)CompareOp.Gt); break;
            case CmpOpKind.GtE: Emit(Opcode.CompareOp, (int)CompareOp.Ge); break;
            case CmpOpKind.Is: Emit(Opcode.IsOp, 0); break;
            case CmpOpKind.IsNot: Emit(Opcode.IsOp, 1); break;
            case CmpOpKind.In: Emit(Opcode.ContainsOp, 0); break;
            case CmpOpKind.NotIn: Emit(Opcode.ContainsOp, 1); break;
        }
    }

    private void CompileCompare(Compare c)
    {
        VisitExpr(c.Left);
        if (c.Ops.Count == 1)
        {
            VisitExpr(c.Comparators[0]);
            EmitCompareOp(c.Ops[0]);
            return;
        }
        var cleanup = new Label();
        var end = new Label();
        for (var i = 0; i < c.Ops.Count - 1; i++)
        {
            VisitExpr(c.Comparators[i]);
            Emit(Opcode.Swap, 2);
            Emit(Opcode.Copy, 2);
            EmitCompareOp(c.Ops[i]);
            EmitJump(Opcode.JumpIfFalseOrPop, cleanup);
        }
        VisitExpr(c.Comparators[^1]);
        EmitCompareOp(c.Ops[^1]);
        EmitJump(Opcode.Jump, end);
        Bind(cleanup);
        Emit(Opcode.Swap, 2);
        Emit(Opcode.PopTop);
        Bind(end);
    }

    private void CompileSequence(List<Expr> elts, Opcode build)
    {
        var hasStar = elts.Any(x => x is Starred);
        if (!hasStar)
        {
            if (build == Opcode.BuildTuple && elts.Count > 0 && elts.All(x => x is Constant))
            {
                var items = elts.Select(x => CodeUnit.ToPy(((Constant)x).Value)).ToArray();
                Emit(Opcode.LoadConst, _u.ConstSlot(new PyTuple(items)));
                return;
            }
            foreach (var x in elts) VisitExpr(x);
            Emit(build, elts.Count);
            return;
        }
        var isSet = build == Opcode.BuildSet;
        var pending = 0;
        var built = false;
        foreach (var x in elts)
        {
            if (x is Starred s)
            {
                if (!built)
                {
                    Emit(isSet ? Opcode.BuildSet : Opcode.BuildList, pending);
                    built = true;
                    pending = 0;
                }
                VisitExpr(s.Value);
                Emit(isSet ? Opcode.SetUpdate : Opcode.ListExtend, 1);
            }
            else if (!built) 
            {
                VisitExpr(x);
                pending++;
            }
            else
            {
                VisitExpr(x);
                Emit(isSet ? Opcode.SetAdd : Opcode.ListAppend, 1);
            }
        }
        if (build == Opcode.BuildTuple) Emit(Opcode.ListToTuple);
    }

    private void CompileDict(Dict d)
    {
        var pending = 0;
        var built = false;
        for (var i = 0; i < d.Values.Count; i++)
        {
            var k = d.Keys[i];
            if (k == null)
            {
                if (!built || pending > 0)
                {
                    Emit(Opcode.BuildMap, pending);
                    if (built) Emit(Opcode.DictUpdate, 1);
                    built = true;
                    pending = 0;
                }
                VisitExpr(d.Values[i]);
                Emit(Opcode.DictUpdate, 1);
            }
            else
            {
                VisitExpr(k);
                VisitExpr(d.Values[i]);
                pending++;
            }
        }
        if (!built || pending > 0)
        {
            Emit(Opcode.BuildMap, pending);
            if (built) Emit(Opcode.DictUpdate, 1);
        }
    }

    // ---- calls --------------------------------------------------------------------------------------

    private void CompileCall(Call c)
    {
        if (c.Func is Syntax.Attribute a && !c.Args.Any(x => x is Starred) && !c.Keywords.Any(k => k.Arg == null))
        {
            VisitExpr(a.Value);
            _u.Line = c.Lineno;
            Emit(Opcode.LoadMethod, _u.NameSlot(Mangle(a.Attr)));
        }
        else
        {
            VisitExpr(c.Func);
            Emit(Opcode.PushNull);
        }
        CompileCallArguments(c.Args, c.Keywords, 0);
    }

    /// <summary>Emits the arguments and the call instruction; extra positional arguments are already on the stack.</summary>
    private void CompileCallArguments(List<Expr> args, List<Keyword> keywords, int extra)
    {
        var line = _u.Line;
        var dynamic = args.Any(x => x is Starred) || keywords.Any(k => k.Arg == null);
        if (!dynamic)
        {
            foreach (var x in args) VisitExpr(x);
            if (keywords.Count == 0)
            {
                _u.Line = line;
                Emit(Opcode.Call, extra + args.Count);
                return;
            }
            CheckDuplicateKeywords(keywords);
            foreach (var k in keywords) VisitExpr(k.Value);
            EmitConst(keywords.Select(k => k.Arg!).ToArray());
            _u.Line = line;
            Emit(Opcode.CallKw, extra + args.Count + keywords.Count);
            return;
        }
        // Positional arguments as a tuple; a lone *x goes as it is, so CallEx can name the function if x is not iterable.
        if (extra == 0 && args.Count == 1 && args[0] is Starred lone) VisitExpr(lone.Value);
        else if (extra > 0 || args.Count > 0)
        {
            var pending = extra;
            var built = false;
            foreach (var x in args)
            {
                if (x is Starred s)
                {
                    if (!built)
                    {
                        Emit(Opcode.BuildList, pending);
                        built = true;
                    }
                    VisitExpr(s.Value);
                    Emit(Opcode.ListExtend, 1);
                }
                else
                {
                    VisitExpr(x);
                    if (built) Emit(Opcode.ListAppend, 1);
                    else pending++;
                }
            }
            if (built) Emit(Opcode.ListToTuple);
            else Emit(Opcode.BuildTuple, pending);
        }
        else EmitConst(new PyTuple([]));
        if (keywords.Count == 0)
        {
            _u.Line = line;
            Emit(Opcode.CallEx, 0);
            return;
        }
        CheckDuplicateKeywords(keywords);
        var named = 0;
        var haveDict = false;
        foreach (var k in keywords)
        {
            if (k.Arg != null)
            {
                EmitConst(k.Arg);
                VisitExpr(k.Value);
                named++;
                continue;
            }
            if (named > 0 || !haveDict)
            {
                Emit(Opcode.BuildMap, named);
                if (haveDict) Emit(Opcode.DictMerge, 1);
                haveDict = true;
                named = 0;
            }
            VisitExpr(k.Value);
            Emit(Opcode.DictMerge, 1);
        }
        if (named > 0)
        {
            Emit(Opcode.BuildMap, named);
            if (haveDict) Emit(Opcode.DictMerge, 1);
        }
        _u.Line = line;
        Emit(Opcode.CallEx, 1);
    }

    private void CheckDuplicateKeywords(List<Keyword> keywords)
    {
        var seen = new HashSet<string>();
        foreach (var k in keywords)
            if (k.Arg != null && !seen.Add(k.Arg)) throw Error($"keyword argument repeated: {k.Arg}", k);
    }

    // ---- f-strings ----------------------------------------------------------------------------------

    private void CompileJoinedStr(JoinedStr js)
    {
        if (js.Values.Count == 1 && js.Values[0] is Constant { Value: string } c)
        {
            EmitConst(c.Value);
            return;
        }
        foreach (var v in js.Values)
        {
            if (v is FormattedValue fv) CompileFormattedValue(fv);
            else VisitExpr(v);
        }
        if (js.Values.Count != 1 || js.Values[0] is not FormattedValue) Emit(Opcode.BuildString, js.Values.Count);
    }

    private void CompileFormattedValue(FormattedValue fv)
    {
        VisitExpr(fv.Value);
        var flags = fv.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        if (fv.FormatSpec != null)
        {
            VisitExpr(fv.FormatSpec);
            flags |= 4;
        }
        Emit(Opcode.FormatValue, flags);
    }

    // ---- comprehensions -----------------------------------------------------------------------------

    private void CompileComprehension(Expr node, string name, List<Comprehension> generators, Expr elt, Expr? value, Opcode build)
    {
        var scope = _symbols.ScopeOf(node);
        EnterUnit(scope, name, ChildQualName(name), node.Lineno);
        _u.Line = node.Lineno;
        if (build != Opcode.Nop) Emit(build, 0);
        CompileComprehensionLevel(generators, 0, elt, value, build);
        if (build == Opcode.Nop) EmitConst(null);
        Emit(Opcode.ReturnValue);
        var code = LeaveUnit(CodeFlags.None, 1, 0, 0);
        var flags = EmitClosure(scope) ? 8 : 0;
        EmitConst(code);
        Emit(Opcode.MakeFunction, flags);
        Emit(Opcode.PushNull);
        VisitExpr(generators[0].Iter);
        Emit(generators[0].IsAsync != 0 ? Opcode.GetAIter : Opcode.GetIter);
        Emit(Opcode.Call, 1);
        if (scope.IsCoroutine && build != Opcode.Nop) EmitAwait();
    }

    private void CompileComprehensionLevel(List<Comprehension> generators, int level, Expr elt, Expr? value, Opcode build)
    {
        var g = generators[level];
        if (level == 0) Emit(Opcode.LoadFast, _u.VarSlot(".0"));
        else
        {
            VisitExpr(g.Iter);
            Emit(g.IsAsync != 0 ? Opcode.GetAIter : Opcode.GetIter);
        }
        var start = new Label();
        var end = new Label();
        Bind(start);
        FBlock? tryBlock = null;
        Label? except = null;
        if (g.IsAsync != 0)
        {
            except = new Label();
            tryBlock = PushBlock(FBlockKind.TryBody, except, _u.Depth);
            Emit(Opcode.GetANext);
            EmitAwait();
            PopBlock(tryBlock);
        }
        else EmitJump(Opcode.ForIter, end);
        CompileStore(g.Target);
        foreach (var cond in g.Ifs) CompileJumpIf(cond, start, false);
        if (level + 1 < generators.Count) CompileComprehensionLevel(generators, level + 1, elt, value, build);
        else
        {
            var depthArg = level + 2;
            switch (build)
            {
                case Opcode.BuildList:
                    VisitExpr(elt);
                    Emit(Opcode.ListAppend, depthArg);
                    break;
                case Opcode.BuildSet:
                    VisitExpr(elt);
                    Emit(Opcode.SetAdd, depthArg);
                    break;
                case Opcode.BuildMap:
                    VisitExpr(elt);
                    VisitExpr(value!);
                    Emit(Opcode.MapAdd, depthArg);
                    break;
                default:
                    VisitExpr(elt);
                    Emit(Opcode.YieldValue, IsAsyncGenerator ? 1 : 0);
                    Emit(Opcode.PopTop);
                    break;
            }
        }
        EmitJump(Opcode.Jump, start);
        if (except != null)
        {
            Bind(except);
            Emit(Opcode.EndAsyncFor);
        }
        else Bind(end);
    }

    // ---- assignment targets -------------------------------------------------------------------------

    private void CompileStore(Expr target)
    {
        var savedLine = _u.Line;
        if (target.Lineno > 0) _u.Line = target.Lineno;
        switch (target)
        {
            case Name n:
                StoreName(n.Id);
                break;
            case Syntax.Attribute a:
                VisitExpr(a.Value);
                Emit(Opcode.StoreAttr, _u.NameSlot(Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitSubscriptKey(s.Slice);
                Emit(Opcode.StoreSubscr);
                break;
            case Syntax.Tuple t:
                CompileUnpack(t.Elts, target);
                break;
            case Syntax.List l:
                CompileUnpack(l.Elts, target);
                break;
            case Starred st:
                throw Error("starred assignment target must be in a list or tuple", st);
            default:
                throw Error("cannot assign to expression", target);
        }
        _u.Line = savedLine;
    }

    private void CompileUnpack(List<Expr> elts, Expr at)
    {
        var star = -1;
        for (var i = 0; i < elts.Count; i++)
        {
            if (elts[i] is not Starred) continue;
            if (star >= 0) throw Error("multiple starred expressions in assignment", elts[i]);
            star = i;
        }
        if (star < 0) Emit(Opcode.UnpackSequence, elts.Count);
        else
        {
            var after = elts.Count - star - 1;
            if (star > 255 || after > 0xFFFF) throw Error("too many expressions in star-unpacking assignment", at);
            Emit(Opcode.UnpackEx, star | (after << 8));
        }
        foreach (var e in elts) CompileStore(e is Starred s ? s.Value : e);
    }

    private void CompileDelete(Expr target)
    {
        switch (target)
        {
            case Name n:
                DeleteName(n.Id);
                break;
            case Syntax.Attribute a:
                VisitExpr(a.Value);
                Emit(Opcode.DeleteAttr, _u.NameSlot(Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitSubscriptKey(s.Slice);
                Emit(Opcode.DeleteSubscr);
                break;
            case Syntax.Tuple t:
                foreach (var e in t.Elts) CompileDelete(e);
                break;
            case Syntax.List l:
                foreach (var e in l.Elts) CompileDelete(e);
                break;
            default:
                throw Error("cannot delete expression", target);
        }
    }
}
