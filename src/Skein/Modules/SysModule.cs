namespace Skein.Modules;

/// <summary>
/// The sys module. Created once at start-up by the runtime (Runtime/PythonRuntime.cs), which fills argv,
/// path, flags and the streams from the command line.
/// </summary>
[BuiltinModule("sys")]
public static class SysModule
{
    public const string PythonVersion = "3.12.0";
    public const string SkeinVersion = "0.1.0";

    public static readonly PyType VersionInfoType = StructSequence.DefineType("sys.version_info",
        ["major", "minor", "micro", "releaselevel", "serial"], "sys");
    public static readonly PyType FlagsType = StructSequence.DefineType("sys.flags",
        ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
         "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
         "safe_path", "int_max_str_digits"], "sys");
    public static readonly PyType FloatInfoType = StructSequence.DefineType("sys.float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"], "sys");
    public static readonly PyType IntInfoType = StructSequence.DefineType("sys.int_info",
        ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], "sys");
    public static readonly PyType HashInfoType = StructSequence.DefineType("sys.hash_info",
        ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"], "sys");
    public static readonly PyType AsyncGenHooksType = StructSequence.DefineType("asyncgen_hooks", ["firstiter", "finalizer"], "sys");
    public static readonly PyType ThreadInfoType = StructSequence.DefineType("sys.thread_info", ["name", "lock", "version"], "sys");

    /// <summary>The sys module of this process (there is one interpreter per process).</summary>
    public static PyModule? Instance;

    /// <summary>True when running with -X gil=1 / PYTHON_GIL=1 (see Runtime/GlobalInterpreterLock.cs).</summary>
    public static bool GilEnabled;

    private static PyObject? s_trace, s_profile;
    private static double s_switchInterval = 0.005;

    public static PyDict Modules => Instance!.Dict.GetItemOrNull("modules") as PyDict ?? throw Errors.RuntimeError("lost sys.modules");

    private static PyObject Str(string s) => new PyStr(s);
    private static PyObject Int(long v) => PyInt.From(v);

    public static void Init(PyModule m)
    {
        Instance = m;
        var versionInfo = StructSequence.Create(VersionInfoType, Int(3), Int(12), Int(0), Str("final"), Int(0));
        m.Set("version_info", versionInfo);
        m.Set("version", Str($"{PythonVersion} (Skein {SkeinVersion}, .NET {Environment.Version})"));
        m.Set("hexversion", Int(0x030C00F0));
        m.Set("api_version", Int(1013));
        m.Set("implementation", CreateImplementation(versionInfo));
        m.Set("platform", Str(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        m.Set("byteorder", Str(BitConverter.IsLittleEndian ? "little" : "big"));
        m.Set("maxsize", Int(long.MaxValue));
        m.Set("maxunicode", Int(0x10FFFF));
        m.Set("float_repr_style", Str("short"));
        m.Set("float_info", StructSequence.Create(FloatInfoType, new PyFloat(double.MaxValue), Int(1024), Int(308),
            new PyFloat(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), new PyFloat(2.220446049250313e-16), Int(2), Int(1)));
        m.Set("int_info", StructSequence.Create(IntInfoType, Int(30), Int(4), Int(4300), Int(640)));
        m.Set("hash_info", StructSequence.Create(HashInfoType, Int(64), Int((1L << 61) - 1), Int(314159), Int(0), Int(1000003),
            Str("siphash13"), Int(64), Int(128), Int(0)));
        m.Set("thread_info", StructSequence.Create(ThreadInfoType, Str("pthread"), Str("mutex+cond"), PyNone.Instance));
        m.Set("modules", new PyDict());
        m.Set("path", new PyList());
        m.Set("meta_path", new PyList());
        m.Set("path_hooks", new PyList());
        m.Set("path_importer_cache", new PyDict());
        m.Set("argv", new PyList());
        m.Set("orig_argv", new PyList());
        m.Set("warnoptions", new PyList());
        m.Set("_xoptions", new PyDict());
        m.Set("builtin_module_names", new PyTuple(BuiltinModules.Names.Order(StringComparer.Ordinal).Select(Str).ToArray()));
        // Under `dotnet Skein.Cli.dll` the process is the dotnet host; child processes (multiprocessing,
        // sys.executable -c ...) must start Skein itself, so prefer the app host beside the assembly.
        var appHost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Skein.Cli.exe" : "Skein.Cli");
        var executable = File.Exists(appHost) ? appHost : Environment.ProcessPath ?? "skein";
        m.Set("executable", Str(executable));
        m.Set("_base_executable", Str(executable));
        var prefix = Path.GetDirectoryName(executable) ?? "/";
        foreach (var name in new[] { "prefix", "exec_prefix", "base_prefix", "base_exec_prefix" }) m.Set(name, Str(prefix));
        m.Set("platlibdir", Str("lib"));
        m.Set("pycache_prefix", PyNone.Instance);
        m.Set("dont_write_bytecode", PyBool.True);
        m.Set("copyright", Str("Copyright (c) the Skein authors."));
        SetFlags(m, optimize: 0, interactive: 0);

        var stdin = new StandardStream(Console.OpenStandardInput(), "<stdin>", 0, writable: false);
        var stdout = new StandardStream(Console.OpenStandardOutput(), "<stdout>", 1, writable: true) { LineBuffered = !Console.IsOutputRedirected };
        var stderr = new StandardStream(Console.OpenStandardError(), "<stderr>", 2, writable: true) { LineBuffered = true };
        foreach (var (name, stream) in new[] { ("stdin", stdin), ("stdout", stdout), ("stderr", stderr) })
        {
            m.Set(name, stream);
            m.Set($"__{name}__", stream);
        }

        m.DefFunction("exit", (args, _) =>
        {
            ArgParser.Range("exit", args, 0, 1);
            throw args.Length == 0 ? Errors.New(PyExc.SystemExit) : Errors.New(PyExc.SystemExit, args[0]);
        });
        m.DefFunction("getrecursionlimit", (_, _) => Int(ThreadState.RecursionLimit));
        m.DefFunction("setrecursionlimit", (args, _) =>
        {
            ArgParser.Exactly("setrecursionlimit", args, 1);
            if (args[0] is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
            var limit = Ops.AsInt32(args[0]);
            if (limit < 1) throw Errors.ValueError("recursion limit must be greater or equal than 1");
            var depth = ThreadState.Current.Depth;
            if (limit <= depth)
                throw Errors.RecursionError($"cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low");
            ThreadState.RecursionLimit = limit;
            return PyNone.Instance;
        });
        m.DefFunction("getsizeof", (args, _) =>
        {
            ArgParser.Range("getsizeof", args, 1, 2);
            var method = Ops.LookupSpecial(args[0], Names.__sizeof__);
            if (method == null) return args.Length > 1 ? args[1] : throw Errors.TypeError($"Type {args[0].Type.Name} doesn't define __sizeof__");
            return Ops.Call(method);
        });
        m.DefFunction("intern", (args, _) =>
        {
            ArgParser.Exactly("intern", args, 1);
            var s = args[0] as PyStr ?? throw Errors.TypeError($"intern() argument must be str, not {args[0].Type.Name}");
            return PyStr.Intern(s.Value);
        });
        m.DefFunction("getdefaultencoding", (_, _) => Str("utf-8"));
        m.DefFunction("getfilesystemencoding", (_, _) => Str("utf-8"));
        m.DefFunction("getfilesystemencodeerrors", (_, _) => Str("surrogateescape"));
        m.DefFunction("exc_info", (_, _) =>
        {
            var e = ThreadState.Current.HandledException;
            return e == null
                ? PyTuple.Create(PyNone.Instance, PyNone.Instance, PyNone.Instance)
                : PyTuple.Create(e.Type, e, e.Traceback ?? PyNone.Instance);
        });
        m.DefFunction("exception", (_, _) => (PyObject?)ThreadState.Current.HandledException ?? PyNone.Instance);
        m.DefFunction("_getframe", (args, _) =>
        {
            var depth = args.Length > 0 ? Ops.AsLong(args[0]) : 0;
            var frame = ThreadState.Current.CurrentFrame as Vm.PyFrame;
            for (var i = 0; i < depth && frame != null; i++) frame = frame.Back;
            Vm.PyFrame.MarkEscaped(frame);
            return frame ?? throw Errors.ValueError("call stack is not deep enough");
        });
        m.DefFunction("getswitchinterval", (_, _) => new PyFloat(s_switchInterval));
        m.DefFunction("setswitchinterval", (args, _) =>
        {
            ArgParser.Exactly("setswitchinterval", args, 1);
            var v = Ops.AsDouble(args[0]);
            if (v <= 0) throw Errors.ValueError("switch interval must be strictly positive");
            s_switchInterval = v;
            GlobalInterpreterLock.IntervalTicks = Math.Max(1, (long)(v * System.Diagnostics.Stopwatch.Frequency));
            return PyNone.Instance;
        });
        m.DefFunction("set_asyncgen_hooks", (args, kw) =>
        {
            var a = ArgParser.Parse("set_asyncgen_hooks", args, kw, ["firstiter", "finalizer"]);
            var ts = ThreadState.Current;
            foreach (var hook in a)
                if (hook is not null and not PyNone && hook.Type.Call == null)
                    throw Errors.TypeError($"callable {(ReferenceEquals(hook, a[0]) ? "firstiter" : "finalizer")} expected, got {hook.Type.Name}");
            if (a[0] != null) ts.AsyncGenFirstIter = a[0] is PyNone ? null : a[0];
            if (a[1] != null) ts.AsyncGenFinalizer = a[1] is PyNone ? null : a[1];
            return PyNone.Instance;
        });
        m.DefFunction("get_asyncgen_hooks", (_, _) =>
        {
            var ts = ThreadState.Current;
            return StructSequence.Create(AsyncGenHooksType, ts.AsyncGenFirstIter ?? PyNone.Instance, ts.AsyncGenFinalizer ?? PyNone.Instance);
        });
        m.DefFunction("_is_gil_enabled", (_, _) => PyBool.From(GilEnabled));
        m.DefFunction("settrace", (args, _) => { s_trace = args.Length > 0 && args[0] is not PyNone ? args[0] : null; return PyNone.Instance; });
        m.DefFunction("gettrace", (_, _) => s_trace ?? PyNone.Instance);
        m.DefFunction("setprofile", (args, _) => { s_profile = args.Length > 0 && args[0] is not PyNone ? args[0] : null; return PyNone.Instance; });
        m.DefFunction("getprofile", (_, _) => s_profile ?? PyNone.Instance);
        m.DefFunction("getrefcount", (args, _) => Int(2));
        m.DefFunction("is_finalizing", (_, _) => PyBool.From(PythonRuntime.IsFinalizing));
        m.DefFunction("call_tracing", (args, _) => Ops.Call(args[0], Ops.ToArray(args[1])));
        m.DefFunction("audit", (_, _) => PyNone.Instance);
        m.DefFunction("addaudithook", (_, _) => PyNone.Instance);
        m.DefFunction("getallocatedblocks", (_, _) => Int(0));
        m.DefFunction("get_int_max_str_digits", (_, _) => Int(PythonRuntime.IntMaxStrDigits));
        m.DefFunction("set_int_max_str_digits", (args, kw) =>
        {
            var a = ArgParser.Parse("set_int_max_str_digits", args, kw, ["maxdigits"], 1);
            var v = Ops.AsInt32(a[0]!);
            if (v != 0 && v < 640) throw Errors.ValueError("maxdigits must be 0 or larger than 640");
            PythonRuntime.IntMaxStrDigits = v;
            return PyNone.Instance;
        });
        m.DefFunction("displayhook", (args, _) =>
        {
            ArgParser.Exactly("displayhook", args, 1);
            if (args[0] is PyNone) return PyNone.Instance;
            var builtins = Interpreter.ImportModule("builtins");
            Ops.SetAttr(builtins, "_", PyNone.Instance);
            var stdout = Ops.GetAttr(m, "stdout");
            Ops.CallMethod(stdout, "write", new PyStr(Ops.Repr(args[0]) + "\n"));
            Ops.SetAttr(builtins, "_", args[0]);
            return PyNone.Instance;
        });
        m.DefFunction("excepthook", (args, _) =>
        {
            ArgParser.Exactly("excepthook", args, 3);
            if (args[1] is PyBaseException e) PythonRuntime.PrintException(e);
            return PyNone.Instance;
        });
        m.DefFunction("unraisablehook", (args, _) =>
        {
            var info = args[0];
            var exc = Ops.GetAttrOrNull(info, "exc_value");
            var obj = Ops.GetAttrOrNull(info, "object");
            var msg = Ops.GetAttrOrNull(info, "err_msg") is PyStr s ? s.Value : "Exception ignored in";
            PythonRuntime.WriteStderr(obj is null or PyNone ? msg + "\n" : $"{msg}: {Ops.Repr(obj)}\n");
            if (exc is PyBaseException be) PythonRuntime.PrintException(be);
            return PyNone.Instance;
        });
        foreach (var hook in new[] { "displayhook", "excepthook", "unraisablehook" })
            m.Set($"__{hook}__", m.Dict.GetItemOrNull(hook)!);
    }

    public static void SetFlags(PyModule m, int optimize, int interactive, int inspect = 0, int safePath = 0, int quiet = 0)
    {
        PyObject I(int v) => PyInt.From(v);
        m.Set("flags", StructSequence.Create(FlagsType, I(0), I(inspect), I(interactive), I(optimize), I(1), I(0), I(0), I(0),
            I(0), I(0), I(quiet), I(1), I(0), PyBool.False, I(1), I(0), PyBool.From(safePath != 0), I(-1)));
    }

    private static PyObject CreateImplementation(PyObject versionInfo)
    {
        var ns = new PyInstance(SimpleNamespaceType);
        var d = ns.InstanceDict!;
        d.SetItem("name", new PyStr("skein"));
        d.SetItem("cache_tag", PyNone.Instance);
        d.SetItem("version", versionInfo);
        d.SetItem("hexversion", PyInt.From(0x030C00F0));
        d.SetItem("_multiarch", new PyStr("x86_64-linux-gnu"));
        return ns;
    }

    /// <summary>types.SimpleNamespace's native type (used by sys.implementation; the types module re-exports it).</summary>
    public static readonly PyType SimpleNamespaceType = CreateSimpleNamespaceType();

    private static PyType CreateSimpleNamespaceType()
    {
        var t = TypeType.CreateClass(PyTypes.Type, "SimpleNamespace", PyTuple.Empty, new PyDict());
        t.Dict.SetItem(Names.__module__, new PyStr("types"));
        t.Init = (self, args, kw) =>
        {
            if (args.Length > 1) throw Errors.TypeError($"SimpleNamespace expected at most 1 argument, got {args.Length}");
            var d = self.InstanceDict!;
            if (args.Length == 1)
                foreach (var pair in Ops.Iterate(Ops.CallMethod(Ops.Call(PyTypes.Dict, args[0]), "items")))
                    d.SetItem(((PyTuple)pair).Items[0], ((PyTuple)pair).Items[1]);
            if (kw != null) d.Update(kw);
        };
        t.New = (type, _, _) => new PyInstance(type);
        t.Repr = self =>
        {
            using var _ = RecursionGuard.Enter();
            var parts = self.InstanceDict!.Snapshot().Select(p => $"{((PyStr)p.Key).Value}={Ops.Repr(p.Value)}");
            var name = self.Type == t ? "namespace" : self.Type.Name;
            return new PyStr($"{name}({string.Join(", ", parts)})");
        };
        t.RichCompare = (a, b, op) => op is CompareOp.Eq or CompareOp.Ne && b.Type.IsSubtypeOf(t)
            ? PyBool.From(Ops.Eq(a.InstanceDict!, b.InstanceDict!) == (op == CompareOp.Eq))
            : PyNotImplemented.Instance;
        t.Hash = SlotAdapters.HashNotImplemented;
        return t;
    }
}
