using Skein.Syntax;
using Skein.Vm;

namespace Skein.Compiler;

/// <summary>
/// Match statements. A pattern consumes the subject on top of the stack; on failure it jumps to the fail
/// label with the subject consumed too (extra items pushed while matching are popped by small
/// trampolines). Captures are stored as soon as they match, which the language reference permits.
/// </summary>
public sealed partial class CodeGenerator
{
    private void CompileMatch(Match m)
    {
        VisitExpr(m.Subject);
        var end = new Label();
        for (var i = 0; i < m.Cases.Count; i++)
        {
            var c = m.Cases[i];
            _u.Line = c.Pattern.Lineno > 0 ? c.Pattern.Lineno : _u.Line;
            var last = i == m.Cases.Count - 1;
            // Failing leaves the stack as it was before this case (the subject kept for the next case, consumed by
            // the last): set it now, as the only jumps here may come from trampolines emitted after the body.
            var next = new Label { Depth = last ? _u.Depth - 1 : _u.Depth };
            if (!last) Emit(Opcode.Copy, 1);
            var trampolines = new List<(Label Label, int Pops, Label Target)>();
            CompilePattern(c.Pattern, next, trampolines, new HashSet<string>());
            if (c.Guard != null) CompileJumpIf(c.Guard, next, false);
            if (!last) Emit(Opcode.PopTop);
            VisitStmts(c.Body);
            EmitJump(Opcode.Jump, end);
            EmitTrampolines(trampolines);
            Bind(next);
        }
        Bind(end);
    }

    private void EmitTrampolines(List<(Label Label, int Pops, Label Target)> trampolines)
    {
        // A trampoline may jump to one created before it (nested patterns), so emit the later ones first:
        // that way every label's stack depth is known from its jumps before it is bound.
        for (var i = trampolines.Count - 1; i >= 0; i--)
        {
            var (label, pops, target) = trampolines[i];
            if (label.Refs.Count == 0) continue;
            Bind(label);
            for (var p = 0; p < pops; p++) Emit(Opcode.PopTop);
            EmitJump(Opcode.Jump, target);
        }
    }

    /// <summary>A label that pops the given number of extra items and then goes to fail.</summary>
    private static Label FailWith(List<(Label, int, Label)> trampolines, Label fail, int extra)
    {
        if (extra == 0) return fail;
        var l = new Label();
        trampolines.Add((l, extra, fail));
        return l;
    }

    private void StoreCapture(string name, HashSet<string> bound, Node at)
    {
        if (!bound.Add(name)) throw Error($"multiple assignments to name '{name}' in pattern", at);
        StoreName(name);
    }

    private void CompilePattern(Pattern p, Label fail, List<(Label, int, Label)> tramps, HashSet<string> bound)
    {
        switch (p)
        {
            case MatchValue mv:
                VisitExpr(mv.Value);
                Emit(Opcode.CompareOp, (int)CompareOp.Eq);
                EmitJump(Opcode.PopJumpIfFalse, fail);
                break;
            case MatchSingleton ms:
                EmitConst(ms.Value);
                Emit(Opcode.IsOp, 0);
                EmitJump(Opcode.PopJumpIfFalse, fail);
                break;
            case MatchAs ma:
                if (ma.Pattern == null)
                {
                    if (ma.Name == null) Emit(Opcode.PopTop);
                    else StoreCapture(ma.Name, bound, ma);
                    break;
                }
                if (ma.Name == null)
                {
                    CompilePattern(ma.Pattern, fail, tramps, bound);
                    break;
                }
                Emit(Opcode.Copy, 1);
                CompilePattern(ma.Pattern, FailWith(tramps, fail, 1), tramps, bound);
                StoreCapture(ma.Name, bound, ma);
                break;
            case MatchOr mo:
                CompileOrPattern(mo, fail, tramps, bound);
                break;
            case MatchSequence seq:
                CompileSequencePattern(seq, fail, tramps, bound);
                break;
            case MatchMapping map:
                CompileMappingPattern(map, fail, tramps, bound);
                break;
            case MatchClass cls:
                CompileClassPattern(cls, fail, tramps, bound);
                break;
            case MatchStar star:
                throw Error("can't use starred name here", star);
            default:
                throw Error($"unsupported pattern {p.GetType().Name}", p);
        }
    }

    private void CompileOrPattern(MatchOr mo, Label fail, List<(Label, int, Label)> tramps, HashSet<string> bound)
    {
        var success = new Label();
        HashSet<string>? names = null;
        for (var i = 0; i < mo.Patterns.Count; i++)
        {
            var alt = mo.Patterns[i];
            var altBound = new HashSet<string>(bound);
            if (i < mo.Patterns.Count - 1)
            {
                // The alternative may fail only through trampolines emitted later, so its depth is fixed here.
                var nextAlt = new Label { Depth = _u.Depth };
                Emit(Opcode.Copy, 1);
                CompilePattern(alt, nextAlt, tramps, altBound);
                Emit(Opcode.PopTop);
                EmitJump(Opcode.Jump, success);
                Bind(nextAlt);
            }
            else
            {
                CompilePattern(alt, fail, tramps, altBound);
            }
            altBound.ExceptWith(bound);
            if (names == null) names = altBound;
            else if (!names.SetEquals(altBound)) throw Error("alternative patterns bind different names", alt);
        }
        Bind(success);
        if (names != null) bound.UnionWith(names);
    }

    private void CompileSequencePattern(MatchSequence seq, Label fail, List<(Label, int, Label)> tramps, HashSet<string> bound)
    {
        var pats = seq.Patterns;
        var star = -1;
        for (var i = 0; i < pats.Count; i++)
        {
            if (pats[i] is not MatchStar) continue;
            if (star >= 0) throw Error("multiple starred names in sequence pattern", pats[i]);
            star = i;
        }
        Emit(Opcode.MatchSequence);
        EmitJump(Opcode.PopJumpIfFalse, FailWith(tramps, fail, 1));
        Emit(Opcode.GetLen);
        var fixedCount = star < 0 ? pats.Count : pats.Count - 1;
        EmitConst(new BigInteger(fixedCount));
        Emit(Opcode.CompareOp, (int)(star < 0 ? CompareOp.Eq : CompareOp.Ge));
        EmitJump(Opcode.PopJumpIfFalse, FailWith(tramps, fail, 1));
        if (star < 0) Emit(Opcode.UnpackSequence, pats.Count);
        else Emit(Opcode.UnpackEx, star | ((pats.Count - star - 1) << 8));
        for (var i = 0; i < pats.Count; i++)
        {
            var remaining = pats.Count - i - 1;
            if (pats[i] is MatchStar ms)
            {
                if (ms.Name == null) Emit(Opcode.PopTop);
                else StoreCapture(ms.Name, bound, ms);
                continue;
            }
            CompilePattern(pats[i], FailWith(tramps, fail, remaining), tramps, bound);
        }
    }

    private void CompileMappingPattern(MatchMapping map, Label fail, List<(Label, int, Label)> tramps, HashSet<string> bound)
    {
        Emit(Opcode.MatchMapping);
        EmitJump(Opcode.PopJumpIfFalse, FailWith(tramps, fail, 1));
        var n = map.Keys.Count;
        if (n == 0 && map.Rest == null)
        {
            Emit(Opcode.PopTop);
            return;
        }
        if (n > 0)
        {
            Emit(Opcode.GetLen);
            EmitConst(new BigInteger(n));
            Emit(Opcode.CompareOp, (int)CompareOp.Ge);
            EmitJump(Opcode.PopJumpIfFalse, FailWith(tramps, fail, 1));
        }
        foreach (var k in map.Keys)
        {
            if (k is not (Constant or Syntax.Attribute)) throw Error("mapping pattern keys may only match literals and attribute lookups", k);
            VisitExpr(k);
        }
        Emit(Opcode.BuildTuple, n);
        // [subject, keys] -> [subject, keys, values-or-None]
        Emit(Opcode.MatchKeys);
        Emit(Opcode.Copy, 1);
        EmitJump(Opcode.PopJumpIfNone, FailWith(tramps, fail, 3));
        Emit(Opcode.UnpackSequence, n);
        for (var i = 0; i < n; i++)
            CompilePattern(map.Patterns[i], FailWith(tramps, fail, n - i - 1 + 2), tramps, bound);
        if (map.Rest != null)
        {
            Emit(Opcode.CopyDictWithoutKeys);
            StoreCapture(map.Rest, bound, map);
        }
        else
        {
            Emit(Opcode.PopTop);
            Emit(Opcode.PopTop);
        }
    }

    private void CompileClassPattern(MatchClass cls, Label fail, List<(Label, int, Label)> tramps, HashSet<string> bound)
    {
        var seen = new HashSet<string>();
        foreach (var a in cls.KwdAttrs)
            if (!seen.Add(a)) throw Error($"attribute name repeated in class pattern: {a}", cls);
        VisitExpr(cls.Cls);
        EmitConst(cls.KwdAttrs.ToArray());
        Emit(Opcode.MatchClass, cls.Patterns.Count);
        Emit(Opcode.Copy, 1);
        EmitJump(Opcode.PopJumpIfNone, FailWith(tramps, fail, 1));
        var total = cls.Patterns.Count + cls.KwdPatterns.Count;
        Emit(Opcode.UnpackSequence, total);
        var all = cls.Patterns.Concat(cls.KwdPatterns).ToList();
        for (var i = 0; i < total; i++)
            CompilePattern(all[i], FailWith(tramps, fail, total - i - 1), tramps, bound);
    }
}
