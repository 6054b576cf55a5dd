using Skein.Syntax;

namespace Skein.Compiler;

public enum ScopeKind { Module, Class, Function, Lambda, Comprehension }

/// <summary>How a name was seen in a scope, before resolution.</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    Assigned = 1,
    Global = 2,
    Nonlocal = 4,
    Parameter = 8,
    Used = 16,
    Annotated = 32,
    /// <summary>Bound as the target of a comprehension's for clause (walrus may not rebind it).</summary>
    IterationTarget = 64,
}

/// <summary>Where a name lives once resolved: this decides which load/store instructions the compiler emits.</summary>
public enum SymbolScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell }

/// <summary>One block of the symbol table: a module, class body, function, lambda or comprehension.</summary>
public sealed class Scope
{
    public readonly string Name;
    public readonly ScopeKind Kind;
    public readonly Scope? Parent;
    public readonly int Lineno;
    public readonly List<Scope> Children = [];
    public readonly Dictionary<string, SymbolFlags> Symbols = [];
    /// <summary>Names in order of first appearance (fast local slots follow this order after the parameters).</summary>
    public readonly List<string> Order = [];
    public readonly Dictionary<string, SymbolScope> Resolved = [];
    public readonly List<string> Parameters = [];
    /// <summary>Where each global/nonlocal declaration was made (for error locations).</summary>
    public readonly Dictionary<string, Node> DeclaredAt = [];
    /// <summary>Free variables of this code object: names resolved Free plus names only passed through to nested scopes (class bodies).</summary>
    public readonly SortedSet<string> FreeVars = new(StringComparer.Ordinal);
    public readonly SortedSet<string> CellVars = new(StringComparer.Ordinal);
    public bool IsGenerator, IsCoroutine;
    /// <summary>A class body whose methods use super() or __class__: it creates the __class__ cell.</summary>
    public bool NeedsClassCell;
    /// <summary>A module or class body with annotated simple names: it creates __annotations__.</summary>
    public bool HasAnnotations;
    public bool HasVarArgs, HasVarKeywords;
    /// <summary>Nested inside a function (CO_NESTED).</summary>
    public bool IsNested;

    public Scope(string name, ScopeKind kind, Scope? parent, int lineno)
    {
        Name = name;
        Kind = kind;
        Parent = parent;
        Lineno = lineno;
        parent?.Children.Add(this);
        IsNested = parent != null && (parent.IsFunctionLike || parent.IsNested);
    }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public SymbolScope Lookup(string name) => Resolved.TryGetValue(name, out var s) ? s : SymbolScope.GlobalImplicit;

    public SymbolFlags FlagsOf(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    public void Add(string name, SymbolFlags flags)
    {
        if (Symbols.TryGetValue(name, out var old)) Symbols[name] = old | flags;
        else
        {
            Symbols[name] = flags;
            Order.Add(name);
        }
    }
}
