using Skein.Syntax;

namespace Skein.Compiler;

/// <summary>
/// Builds the scopes of a module and resolves every name to local, global, free or cell, with CPython's
/// scope rules: class bodies do not enclose their methods' names, comprehensions are their own function
/// scope (their first iterable is evaluated outside), walrus targets in comprehensions bind in the
/// enclosing function, and methods using super/__class__ get the class's __class__ cell.
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly string _filename;
    private readonly string[] _lines;
    private Scope _current = null!;
    /// <summary>Innermost enclosing class name, for private name mangling.</summary>
    private string? _className;

    public Scope Top { get; private set; } = null!;

    private SymbolTable(string filename, string source)
    {
        _filename = filename;
        _lines = source.Split('\n');
    }

    public static SymbolTable Build(Mod mod, string filename, string source)
    {
        var st = new SymbolTable(filename, source);
        st.Top = st.Enter(mod, "top", ScopeKind.Module, 0);
        switch (mod)
        {
            case Module m: st.VisitBody(m.Body); break;
            case Interactive i: st.VisitBody(i.Body); break;
            case Expression e: st.VisitExpr(e.Body); break;
        }
        st.Analyze(st.Top, null);
        return st;
    }

    public Scope ScopeOf(Node node) => _scopes[node];

    public static string Mangle(string? className, string name)
    {
        if (className == null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    internal PythonSyntaxError Error(string message, Node at) => MakeError(message, at, _filename, _lines);

    internal static PythonSyntaxError MakeError(string message, Node at, string filename, string[] lines)
    {
        var text = at.Lineno >= 1 && at.Lineno <= lines.Length ? lines[at.Lineno - 1].TrimEnd('\r') + "\n" : null;
        return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, message, filename, at.Lineno, at.ColOffset + 1,
            at.EndLineno, at.EndColOffset + 1, text);
    }

    private Scope Enter(Node node, string name, ScopeKind kind, int lineno)
    {
        var s = new Scope(name, kind, _current, lineno);
        _scopes[node] = s;
        _current = s;
        return s;
    }

    private void Leave() => _current = _current.Parent!;

    private void AddDef(string name, SymbolFlags flags, Node at)
    {
        name = Mangle(_className, name);
        if (flags.HasFlag(SymbolFlags.Parameter) && _current.Symbols.TryGetValue(name, out var f) && f.HasFlag(SymbolFlags.Parameter))
            throw Error($"duplicate argument '{name}' in function definition", at);
        _current.Add(name, flags);
    }

    // ---- statements ---------------------------------------------------------------------------------

    private void VisitBody(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef fd:
                VisitFunction(fd, fd.Name, fd.Args, fd.Body, fd.DecoratorList, fd.Returns, false);
                break;
            case AsyncFunctionDef afd:
                VisitFunction(afd, afd.Name, afd.Args, afd.Body, afd.DecoratorList, afd.Returns, true);
                break;
            case ClassDef cd:
                VisitExprs(cd.DecoratorList);
                VisitExprs(cd.Bases);
                foreach (var k in cd.Keywords) VisitExpr(k.Value);
                AddDef(cd.Name, SymbolFlags.Assigned, cd);
                {
                    var savedClass = _className;
                    Enter(cd, cd.Name, ScopeKind.Class, cd.Lineno);
                    _className = cd.Name;
                    VisitBody(cd.Body);
                    _className = savedClass;
                    Leave();
                }
                break;
            case Return r:
                if (!_current.IsFunctionLike) throw Error("'return' outside function", r);
                if (r.Value != null) VisitExpr(r.Value);
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case TypeAlias ta:
                VisitExpr(ta.Name);
                VisitExpr(ta.Value);
                break;
            case AugAssign aa:
                VisitExpr(aa.Target);
                if (aa.Target is Name an) AddDef(an.Id, SymbolFlags.Used, an);
                VisitExpr(aa.Value);
                break;
            case AnnAssign ann:
                if (ann.Target is Name tn && ann.Simple == 1)
                {
                    var flags = _current.FlagsOf(Mangle(_className, tn.Id));
                    if ((flags & (SymbolFlags.Global | SymbolFlags.Nonlocal)) != 0)
                    {
                        if ((flags & SymbolFlags.Global) != 0) throw Error($"annotated name '{tn.Id}' can't be global", tn);
                        throw Error($"annotated name '{tn.Id}' can't be nonlocal", tn);
                    }
                    AddDef(tn.Id, SymbolFlags.Annotated | (ann.Value != null || _current.IsFunctionLike ? SymbolFlags.Assigned : SymbolFlags.None), tn);
                    if (!_current.IsFunctionLike) _current.HasAnnotations = true;
                }
                else VisitExpr(ann.Target);
                if (!_current.IsFunctionLike) VisitExpr(ann.Annotation);
                if (ann.Value != null) VisitExpr(ann.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitBody(f.Body);
                VisitBody(f.Orelse);
                break;
            case AsyncFor af:
                CheckAsync(af, "'async for' outside async function");
                VisitExpr(af.Target);
                VisitExpr(af.Iter);
                VisitBody(af.Body);
                VisitBody(af.Orelse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitBody(w.Body);
                VisitBody(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitBody(i.Body);
                VisitBody(i.Orelse);
                break;
            case With w:
                foreach (var item in w.Items) VisitWithItem(item);
                VisitBody(w.Body);
                break;
            case AsyncWith aw:
                CheckAsync(aw, "'async with' outside async function");
                foreach (var item in aw.Items) VisitWithItem(item);
                VisitBody(aw.Body);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard != null) VisitExpr(c.Guard);
                    VisitBody(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc != null) VisitExpr(r.Exc);
                if (r.Cause != null) VisitExpr(r.Cause);
                break;
            case Try t:
                VisitBody(t.Body);
                VisitHandlers(t.Handlers);
                VisitBody(t.Orelse);
                VisitBody(t.Finalbody);
                break;
            case TryStar ts:
                VisitBody(ts.Body);
                VisitHandlers(ts.Handlers);
                VisitBody(ts.Orelse);
                VisitBody(ts.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg != null) VisitExpr(a.Msg);
                break;
            case Import imp:
                foreach (var alias in imp.Names)
                    AddDef(alias.Asname ?? alias.Name.Split('.')[0], SymbolFlags.Assigned, alias);
                break;
            case ImportFrom imf:
                foreach (var alias in imf.Names)
                {
                    if (alias.Name == "*")
                    {
                        if (_current.Kind != ScopeKind.Module) throw Error("import * only allowed at module level", imf);
                        continue;
                    }
                    AddDef(alias.Asname ?? alias.Name, SymbolFlags.Assigned, alias);
                }
                break;
            case Global g:
                foreach (var n in g.Names) Declare(n, SymbolFlags.Global, g);
                break;
            case Nonlocal nl:
                if (_current.Kind == ScopeKind.Module) throw Error("nonlocal declaration not allowed at module level", nl);
                foreach (var n in nl.Names) Declare(n, SymbolFlags.Nonlocal, nl);
                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
        }
    }

    private void Declare(string rawName, SymbolFlags kind, Stmt at)
    {
        var name = Mangle(_className, rawName);
        var what = kind == SymbolFlags.Global ? "global" : "nonlocal";
        var flags = _current.FlagsOf(name);
        var other = kind == SymbolFlags.Global ? SymbolFlags.Nonlocal : SymbolFlags.Global;
        if ((flags & other) != 0) throw Error($"name '{rawName}' is nonlocal and global", at);
        if ((flags & SymbolFlags.Parameter) != 0) throw Error($"name '{rawName}' is parameter and {what}", at);
        if ((flags & SymbolFlags.Annotated) != 0) throw Error($"annotated name '{rawName}' can't be {what}", at);
        if ((flags & SymbolFlags.Used) != 0 && (flags & kind) == 0) throw Error($"name '{rawName}' is used prior to {what} declaration", at);
        if ((flags & SymbolFlags.Assigned) != 0 && (flags & kind) == 0) throw Error($"name '{rawName}' is assigned to before {what} declaration", at);
        _current.Add(name, kind);
        _current.DeclaredAt.TryAdd(name, at);
    }

    private void VisitHandlers(List<ExceptHandler> handlers)
    {
        foreach (var h in handlers)
        {
            if (h.Type != null) VisitExpr(h.Type);
            if (h.Name != null) AddDef(h.Name, SymbolFlags.Assigned, h);
            VisitBody(h.Body);
        }
    }

    private void VisitWithItem(WithItem item)
    {
        VisitExpr(item.ContextExpr);
        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
    }

    private void CheckAsync(Node at, string message)
    {
        if (_current.Kind == ScopeKind.Function && _current.IsCoroutine) return;
        if (_current.Kind == ScopeKind.Comprehension) return;
        throw Error(message, at);
    }

    private void VisitFunction(Node node, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync)
    {
        VisitExprs(decorators);
        VisitDefaults(args);
        VisitAnnotations(args, returns);
        AddDef(name, SymbolFlags.Assigned, node);
        var s = Enter(node, name, ScopeKind.Function, node.Lineno);
        s.IsCoroutine = isAsync;
        DefineParameters(args);
        VisitBody(body);
        Leave();
    }

    private void VisitDefaults(Arguments args)
    {
        VisitExprs(args.Defaults);
        foreach (var d in args.KwDefaults)
            if (d != null) VisitExpr(d);
    }

    private void VisitAnnotations(Arguments args, Expr? returns)
    {
        foreach (var a in AllArgs(args))
            if (a.Annotation != null) VisitExpr(a.Annotation);
        if (returns != null) VisitExpr(returns);
    }

    internal static IEnumerable<Arg> AllArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs) yield return a;
        foreach (var a in args.Args) yield return a;
        if (args.Vararg != null) yield return args.Vararg;
        foreach (var a in args.Kwonlyargs) yield return a;
        if (args.Kwarg != null) yield return args.Kwarg;
    }

    private void DefineParameters(Arguments args)
    {
        void Param(Arg a)
        {
            AddDef(a.ArgName, SymbolFlags.Parameter, a);
            _current.Parameters.Add(Mangle(_className, a.ArgName));
        }
        foreach (var a in args.Posonlyargs) Param(a);
        foreach (var a in args.Args) Param(a);
        foreach (var a in args.Kwonlyargs) Param(a);
        if (args.Vararg != null)
        {
            Param(args.Vararg);
            _current.HasVarArgs = true;
        }
        if (args.Kwarg != null)
        {
            Param(args.Kwarg);
            _current.HasVarKeywords = true;
        }
    }

    // ---- expressions --------------------------------------------------------------------------------

    private void VisitExprs(IEnumerable<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitExpr(Expr expr)
    {
        switch (expr)
        {
            case BoolOp b: VisitExprs(b.Values); break;
            case NamedExpr ne: VisitNamedExpr(ne); break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case Syntax.UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitDefaults(l.Args);
                {
                    var s = Enter(l, "<lambda>", ScopeKind.Lambda, l.Lineno);
                    DefineParameters(l.Args);
                    VisitExpr(l.Body);
                    if (s.IsGenerator && s.IsCoroutine) s.IsCoroutine = false;
                    Leave();
                }
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Dict d:
                foreach (var k in d.Keys)
                    if (k != null) VisitExpr(k);
                VisitExprs(d.Values);
                break;
            case Set s: VisitExprs(s.Elts); break;
            case ListComp lc: VisitComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, false); break;
            case SetComp sc: VisitComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, false); break;
            case DictComp dc: VisitComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, false); break;
            case GeneratorExp ge: VisitComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null, true); break;
            case Await a:
                CheckAwait(a);
                VisitExpr(a.Value);
                break;
            case Yield y:
                MarkYield(y);
                if (y.Value != null) VisitExpr(y.Value);
                break;
            case YieldFrom yf:
                MarkYield(yf);
                if (_current.IsCoroutine && _current.Kind == ScopeKind.Function) throw Error("'yield from' inside async function", yf);
                VisitExpr(yf.Value);
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec != null) VisitExpr(fv.FormatSpec);
                break;
            case JoinedStr js: VisitExprs(js.Values); break;
            case Constant: break;
            case Syntax.Attribute a: VisitExpr(a.Value); break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Starred s: VisitExpr(s.Value); break;
            case Name n:
                if (n.Ctx == ExprContext.Load)
                {
                    AddDef(n.Id, SymbolFlags.Used, n);
                    // super() needs the enclosing class's __class__ cell (CPython's implicit reference).
                    if (n.Id == "super" && _current.IsFunctionLike) _current.Add("__class__", SymbolFlags.Used);
                }
                else AddDef(n.Id, SymbolFlags.Assigned, n);
                break;
            case Syntax.List l: VisitExprs(l.Elts); break;
            case Syntax.Tuple t: VisitExprs(t.Elts); break;
            case Slice sl:
                if (sl.Lower != null) VisitExpr(sl.Lower);
                if (sl.Upper != null) VisitExpr(sl.Upper);
                if (sl.Step != null) VisitExpr(sl.Step);
                break;
        }
    }

    private void CheckAwait(Await a)
    {
        var s = _current;
        if (s.Kind == ScopeKind.Function && s.IsCoroutine) return;
        if (s.Kind == ScopeKind.Comprehension)
        {
            // An await in a comprehension makes it asynchronous; allowed when the comprehension sits in an async function.
            var outer = s;
            while (outer.Kind == ScopeKind.Comprehension) outer = outer.Parent!;
            if (outer.Kind == ScopeKind.Function && outer.IsCoroutine)
            {
                if (s.Name != "<genexpr>") s.IsCoroutine = true;
                return;
            }
        }
        throw Error(s.Kind is ScopeKind.Module or ScopeKind.Class ? "'await' outside function" : "'await' outside async function", a);
    }

    private void MarkYield(Expr at)
    {
        if (!_current.IsFunctionLike) throw Error("'yield' outside function", at);
        if (_current.Kind == ScopeKind.Comprehension)
        {
            var what = _current.Name switch
            {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension",
                _ => "generator expression",
            };
            throw Error($"'yield' inside {what}", at);
        }
        _current.IsGenerator = true;
    }

    private void VisitNamedExpr(NamedExpr ne)
    {
        VisitExpr(ne.Value);
        var target = (Name)ne.Target;
        if (_current.Kind != ScopeKind.Comprehension)
        {
            AddDef(target.Id, SymbolFlags.Assigned, target);
            return;
        }
        var name = Mangle(_className, target.Id);
        var s = _current;
        while (s.Kind == ScopeKind.Comprehension)
        {
            if ((s.FlagsOf(name) & SymbolFlags.IterationTarget) != 0)
                throw Error($"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", target);
            s = s.Parent!;
        }
        if (s.Kind == ScopeKind.Class) throw Error("assignment expression within a comprehension cannot be used in a class body", ne);
        var outerFlags = s.FlagsOf(name);
        var viaGlobal = s.Kind == ScopeKind.Module || (outerFlags & SymbolFlags.Global) != 0;
        s.Add(name, SymbolFlags.Assigned);
        for (var c = _current; c != s; c = c.Parent!) c.Add(name, viaGlobal ? SymbolFlags.Global : SymbolFlags.Nonlocal);
    }

    private void VisitComprehension(Expr node, string name, List<Comprehension> generators, Expr elt, Expr? value, bool isGenerator)
    {
        // The first iterable is evaluated in the enclosing scope and passed in as the argument .0.
        VisitExpr(generators[0].Iter);
        var s = Enter(node, name, ScopeKind.Comprehension, node.Lineno);
        s.IsGenerator = isGenerator;
        AddDef(".0", SymbolFlags.Parameter, node);
        s.Parameters.Add(".0");
        for (var i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            if (g.IsAsync != 0) s.IsCoroutine = true;
            MarkIterationTargets(g.Target);
            VisitExpr(g.Target);
            if (i > 0) VisitExpr(g.Iter);
            VisitExprs(g.Ifs);
        }
        VisitExpr(elt);
        if (value != null) VisitExpr(value);
        if (s.IsCoroutine && !isGenerator)
        {
            var outer = s.Parent!;
            while (outer.Kind == ScopeKind.Comprehension) outer = outer.Parent!;
            if (!(outer.Kind == ScopeKind.Function && outer.IsCoroutine))
                throw Error("asynchronous comprehension outside of an asynchronous function", node);
        }
        Leave();
        if (s.IsCoroutine && !isGenerator && _current.Kind == ScopeKind.Comprehension && _current.Name != "<genexpr>") _current.IsCoroutine = true;
    }

    private void MarkIterationTargets(Expr target)
    {
        switch (target)
        {
            case Name n: _current.Add(Mangle(_className, n.Id), SymbolFlags.IterationTarget); break;
            case Syntax.Tuple t:
                foreach (var e in t.Elts) MarkIterationTargets(e);
                break;
            case Syntax.List l:
                foreach (var e in l.Elts) MarkIterationTargets(e);
                break;
            case Starred s: MarkIterationTargets(s.Value); break;
        }
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue mv: VisitExpr(mv.Value); break;
            case MatchSingleton: break;
            case MatchSequence ms:
                foreach (var x in ms.Patterns) VisitPattern(x);
                break;
            case MatchMapping mm:
                VisitExprs(mm.Keys);
                foreach (var x in mm.Patterns) VisitPattern(x);
                if (mm.Rest != null) AddDef(mm.Rest, SymbolFlags.Assigned, mm);
                break;
            case MatchClass mc:
                VisitExpr(mc.Cls);
                foreach (var x in mc.Patterns) VisitPattern(x);
                foreach (var x in mc.KwdPatterns) VisitPattern(x);
                break;
            case MatchStar ms:
                if (ms.Name != null) AddDef(ms.Name, SymbolFlags.Assigned, ms);
                break;
            case MatchAs ma:
                if (ma.Pattern != null) VisitPattern(ma.Pattern);
                if (ma.Name != null) AddDef(ma.Name, SymbolFlags.Assigned, ma);
                break;
            case MatchOr mo:
                foreach (var x in mo.Patterns) VisitPattern(x);
                break;
        }
    }

    // ---- resolution ---------------------------------------------------------------------------------

    /// <summary>Resolves the names of s given the names bound by enclosing function scopes; returns the names free in s or its children.</summary>
    private HashSet<string> Analyze(Scope s, HashSet<string>? bound)
    {
        var free = new HashSet<string>();
        var local = new HashSet<string>();
        var globals = new HashSet<string>();
        foreach (var name in s.Order)
        {
            var flags = s.Symbols[name];
            if ((flags & SymbolFlags.Global) != 0)
            {
                s.Resolved[name] = SymbolScope.GlobalExplicit;
                globals.Add(name);
            }
            else if ((flags & SymbolFlags.Nonlocal) != 0)
            {
                if (bound == null || !bound.Contains(name))
                    throw Error($"no binding for nonlocal '{name}' found", s.DeclaredAt.TryGetValue(name, out var at) ? at : new Pass { Lineno = s.Lineno });
                s.Resolved[name] = SymbolScope.Free;
                free.Add(name);
            }
            else if ((flags & (SymbolFlags.Assigned | SymbolFlags.Parameter)) != 0)
            {
                s.Resolved[name] = SymbolScope.Local;
                local.Add(name);
            }
            else if (bound != null && bound.Contains(name) && s.Kind != ScopeKind.Module)
            {
                s.Resolved[name] = SymbolScope.Free;
                free.Add(name);
            }
            else s.Resolved[name] = SymbolScope.GlobalImplicit;
        }

        HashSet<string> childBound;
        if (s.Kind == ScopeKind.Module) childBound = [];
        else if (s.Kind == ScopeKind.Class)
        {
            childBound = bound == null ? [] : [.. bound];
            childBound.Add("__class__");
        }
        else
        {
            childBound = bound == null ? [] : [.. bound];
            childBound.UnionWith(local);
            childBound.ExceptWith(globals);
        }

        var childFree = new HashSet<string>();
        foreach (var child in s.Children) childFree.UnionWith(Analyze(child, childBound));

        if (s.IsFunctionLike)
        {
            foreach (var n in childFree.ToList())
            {
                if (!local.Contains(n)) continue;
                s.Resolved[n] = SymbolScope.Cell;
                s.CellVars.Add(n);
                childFree.Remove(n);
            }
        }
        else if (s.Kind == ScopeKind.Class && childFree.Remove("__class__"))
        {
            s.NeedsClassCell = true;
            s.CellVars.Add("__class__");
        }

        foreach (var n in childFree)
        {
            if (s.Kind == ScopeKind.Module) continue;
            var current = s.Lookup(n);
            if (s.Kind != ScopeKind.Class && (!s.Resolved.ContainsKey(n) || current == SymbolScope.GlobalImplicit))
                s.Resolved[n] = SymbolScope.Free;
            s.FreeVars.Add(n);
            free.Add(n);
        }
        foreach (var n in free)
            if (s.Lookup(n) == SymbolScope.Free) s.FreeVars.Add(n);
        return free;
    }
}
