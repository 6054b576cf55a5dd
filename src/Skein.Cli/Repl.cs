using Skein.Compiler;
using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Skein.Syntax;

namespace Skein.Cli;

/// <summary>
/// The interactive prompt: reads a statement (continuing with '...' while the parser reports incomplete
/// input), compiles it in 'single' mode so expression values are echoed through sys.displayhook, and
/// reports errors without leaving the loop.
/// </summary>
public static class Repl
{
    public static int Run(bool quiet)
    {
        if (!quiet)
            PythonRuntime.WriteStderr($"Python {SysModule.PythonVersion} (Skein {SysModule.SkeinVersion}) on {Environment.OSVersion.Platform.ToString().ToLowerInvariant()}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        var main = SysModule.Modules.GetItemOrNull(Names.__main__) as PyModule ?? PythonRuntime.CreateMainModule(null);
        while (true)
        {
            var source = ReadStatement();
            if (source == null)
            {
                PythonRuntime.WriteStderr("\n");
                return 0;
            }
            if (source.Trim().Length == 0) continue;
            try
            {
                var code = PythonCompiler.CompileSource(source, "<stdin>", CompileMode.Single);
                Vm.Executor.Run(code, main.Dict);
            }
            catch (PythonSyntaxError e)
            {
                PythonRuntime.HandleUncaught(SyntaxErrors.ToPython(e).Value);
            }
            catch (PyException e) when (e.Is(PyExc.SystemExit))
            {
                return PythonRuntime.ExitCodeOf(e.Value);
            }
            catch (PyException e)
            {
                PythonRuntime.HandleUncaught(e.Value);
            }
            PythonRuntime.FlushStandardStreams();
        }
    }

    private static string? ReadStatement()
    {
        var lines = new List<string>();
        while (true)
        {
            PythonRuntime.WriteStderr(lines.Count == 0 ? PromptOf("ps1", ">>> ") : PromptOf("ps2", "... "));
            var line = Console.In.ReadLine();
            if (line == null) return lines.Count == 0 ? null : string.Join("\n", lines) + "\n";
            lines.Add(line);
            var source = string.Join("\n", lines) + "\n";
            if (line.Trim().Length == 0) return source;
            // As CPython's prompt: a statement that needs more lines is continued until a blank line.
            if (lines.Count == 1 && !Parser.IsIncomplete(source)) return source;
        }
    }

    private static string PromptOf(string name, string fallback) =>
        PythonRuntime.Sys.Dict.GetItemOrNull(name) is { } p ? Ops.Str(p) : fallback;
}
