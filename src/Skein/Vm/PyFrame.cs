namespace Skein.Vm;

/// <summary>
/// An executing (or suspended) frame. Fast locals and the value stack share one array: slots
/// [0, NLocals) are the locals, the stack grows from NLocals. Cells and free variables live in Cells.
/// A generator's frame is kept as data between resumptions: Ip, Sp and the stack contents are its state.
/// </summary>
public sealed class PyFrame : PyObject
{
    public PyCode Code;
    public PyDict Globals;
    public PyDict Builtins;
    /// <summary>
    /// A function frame without cells that the VM may reuse for a later call once this one returns (see
    /// ThreadState.TakeFrame); never once <see cref="Escaped"/>, and never for generator frames.
    /// </summary>
    internal bool Recyclable;
    /// <summary>
    /// Something outside the running call chain may hold this frame (a traceback, sys._getframe, f_back):
    /// it keeps its identity and contents after it returns. Set along the whole chain of callers, which the
    /// escaped frame reaches through f_back.
    /// </summary>
    internal bool Escaped;
    /// <summary>The locals mapping of module and class bodies (and exec with separate locals); null for function frames.</summary>
    public PyObject? Locals;
    public readonly StackSlot[] Stack;
    public readonly PyCell[]? Cells;
    public PyFrame? Back;
    /// <summary>Index of the next instruction to execute.</summary>
    public int Ip;
    /// <summary>Index of the instruction executing (or last executed): the line number and the exception handler come from it.</summary>
    public int LastI = -1;
    public int Sp;
    /// <summary>Set by YIELD_VALUE when the frame suspends; false once it returns.</summary>
    public bool Suspended;
    /// <summary>The value being yielded came from an async generator's own yield (not an await passing through).</summary>
    public bool YieldedWrapped;
    public PyGenerator? Generator;
    /// <summary>For an __init__ frame the loop runs for a class call: the new instance, which the call returns.</summary>
    public PyObject? ConstructedInstance;
    private PyObject? _trace;

    public PyFrame(PyCode code, PyDict globals) : this(code, globals, Executor.BuiltinsOf(globals), null, null)
    {
    }

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals, PyCell[]? closure) : base(PyTypes.Frame)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Stack = new StackSlot[code.NLocals + code.MaxStack];
        Sp = code.NLocals;
        var ncells = code.CellVars.Length;
        var nfree = code.FreeVars.Length;
        if (ncells + nfree > 0)
        {
            Cells = new PyCell[ncells + nfree];
            for (var i = 0; i < ncells; i++) Cells[i] = new PyCell();
            if (closure != null)
                for (var i = 0; i < nfree && i < closure.Length; i++) Cells[ncells + i] = closure[i];
        }
    }

    /// <summary>Marks frame and its callers as escaped (see <see cref="Escaped"/>).</summary>
    internal static void MarkEscaped(PyFrame? frame)
    {
        // A recyclable frame already escaped had its callers marked then (its f_back never changes);
        // other frames (generators, module bodies) are walked through, their f_back changes with each resumption.
        while (frame != null && !(frame.Escaped && frame.Recyclable))
        {
            frame.Escaped = true;
            frame = frame.Back;
        }
    }

    /// <summary>Makes a returned frame ready for another call of code (the VM cleared its slots when it returned).</summary>
    internal void Reuse(PyCode code, PyDict globals, PyDict builtins)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Ip = 0;
        LastI = -1;
        Sp = code.NLocals;
    }

    /// <summary>The line being executed.</summary>
    public int LineNo => LastI < 0 ? Code.FirstLineNo : Code.LineAt(LastI);

    /// <summary>The locals as a dict: the mapping itself for module/class frames, a fresh snapshot for function frames.</summary>
    public PyObject LocalsSnapshot()
    {
        if (Locals != null) return Locals;
        var d = new PyDict();
        var code = Code;
        for (var i = 0; i < code.NLocals; i++)
        {
            var v = Stack[i].Value;
            if (v != null && !IsCellArgument(i)) d.SetItem(code.VarNames[i], v);
        }
        if (Cells != null)
        {
            for (var i = 0; i < Cells.Length; i++)
            {
                var name = i < code.CellVars.Length ? code.CellVars[i] : code.FreeVars[i - code.CellVars.Length];
                if (Cells[i]?.Contents is { } c) d.SetItem(name, c);
                else if (i < code.CellVars.Length) d.Remove(name);
            }
        }
        return d;
    }

    private bool IsCellArgument(int local)
    {
        foreach (var a in Code.CellToArg)
            if (a == local) return true;
        return false;
    }

    internal static void InitType(PyType t)
    {
        t.DefGetter("f_code", self => ((PyFrame)self).Code);
        t.DefGetter("f_globals", self => ((PyFrame)self).Globals);
        t.DefGetter("f_builtins", self => ((PyFrame)self).Builtins);
        t.DefGetter("f_locals", self => ((PyFrame)self).LocalsSnapshot());
        t.DefGetter("f_lineno", self => PyInt.From(((PyFrame)self).LineNo));
        t.DefGetter("f_lasti", self => PyInt.From(Math.Max(0, ((PyFrame)self).LastI) * 2));
        t.DefGetter("f_back", self =>
        {
            var back = ((PyFrame)self).Back;
            MarkEscaped(back);
            return (PyObject?)back ?? PyNone.Instance;
        });
        t.DefGetter("f_trace", self => ((PyFrame)self)._trace ?? PyNone.Instance, (self, v) => ((PyFrame)self)._trace = v is PyNone ? null : v);
        t.DefGetter("f_trace_lines", _ => PyBool.True, (_, _) => { });
        t.DefGetter("f_trace_opcodes", _ => PyBool.False, (_, _) => { });
        t.DefMethod("clear", (self, _, _) =>
        {
            var f = (PyFrame)self;
            if (f.Generator is { IsRunning: true }) throw Errors.RuntimeError("cannot clear an executing frame");
            return PyNone.Instance;
        });
        t.Repr = self =>
        {
            var f = (PyFrame)self;
            return new PyStr($"<frame at 0x{Ops.Id(f):x}, file '{f.Code.Filename}', line {f.LineNo}, code {f.Code.Name}>");
        };
    }
}
