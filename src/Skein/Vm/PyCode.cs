namespace Skein.Vm;

[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    NoFree = 0x40,
    Coroutine = 0x80,
    IterableCoroutine = 0x100,
    AsyncGenerator = 0x200,
}

/// <summary>One exception-table entry: instructions [Start, End) are protected by the handler at Handler, entered with the value stack cut to Depth.</summary>
public readonly record struct ExceptionEntry(int Start, int End, int Handler, int Depth);

/// <summary>
/// A compiled code object: bytecode, constants, names, the layout of fast locals and cells, a line
/// table and an exception table. Immutable once built (the inline caches are the only mutable part, and
/// each cache entry is replaced atomically).
/// </summary>
public sealed class PyCode : PyObject
{
    public string Filename = "<string>";
    public string Name = "<module>";
    public string QualName = "<module>";
    public int FirstLineNo = 1;

    public int[] Instructions = [];
    /// <summary>The source line of each instruction.</summary>
    public int[] Lines = [];
    public PyObject[] Consts = [];
    public PyStr[] Names = [];
    /// <summary>Fast local names: parameters first (positional, keyword-only, *args, **kwargs), then other locals.</summary>
    public PyStr[] VarNames = [];
    public PyStr[] CellVars = [];
    public PyStr[] FreeVars = [];
    /// <summary>For each cell variable, the index of the parameter it holds, or -1.</summary>
    public int[] CellToArg = [];
    public ExceptionEntry[] ExceptionTable = [];
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    public int MaxStack;
    public CodeFlags Flags;
    /// <summary>The docstring, which becomes the function's initial __doc__.</summary>
    public string? Doc;
    /// <summary>Inline caches, one per instruction, created on first execution (see InlineCaches); entries are replaced whole.</summary>
    public object?[]? Caches;

    internal object?[] CreateCaches()
    {
        var caches = new object?[Instructions.Length];
        return Interlocked.CompareExchange(ref Caches, caches, null) ?? caches;
    }

    public PyCode() : base(PyTypes.Code)
    {
    }

    public int NLocals => VarNames.Length;
    public int NCells => CellVars.Length + FreeVars.Length;
    public bool IsGenerator => (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;
    /// <summary>Total parameters including *args and **kwargs.</summary>
    public int TotalArgs => ArgCount + KwOnlyArgCount + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);

    public int LineAt(int instruction) =>
        instruction >= 0 && instruction < Lines.Length ? Lines[instruction] : FirstLineNo;

    /// <summary>The innermost handler covering an instruction, or null.</summary>
    public ExceptionEntry? FindHandler(int instruction)
    {
        // Entries are emitted innermost-first for overlapping ranges, so the first match is the innermost.
        foreach (var e in ExceptionTable)
            if (instruction >= e.Start && instruction < e.End) return e;
        return null;
    }

    /// <summary>
    /// code.replace(**changes): a copy with some co_* fields changed. The layout the VM relies on (how many
    /// locals, cells and free variables there are) must stay the same; names may be renamed.
    /// </summary>
    private PyCode Replace(PyDict? changes)
    {
        var c = new PyCode
        {
            Filename = Filename, Name = Name, QualName = QualName, FirstLineNo = FirstLineNo,
            Instructions = Instructions, Lines = Lines, Consts = Consts, Names = Names, VarNames = VarNames,
            CellVars = CellVars, FreeVars = FreeVars, CellToArg = CellToArg, ExceptionTable = ExceptionTable,
            ArgCount = ArgCount, PosOnlyArgCount = PosOnlyArgCount, KwOnlyArgCount = KwOnlyArgCount,
            MaxStack = MaxStack, Flags = Flags, Doc = Doc,
        };
        if (changes == null) return c;
        foreach (var (key, value) in changes.Snapshot())
        {
            var name = key is PyStr k ? k.Value : "";
            switch (name)
            {
                case "co_argcount": c.ArgCount = ReplaceInt(name, value); break;
                case "co_posonlyargcount": c.PosOnlyArgCount = ReplaceInt(name, value); break;
                case "co_kwonlyargcount": c.KwOnlyArgCount = ReplaceInt(name, value); break;
                case "co_flags": c.Flags = (CodeFlags)ReplaceInt(name, value); break;
                case "co_firstlineno": c.FirstLineNo = ReplaceInt(name, value); break;
                case "co_stacksize":
                    // The frame's stack is sized from the compiled code; a larger request is harmless, a smaller one is not honoured.
                    c.MaxStack = Math.Max(MaxStack, ReplaceInt(name, value));
                    break;
                case "co_nlocals":
                    if (ReplaceInt(name, value) != VarNames.Length) throw Errors.ValueError("code: co_nlocals != len(co_varnames)");
                    break;
                case "co_name": c.Name = ReplaceStr(name, value); break;
                case "co_qualname": c.QualName = ReplaceStr(name, value); break;
                case "co_filename": c.Filename = ReplaceStr(name, value); break;
                case "co_consts": c.Consts = ReplaceTuple(name, value).Items.ToArray(); break;
                case "co_names": c.Names = ReplaceNames(name, value, Names.Length); break;
                case "co_varnames": c.VarNames = ReplaceNames(name, value, VarNames.Length); break;
                case "co_cellvars": c.CellVars = ReplaceNames(name, value, CellVars.Length); break;
                case "co_freevars": c.FreeVars = ReplaceNames(name, value, FreeVars.Length); break;
                case "co_code":
                    {
                        var bytes = value as PyBytes ?? throw Errors.TypeError($"replace() argument 'co_code' must be bytes, not {value.Type.Name}");
                        var data = bytes.Value;
                        if (data.Length != Instructions.Length * 4)
                            throw Errors.ValueError("code: co_code must keep the instruction count of the code it replaces");
                        var words = new int[Instructions.Length];
                        Buffer.BlockCopy(data, 0, words, 0, data.Length);
                        c.Instructions = words;
                        break;
                    }
                case "co_linetable":
                case "co_exceptiontable":
                    // Skein keeps its own line and exception tables; CPython's encodings of them do not apply.
                    if (value is not PyBytes) throw Errors.TypeError($"replace() argument '{name}' must be bytes, not {value.Type.Name}");
                    break;
                default:
                    throw Errors.TypeError($"'{Ops.Str(key)}' is an invalid keyword argument for replace()");
            }
        }
        if (c.ArgCount + c.KwOnlyArgCount + ((c.Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((c.Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0) > c.VarNames.Length
            || c.PosOnlyArgCount > c.ArgCount)
            throw Errors.ValueError("code: co_varnames is too small");
        return c;
    }

    private static int ReplaceInt(string name, PyObject value)
    {
        var n = Ops.AsLong(value);
        if (n < 0 || n > int.MaxValue) throw Errors.ValueError($"code: {name} must be a non-negative int");
        return (int)n;
    }

    private static string ReplaceStr(string name, PyObject value) =>
        value is PyStr s ? s.Value : throw Errors.TypeError($"replace() argument '{name}' must be str, not {value.Type.Name}");

    private static PyTuple ReplaceTuple(string name, PyObject value) =>
        value as PyTuple ?? throw Errors.TypeError($"replace() argument '{name}' must be tuple, not {value.Type.Name}");

    private static PyStr[] ReplaceNames(string name, PyObject value, int count)
    {
        var items = ReplaceTuple(name, value).Items;
        if (items.Length < count) throw Errors.ValueError($"code: {name} is too small");
        if (items.Length > count) throw Errors.ValueError($"code: {name} must keep its length ({count})");
        var result = new PyStr[items.Length];
        for (var i = 0; i < items.Length; i++)
            result[i] = items[i] is PyStr str ? PyStr.Intern(str.Value) : throw Errors.SystemError("non-string found in code slot");
        return result;
    }

    private static PyTuple NameTuple(PyStr[] names)
    {
        var items = new PyObject[names.Length];
        Array.Copy(names, items, names.Length);
        return PyTuple.Create(items);
    }

    internal static void InitType(PyType t)
    {
        t.DefGetter("co_name", self => new PyStr(((PyCode)self).Name));
        t.DefGetter("co_qualname", self => new PyStr(((PyCode)self).QualName));
        t.DefGetter("co_filename", self => new PyStr(((PyCode)self).Filename));
        t.DefGetter("co_firstlineno", self => PyInt.From(((PyCode)self).FirstLineNo));
        t.DefGetter("co_argcount", self => PyInt.From(((PyCode)self).ArgCount));
        t.DefGetter("co_posonlyargcount", self => PyInt.From(((PyCode)self).PosOnlyArgCount));
        t.DefGetter("co_kwonlyargcount", self => PyInt.From(((PyCode)self).KwOnlyArgCount));
        t.DefGetter("co_nlocals", self => PyInt.From(((PyCode)self).NLocals));
        t.DefGetter("co_stacksize", self => PyInt.From(((PyCode)self).MaxStack));
        t.DefGetter("co_flags", self => PyInt.From((int)((PyCode)self).Flags));
        t.DefGetter("co_varnames", self => NameTuple(((PyCode)self).VarNames));
        t.DefGetter("co_cellvars", self => NameTuple(((PyCode)self).CellVars));
        t.DefGetter("co_freevars", self => NameTuple(((PyCode)self).FreeVars));
        t.DefGetter("co_names", self => NameTuple(((PyCode)self).Names));
        t.DefGetter("co_consts", self => PyTuple.Create((PyObject[])((PyCode)self).Consts.Clone()));
        t.DefGetter("co_code", self =>
        {
            var code = ((PyCode)self).Instructions;
            var bytes = new byte[code.Length * 4];
            Buffer.BlockCopy(code, 0, bytes, 0, bytes.Length);
            return new PyBytes(bytes);
        });
        t.DefMethod("co_lines", (self, _, _) =>
        {
            var c = (PyCode)self;
            var result = new List<PyObject>();
            for (var i = 0; i < c.Lines.Length; i++)
                result.Add(PyTuple.Create(PyInt.From(i * 2), PyInt.From(i * 2 + 2), PyInt.From(c.Lines[i])));
            return Ops.GetIter(new PyList(result));
        });
        t.DefMethod("replace", (self, args, kw) =>
        {
            if (args.Length != 0) throw Errors.TypeError("replace() takes no positional arguments");
            return ((PyCode)self).Replace(kw);
        });
        t.Repr = self =>
        {
            var c = (PyCode)self;
            return new PyStr($"<code object {c.Name} at 0x{Ops.Id(c):x}, file \"{c.Filename}\", line {c.FirstLineNo}>");
        };
        t.Hash = self => Ops.Id(self) >> 4;
    }
}
