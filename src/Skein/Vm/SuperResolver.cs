namespace Skein.Vm;

/// <summary>Zero-argument super(): the class comes from the calling frame's __class__ cell, the instance from its first argument.</summary>
public static class SuperResolver
{
    public static (PyType Class, PyObject Instance) FromCurrentFrame()
    {
        var frame = ThreadState.Current.CurrentFrame as PyFrame ?? throw Errors.RuntimeError("super(): no current frame");
        var code = frame.Code;
        if (code.ArgCount == 0 && (code.Flags & CodeFlags.VarArgs) == 0) throw Errors.RuntimeError("super(): no arguments");
        PyObject? first = frame.Stack[0].Value;
        for (var i = 0; i < code.CellToArg.Length; i++)
            if (code.CellToArg[i] == 0) first = frame.Cells![i].Contents;
        if (code.ArgCount == 0 && first is PyTuple varargs) first = varargs.Count > 0 ? varargs.Items[0] : null;
        if (first == null) throw Errors.RuntimeError("super(): arg[0] deleted");
        var index = Array.FindIndex(code.FreeVars, n => n.Value == "__class__");
        if (index < 0) throw Errors.RuntimeError("super(): __class__ cell not found");
        var contents = frame.Cells![code.CellVars.Length + index].Contents ?? throw Errors.RuntimeError("super(): empty __class__ cell");
        var cls = contents as PyType ?? throw Errors.RuntimeError($"super(): __class__ is not a type ({contents.Type.Name})");
        return (cls, first);
    }
}
