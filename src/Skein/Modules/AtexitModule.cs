namespace Skein.Modules;

/// <summary>
/// atexit: functions run at interpreter exit, last registered first. An exception in one is reported as
/// "Exception ignored in atexit callback: &lt;function f at 0x...&gt;" with its traceback, and the rest still run.
/// </summary>
[BuiltinModule("atexit")]
public static class AtexitModule
{
    private sealed record Callback(PyObject Function, PyObject[] Args, PyDict? Kwargs);

    private static readonly List<Callback> s_callbacks = [];
    private static readonly Lock s_lock = new();

    public static void Init(PyModule module)
    {
        module.Set("__doc__", new PyStr("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        module.DefFunction("register", (args, kw) =>
        {
            if (args.Length == 0) throw Errors.TypeError("register() takes at least 1 argument (0 given)");
            var f = args[0];
            if (f.Type.Call == null) throw Errors.TypeError("the first argument must be callable");
            var kwargs = kw != null && kw.Count > 0 ? kw.Copy() : null;
            lock (s_lock) s_callbacks.Add(new Callback(f, args[1..].ToArray(), kwargs));
            return f;
        }, "Register a function to be executed upon normal program termination");
        module.DefFunction("unregister", (args, kw) =>
        {
            ArgParser.NoKeywords("unregister", kw);
            ArgParser.Exactly("unregister", args, 1);
            Unregister(args[0]);
            return PyNone.Instance;
        }, "Unregister an exit function which was previously registered using atexit.register");
        module.DefFunction("_run_exitfuncs", (args, kw) =>
        {
            ArgParser.Exactly("_run_exitfuncs", args, 0);
            RunExitFunctions();
            return PyNone.Instance;
        }, "Run all registered exit functions.");
        module.DefFunction("_clear", (args, kw) =>
        {
            ArgParser.Exactly("_clear", args, 0);
            lock (s_lock) s_callbacks.Clear();
            return PyNone.Instance;
        }, "Clear the list of previously registered exit functions.");
        module.DefFunction("_ncallbacks", (args, kw) =>
        {
            ArgParser.Exactly("_ncallbacks", args, 0);
            lock (s_lock) return PyInt.From(s_callbacks.Count);
        }, "Return the number of registered exit functions.");
    }

    private static void Unregister(PyObject f)
    {
        Callback[] snapshot;
        lock (s_lock) snapshot = s_callbacks.ToArray();
        // Equality may run Python code, so it is evaluated outside the lock; matches are removed by identity.
        var doomed = new HashSet<Callback>(ReferenceEqualityComparer.Instance);
        foreach (var c in snapshot)
            if (Ops.RichCompareBool(c.Function, f, CompareOp.Eq)) doomed.Add(c);
        if (doomed.Count == 0) return;
        lock (s_lock) s_callbacks.RemoveAll(doomed.Contains);
    }

    /// <summary>Runs and clears the registered functions, last registered first (called by the CLI at exit).</summary>
    public static void RunExitFunctions()
    {
        Callback[] snapshot;
        lock (s_lock)
        {
            snapshot = s_callbacks.ToArray();
            s_callbacks.Clear();
        }
        for (var i = snapshot.Length - 1; i >= 0; i--)
        {
            var c = snapshot[i];
            try
            {
                Ops.Call(c.Function, c.Args, c.Kwargs);
            }
            catch (PyException e)
            {
                ReportIgnored(c.Function, e.Value);
            }
        }
    }

    private static void ReportIgnored(PyObject function, PyBaseException e)
    {
        string what;
        try
        {
            what = Ops.Repr(function);
        }
        catch (PyException)
        {
            what = "<object repr() failed>";
        }
        PyModule? sys = PythonRuntime.Sys;
        var text = $"Exception ignored in atexit callback: {what}\n" + TracebackPrinter.Format(e);
        if (sys == null) Console.Error.Write(text);
        else PythonRuntime.WriteStderr(text);
    }
}
