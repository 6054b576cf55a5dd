using Skein.Syntax;
using Skein.Vm;

namespace Skein.Compiler;

/// <summary>A jump target. Its stack depth is known from the jumps to it (or the handler that enters it).</summary>
internal sealed class Label
{
    public int Target = -1;
    public int Depth = -1;
    public readonly List<int> Refs = [];
}

internal enum FBlockKind { While, For, AsyncFor, TryBody, FinallyTry, FinallyEnd, HandlerRegion, HandlerCleanup, With, AsyncWith, PopValue, ExceptStar }

/// <summary>
/// A block of the compile-time block stack (CPython's fblock): loops for break/continue, and everything
/// that return/break/continue must unwind. Blocks with a handler protect the instructions emitted while
/// they are on the stack.
/// </summary>
internal sealed class FBlock
{
    public FBlockKind Kind;
    public Label? Continue, Break;
    public Label? Handler;
    public int HandlerDepth;
    public List<Stmt>? FinalBody;
    public string? HandlerName;
}

/// <summary>The code object being assembled for one scope.</summary>
internal sealed class CodeUnit
{
    public readonly Scope Scope;
    public readonly string Name;
    public readonly string QualName;
    public readonly int FirstLine;
    public readonly List<int> Code = [];
    public readonly List<int> Lines = [];
    /// <summary>The handler block protecting each instruction (null when none).</summary>
    public readonly List<FBlock?> Protection = [];
    public readonly List<PyObject> Consts = [];
    private readonly Dictionary<object, int> _constIndex = [];
    public readonly List<PyStr> Names = [];
    private readonly Dictionary<string, int> _nameIndex = [];
    public readonly List<PyStr> VarNames = [];
    public readonly Dictionary<string, int> VarIndex = [];
    public readonly Dictionary<string, int> CellIndex = [];
    public readonly List<string> CellNames = [];
    public readonly List<string> FreeNames = [];
    public readonly List<FBlock> FBlocks = [];
    public int Depth, MaxDepth;
    public int Line;
    public string? Doc;
    public bool HasDoc;

    public CodeUnit(Scope scope, string name, string qualName, int firstLine)
    {
        Scope = scope;
        Name = name;
        QualName = qualName;
        FirstLine = firstLine;
        Line = firstLine;
        if (scope.IsFunctionLike)
        {
            foreach (var p in scope.Parameters) AddVar(p);
            foreach (var n in scope.Order)
                if (scope.Lookup(n) == SymbolScope.Local) AddVar(n);
        }
        foreach (var c in scope.CellVars)
        {
            CellIndex[c] = CellNames.Count + 0;
            CellNames.Add(c);
        }
        foreach (var f in scope.FreeVars)
        {
            FreeNames.Add(f);
            CellIndex.TryAdd(f, CellNames.Count + FreeNames.Count - 1);
        }
    }

    private void AddVar(string name)
    {
        if (VarIndex.ContainsKey(name)) return;
        VarIndex[name] = VarNames.Count;
        VarNames.Add(PyStr.Intern(name));
    }

    public int VarSlot(string name)
    {
        if (!VarIndex.TryGetValue(name, out var i))
        {
            i = VarNames.Count;
            VarIndex[name] = i;
            VarNames.Add(PyStr.Intern(name));
        }
        return i;
    }

    public int NameSlot(string name)
    {
        if (!_nameIndex.TryGetValue(name, out var i))
        {
            i = Names.Count;
            _nameIndex[name] = i;
            Names.Add(PyStr.Intern(name));
        }
        return i;
    }

    public int ConstSlot(object? value)
    {
        var key = ConstKey(value);
        if (key != null && _constIndex.TryGetValue(key, out var i)) return i;
        i = Consts.Count;
        Consts.Add(ToPy(value));
        if (key != null) _constIndex[key] = i;
        return i;
    }

    /// <summary>Key for de-duplicating constants: values equal in Python but of different types (1, 1.0, True) stay distinct.</summary>
    private static object? ConstKey(object? value) => value switch
    {
        null => ("none", 0),
        bool b => ("bool", b),
        BigInteger i => ("int", i),
        double d => ("float", BitConverter.DoubleToInt64Bits(d)),
        string s => ("str", s),
        Complex c => ("complex", BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(c.Imaginary)),
        Syntax.Ellipsis => ("ellipsis", 0),
        string[] names => ("names", string.Join("\0", names)),
        _ => null,
    };

    public static PyObject ToPy(object? value) => value switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        BigInteger i => PyInt.From(i),
        double d => new PyFloat(d),
        string s => s.Length <= 40 && IsIdentifierLike(s) ? PyStr.Intern(s) : new PyStr(s),
        byte[] bytes => new PyBytes(bytes),
        Complex c => new PyComplex(c.Real, c.Imaginary),
        Syntax.Ellipsis => PyEllipsis.Instance,
        string[] names => PyTuple.Create(names.Select(n => (PyObject)PyStr.Intern(n)).ToArray()),
        PyObject o => o,
        _ => throw new InvalidOperationException($"unsupported constant {value.GetType()}"),
    };

    private static bool IsIdentifierLike(string s)
    {
        foreach (var ch in s)
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_')) return false;
        return true;
    }

    /// <summary>The innermost active block that has a handler.</summary>
    public FBlock? CurrentProtection()
    {
        for (var i = FBlocks.Count - 1; i >= 0; i--)
            if (FBlocks[i].Handler != null) return FBlocks[i];
        return null;
    }

    public PyCode Assemble(string filename, CodeFlags flags, int argCount, int posOnly, int kwOnly)
    {
        var code = Code.ToArray();
        var entries = new List<ExceptionEntry>();
        var i = 0;
        while (i < code.Length)
        {
            var p = Protection[i];
            var start = i;
            while (i < code.Length && ReferenceEquals(Protection[i], p)) i++;
            if (p != null) entries.Add(new ExceptionEntry(start, i, p.Handler!.Target, p.HandlerDepth));
        }
        var cellToArg = new int[CellNames.Count];
        for (var c = 0; c < CellNames.Count; c++)
            cellToArg[c] = Scope.IsFunctionLike ? Scope.Parameters.IndexOf(CellNames[c]) : -1;
        if (Scope.FreeVars.Count == 0 && CellNames.Count == 0) flags |= CodeFlags.NoFree;
        return new PyCode
        {
            Filename = filename,
            Name = Name,
            QualName = QualName,
            FirstLineNo = FirstLine,
            Instructions = code,
            Lines = Lines.ToArray(),
            Consts = Consts.ToArray(),
            Names = Names.ToArray(),
            VarNames = VarNames.ToArray(),
            CellVars = CellNames.Select(PyStr.Intern).ToArray(),
            FreeVars = FreeNames.Select(PyStr.Intern).ToArray(),
            CellToArg = cellToArg,
            ExceptionTable = entries.ToArray(),
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            MaxStack = MaxDepth + 2,
            Flags = flags,
            Doc = HasDoc ? Doc : null,
        };
    }
}
