namespace Skein.Vm;

/// <summary>
/// A .NET failure inside the interpreter becomes a Python exception rather than crashing the process:
/// the user sees <c>SystemError: internal error: ...</c>, never a .NET stack trace. Setting SKEIN_DEBUG=1
/// also prints the .NET trace to stderr, for Skein's developers.
/// </summary>
public static class InternalErrors
{
    private static readonly bool Debug = Environment.GetEnvironmentVariable("SKEIN_DEBUG") is { Length: > 0 } v && v != "0";

    public static PyBaseException ToPython(Exception e)
    {
        switch (e)
        {
            case PyException pe:
                return pe.Value;
            case InsufficientExecutionStackException:
                return Errors.RecursionError().Value;
            case OutOfMemoryException:
                return Errors.MemoryError("out of memory").Value;
            case Syntax.PythonSyntaxError se:
                return Compiler.PythonCompiler.ToPythonException(se).Value;
        }
        if (Debug) Console.Error.WriteLine($"skein: internal error: {e}");
        return Errors.SystemError($"internal error: {e.GetType().Name}: {e.Message}").Value;
    }
}
