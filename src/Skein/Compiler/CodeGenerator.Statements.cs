using Skein.Syntax;
using Skein.Vm;

namespace Skein.Compiler;

public sealed partial class CodeGenerator
{
    private void VisitStmts(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt stmt)
    {
        _u.Line = stmt.Lineno;
        var depth = _u.Depth;
        switch (stmt)
        {
            case FunctionDef fd:
                CompileFunction(fd, fd.Name, fd.Args, fd.Body, fd.DecoratorList, fd.Returns);
                break;
            case AsyncFunctionDef afd:
                CompileFunction(afd, afd.Name, afd.Args, afd.Body, afd.DecoratorList, afd.Returns);
                break;
            case ClassDef cd:
                CompileClass(cd);
                break;
            case Return r:
                CompileReturn(r);
                break;
            case Delete d:
                foreach (var t in d.Targets) CompileDelete(t);
                break;
            case Assign a:
                VisitExpr(a.Value);
                for (var i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(Opcode.Copy, 1);
                    CompileStore(a.Targets[i]);
                }
                break;
            case TypeAlias ta:
                VisitExpr(ta.Value);
                CompileStore(ta.Name);
                break;
            case AugAssign aa:
                CompileAugAssign(aa);
                break;
            case AnnAssign ann:
                CompileAnnAssign(ann);
                break;
            case For f:
                CompileFor(f.Target, f.Iter, f.Body, f.Orelse);
                break;
            case AsyncFor af:
                CompileAsyncFor(af);
                break;
            case While w:
                CompileWhile(w);
                break;
            case If i:
                CompileIf(i);
                break;
            case With w:
                CompileWith(w.Items, 0, w.Body, false);
                break;
            case AsyncWith aw:
                CompileWith(aw.Items, 0, aw.Body, true);
                break;
            case Match m:
                CompileMatch(m);
                break;
            case Raise r:
                {
                    var n = 0;
                    if (r.Exc != null)
                    {
                        VisitExpr(r.Exc);
                        n++;
                        if (r.Cause != null)
                        {
                            VisitExpr(r.Cause);
                            n++;
                        }
                    }
                    Emit(Opcode.RaiseVarargs, n);
                }
                break;
            case Try t:
                if (t.Finalbody.Count > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, false);
                else CompileTryExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case TryStar ts:
                if (ts.Finalbody.Count > 0) CompileTryFinally(ts.Body, ts.Handlers, ts.Orelse, ts.Finalbody, true);
                else CompileTryStar(ts.Body, ts.Handlers, ts.Orelse);
                break;
            case Assert a:
                {
                    var end = new Label();
                    CompileJumpIf(a.Test, end, true);
                    Emit(Opcode.LoadAssertionError);
                    if (a.Msg != null)
                    {
                        Emit(Opcode.PushNull);
                        VisitExpr(a.Msg);
                        Emit(Opcode.Call, 1);
                    }
                    Emit(Opcode.RaiseVarargs, 1);
                    Bind(end);
                }
                break;
            case Import imp:
                CompileImport(imp);
                break;
            case ImportFrom imf:
                CompileImportFrom(imf);
                break;
            case Global:
            case Nonlocal:
            case Pass:
                break;
            case ExprStmt e:
                if (_interactive && _u.Scope.Kind == ScopeKind.Module)
                {
                    VisitExpr(e.Value);
                    Emit(Opcode.PrintExpr);
                }
                else if (e.Value is Constant)
                {
                    // A constant expression statement has no effect (docstrings included).
                }
                else
                {
                    VisitExpr(e.Value);
                    Emit(Opcode.PopTop);
                }
                break;
            case Break b:
                {
                    var loop = UnwindBlocks(false, true, b) ?? throw Error("'break' outside loop", b);
                    UnwindBlock(loop, false);
                    EmitJump(Opcode.Jump, loop.Break!);
                }
                break;
            case Continue c:
                {
                    var loop = UnwindBlocks(false, true, c) ?? throw Error("'continue' not properly in loop", c);
                    EmitJump(Opcode.Jump, loop.Continue!);
                }
                break;
            default:
                throw Error($"unsupported statement {stmt.GetType().Name}", stmt);
        }
        _u.Depth = depth;
    }

    private void CompileReturn(Return r)
    {
        if (_u.Scope.IsCoroutine && _u.Scope.IsGenerator && r.Value != null)
            throw Error("'return' with value in async generator", r);
        var preserve = r.Value != null && r.Value is not Constant;
        if (preserve) VisitExpr(r.Value!);
        UnwindBlocks(preserve, false, r);
        if (!preserve)
        {
            if (r.Value is Constant c) EmitConst(c.Value);
            else EmitConst(null);
        }
        _u.Line = r.Lineno;
        Emit(Opcode.ReturnValue);
    }

    private void CompileIf(If i)
    {
        var end = new Label();
        if (i.Orelse.Count > 0)
        {
            var orelse = new Label();
            CompileJumpIf(i.Test, orelse, false);
            VisitStmts(i.Body);
            EmitJump(Opcode.Jump, end);
            Bind(orelse);
            VisitStmts(i.Orelse);
        }
        else
        {
            CompileJumpIf(i.Test, end, false);
            VisitStmts(i.Body);
        }
        Bind(end);
    }

    private static bool IsConstantTrue(Expr e) => e is Constant { Value: true } || e is Constant { Value: BigInteger bi } && !bi.IsZero
        || e is Constant { Value: string s } && s.Length > 0;

    private void CompileWhile(While w)
    {
        var start = new Label();
        var orelse = new Label();
        var end = new Label();
        Bind(start);
        if (!IsConstantTrue(w.Test)) CompileJumpIf(w.Test, orelse, false);
        var b = PushBlock(FBlockKind.While);
        b.Continue = start;
        b.Break = end;
        VisitStmts(w.Body);
        PopBlock(b);
        EmitJump(Opcode.Jump, start);
        Bind(orelse);
        VisitStmts(w.Orelse);
        Bind(end);
    }

    private void CompileFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse)
    {
        var start = new Label();
        var exhausted = new Label();
        var end = new Label();
        VisitExpr(iter);
        Emit(Opcode.GetIter);
        Bind(start);
        EmitJump(Opcode.ForIter, exhausted);
        var b = PushBlock(FBlockKind.For);
        b.Continue = start;
        b.Break = end;
        CompileStore(target);
        VisitStmts(body);
        PopBlock(b);
        EmitJump(Opcode.Jump, start);
        Bind(exhausted);
        VisitStmts(orelse);
        Bind(end);
    }

    private void CompileAsyncFor(AsyncFor af)
    {
        var start = new Label();
        var except = new Label();
        var end = new Label();
        VisitExpr(af.Iter);
        Emit(Opcode.GetAIter);
        var depth = _u.Depth;
        Bind(start);
        var tryBlock = PushBlock(FBlockKind.TryBody, except, depth);
        Emit(Opcode.GetANext);
        EmitAwait();
        PopBlock(tryBlock);
        var b = PushBlock(FBlockKind.AsyncFor);
        b.Continue = start;
        b.Break = end;
        CompileStore(af.Target);
        VisitStmts(af.Body);
        PopBlock(b);
        EmitJump(Opcode.Jump, start);
        Bind(except);
        Emit(Opcode.EndAsyncFor);
        VisitStmts(af.Orelse);
        Bind(end);
    }

    /// <summary>Awaits the value on top: [awaitable-source] -> [result].</summary>
    private void EmitAwait()
    {
        Emit(Opcode.GetAwaitable);
        EmitConst(null);
        EmitYieldFromLoop();
    }

    /// <summary>[iter, value] -> [result]: delegates to iter until it returns.</summary>
    private void EmitYieldFromLoop()
    {
        var loop = new Label();
        var exit = new Label();
        Bind(loop);
        EmitJump(Opcode.Send, exit);
        Emit(Opcode.YieldValue);
        EmitJump(Opcode.Jump, loop);
        Bind(exit);
    }

    private void CompileWith(List<WithItem> items, int index, List<Stmt> body, bool isAsync)
    {
        var item = items[index];
        var exc = new Label();
        var cleanup = new Label();
        var exit = new Label();
        var suppress = new Label();
        VisitExpr(item.ContextExpr);
        Emit(isAsync ? Opcode.BeforeAsyncWith : Opcode.BeforeWith);
        if (isAsync) EmitAwait();
        var baseDepth = _u.Depth - 1;
        var block = PushBlock(isAsync ? FBlockKind.AsyncWith : FBlockKind.With, exc, baseDepth);
        if (item.OptionalVars != null) CompileStore(item.OptionalVars);
        else Emit(Opcode.PopTop);
        if (index + 1 < items.Count) CompileWith(items, index + 1, body, isAsync);
        else VisitStmts(body);
        PopBlock(block);
        Emit(Opcode.PushNull);
        EmitConst(null);
        EmitConst(null);
        EmitConst(null);
        Emit(Opcode.Call, 3);
        if (isAsync) EmitAwait();
        Emit(Opcode.PopTop);
        EmitJump(Opcode.Jump, exit);

        Bind(exc);
        var region = PushBlock(FBlockKind.HandlerRegion, cleanup, baseDepth + 1);
        Emit(Opcode.PushExcInfo);
        Emit(Opcode.WithExceptStart);
        if (isAsync) EmitAwait();
        EmitJump(Opcode.PopJumpIfTrue, suppress);
        Emit(Opcode.Reraise);
        Bind(suppress);
        Emit(Opcode.PopTop);
        Emit(Opcode.PopExcept);
        Emit(Opcode.PopTop);
        PopBlock(region);
        EmitJump(Opcode.Jump, exit);

        Bind(cleanup);
        EmitPopExceptAndReraise();
        Bind(exit);
    }

    /// <summary>[prev, exc] -> restore prev as the handled exception and re-raise exc.</summary>
    private void EmitPopExceptAndReraise()
    {
        Emit(Opcode.Swap, 2);
        Emit(Opcode.PopExcept);
        Emit(Opcode.Reraise);
    }

    private void CompileTryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse)
    {
        var depth = _u.Depth;
        var except = new Label();
        var cleanup = new Label();
        var end = new Label();
        var tryBlock = PushBlock(FBlockKind.TryBody, except, depth);
        VisitStmts(body);
        PopBlock(tryBlock);
        VisitStmts(orelse);
        EmitJump(Opcode.Jump, end);

        Bind(except);
        var region = PushBlock(FBlockKind.HandlerRegion, cleanup, depth + 1);
        Emit(Opcode.PushExcInfo);
        // Every handler starts (and the no-match re-raise runs) with the exception and the saved one on the stack,
        // even when the previous handler ended unconditionally (a bare except ending in raise).
        var handlerDepth = _u.Depth;
        foreach (var h in handlers)
        {
            _u.Line = h.Lineno;
            _u.Depth = handlerDepth;
            var next = new Label { Depth = handlerDepth };
            if (h.Type != null)
            {
                VisitExpr(h.Type);
                Emit(Opcode.CheckExcMatch);
                EmitJump(Opcode.PopJumpIfFalse, next);
            }
            if (h.Name != null)
            {
                var cleanupEnd = new Label();
                StoreName(h.Name);
                var hb = PushBlock(FBlockKind.HandlerCleanup, cleanupEnd, depth + 1);
                hb.HandlerName = h.Name;
                VisitStmts(h.Body);
                PopBlock(hb);
                Emit(Opcode.PopExcept);
                EmitConst(null);
                StoreName(h.Name);
                DeleteName(h.Name);
                EmitJump(Opcode.Jump, end);
                Bind(cleanupEnd);
                EmitConst(null);
                StoreName(h.Name);
                DeleteName(h.Name);
                Emit(Opcode.Reraise);
            }
            else
            {
                Emit(Opcode.PopTop);
                var hb = PushBlock(FBlockKind.HandlerCleanup);
                VisitStmts(h.Body);
                PopBlock(hb);
                Emit(Opcode.PopExcept);
                EmitJump(Opcode.Jump, end);
            }
            Bind(next);
        }
        _u.Depth = handlerDepth;
        Emit(Opcode.Reraise);
        PopBlock(region);
        Bind(cleanup);
        EmitPopExceptAndReraise();
        Bind(end);
    }

    private void CompileTryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalBody, bool star)
    {
        var depth = _u.Depth;
        var fin = new Label();
        var cleanup = new Label();
        var exit = new Label();
        var tryBlock = PushBlock(FBlockKind.FinallyTry, fin, depth);
        tryBlock.FinalBody = finalBody;
        if (handlers.Count > 0)
        {
            if (star) CompileTryStar(body, handlers, orelse);
            else CompileTryExcept(body, handlers, orelse);
        }
        else VisitStmts(body);
        PopBlock(tryBlock);
        VisitStmts(finalBody);
        EmitJump(Opcode.Jump, exit);

        Bind(fin);
        var endBlock = PushBlock(FBlockKind.FinallyEnd, cleanup, depth + 1);
        Emit(Opcode.PushExcInfo);
        VisitStmts(finalBody);
        Emit(Opcode.Reraise);
        PopBlock(endBlock);
        Bind(cleanup);
        EmitPopExceptAndReraise();
        Bind(exit);
    }

    private void CompileTryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse)
    {
        var depth = _u.Depth;
        var except = new Label();
        var cleanup = new Label();
        var end = new Label();
        var reraiseStar = new Label();
        var tryBlock = PushBlock(FBlockKind.TryBody, except, depth);
        VisitStmts(body);
        PopBlock(tryBlock);
        VisitStmts(orelse);
        EmitJump(Opcode.Jump, end);

        Bind(except);
        var region = PushBlock(FBlockKind.HandlerRegion, cleanup, depth + 1);
        Emit(Opcode.PushExcInfo);
        // [prev, orig] -> [prev, orig, raised-list, rest]
        Emit(Opcode.Copy, 1);
        Emit(Opcode.BuildList, 0);
        Emit(Opcode.Swap, 2);
        for (var i = 0; i < handlers.Count; i++)
        {
            var h = handlers[i];
            _u.Line = h.Lineno;
            var noMatch = new Label();
            var afterHandler = new Label();
            var cleanupEnd = new Label();
            if (h.Type == null) throw Error("expected 'except*' to have an exception type", h);
            VisitExpr(h.Type);
            Emit(Opcode.CheckEgMatch);
            Emit(Opcode.Copy, 1);
            EmitJump(Opcode.PopJumpIfNone, noMatch);
            if (h.Name != null) StoreName(h.Name);
            else Emit(Opcode.PopTop);
            var hb = PushBlock(FBlockKind.ExceptStar, cleanupEnd, depth + 4);
            hb.HandlerName = h.Name;
            VisitStmts(h.Body);
            PopBlock(hb);
            if (h.Name != null)
            {
                EmitConst(null);
                StoreName(h.Name);
                DeleteName(h.Name);
            }
            EmitJump(Opcode.Jump, afterHandler);
            Bind(cleanupEnd);
            if (h.Name != null)
            {
                EmitConst(null);
                StoreName(h.Name);
                DeleteName(h.Name);
            }
            // Record what the handler raised: [prev, orig, list, rest, raised].
            Emit(Opcode.ListAppend, 2);
            EmitJump(Opcode.Jump, afterHandler);
            Bind(noMatch);
            Emit(Opcode.PopTop);
            Bind(afterHandler);
        }
        Emit(Opcode.ListAppend, 1);
        Bind(reraiseStar);
        Emit(Opcode.PrepReraiseStar);
        var reraise = new Label();
        Emit(Opcode.Copy, 1);
        EmitJump(Opcode.PopJumpIfNotNone, reraise);
        Emit(Opcode.PopTop);
        Emit(Opcode.PopExcept);
        EmitJump(Opcode.Jump, end);
        Bind(reraise);
        Emit(Opcode.Swap, 2);
        Emit(Opcode.PopExcept);
        Emit(Opcode.Reraise);
        PopBlock(region);
        Bind(cleanup);
        EmitPopExceptAndReraise();
        Bind(end);
    }

    private void CompileAugAssign(AugAssign aa)
    {
        var op = (int)BinaryOpFor(aa.Op) | 0x80;
        switch (aa.Target)
        {
            case Name n:
                LoadName(n.Id);
                VisitExpr(aa.Value);
                Emit(Opcode.BinaryOp, op);
                StoreName(n.Id);
                break;
            case Syntax.Attribute a:
                VisitExpr(a.Value);
                Emit(Opcode.Copy, 1);
                Emit(Opcode.LoadAttr, _u.NameSlot(Mangle(a.Attr)));
                VisitExpr(aa.Value);
                Emit(Opcode.BinaryOp, op);
                Emit(Opcode.Swap, 2);
                Emit(Opcode.StoreAttr, _u.NameSlot(Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitSubscriptKey(s.Slice);
                Emit(Opcode.Copy, 2);
                Emit(Opcode.Copy, 2);
                Emit(Opcode.BinarySubscr);
                VisitExpr(aa.Value);
                Emit(Opcode.BinaryOp, op);
                Emit(Opcode.Swap, 3);
                Emit(Opcode.Swap, 2);
                Emit(Opcode.StoreSubscr);
                break;
            default:
                throw Error("illegal expression for augmented assignment", aa.Target);
        }
    }

    private void CompileAnnAssign(AnnAssign ann)
    {
        if (ann.Value != null)
        {
            VisitExpr(ann.Value);
            CompileStore(ann.Target);
        }
        var scope = _u.Scope;
        if (ann.Target is Name n && ann.Simple == 1)
        {
            if (!scope.IsFunctionLike)
            {
                VisitExpr(ann.Annotation);
                Emit(Opcode.LoadName, _u.NameSlot("__annotations__"));
                EmitConst(Mangle(n.Id));
                Emit(Opcode.StoreSubscr);
            }
            return;
        }
        switch (ann.Target)
        {
            case Syntax.Attribute a when ann.Value == null:
                VisitExpr(a.Value);
                Emit(Opcode.PopTop);
                break;
            case Subscript s when ann.Value == null:
                VisitExpr(s.Value);
                Emit(Opcode.PopTop);
                VisitSubscriptKey(s.Slice);
                Emit(Opcode.PopTop);
                break;
        }
        if (!scope.IsFunctionLike)
        {
            VisitExpr(ann.Annotation);
            Emit(Opcode.PopTop);
        }
    }

    private void CompileImport(Import imp)
    {
        foreach (var alias in imp.Names)
        {
            _u.Line = alias.Lineno > 0 ? alias.Lineno : imp.Lineno;
            EmitConst(BigInteger.Zero);
            EmitConst(null);
            Emit(Opcode.ImportName, _u.NameSlot(alias.Name));
            if (alias.Asname != null)
            {
                var parts = alias.Name.Split('.');
                for (var i = 1; i < parts.Length; i++)
                {
                    Emit(Opcode.ImportFrom, _u.NameSlot(parts[i]));
                    Emit(Opcode.Swap, 2);
                    Emit(Opcode.PopTop);
                }
                StoreName(alias.Asname);
            }
            else StoreName(alias.Name.Split('.')[0]);
        }
    }

    private void CompileImportFrom(ImportFrom imf)
    {
        EmitConst(new BigInteger(imf.Level));
        var names = imf.Names.Select(a => a.Name).ToArray();
        EmitConst(names);
        Emit(Opcode.ImportName, _u.NameSlot(imf.Module ?? ""));
        if (names.Length == 1 && names[0] == "*")
        {
            Emit(Opcode.ImportStar);
            return;
        }
        foreach (var alias in imf.Names)
        {
            Emit(Opcode.ImportFrom, _u.NameSlot(alias.Name));
            StoreName(alias.Asname ?? alias.Name);
        }
        Emit(Opcode.PopTop);
    }

    // ---- functions and classes ----------------------------------------------------------------------

    private void CompileDecorators(List<Expr> decorators)
    {
        foreach (var d in decorators)
        {
            VisitExpr(d);
            Emit(Opcode.PushNull);
        }
    }

    private void ApplyDecorators(List<Expr> decorators)
    {
        for (var i = 0; i < decorators.Count; i++) Emit(Opcode.Call, 1);
    }

    /// <summary>Pushes defaults, keyword defaults and annotations; returns the MAKE_FUNCTION flags for them.</summary>
    private int CompileFunctionExtras(Arguments args, Expr? returns, bool withAnnotations)
    {
        var flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            Emit(Opcode.BuildTuple, args.Defaults.Count);
            flags |= 1;
        }
        var kwCount = 0;
        for (var i = 0; i < args.Kwonlyargs.Count; i++)
        {
            if (i >= args.KwDefaults.Count || args.KwDefaults[i] is not { } d) continue;
            EmitConst(Mangle(args.Kwonlyargs[i].ArgName));
            VisitExpr(d);
            kwCount++;
        }
        if (kwCount > 0)
        {
            Emit(Opcode.BuildMap, kwCount);
            flags |= 2;
        }
        if (withAnnotations)
        {
            var annCount = 0;
            foreach (var a in SymbolTable.AllArgs(args))
            {
                if (a.Annotation == null) continue;
                EmitConst(Mangle(a.ArgName));
                VisitExpr(a.Annotation);
                annCount++;
            }
            if (returns != null)
            {
                EmitConst("return");
                VisitExpr(returns);
                annCount++;
            }
            if (annCount > 0)
            {
                Emit(Opcode.BuildMap, annCount);
                flags |= 4;
            }
        }
        return flags;
    }

    private void CompileFunction(Stmt node, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns)
    {
        CompileDecorators(decorators);
        var firstLine = decorators.Count > 0 ? decorators[0].Lineno : node.Lineno;
        var flags = CompileFunctionExtras(args, returns, true);
        var scope = _symbols.ScopeOf(node);
        EnterUnit(scope, name, ChildQualName(name), firstLine);
        var doc = GetDocstring(body);
        _u.HasDoc = doc != null;
        _u.Doc = doc;
        // co_consts[0] is the docstring (or None), as in CPython.
        _u.ConstSlot(doc);
        VisitStmts(body);
        if (body.Count == 0 || body[^1] is not Return)
        {
            EmitConst(null);
            Emit(Opcode.ReturnValue);
        }
        var code = LeaveUnit(CodeFlags.None, args.Posonlyargs.Count + args.Args.Count, args.Posonlyargs.Count, args.Kwonlyargs.Count);
        _u.Line = node.Lineno;
        if (EmitClosure(scope)) flags |= 8;
        EmitConst(code);
        Emit(Opcode.MakeFunction, flags);
        ApplyDecorators(decorators);
        StoreName(name);
    }

    private void CompileLambda(Lambda l)
    {
        var flags = CompileFunctionExtras(l.Args, null, false);
        var scope = _symbols.ScopeOf(l);
        EnterUnit(scope, "<lambda>", ChildQualName("<lambda>"), l.Lineno);
        _u.ConstSlot(null);
        VisitExpr(l.Body);
        Emit(Opcode.ReturnValue);
        var code = LeaveUnit(CodeFlags.None, l.Args.Posonlyargs.Count + l.Args.Args.Count, l.Args.Posonlyargs.Count, l.Args.Kwonlyargs.Count);
        if (EmitClosure(scope)) flags |= 8;
        EmitConst(code);
        Emit(Opcode.MakeFunction, flags);
    }

    private void CompileClass(ClassDef cd)
    {
        CompileDecorators(cd.DecoratorList);
        var firstLine = cd.DecoratorList.Count > 0 ? cd.DecoratorList[0].Lineno : cd.Lineno;
        var scope = _symbols.ScopeOf(cd);
        var savedClass = _className;
        EnterUnit(scope, cd.Name, ChildQualName(cd.Name), firstLine);
        _className = cd.Name;
        _u.Line = cd.Lineno;
        Emit(Opcode.LoadName, _u.NameSlot("__name__"));
        Emit(Opcode.StoreName, _u.NameSlot("__module__"));
        EmitConst(_u.QualName);
        Emit(Opcode.StoreName, _u.NameSlot("__qualname__"));
        var body = cd.Body;
        if (GetDocstring(body) is { } doc)
        {
            _u.Line = body[0].Lineno;
            EmitConst(doc);
            Emit(Opcode.StoreName, _u.NameSlot("__doc__"));
            body = body.GetRange(1, body.Count - 1);
        }
        if (scope.HasAnnotations) Emit(Opcode.SetupAnnotations);
        VisitStmts(body);
        if (scope.NeedsClassCell)
        {
            Emit(Opcode.LoadClosure, _u.CellIndex["__class__"]);
            Emit(Opcode.Copy, 1);
            Emit(Opcode.StoreName, _u.NameSlot("__classcell__"));
        }
        else EmitConst(null);
        Emit(Opcode.ReturnValue);
        var code = LeaveUnit(CodeFlags.None, 0, 0, 0);
        _className = savedClass;

        _u.Line = cd.Lineno;
        Emit(Opcode.LoadBuildClass);
        Emit(Opcode.PushNull);
        var flags = EmitClosure(scope) ? 8 : 0;
        EmitConst(code);
        Emit(Opcode.MakeFunction, flags);
        EmitConst(cd.Name);
        CompileCallArguments(cd.Bases, cd.Keywords, 2);
        ApplyDecorators(cd.DecoratorList);
        StoreName(cd.Name);
    }
}
