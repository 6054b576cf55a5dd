using Skein.Syntax;
using Skein.Vm;

namespace Skein.Compiler;

/// <summary>
/// Compiles an AST into code objects. Stack depth is tracked while emitting (each label carries the
/// depth of the jumps to it) so that exception-table entries know the depth to unwind to and each code
/// object knows its maximum stack size.
/// </summary>
public sealed partial class CodeGenerator
{
    private readonly SymbolTable _symbols;
    private readonly string _filename;
    private readonly string[] _lines;
    private CodeUnit _u = null!;
    private readonly Stack<CodeUnit> _units = new();
    private string? _className;
    private readonly bool _interactive;

    private CodeGenerator(SymbolTable symbols, string filename, string source, bool interactive)
    {
        _symbols = symbols;
        _filename = filename;
        _lines = source.Split('\n');
        _interactive = interactive;
    }

    public static PyCode Compile(Mod mod, string filename, string source)
    {
        var st = SymbolTable.Build(mod, filename, source);
        var g = new CodeGenerator(st, filename, source, mod is Interactive);
        return g.CompileModule(mod);
    }

    private PyCode CompileModule(Mod mod)
    {
        EnterUnit(_symbols.Top, "<module>", "<module>", 1);
        switch (mod)
        {
            case Module m:
                if (m.Body.Count > 0) _u.Line = m.Body[0].Lineno;
                if (_u.Scope.HasAnnotations) Emit(Opcode.SetupAnnotations);
                var body = m.Body;
                if (GetDocstring(body) is { } doc)
                {
                    _u.Line = body[0].Lineno;
                    EmitConst(doc);
                    StoreName("__doc__");
                    body = body.GetRange(1, body.Count - 1);
                }
                VisitStmts(body);
                EmitConst(null);
                Emit(Opcode.ReturnValue);
                break;
            case Interactive i:
                if (_u.Scope.HasAnnotations) Emit(Opcode.SetupAnnotations);
                VisitStmts(i.Body);
                EmitConst(null);
                Emit(Opcode.ReturnValue);
                break;
            case Expression e:
                _u.Line = e.Body.Lineno;
                VisitExpr(e.Body);
                Emit(Opcode.ReturnValue);
                break;
        }
        return LeaveUnit(CodeFlags.None, 0, 0, 0);
    }

    private static string? GetDocstring(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string s } } ? s : null;

    private void EnterUnit(Scope scope, string name, string qualName, int firstLine)
    {
        if (_u != null) _units.Push(_u);
        _u = new CodeUnit(scope, name, qualName, firstLine);
    }

    private PyCode LeaveUnit(CodeFlags flags, int argCount, int posOnly, int kwOnly)
    {
        var s = _u.Scope;
        if (s.IsFunctionLike) flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
        if (s.HasVarArgs) flags |= CodeFlags.VarArgs;
        if (s.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        if (s.IsNested) flags |= CodeFlags.Nested;
        if (s.IsFunctionLike)
        {
            if (s.IsCoroutine && s.IsGenerator) flags |= CodeFlags.AsyncGenerator;
            else if (s.IsCoroutine) flags |= CodeFlags.Coroutine;
            else if (s.IsGenerator) flags |= CodeFlags.Generator;
        }
        var code = _u.Assemble(_filename, flags, argCount, posOnly, kwOnly);
        _u = _units.Count > 0 ? _units.Pop() : null!;
        return code;
    }

    private PythonSyntaxError Error(string message, Node at) => SymbolTable.MakeError(message, at, _filename, _lines);

    // ---- emission -----------------------------------------------------------------------------------

    private void Emit(Opcode op, int arg = 0)
    {
        if (arg < 0 || arg > Instr.MaxArg) throw new InvalidOperationException($"argument out of range for {op}: {arg}");
        _u.Code.Add(Instr.Make(op, arg));
        _u.Lines.Add(_u.Line);
        _u.Protection.Add(_u.CurrentProtection());
        _u.Depth += StackEffect(op, arg, false);
        if (_u.Depth > _u.MaxDepth) _u.MaxDepth = _u.Depth;
        if (_u.Depth < 0) throw new InvalidOperationException($"stack underflow compiling {_u.QualName} at {op} (line {_u.Line})");
    }

    private void EmitJump(Opcode op, Label target)
    {
        var jumpDepth = _u.Depth + StackEffect(op, 0, true);
        if (target.Depth < 0) target.Depth = jumpDepth;
        target.Refs.Add(_u.Code.Count);
        if (target.Target >= 0) Emit(op, target.Target);
        else Emit(op, 0);
    }

    private void Bind(Label label)
    {
        label.Target = _u.Code.Count;
        if (label.Depth >= 0) _u.Depth = label.Depth;
        else label.Depth = _u.Depth;
        foreach (var r in label.Refs)
        {
            var word = _u.Code[r];
            _u.Code[r] = Instr.Make(Instr.Op(word), label.Target);
        }
    }

    private void EmitConst(object? value) => Emit(Opcode.LoadConst, _u.ConstSlot(value));

    private static int StackEffect(Opcode op, int arg, bool jump) => op switch
    {
        Opcode.Nop => 0,
        Opcode.PopTop => -1,
        Opcode.Copy => 1,
        Opcode.Swap => 0,
        Opcode.PushNull => 1,
        Opcode.LoadConst or Opcode.LoadFast or Opcode.LoadDeref or Opcode.LoadClosure or Opcode.LoadClassDeref
            or Opcode.LoadName or Opcode.LoadGlobal => 1,
        Opcode.StoreFast or Opcode.StoreDeref or Opcode.StoreName or Opcode.StoreGlobal => -1,
        Opcode.DeleteFast or Opcode.DeleteDeref or Opcode.DeleteName or Opcode.DeleteGlobal => 0,
        Opcode.LoadAttr => 0,
        Opcode.StoreAttr => -2,
        Opcode.DeleteAttr => -1,
        Opcode.LoadMethod => 1,
        Opcode.BinaryOp => -1,
        Opcode.UnaryNegative or Opcode.UnaryPositive or Opcode.UnaryInvert or Opcode.UnaryNot => 0,
        Opcode.CompareOp or Opcode.IsOp or Opcode.ContainsOp => -1,
        Opcode.BinarySubscr => -1,
        Opcode.StoreSubscr => -3,
        Opcode.DeleteSubscr => -2,
        Opcode.BuildSlice => 1 - arg,
        Opcode.BuildTuple or Opcode.BuildList or Opcode.BuildSet or Opcode.BuildString => 1 - arg,
        Opcode.BuildMap => 1 - 2 * arg,
        Opcode.BuildConstKeyMap => -arg,
        Opcode.ListAppend or Opcode.SetAdd => -1,
        Opcode.MapAdd => -2,
        Opcode.ListExtend or Opcode.SetUpdate or Opcode.DictUpdate or Opcode.DictMerge => -1,
        Opcode.ListToTuple => 0,
        Opcode.FormatValue => (arg & 4) != 0 ? -1 : 0,
        Opcode.Jump => 0,
        Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue or Opcode.PopJumpIfNone or Opcode.PopJumpIfNotNone => -1,
        Opcode.JumpIfFalseOrPop or Opcode.JumpIfTrueOrPop => jump ? 0 : -1,
        Opcode.GetIter => 0,
        Opcode.ForIter => jump ? -1 : 1,
        Opcode.PopIter => -1,
        Opcode.UnpackSequence => arg - 1,
        Opcode.UnpackEx => (arg & 0xFF) + (arg >> 8),
        Opcode.Call => -arg - 1,
        Opcode.CallKw => -arg - 2,
        Opcode.CallEx => -2 - (arg & 1),
        Opcode.MakeFunction => -BitOperations.PopCount((uint)arg),
        Opcode.ReturnValue => -1,
        Opcode.LoadBuildClass => 1,
        Opcode.ImportName => -1,
        Opcode.ImportFrom => 1,
        Opcode.ImportStar => -1,
        Opcode.SetupAnnotations => 0,
        Opcode.LoadLocals => 1,
        Opcode.RaiseVarargs => -arg,
        Opcode.PushExcInfo => 1,
        Opcode.PopExcept => -1,
        Opcode.Reraise => -1,
        Opcode.CheckExcMatch or Opcode.CheckEgMatch => 0,
        Opcode.PrepReraiseStar => -1,
        Opcode.LoadAssertionError => 1,
        Opcode.BeforeWith or Opcode.BeforeAsyncWith => 1,
        Opcode.WithExceptStart => 1,
        Opcode.YieldValue => 0,
        Opcode.GetYieldFromIter or Opcode.GetAwaitable or Opcode.GetAIter => 0,
        Opcode.GetANext => 1,
        Opcode.EndAsyncFor => -2,
        Opcode.Send => jump ? -1 : 0,
        Opcode.MatchClass => -2,
        Opcode.MatchMapping or Opcode.MatchSequence or Opcode.MatchKeys or Opcode.GetLen => 1,
        Opcode.CopyDictWithoutKeys => -1,
        Opcode.PrintExpr => -1,
        _ => throw new InvalidOperationException($"no stack effect for {op}"),
    };

    // ---- blocks -------------------------------------------------------------------------------------

    private FBlock PushBlock(FBlockKind kind, Label? handler = null, int handlerDepth = 0)
    {
        var b = new FBlock { Kind = kind, Handler = handler, HandlerDepth = handlerDepth };
        if (handler != null) handler.Depth = handlerDepth + 1;
        _u.FBlocks.Add(b);
        return b;
    }

    private void PopBlock(FBlock b)
    {
        if (_u.FBlocks.Count == 0 || !ReferenceEquals(_u.FBlocks[^1], b)) throw new InvalidOperationException("block stack mismatch");
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
    }

    /// <summary>Emits what leaving one block early requires (CPython's compiler_unwind_fblock).</summary>
    private void UnwindBlock(FBlock b, bool preserveTos)
    {
        switch (b.Kind)
        {
            case FBlockKind.While:
            case FBlockKind.TryBody:
            case FBlockKind.HandlerRegion:
            case FBlockKind.ExceptStar:
                break;
            case FBlockKind.For:
                if (preserveTos) Emit(Opcode.Swap, 2);
                Emit(Opcode.PopIter);
                break;
            case FBlockKind.AsyncFor:
            case FBlockKind.PopValue:
                if (preserveTos) Emit(Opcode.Swap, 2);
                Emit(Opcode.PopTop);
                break;
            case FBlockKind.FinallyTry:
                {
                    FBlock? pv = preserveTos ? PushBlock(FBlockKind.PopValue) : null;
                    VisitStmts(b.FinalBody!);
                    if (pv != null) PopBlock(pv);
                }
                break;
            case FBlockKind.FinallyEnd:
                if (preserveTos) Emit(Opcode.Swap, 2);
                Emit(Opcode.PopTop);
                if (preserveTos) Emit(Opcode.Swap, 2);
                Emit(Opcode.PopExcept);
                break;
            case FBlockKind.HandlerCleanup:
                if (preserveTos) Emit(Opcode.Swap, 2);
                Emit(Opcode.PopExcept);
                if (b.HandlerName != null)
                {
                    EmitConst(null);
                    StoreName(b.HandlerName);
                    DeleteName(b.HandlerName);
                }
                break;
            case FBlockKind.With:
            case FBlockKind.AsyncWith:
                if (preserveTos) Emit(Opcode.Swap, 2);
                Emit(Opcode.PushNull);
                EmitConst(null);
                EmitConst(null);
                EmitConst(null);
                Emit(Opcode.Call, 3);
                if (b.Kind == FBlockKind.AsyncWith) EmitAwait();
                Emit(Opcode.PopTop);
                break;
        }
    }

    /// <summary>Unwinds the block stack for return (loop == null) or up to the innermost loop (break/continue).</summary>
    private FBlock? UnwindBlocks(bool preserveTos, bool stopAtLoop, Node at)
    {
        if (_u.FBlocks.Count == 0) return null;
        var top = _u.FBlocks[^1];
        if (top.Kind == FBlockKind.ExceptStar)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block", at);
        if (stopAtLoop && top.Kind is FBlockKind.While or FBlockKind.For or FBlockKind.AsyncFor) return top;
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        UnwindBlock(top, preserveTos);
        var loop = UnwindBlocks(preserveTos, stopAtLoop, at);
        _u.FBlocks.Add(top);
        return loop;
    }

    // ---- names --------------------------------------------------------------------------------------

    private string Mangle(string name) => SymbolTable.Mangle(_className, name);

    private enum NameOp { Load, Store, Delete }

    private void NameOperation(string rawName, NameOp op)
    {
        var name = Mangle(rawName);
        if (op == NameOp.Load && rawName == "__debug__")
        {
            EmitConst(true);
            return;
        }
        var scope = _u.Scope;
        var where = scope.Lookup(name);
        switch (where)
        {
            case SymbolScope.Free:
            case SymbolScope.Cell:
                if (!_u.CellIndex.TryGetValue(name, out var ci)) goto default;
                if (op == NameOp.Load && scope.Kind == ScopeKind.Class) Emit(Opcode.LoadClassDeref, ci);
                else Emit(op switch { NameOp.Load => Opcode.LoadDeref, NameOp.Store => Opcode.StoreDeref, _ => Opcode.DeleteDeref }, ci);
                return;
            case SymbolScope.Local when scope.IsFunctionLike:
                Emit(op switch { NameOp.Load => Opcode.LoadFast, NameOp.Store => Opcode.StoreFast, _ => Opcode.DeleteFast }, _u.VarSlot(name));
                return;
            case SymbolScope.GlobalExplicit:
            case SymbolScope.GlobalImplicit when scope.IsFunctionLike:
                Emit(op switch { NameOp.Load => Opcode.LoadGlobal, NameOp.Store => Opcode.StoreGlobal, _ => Opcode.DeleteGlobal }, _u.NameSlot(name));
                return;
            default:
                Emit(op switch { NameOp.Load => Opcode.LoadName, NameOp.Store => Opcode.StoreName, _ => Opcode.DeleteName }, _u.NameSlot(name));
                return;
        }
    }

    private void LoadName(string name) => NameOperation(name, NameOp.Load);
    private void StoreName(string name) => NameOperation(name, NameOp.Store);
    private void DeleteName(string name) => NameOperation(name, NameOp.Delete);

    private string ChildQualName(string name)
    {
        var s = _u.Scope;
        if (s.Kind == ScopeKind.Module) return name;
        var mangled = Mangle(name);
        if (s.IsFunctionLike && s.Lookup(mangled) == SymbolScope.GlobalExplicit) return name;
        if (s.Kind == ScopeKind.Class && s.Lookup(mangled) == SymbolScope.GlobalExplicit) return name;
        return s.IsFunctionLike ? _u.QualName + ".<locals>." + name : _u.QualName + "." + name;
    }

    /// <summary>Pushes the cells a nested code object closes over, as a tuple; false when it has none.</summary>
    private bool EmitClosure(Scope child)
    {
        if (child.FreeVars.Count == 0) return false;
        foreach (var name in child.FreeVars)
        {
            // A class body's own __class__ cell, or a name the enclosing scope holds as a cell or passes through.
            if (!_u.CellIndex.TryGetValue(name, out var index))
                throw new InvalidOperationException($"free variable '{name}' of {child.Name} not found in {_u.QualName}");
            Emit(Opcode.LoadClosure, index);
        }
        Emit(Opcode.BuildTuple, child.FreeVars.Count);
        return true;
    }
}
