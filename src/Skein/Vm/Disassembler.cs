using System.Text;

namespace Skein.Vm;

/// <summary>A readable listing of a code object (for debugging the compiler, and for a future dis module).</summary>
public static class Disassembler
{
    public static string Disassemble(PyCode code)
    {
        var sb = new StringBuilder();
        Append(code, sb);
        return sb.ToString();
    }

    private static void Append(PyCode code, StringBuilder sb)
    {
        sb.Append($"code {code.QualName} (locals {code.NLocals}, stack {code.MaxStack}, cells {string.Join(",", code.CellVars.Select(c => c.Value))}, free {string.Join(",", code.FreeVars.Select(c => c.Value))})\n");
        for (var i = 0; i < code.Instructions.Length; i++)
        {
            var word = code.Instructions[i];
            var op = Instr.Op(word);
            var arg = Instr.Arg(word);
            var detail = op switch
            {
                Opcode.LoadConst => SafeRepr(code.Consts[arg]),
                Opcode.LoadFast or Opcode.StoreFast or Opcode.DeleteFast => code.VarNames[arg].Value,
                Opcode.LoadName or Opcode.StoreName or Opcode.DeleteName or Opcode.LoadGlobal or Opcode.StoreGlobal or Opcode.DeleteGlobal
                    or Opcode.LoadAttr or Opcode.StoreAttr or Opcode.DeleteAttr or Opcode.LoadMethod or Opcode.ImportName or Opcode.ImportFrom => code.Names[arg].Value,
                _ => "",
            };
            sb.Append($"{code.Lines[i],5} {i,5} {op,-22} {arg,-6} {detail}\n");
        }
        foreach (var e in code.ExceptionTable) sb.Append($"  handler [{e.Start}, {e.End}) -> {e.Handler} depth {e.Depth}\n");
        foreach (var c in code.Consts)
            if (c is PyCode inner) Append(inner, sb);
    }

    private static string SafeRepr(PyObject o)
    {
        try
        {
            return o is PyCode c ? $"<code {c.QualName}>" : Ops.Repr(o);
        }
        catch (PyException)
        {
            return o.Type.Name;
        }
    }
}
