using Skein.Compiler;
using Skein.Modules;

namespace Skein.Runtime;

/// <summary>
/// One interpreter per process: start-up (sys, builtins, sys.path), running the __main__ program in its
/// forms (file, -c, -m, stdin), and the orderly shutdown CPython performs (join non-daemon threads, run
/// atexit handlers, flush the standard streams).
/// </summary>
public static class PythonRuntime
{
    public static PyModule Builtins { get; private set; } = null!;
    public static PyModule Sys { get; private set; } = null!;
    public static volatile bool IsFinalizing;
    public static int IntMaxStrDigits = 4300;
    private static bool s_initialized;

    /// <summary>The folder of modules written in Python that ship with Skein.</summary>
    public static string LibDirectory => Path.Combine(AppContext.BaseDirectory, "Lib");

    public static void Initialize(IReadOnlyList<string> argv, string? path0, IReadOnlyList<string>? origArgv = null)
    {
        if (s_initialized) throw new InvalidOperationException("the runtime is already initialised");
        s_initialized = true;
        Sys = BuiltinModules.Create("sys")!;
        var modules = SysModule.Modules;
        modules.SetItem(new PyStr("sys"), Sys);
        Builtins = BuiltinModules.Create("builtins") ?? new PyModule("builtins");
        modules.SetItem(new PyStr("builtins"), Builtins);
        ImportSystem.Install(Builtins);
        PendingInterrupt.MainThreadId = Environment.CurrentManagedThreadId;
        EvalBreaker.Handlers = ServiceEvalBreaker;
        GlobalInterpreterLock.Acquire();

        var sysArgv = (PyList)Sys.Dict.GetItemOrNull("argv")!;
        foreach (var a in argv) sysArgv.Append(new PyStr(a));
        var orig = (PyList)Sys.Dict.GetItemOrNull("orig_argv")!;
        foreach (var a in origArgv ?? argv) orig.Append(new PyStr(a));

        var sysPath = (PyList)Sys.Dict.GetItemOrNull("path")!;
        if (path0 != null) sysPath.Append(new PyStr(path0));
        var pythonPath = Environment.GetEnvironmentVariable("PYTHONPATH");
        if (!string.IsNullOrEmpty(pythonPath))
            foreach (var p in pythonPath.Split(':', StringSplitOptions.RemoveEmptyEntries)) sysPath.Append(new PyStr(p));
        sysPath.Append(new PyStr(LibDirectory));
    }

    /// <summary>What a backward jump does when the eval breaker is set: interrupts, signal handlers, GIL hand-over.</summary>
    private static void ServiceEvalBreaker()
    {
        if (PendingInterrupt.IsMainThread)
        {
            PendingInterrupt.ThrowIfRequested();
            SignalModule.DeliverPending();
        }
        else if (PendingInterrupt.IsRequested)
        {
            EvalBreaker.Request();
        }
        GlobalInterpreterLock.YieldIfContended();
    }

    public static PyModule CreateMainModule(string? file)
    {
        var main = new PyModule("__main__");
        main.Dict.SetItem(Names.__builtins__, Builtins);
        if (file != null) main.Dict.SetItem(Names.__file__, new PyStr(file));
        main.Dict.SetItem("__cached__", PyNone.Instance);
        main.Dict.SetItem(Names.__annotations__, new PyDict());
        SysModule.Modules.SetItem(Names.__main__, main);
        return main;
    }

    public static void RunSource(string source, string filename, PyModule module)
    {
        var code = PythonCompiler.CompileSource(source, filename, CompileMode.Exec);
        Vm.Executor.Run(code, module.Dict);
    }

    /// <summary>skein -m module: runs the module (or package's __main__) as __main__, like runpy.</summary>
    public static void RunModuleAsMain(string name)
    {
        var (file, packageDir) = FindModuleFile(name);
        if (packageDir != null)
        {
            ImportSystem.ImportAbsolute(name, true);
            RunModuleAsMain(name + ".__main__");
            return;
        }
        if (file == null) throw Errors.ImportError($"No module named {name}");
        var argv = (PyList)Sys.Dict.GetItemOrNull("argv")!;
        Ops.SetItem(argv, PyInt.From(0), new PyStr(file));
        if (name.Contains('.')) ImportSystem.ImportAbsolute(name[..name.LastIndexOf('.')], true);
        var main = CreateMainModule(file);
        main.Dict.SetItem(Names.__package__, new PyStr(name.Contains('.') ? name[..name.LastIndexOf('.')] : ""));
        RunSource(ImportSystem.ReadSource(file), file, main);
    }

    private static (string? File, string? PackageDir) FindModuleFile(string name)
    {
        var parts = name.Split('.');
        var dirs = Ops.Iterate((PyList)Sys.Dict.GetItemOrNull("path")!).OfType<PyStr>().Select(s => s.Value.Length == 0 ? Directory.GetCurrentDirectory() : s.Value).ToList();
        foreach (var root in dirs)
        {
            var dir = Path.Combine([root, .. parts[..^1]]);
            var leaf = parts[^1];
            if (File.Exists(Path.Combine(dir, leaf, "__init__.py"))) return (null, Path.Combine(dir, leaf));
            if (File.Exists(Path.Combine(dir, leaf + ".py"))) return (Path.Combine(dir, leaf + ".py"), null);
        }
        return (null, null);
    }

    public static void WriteStderr(string text)
    {
        try
        {
            var stderr = Sys.Dict.GetItemOrNull("stderr");
            if (stderr != null && stderr is not PyNone)
            {
                Ops.CallMethod(stderr, "write", new PyStr(text));
                Ops.CallMethod(stderr, "flush");
                return;
            }
        }
        catch (PyException)
        {
            // Fall back to the raw handle: an error report must not be lost because sys.stderr is broken.
        }
        Console.Error.Write(text);
    }

    public static void FlushStandardStreams()
    {
        foreach (var name in new[] { "stdout", "stderr" })
        {
            try
            {
                if (Sys.Dict.GetItemOrNull(name) is { } s && s is not PyNone) Ops.CallMethod(s, "flush");
            }
            catch (PyException)
            {
                // A stream replaced by something without flush() is not worth failing the exit for.
            }
        }
    }

    public static void PrintException(PyBaseException e) => WriteStderr(TracebackPrinter.Format(e));

    /// <summary>Reports an exception that reached the top level, as CPython does, and returns the exit status.</summary>
    public static int HandleUncaught(PyBaseException e)
    {
        if (e.Type.IsSubtypeOf(PyExc.SystemExit)) return ExitCodeOf(e);
        var hook = Sys.Dict.GetItemOrNull("excepthook");
        try
        {
            if (hook != null && hook is not PyNone) Ops.Call(hook, [e.Type, e, e.Traceback ?? PyNone.Instance]);
            else PrintException(e);
        }
        catch (PyException)
        {
            PrintException(e);
        }
        return e.Type.IsSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /// <summary>SystemExit(code): None → 0, an int → that status, anything else is printed to stderr and gives 1.</summary>
    public static int ExitCodeOf(PyBaseException e)
    {
        var code = Ops.GetAttrOrNull(e, "code") ?? PyNone.Instance;
        if (code is PyNone) return 0;
        if (code is PyInt i) return i.TryGetLong(out var v) ? (int)(v & 0xFF) : 1;
        WriteStderr(Ops.Str(code) + "\n");
        return 1;
    }

    /// <summary>Interpreter exit: join non-daemon threads (threading._shutdown), run atexit handlers, flush streams.</summary>
    public static int Shutdown(int status)
    {
        try
        {
            if (SysModule.Modules.GetItemOrNull(new PyStr("threading")) is PyModule threading
                && threading.Dict.GetItemOrNull("_shutdown") is { } shutdown)
                Ops.Call(shutdown);
        }
        catch (PyException e)
        {
            status = HandleUncaught(e.Value);
        }
        IsFinalizing = true;
        try
        {
            if (SysModule.Modules.GetItemOrNull(new PyStr("atexit")) is PyModule atexit
                && atexit.Dict.GetItemOrNull("_run_exitfuncs") is { } run)
                Ops.Call(run);
        }
        catch (PyException e)
        {
            PrintException(e.Value);
        }
        Vm.UnawaitedCoroutines.ReportAtExit();
        FlushStandardStreams();
        return status;
    }
}
