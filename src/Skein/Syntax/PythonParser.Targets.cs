namespace Skein.Syntax;

// Turning parsed expressions into assignment and deletion targets, with CPython's messages for the ones that cannot be.
internal sealed partial class PythonParser
{
    private void SetContext(Expr e, ExprContext ctx, string hint = "", bool top = true)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; return;
            case Attribute a: a.Ctx = ctx; return;
            case Subscript s: s.Ctx = ctx; return;
            case Starred st:
                if (ctx == ExprContext.Del) throw Error("cannot delete starred", st);
                if (top) throw Error("starred assignment target must be in a list or tuple", st);
                st.Ctx = ctx;
                SetContext(st.Value, ctx, "", false);
                return;
            case List l:
                l.Ctx = ctx;
                SetElements(l, l.Elts, ctx);
                return;
            case Tuple t:
                t.Ctx = ctx;
                SetElements(t, t.Elts, ctx);
                return;
            default:
                throw Error(ctx == ExprContext.Del ? "cannot delete " + ExprName(e) : "cannot assign to " + ExprName(e) + hint, e);
        }
    }

    private void SetElements(Expr container, List<Expr> elts, ExprContext ctx)
    {
        bool sawStar = false;
        foreach (var elt in elts)
        {
            if (elt is Starred && ctx == ExprContext.Store)
            {
                if (sawStar) throw Error("multiple starred expressions in assignment", container);
                sawStar = true;
            }
            SetContext(elt, ctx, "", false);
        }
    }

    /// <summary>How CPython names an expression kind in "cannot assign to ..." messages.</summary>
    private static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: Ellipsis } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
