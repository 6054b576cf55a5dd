namespace Skein.Modules;

/// <summary>
/// gc: the .NET collector does the work (it is tracing, so cycles need no help); these functions keep
/// CPython's interface. collect() also runs pending weakref callbacks, which the finalizer thread queues.
/// </summary>
[BuiltinModule("gc")]
public static class GcModule
{
    private static bool s_enabled = true;
    private static long s_threshold0 = 700, s_threshold1 = 10, s_threshold2 = 10;
    private static long s_debug;
    private static long s_freezeCount;
    private static readonly PyList s_callbacks = new();
    private static readonly string[] s_collectParams = ["generation"];

    public static void Init(PyModule m)
    {
        m.Set("DEBUG_STATS", PyInt.From(1));
        m.Set("DEBUG_COLLECTABLE", PyInt.From(2));
        m.Set("DEBUG_UNCOLLECTABLE", PyInt.From(4));
        m.Set("DEBUG_SAVEALL", PyInt.From(32));
        m.Set("DEBUG_LEAK", PyInt.From(38));
        m.Set("garbage", new PyList());
        m.Set("callbacks", s_callbacks);
        m.DefFunction("collect", (args, kw) =>
        {
            var a = ArgParser.Parse("collect", args, kw, s_collectParams);
            var generation = a[0] == null ? 2 : Ops.AsLong(a[0]!);
            if (generation is < 0 or > 2) throw Errors.ValueError("invalid generation");
            return PyInt.From(Collect((int)generation));
        }, "Run the garbage collector.");
        m.DefFunction("enable", (_, _) => Set(ref s_enabled, true), "Enable automatic garbage collection.");
        m.DefFunction("disable", (_, _) => Set(ref s_enabled, false), "Disable automatic garbage collection.");
        m.DefFunction("isenabled", (_, _) => PyBool.From(Volatile.Read(ref s_enabled)), "Returns true if automatic garbage collection is enabled.");
        m.DefFunction("get_count", (_, _) => PyTuple.Create(PyInt.From(0), PyInt.From(0), PyInt.From(0)), "Return a three-tuple of the current collection counts.");
        m.DefFunction("get_threshold", (_, _) =>
            PyTuple.Create(PyInt.From(Interlocked.Read(ref s_threshold0)), PyInt.From(Interlocked.Read(ref s_threshold1)), PyInt.From(Interlocked.Read(ref s_threshold2))),
            "Return the current collection thresholds.");
        m.DefFunction("set_threshold", (args, kw) =>
        {
            ArgParser.NoKeywords("set_threshold", kw);
            ArgParser.Range("set_threshold", args, 1, 3);
            Interlocked.Exchange(ref s_threshold0, Ops.AsInt32(args[0]));
            if (args.Length > 1) Interlocked.Exchange(ref s_threshold1, Ops.AsInt32(args[1]));
            if (args.Length > 2) Interlocked.Exchange(ref s_threshold2, Ops.AsInt32(args[2]));
            return PyNone.Instance;
        }, "Set the collection thresholds (the most recently collected generation is affected).");
        m.DefFunction("get_debug", (_, _) => PyInt.From(Interlocked.Read(ref s_debug)), "Get the garbage collection debugging flags.");
        m.DefFunction("set_debug", (args, kw) =>
        {
            ArgParser.NoKeywords("set_debug", kw);
            ArgParser.Exactly("set_debug", args, 1);
            Interlocked.Exchange(ref s_debug, Ops.AsInt32(args[0]));
            return PyNone.Instance;
        }, "Set the garbage collection debugging flags.");
        m.DefFunction("freeze", (_, _) =>
        {
            Interlocked.Increment(ref s_freezeCount);
            return PyNone.Instance;
        }, "Freeze all current tracked objects and ignore them for future collections.");
        m.DefFunction("unfreeze", (_, _) =>
        {
            Interlocked.Exchange(ref s_freezeCount, 0);
            return PyNone.Instance;
        }, "Unfreeze all objects in the permanent generation.");
        m.DefFunction("get_freeze_count", (_, _) => PyInt.From(Interlocked.Read(ref s_freezeCount)), "Return the number of objects in the permanent generation.");
        m.DefFunction("is_tracked", (args, kw) =>
        {
            ArgParser.NoKeywords("is_tracked", kw);
            ArgParser.Exactly("is_tracked", args, 1);
            return PyBool.From(IsTracked(args[0]));
        }, "Returns true if the object is tracked by the garbage collector.");
        m.DefFunction("is_finalized", (args, kw) =>
        {
            ArgParser.Exactly("is_finalized", args, 1);
            return PyBool.False;
        }, "Returns true if the object has been already finalized by the GC.");
        m.DefFunction("get_stats", (_, _) =>
        {
            var stats = new PyObject[3];
            for (var g = 0; g < 3; g++)
            {
                var d = new PyDict();
                d.SetItem("collections", PyInt.From(GC.CollectionCount(g)));
                d.SetItem("collected", PyInt.From(0));
                d.SetItem("uncollectable", PyInt.From(0));
                stats[g] = d;
            }
            return new PyList(stats);
        }, "Return a list of dictionaries containing per-generation statistics.");
    }

    private static PyObject Set(ref bool field, bool value)
    {
        Volatile.Write(ref field, value);
        return PyNone.Instance;
    }

    /// <summary>A full blocking collection; weakref callbacks of objects it freed run before it returns.</summary>
    public static int Collect(int generation)
    {
        var info = new PyDict();
        info.SetItem("generation", PyInt.From(generation));
        info.SetItem("collected", PyInt.From(0));
        info.SetItem("uncollectable", PyInt.From(0));
        RunCallbacks("start", info);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Weakref.WeakRefRegistry.RunPendingCallbacks();
        RunCallbacks("stop", info);
        return 0;
    }

    private static void RunCallbacks(string phase, PyDict info)
    {
        if (s_callbacks.Count == 0) return;
        var phaseStr = new PyStr(phase);
        foreach (var cb in s_callbacks.ToArray()) Ops.Call(cb, phaseStr, info);
    }

    /// <summary>CPython leaves atomic values (numbers, strings, None) untracked, and dicts holding only such values.</summary>
    private static bool IsTracked(PyObject o)
    {
        if (IsAtomic(o)) return false;
        if (o is PyDict d && ReferenceEquals(d.Type, PyTypes.Dict))
        {
            foreach (var pair in d.Snapshot())
                if (!IsAtomic(pair.Key) || !IsAtomic(pair.Value)) return true;
            return false;
        }
        return true;
    }

    private static bool IsAtomic(PyObject o) =>
        o is PyNone or PyBool or PyEllipsis or PyNotImplemented
        || ReferenceEquals(o.Type, PyTypes.Int) || ReferenceEquals(o.Type, PyTypes.Float) || ReferenceEquals(o.Type, PyTypes.Complex)
        || ReferenceEquals(o.Type, PyTypes.Str) || ReferenceEquals(o.Type, PyTypes.Bytes);
}
