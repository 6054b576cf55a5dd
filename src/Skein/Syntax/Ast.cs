using System.Numerics;

namespace Skein.Syntax;

// Node classes mirror CPython 3.12's `ast` module: same class names, field names in PascalCase,
// fields declared in CPython's order (AstDump relies on that order).
// Deviations forced by C#: the expression statement `Expr` is `ExprStmt` (the name `Expr` is the
// abstract base), and `arg.arg` is `Arg.ArgName` (a member cannot share its type's name).

public enum ExprContext { Load, Store, Del }

public enum BoolOpKind { And, Or }

public enum OperatorKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

public enum UnaryOpKind { Invert, Not, UAdd, USub }

public enum CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

/// <summary>The value of the literal <c>...</c>; a singleton so the compiler can test by reference.</summary>
public sealed class Ellipsis
{
    public static readonly Ellipsis Instance = new();
    private Ellipsis() { }
    public override string ToString() => "Ellipsis";
}

/// <summary>
/// Root of all nodes. Positions live here so every node can report a location; CPython only gives
/// them to stmt, expr, pattern, excepthandler, arg, keyword, alias (and type_param), and for the
/// other node kinds they stay 0. Lines are 1-based, columns 0-based in UTF-16 code units.
/// </summary>
public abstract class Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }

    public T At<T>(int lineno, int colOffset, int endLineno, int endColOffset) where T : Node
    {
        Lineno = lineno; ColOffset = colOffset; EndLineno = endLineno; EndColOffset = endColOffset;
        return (T)this;
    }

    public void CopyLocation(Node from)
    {
        Lineno = from.Lineno; ColOffset = from.ColOffset; EndLineno = from.EndLineno; EndColOffset = from.EndColOffset;
    }
}

// ---- mod ----

public abstract class Mod : Node { }

public sealed class Module : Mod
{
    public List<Stmt> Body { get; set; } = new();
}

public sealed class Interactive : Mod
{
    public List<Stmt> Body { get; set; } = new();
}

public sealed class Expression : Mod
{
    public Expr Body { get; set; } = null!;
}

// ---- stmt ----

public abstract class Stmt : Node { }

public sealed class FunctionDef : Stmt
{
    public string Name { get; set; } = "";
    public Arguments Args { get; set; } = null!;
    public List<Stmt> Body { get; set; } = new();
    public List<Expr> DecoratorList { get; set; } = new();
    public Expr? Returns { get; set; }
    public List<TypeParam> TypeParams { get; set; } = new();
}

public sealed class AsyncFunctionDef : Stmt
{
    public string Name { get; set; } = "";
    public Arguments Args { get; set; } = null!;
    public List<Stmt> Body { get; set; } = new();
    public List<Expr> DecoratorList { get; set; } = new();
    public Expr? Returns { get; set; }
    public List<TypeParam> TypeParams { get; set; } = new();
}

public sealed class ClassDef : Stmt
{
    public string Name { get; set; } = "";
    public List<Expr> Bases { get; set; } = new();
    public List<Keyword> Keywords { get; set; } = new();
    public List<Stmt> Body { get; set; } = new();
    public List<Expr> DecoratorList { get; set; } = new();
    public List<TypeParam> TypeParams { get; set; } = new();
}

public sealed class Return : Stmt
{
    public Expr? Value { get; set; }
}

public sealed class Delete : Stmt
{
    public List<Expr> Targets { get; set; } = new();
}

public sealed class Assign : Stmt
{
    public List<Expr> Targets { get; set; } = new();
    public Expr Value { get; set; } = null!;
}

public sealed class TypeAlias : Stmt
{
    public Expr Name { get; set; } = null!;
    public List<TypeParam> TypeParams { get; set; } = new();
    public Expr Value { get; set; } = null!;
}

public sealed class AugAssign : Stmt
{
    public Expr Target { get; set; } = null!;
    public OperatorKind Op { get; set; }
    public Expr Value { get; set; } = null!;
}

public sealed class AnnAssign : Stmt
{
    public Expr Target { get; set; } = null!;
    public Expr Annotation { get; set; } = null!;
    public Expr? Value { get; set; }
    /// <summary>1 when the target is a bare name not in parentheses (CPython's `simple`).</summary>
    public int Simple { get; set; }
}

public sealed class For : Stmt
{
    public Expr Target { get; set; } = null!;
    public Expr Iter { get; set; } = null!;
    public List<Stmt> Body { get; set; } = new();
    public List<Stmt> Orelse { get; set; } = new();
}

public sealed class AsyncFor : Stmt
{
    public Expr Target { get; set; } = null!;
    public Expr Iter { get; set; } = null!;
    public List<Stmt> Body { get; set; } = new();
    public List<Stmt> Orelse { get; set; } = new();
}

public sealed class While : Stmt
{
    public Expr Test { get; set; } = null!;
    public List<Stmt> Body { get; set; } = new();
    public List<Stmt> Orelse { get; set; } = new();
}

public sealed class If : Stmt
{
    public Expr Test { get; set; } = null!;
    public List<Stmt> Body { get; set; } = new();
    public List<Stmt> Orelse { get; set; } = new();
}

public sealed class With : Stmt
{
    public List<WithItem> Items { get; set; } = new();
    public List<Stmt> Body { get; set; } = new();
}

public sealed class AsyncWith : Stmt
{
    public List<WithItem> Items { get; set; } = new();
    public List<Stmt> Body { get; set; } = new();
}

public sealed class Match : Stmt
{
    public Expr Subject { get; set; } = null!;
    public List<MatchCase> Cases { get; set; } = new();
}

public sealed class Raise : Stmt
{
    public Expr? Exc { get; set; }
    public Expr? Cause { get; set; }
}

public sealed class Try : Stmt
{
    public List<Stmt> Body { get; set; } = new();
    public List<ExceptHandler> Handlers { get; set; } = new();
    public List<Stmt> Orelse { get; set; } = new();
    public List<Stmt> Finalbody { get; set; } = new();
}

public sealed class TryStar : Stmt
{
    public List<Stmt> Body { get; set; } = new();
    public List<ExceptHandler> Handlers { get; set; } = new();
    public List<Stmt> Orelse { get; set; } = new();
    public List<Stmt> Finalbody { get; set; } = new();
}

public sealed class Assert : Stmt
{
    public Expr Test { get; set; } = null!;
    public Expr? Msg { get; set; }
}

public sealed class Import : Stmt
{
    public List<Alias> Names { get; set; } = new();
}

public sealed class ImportFrom : Stmt
{
    public string? Module { get; set; }
    public List<Alias> Names { get; set; } = new();
    public int Level { get; set; }
}

public sealed class Global : Stmt
{
    public List<string> Names { get; set; } = new();
}

public sealed class Nonlocal : Stmt
{
    public List<string> Names { get; set; } = new();
}

/// <summary>CPython's `Expr` statement (an expression evaluated for its effect).</summary>
public sealed class ExprStmt : Stmt
{
    public Expr Value { get; set; } = null!;
}

public sealed class Pass : Stmt { }

public sealed class Break : Stmt { }

public sealed class Continue : Stmt { }

// ---- expr ----

public abstract class Expr : Node { }

public sealed class BoolOp : Expr
{
    public BoolOpKind Op { get; set; }
    public List<Expr> Values { get; set; } = new();
}

public sealed class NamedExpr : Expr
{
    public Expr Target { get; set; } = null!;
    public Expr Value { get; set; } = null!;
}

public sealed class BinOp : Expr
{
    public Expr Left { get; set; } = null!;
    public OperatorKind Op { get; set; }
    public Expr Right { get; set; } = null!;
}

public sealed class UnaryOp : Expr
{
    public UnaryOpKind Op { get; set; }
    public Expr Operand { get; set; } = null!;
}

public sealed class Lambda : Expr
{
    public Arguments Args { get; set; } = null!;
    public Expr Body { get; set; } = null!;
}

public sealed class IfExp : Expr
{
    public Expr Test { get; set; } = null!;
    public Expr Body { get; set; } = null!;
    public Expr Orelse { get; set; } = null!;
}

public sealed class Dict : Expr
{
    /// <summary>A null key marks a `**mapping` entry whose mapping is the matching value.</summary>
    public List<Expr?> Keys { get; set; } = new();
    public List<Expr> Values { get; set; } = new();
}

public sealed class Set : Expr
{
    public List<Expr> Elts { get; set; } = new();
}

public sealed class ListComp : Expr
{
    public Expr Elt { get; set; } = null!;
    public List<Comprehension> Generators { get; set; } = new();
}

public sealed class SetComp : Expr
{
    public Expr Elt { get; set; } = null!;
    public List<Comprehension> Generators { get; set; } = new();
}

public sealed class DictComp : Expr
{
    public Expr Key { get; set; } = null!;
    public Expr Value { get; set; } = null!;
    public List<Comprehension> Generators { get; set; } = new();
}

public sealed class GeneratorExp : Expr
{
    public Expr Elt { get; set; } = null!;
    public List<Comprehension> Generators { get; set; } = new();
}

public sealed class Await : Expr
{
    public Expr Value { get; set; } = null!;
}

public sealed class Yield : Expr
{
    public Expr? Value { get; set; }
}

public sealed class YieldFrom : Expr
{
    public Expr Value { get; set; } = null!;
}

public sealed class Compare : Expr
{
    public Expr Left { get; set; } = null!;
    public List<CmpOpKind> Ops { get; set; } = new();
    public List<Expr> Comparators { get; set; } = new();
}

public sealed class Call : Expr
{
    public Expr Func { get; set; } = null!;
    public List<Expr> Args { get; set; } = new();
    public List<Keyword> Keywords { get; set; } = new();
}

public sealed class FormattedValue : Expr
{
    public Expr Value { get; set; } = null!;
    /// <summary>-1 for none, otherwise the character code of 's', 'r' or 'a'.</summary>
    public int Conversion { get; set; } = -1;
    public Expr? FormatSpec { get; set; }
}

public sealed class JoinedStr : Expr
{
    public List<Expr> Values { get; set; } = new();
}

public sealed class Constant : Expr
{
    /// <summary>null (None), bool, BigInteger, double, Complex, string, byte[] or Ellipsis.Instance.</summary>
    public object? Value { get; set; }
    /// <summary>"u" for a string literal written with the u prefix, otherwise null.</summary>
    public string? Kind { get; set; }
}

public sealed class Attribute : Expr
{
    public Expr Value { get; set; } = null!;
    public string Attr { get; set; } = "";
    public ExprContext Ctx { get; set; }
}

public sealed class Subscript : Expr
{
    public Expr Value { get; set; } = null!;
    public Expr Slice { get; set; } = null!;
    public ExprContext Ctx { get; set; }
}

public sealed class Starred : Expr
{
    public Expr Value { get; set; } = null!;
    public ExprContext Ctx { get; set; }
}

public sealed class Name : Expr
{
    public string Id { get; set; } = "";
    public ExprContext Ctx { get; set; }
}

public sealed class List : Expr
{
    public List<Expr> Elts { get; set; } = new();
    public ExprContext Ctx { get; set; }
}

public sealed class Tuple : Expr
{
    public List<Expr> Elts { get; set; } = new();
    public ExprContext Ctx { get; set; }
}

public sealed class Slice : Expr
{
    public Expr? Lower { get; set; }
    public Expr? Upper { get; set; }
    public Expr? Step { get; set; }
}

// ---- auxiliary nodes ----

public sealed class Comprehension : Node
{
    public Expr Target { get; set; } = null!;
    public Expr Iter { get; set; } = null!;
    public List<Expr> Ifs { get; set; } = new();
    public int IsAsync { get; set; }
}

public sealed class ExceptHandler : Node
{
    public Expr? Type { get; set; }
    public string? Name { get; set; }
    public List<Stmt> Body { get; set; } = new();
}

public sealed class Arguments : Node
{
    public List<Arg> Posonlyargs { get; set; } = new();
    public List<Arg> Args { get; set; } = new();
    public Arg? Vararg { get; set; }
    public List<Arg> Kwonlyargs { get; set; } = new();
    /// <summary>One entry per keyword-only parameter; null where it has no default.</summary>
    public List<Expr?> KwDefaults { get; set; } = new();
    public Arg? Kwarg { get; set; }
    /// <summary>Defaults of the last positional parameters (posonlyargs then args).</summary>
    public List<Expr> Defaults { get; set; } = new();
}

public sealed class Arg : Node
{
    /// <summary>CPython's `arg.arg`.</summary>
    public string ArgName { get; set; } = "";
    public Expr? Annotation { get; set; }
}

public sealed class Keyword : Node
{
    /// <summary>null for `**mapping`.</summary>
    public string? Arg { get; set; }
    public Expr Value { get; set; } = null!;
}

public sealed class Alias : Node
{
    public string Name { get; set; } = "";
    public string? Asname { get; set; }
}

public sealed class WithItem : Node
{
    public Expr ContextExpr { get; set; } = null!;
    public Expr? OptionalVars { get; set; }
}

public sealed class MatchCase : Node
{
    public Pattern Pattern { get; set; } = null!;
    public Expr? Guard { get; set; }
    public List<Stmt> Body { get; set; } = new();
}

// ---- pattern ----

public abstract class Pattern : Node { }

public sealed class MatchValue : Pattern
{
    public Expr Value { get; set; } = null!;
}

public sealed class MatchSingleton : Pattern
{
    /// <summary>null (None), true or false.</summary>
    public object? Value { get; set; }
}

public sealed class MatchSequence : Pattern
{
    public List<Pattern> Patterns { get; set; } = new();
}

public sealed class MatchMapping : Pattern
{
    public List<Expr> Keys { get; set; } = new();
    public List<Pattern> Patterns { get; set; } = new();
    public string? Rest { get; set; }
}

public sealed class MatchClass : Pattern
{
    public Expr Cls { get; set; } = null!;
    public List<Pattern> Patterns { get; set; } = new();
    public List<string> KwdAttrs { get; set; } = new();
    public List<Pattern> KwdPatterns { get; set; } = new();
}

public sealed class MatchStar : Pattern
{
    public string? Name { get; set; }
}

public sealed class MatchAs : Pattern
{
    public Pattern? Pattern { get; set; }
    public string? Name { get; set; }
}

public sealed class MatchOr : Pattern
{
    public List<Pattern> Patterns { get; set; } = new();
}

// ---- type_param (3.12 generics) ----

public abstract class TypeParam : Node { }

public sealed class TypeVar : TypeParam
{
    public string Name { get; set; } = "";
    public Expr? Bound { get; set; }
}

public sealed class ParamSpec : TypeParam
{
    public string Name { get; set; } = "";
}

public sealed class TypeVarTuple : TypeParam
{
    public string Name { get; set; } = "";
}
