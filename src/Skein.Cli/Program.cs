using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Skein.Syntax;

namespace Skein.Cli;

/// <summary>The skein command: python3's command line (file, -c, -m, -, REPL) on the Skein runtime.</summary>
public static class Program
{
    private const string Usage = """
        usage: skein [option] ... [-c cmd | -m mod | file | -] [arg] ...
        Options (and corresponding environment variables):
        -c cmd : program passed in as string (terminates option list)
        -h     : print this help message and exit (also -? or --help)
        -i     : inspect interactively after running script
        -m mod : run library module as a script (terminates option list)
        -q     : don't print version and copyright messages on interactive startup
        -u     : force the stdout and stderr streams to be unbuffered
        -V     : print the Python version number and exit (also --version)
        -W arg : warning control; arg is action:message:category:module:lineno
        -X opt : set implementation-specific option (-X gil=1: run with a global interpreter lock)
        -B -E -I -O -OO -P -s -S -b -d -v -x: accepted for compatibility
        file   : program read from script file
        -      : program read from stdin (default; interactive mode if a tty)
        arg ...: arguments passed to program in sys.argv[1:]
        """;

    private sealed class Options
    {
        public string? Command;
        public string? Module;
        public string? Script;
        public bool Unbuffered;
        public bool Inspect;
        public bool Quiet;
        public int Optimize;
        public readonly List<string> XOptions = [];
        public readonly List<string> WarnOptions = [];
        public readonly List<string> Args = [];
    }

    public static int Main(string[] args)
    {
        var status = 0;
        // Python code may recurse deeply in native code (repr of nested containers); give the main thread room.
        var thread = new Thread(() => status = Run(args), 256 * 1024 * 1024) { Name = "MainThread" };
        thread.Start();
        thread.Join();
        return status;
    }

    private static int Run(string[] args)
    {
        Options options;
        try
        {
            options = Parse(args);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine("usage: skein [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            Console.Error.WriteLine("Try `skein -h' for more information.");
            return 2;
        }
        catch (EarlyExit e)
        {
            return e.Status;
        }

        var interactive = options.Command == null && options.Module == null && options.Script == null && !Console.IsInputRedirected;
        var argv = new List<string>();
        string? path0;
        if (options.Command != null)
        {
            argv.Add("-c");
            path0 = "";
        }
        else if (options.Module != null)
        {
            argv.Add(options.Module);
            path0 = Directory.GetCurrentDirectory();
        }
        else if (options.Script != null && options.Script != "-")
        {
            argv.Add(options.Script);
            path0 = Path.GetDirectoryName(Path.GetFullPath(options.Script)) ?? "";
        }
        else
        {
            argv.Add(options.Script == "-" ? "-" : "");
            path0 = "";
        }
        argv.AddRange(options.Args);

        if (options.XOptions.Contains("gil=1") || Environment.GetEnvironmentVariable("PYTHON_GIL") == "1") SysModule.GilEnabled = true;
        PythonRuntime.Initialize(argv, path0, ["skein", .. args]);
        // Ctrl-C becomes KeyboardInterrupt in the main thread, as in CPython, instead of killing the process.
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            PendingInterrupt.Request();
        });
        ConfigureSys(options, interactive);

        var status = 0;
        try
        {
            if (options.Command != null)
            {
                var main = PythonRuntime.CreateMainModule(null);
                PythonRuntime.RunSource(options.Command + "\n", "<string>", main);
            }
            else if (options.Module != null)
            {
                PythonRuntime.RunModuleAsMain(options.Module);
            }
            else if (options.Script != null && options.Script != "-")
            {
                var path = options.Script;
                if (!File.Exists(path))
                {
                    var full = Path.GetFullPath(path);
                    Console.Error.WriteLine(Directory.Exists(path)
                        ? $"{Environment.ProcessPath}: can't find '__main__' module in '{path}'"
                        : $"{Environment.ProcessPath}: can't open file '{full}': [Errno 2] No such file or directory");
                    return 2;
                }
                // As CPython 3.9+, the main script's __file__ and code filename are absolute.
                var fullPath = Path.GetFullPath(path);
                var main = PythonRuntime.CreateMainModule(fullPath);
                PythonRuntime.RunSource(ImportSystem.ReadSource(fullPath), fullPath, main);
            }
            else if (!interactive)
            {
                var main = PythonRuntime.CreateMainModule(null);
                PythonRuntime.RunSource(Console.In.ReadToEnd(), "<stdin>", main);
            }
            if (interactive || options.Inspect) status = Repl.Run(options.Quiet || !interactive);
        }
        catch (PyException e)
        {
            status = PythonRuntime.HandleUncaught(e.Value);
        }
        catch (PythonSyntaxError e)
        {
            status = PythonRuntime.HandleUncaught(SyntaxErrors.ToPython(e).Value);
        }
        catch (Exception e)
        {
            status = PythonRuntime.HandleUncaught(Skein.Vm.InternalErrors.ToPython(e));
        }
        return PythonRuntime.Shutdown(status);
    }

    private static void ConfigureSys(Options options, bool interactive)
    {
        var sys = PythonRuntime.Sys;
        SysModule.SetFlags(sys, options.Optimize, interactive ? 1 : 0, inspect: options.Inspect ? 1 : 0, quiet: options.Quiet ? 1 : 0);
        var xoptions = (PyDict)sys.Dict.GetItemOrNull("_xoptions")!;
        foreach (var x in options.XOptions)
        {
            var eq = x.IndexOf('=');
            if (eq < 0) xoptions.SetItem(new PyStr(x), PyBool.True);
            else xoptions.SetItem(new PyStr(x[..eq]), new PyStr(x[(eq + 1)..]));
        }
        var warn = (PyList)sys.Dict.GetItemOrNull("warnoptions")!;
        foreach (var w in options.WarnOptions) warn.Append(new PyStr(w));
        if (options.Unbuffered || Environment.GetEnvironmentVariable("PYTHONUNBUFFERED") is { Length: > 0 })
        {
            foreach (var name in new[] { "stdout", "stderr" })
                if (sys.Dict.GetItemOrNull(name) is StandardStream s) s.WriteThrough = true;
        }
    }

    private sealed class UsageException(string message) : Exception(message);

    private sealed class EarlyExit(int status) : Exception
    {
        public int Status { get; } = status;
    }

    private static Options Parse(string[] args)
    {
        var o = new Options();
        var i = 0;
        for (; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                i++;
                break;
            }
            if (a == "--help" || a == "-h" || a == "-?")
            {
                Console.WriteLine(Usage);
                throw new EarlyExit(0);
            }
            if (a == "--version")
            {
                Console.WriteLine(VersionLine());
                throw new EarlyExit(0);
            }
            if (a.Length < 2 || a[0] != '-') break;
            if (a == "-") break;
            for (var j = 1; j < a.Length; j++)
            {
                var c = a[j];
                string TakeArgument(string option)
                {
                    if (j + 1 < a.Length)
                    {
                        var rest = a[(j + 1)..];
                        j = a.Length;
                        return rest;
                    }
                    if (i + 1 >= args.Length) throw new UsageException($"Argument expected for the -{option} option");
                    j = a.Length;
                    return args[++i];
                }
                switch (c)
                {
                    case 'c':
                        o.Command = TakeArgument("c");
                        o.Args.AddRange(args[(i + 1)..]);
                        return o;
                    case 'm':
                        o.Module = TakeArgument("m");
                        o.Args.AddRange(args[(i + 1)..]);
                        return o;
                    case 'u': o.Unbuffered = true; break;
                    case 'i': o.Inspect = true; break;
                    case 'q': o.Quiet = true; break;
                    case 'O': o.Optimize++; break;
                    case 'V':
                        Console.WriteLine(VersionLine());
                        throw new EarlyExit(0);
                    case 'X': o.XOptions.Add(TakeArgument("X")); break;
                    case 'W': o.WarnOptions.Add(TakeArgument("W")); break;
                    case 'B': case 'E': case 'I': case 'P': case 's': case 'S': case 'b': case 'd': case 'v': case 'x': case 'R':
                        break;
                    default:
                        throw new UsageException($"Unknown option: -{c}");
                }
            }
        }
        if (i < args.Length)
        {
            o.Script = args[i];
            o.Args.AddRange(args[(i + 1)..]);
        }
        return o;
    }

    private static string VersionLine() => $"Python {SysModule.PythonVersion} (Skein {SysModule.SkeinVersion})";
}
