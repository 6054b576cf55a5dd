namespace Skein.Vm;

/// <summary>
/// The instruction set: a stack machine modelled on CPython 3.11/3.12. An instruction is one int:
/// the opcode in the low 8 bits and the argument in the upper 24 (see <see cref="Instr"/>). Jump
/// arguments are absolute instruction indices. Every instruction index also indexes the code's inline
/// cache array, so attribute, global and call instructions can keep per-site caches without an operand.
///
/// Calls use the layout [callable, self-or-null, args...]: LOAD_METHOD pushes (function, receiver) or
/// (callable, null), and a plain call pushes the callable then PUSH_NULL, so a method call never
/// allocates a bound method.
/// </summary>
public enum Opcode : byte
{
    Nop,
    PopTop,
    /// <summary>Push a copy of the item arg positions down (COPY 1 duplicates the top).</summary>
    Copy,
    /// <summary>Swap the top with the item arg positions down (SWAP 2 swaps the top two).</summary>
    Swap,
    PushNull,

    LoadConst,
    LoadFast,
    StoreFast,
    DeleteFast,
    /// <summary>Cells and free variables share one index space: cells first, then free variables.</summary>
    LoadDeref,
    StoreDeref,
    DeleteDeref,
    /// <summary>Push the cell object itself (to build a closure).</summary>
    LoadClosure,
    /// <summary>A free variable read in a class body: the class namespace first, then the cell.</summary>
    LoadClassDeref,
    LoadName,
    StoreName,
    DeleteName,
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    LoadAttr,
    StoreAttr,
    DeleteAttr,
    LoadMethod,

    /// <summary>arg = BinaryOp | 0x80 for the in-place form.</summary>
    BinaryOp,
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    UnaryNot,
    /// <summary>arg = CompareOp.</summary>
    CompareOp,
    /// <summary>arg 1 inverts (is not).</summary>
    IsOp,
    /// <summary>arg 1 inverts (not in).</summary>
    ContainsOp,
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    /// <summary>arg = 2 or 3 items.</summary>
    BuildSlice,

    BuildTuple,
    BuildList,
    BuildSet,
    /// <summary>arg pairs key, value.</summary>
    BuildMap,
    /// <summary>Keys as a constant tuple on top, then arg values.</summary>
    BuildConstKeyMap,
    BuildString,
    /// <summary>Pop a value, append it to the list arg positions down (after the pop).</summary>
    ListAppend,
    SetAdd,
    /// <summary>Pop value then key, store into the dict arg positions down.</summary>
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    /// <summary>Like DictUpdate but duplicate keys raise "got multiple values for keyword argument" (for f(**a, **b)).</summary>
    DictMerge,
    ListToTuple,
    /// <summary>arg: low 2 bits conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 = a format spec is on the stack.</summary>
    FormatValue,

    Jump,
    PopJumpIfFalse,
    PopJumpIfTrue,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    PopJumpIfNone,
    PopJumpIfNotNone,
    GetIter,
    /// <summary>Push the next item, or pop the iterator and jump to arg when exhausted.</summary>
    ForIter,
    /// <summary>
    /// Pop a for loop's iterator when the loop is left early (break, return): a generator the loop created
    /// itself is closed there, where CPython's reference counting would finalise it.
    /// </summary>
    PopIter,
    UnpackSequence,
    /// <summary>arg = count before the star | count after &lt;&lt; 8.</summary>
    UnpackEx,

    /// <summary>[callable, self-or-null, arg0..argN-1] with N = arg.</summary>
    Call,
    /// <summary>Like Call, with a constant tuple of keyword names on top naming the last arguments.</summary>
    CallKw,
    /// <summary>[callable, null, args tuple, kwargs dict if arg &amp; 1].</summary>
    CallEx,
    /// <summary>arg flags: 1 defaults, 2 kw defaults, 4 annotations, 8 closure; the code object is on top.</summary>
    MakeFunction,
    ReturnValue,
    LoadBuildClass,
    /// <summary>Stack: level, fromlist; name = names[arg].</summary>
    ImportName,
    ImportFrom,
    ImportStar,
    SetupAnnotations,
    LoadLocals,

    /// <summary>arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS.</summary>
    RaiseVarargs,
    /// <summary>[exc] -> [previously handled, exc], and exc becomes the handled exception.</summary>
    PushExcInfo,
    /// <summary>Pop the previously handled exception and restore it.</summary>
    PopExcept,
    /// <summary>Pop an exception and raise it again without adding a traceback entry.</summary>
    Reraise,
    /// <summary>[exc, type] -> [exc, bool].</summary>
    CheckExcMatch,
    /// <summary>except*: [eg, type] -> [rest, match] where match is None when nothing matched.</summary>
    CheckEgMatch,
    /// <summary>Combine the exceptions raised and re-raised by except* clauses: [orig, list] -> [exc-or-None].</summary>
    PrepReraiseStar,
    LoadAssertionError,
    /// <summary>[mgr] -> [bound __exit__, result of __enter__].</summary>
    BeforeWith,
    /// <summary>[mgr] -> [bound __aexit__, awaitable of __aenter__].</summary>
    BeforeAsyncWith,
    /// <summary>[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)].</summary>
    WithExceptStart,

    /// <summary>arg 1 marks a value yielded by an async generator (as opposed to one passed through from an await).</summary>
    YieldValue,
    GetYieldFromIter,
    GetAwaitable,
    GetAIter,
    GetANext,
    /// <summary>[aiter, exc]: StopAsyncIteration ends the loop, anything else is re-raised.</summary>
    EndAsyncFor,
    /// <summary>[iter, value]: send into iter; on a yield -> [iter, yielded]; on return pop both, push the value, jump to arg.</summary>
    Send,

    MatchClass,
    MatchMapping,
    MatchSequence,
    MatchKeys,
    GetLen,
    CopyDictWithoutKeys,
    PrintExpr,
}

/// <summary>Packing of an instruction word.</summary>
public static class Instr
{
    public const int ArgShift = 8;
    public const int MaxArg = (1 << 24) - 1;

    public static int Make(Opcode op, int arg) => (arg << ArgShift) | (byte)op;

    public static Opcode Op(int word) => (Opcode)(word & 0xFF);

    public static int Arg(int word) => word >>> ArgShift;

    public static bool IsJump(Opcode op) => op is Opcode.Jump or Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue or Opcode.JumpIfFalseOrPop
        or Opcode.JumpIfTrueOrPop or Opcode.PopJumpIfNone or Opcode.PopJumpIfNotNone or Opcode.ForIter or Opcode.Send;
}
