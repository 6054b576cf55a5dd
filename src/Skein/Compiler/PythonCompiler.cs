using Skein.Syntax;

namespace Skein.Compiler;

public enum CompileMode { Exec, Eval, Single }

/// <summary>Source to code object: parse, build the symbol table, generate bytecode.</summary>
public static class PythonCompiler
{
    /// <summary>Parses and compiles; syntax errors surface as Syntax.PythonSyntaxError.</summary>
    public static Vm.PyCode CompileSource(string source, string filename, CompileMode mode)
    {
        Mod mod = mode switch
        {
            CompileMode.Eval => Parser.ParseExpression(source, filename),
            CompileMode.Single => Parser.ParseInteractive(source, filename),
            _ => Parser.ParseModule(source, filename),
        };
        try
        {
            return CodeGenerator.Compile(mod, filename, source);
        }
        catch (Exception e) when (e is not (PythonSyntaxError or PyException))
        {
            // A compiler bug must not crash the process with a .NET trace.
            throw new PyException(Vm.InternalErrors.ToPython(e));
        }
    }

    /// <summary>The Python SyntaxError (or IndentationError/TabError) for a compile error, with CPython's attributes.</summary>
    public static PyException ToPythonException(PythonSyntaxError e)
    {
        var type = e.Kind switch
        {
            SyntaxErrorKind.IndentationError => PyExc.IndentationError,
            SyntaxErrorKind.TabError => PyExc.TabError,
            _ => PyExc.SyntaxError,
        };
        PyObject text = e.Text == null ? PyNone.Instance : new PyStr(e.Text);
        var details = PyTuple.Create(new PyStr(e.Filename), PyInt.From(e.Lineno), PyInt.From(e.Offset), text,
            PyInt.From(e.EndLineno), PyInt.From(e.EndOffset));
        var exc = PyBaseException.Create(type, new PyStr(e.Msg), details);
        // Set the attributes directly too, in case SyntaxError's constructor does not unpack the details tuple.
        var d = exc.InstanceDict!;
        if (Ops.GetAttrOrNull(exc, "msg") == null) d.SetItem("msg", new PyStr(e.Msg));
        if (Ops.GetAttrOrNull(exc, "filename") == null) d.SetItem("filename", new PyStr(e.Filename));
        if (Ops.GetAttrOrNull(exc, "lineno") == null) d.SetItem("lineno", PyInt.From(e.Lineno));
        if (Ops.GetAttrOrNull(exc, "offset") == null) d.SetItem("offset", PyInt.From(e.Offset));
        if (Ops.GetAttrOrNull(exc, "text") == null) d.SetItem("text", text);
        if (Ops.GetAttrOrNull(exc, "end_lineno") == null) d.SetItem("end_lineno", PyInt.From(e.EndLineno));
        if (Ops.GetAttrOrNull(exc, "end_offset") == null) d.SetItem("end_offset", PyInt.From(e.EndOffset));
        if (Ops.GetAttrOrNull(exc, "print_file_and_line") == null) d.SetItem("print_file_and_line", PyNone.Instance);
        return new PyException(exc);
    }

    /// <summary>Compiles, turning a syntax error into the Python exception (for compile(), exec(), eval()).</summary>
    public static Vm.PyCode Compile(string source, string filename, CompileMode mode)
    {
        try
        {
            return CompileSource(source, filename, mode);
        }
        catch (PythonSyntaxError e)
        {
            throw ToPythonException(e);
        }
    }
}
