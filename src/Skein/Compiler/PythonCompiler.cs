namespace Skein.Compiler;

public enum CompileMode { Exec, Eval, Single }

/// <summary>Source or AST to code object (stub: the compiler engineer replaces this file, keeping these members).</summary>
public static class PythonCompiler
{
    /// <summary>Parses and compiles; syntax errors surface as Syntax.PythonSyntaxError.</summary>
    public static Vm.PyCode CompileSource(string source, string filename, CompileMode mode) =>
        throw new NotImplementedException("compiler not merged yet");
}
