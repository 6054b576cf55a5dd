using Skein.Compiler;

namespace Skein.Modules;

/// <summary>
/// The import system: builtins.__import__, module search on sys.path (and packages' __path__), loading
/// source modules, built-in (C#) modules, relative imports, and per-module import locks so that two threads
/// importing the same module run its body once (the second waits), while a thread re-entering an import it
/// is running (a circular import) gets the partially initialised module as in CPython.
/// </summary>
public static class ImportSystem
{
    private static readonly Dictionary<string, ModuleLock> s_locks = [];

    private sealed class ModuleLock
    {
        public readonly Lock Gate = new();
        public int Owner;
    }

    public static readonly PyType ModuleSpecType = CreateModuleSpecType();

    public static void Install(PyModule builtins)
    {
        builtins.DefFunction("__import__", Import);
        Interpreter.ImportModuleHook = name => ImportAbsolute(name, topLevel: false);
    }

    private static PyType CreateModuleSpecType()
    {
        var t = TypeType.CreateClass(PyTypes.Type, "ModuleSpec", PyTuple.Empty, new PyDict());
        t.Dict.SetItem(Names.__module__, new PyStr("importlib._bootstrap"));
        t.Repr = self =>
        {
            var d = self.InstanceDict!;
            var origin = d.GetItemOrNull("origin");
            return new PyStr($"ModuleSpec(name={Ops.Repr(d.GetItemOrNull("name")!)}, loader=None{(origin is PyStr o ? $", origin={Ops.Repr(o)}" : "")})");
        };
        return t;
    }

    private static PyObject CreateSpec(string name, string? origin, PyList? searchLocations)
    {
        var spec = new PyInstance(ModuleSpecType);
        var d = spec.InstanceDict!;
        d.SetItem("name", new PyStr(name));
        d.SetItem("loader", PyNone.Instance);
        d.SetItem("origin", origin == null ? new PyStr("built-in") : new PyStr(origin));
        d.SetItem("submodule_search_locations", (PyObject?)searchLocations ?? PyNone.Instance);
        d.SetItem("parent", new PyStr(searchLocations != null ? name : name.Contains('.') ? name[..name.LastIndexOf('.')] : ""));
        d.SetItem("has_location", PyBool.From(origin != null));
        d.SetItem("cached", PyNone.Instance);
        return spec;
    }

    /// <summary>builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0).</summary>
    private static PyObject Import(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("__import__", args, kwargs, ["name", "globals", "locals", "fromlist", "level"], 1);
        var name = a[0] as PyStr ?? throw Errors.TypeError($"module name must be str, not {a[0]!.Type.Name}");
        var globals = a[1] as PyDict;
        var fromlist = a[3] is null or PyNone ? [] : Ops.ToArray(a[3]!);
        var level = a[4] == null ? 0 : Ops.AsInt32(a[4]!);
        if (level < 0) throw Errors.ValueError("level must be >= 0");
        var fullName = level > 0 ? ResolveRelative(name.Value, globals, level) : name.Value;
        if (fullName.Length == 0) throw Errors.ValueError("Empty module name");

        var module = ImportAbsolute(fullName, topLevel: false);
        if (fromlist.Length == 0)
        {
            if (level > 0 && name.Value.Length == 0) return module;
            var dot = name.Value.IndexOf('.');
            if (dot < 0) return level > 0 ? module : Modules().GetItemOrNull(new PyStr(fullName))!;
            // 'import a.b.c' binds 'a': return the top package of what was named.
            var topName = level > 0 ? fullName[..(fullName.Length - name.Value.Length + dot)] : name.Value[..dot];
            return Modules().GetItemOrNull(new PyStr(topName)) ?? module;
        }
        if (module is PyModule pm && pm.Dict.ContainsKey(Names.__path__))
        {
            foreach (var item in fromlist)
            {
                var s = item as PyStr ?? throw Errors.TypeError($"Item in ``from list'' must be str, not {item.Type.Name}");
                if (s.Value == "*")
                {
                    if (pm.Dict.GetItemOrNull(Names.__all__) is { } all)
                        foreach (var n in Ops.Iterate(all)) ImportSubmoduleIfMissing(pm, fullName, ((PyStr)n).Value);
                    continue;
                }
                ImportSubmoduleIfMissing(pm, fullName, s.Value);
            }
        }
        return module;
    }

    private static void ImportSubmoduleIfMissing(PyModule package, string packageName, string name)
    {
        if (Ops.HasAttr(package, PyStr.Intern(name))) return;
        try
        {
            ImportAbsolute(packageName + "." + name, topLevel: false);
        }
        catch (PyException e) when (e.Is(PyExc.ModuleNotFoundError) && Ops.GetAttrOrNull(e.Value, "name") is PyStr missing && missing.Value == packageName + "." + name)
        {
            // 'from pkg import name' where name is neither an attribute nor a submodule: the VM reports it.
        }
    }

    private static string ResolveRelative(string name, PyDict? globals, int level)
    {
        var package = globals?.GetItemOrNull(Names.__package__) as PyStr;
        string? packageName = package?.Value;
        if (packageName == null && globals != null)
        {
            var modName = (globals.GetItemOrNull(Names.__name__) as PyStr)?.Value;
            if (modName != null)
                packageName = globals.ContainsKey(Names.__path__) ? modName : modName.Contains('.') ? modName[..modName.LastIndexOf('.')] : "";
        }
        if (string.IsNullOrEmpty(packageName)) throw Errors.ImportError("attempted relative import with no known parent package");
        var parts = packageName.Split('.');
        if (level - 1 >= parts.Length) throw Errors.ImportError("attempted relative import beyond top-level package");
        var baseName = string.Join('.', parts.Take(parts.Length - (level - 1)));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    private static PyDict Modules() => SysModule.Modules;

    /// <summary>Imports a module by its absolute dotted name (parents first) and returns it.</summary>
    public static PyObject ImportAbsolute(string fullName, bool topLevel)
    {
        var key = new PyStr(fullName);
        var modules = Modules();
        var existing = modules.GetItemOrNull(key);
        if (existing != null && !IsInitialising(fullName)) return existing is PyNone ? throw NotFound(fullName) : existing;

        PyList? searchPath = null;
        var dot = fullName.LastIndexOf('.');
        PyObject? parent = null;
        if (dot > 0)
        {
            var parentName = fullName[..dot];
            parent = ImportAbsolute(parentName, false);
            existing = modules.GetItemOrNull(key);
            if (existing != null && !IsInitialising(fullName)) return existing;
            var path = Ops.GetAttrOrNull(parent, Names.__path__);
            if (path == null) throw NotFound(fullName, $"No module named '{fullName}'; '{parentName}' is not a package");
            searchPath = path as PyList ?? new PyList(Ops.ToArray(path));
        }

        var mlock = GetLock(fullName);
        var me = Environment.CurrentManagedThreadId;
        if (mlock.Owner == me)
        {
            // Circular import within this thread: hand back the partially initialised module.
            return modules.GetItemOrNull(key) ?? throw NotFound(fullName);
        }
        lock (mlock.Gate)
        {
            existing = modules.GetItemOrNull(key);
            if (existing != null) return existing;
            mlock.Owner = me;
            try
            {
                var module = Load(fullName, searchPath);
                if (parent != null && module != null) Ops.SetAttr(parent, fullName[(dot + 1)..], modules.GetItemOrNull(key) ?? module);
                return modules.GetItemOrNull(key) ?? module ?? throw NotFound(fullName);
            }
            finally
            {
                mlock.Owner = 0;
            }
        }
    }

    private static bool IsInitialising(string fullName)
    {
        lock (s_locks)
            return s_locks.TryGetValue(fullName, out var l) && l.Owner != 0 && l.Owner != Environment.CurrentManagedThreadId;
    }

    private static ModuleLock GetLock(string name)
    {
        lock (s_locks)
        {
            if (!s_locks.TryGetValue(name, out var l)) s_locks[name] = l = new ModuleLock();
            return l;
        }
    }

    private static PyException NotFound(string fullName, string? message = null)
    {
        var e = Errors.ModuleNotFoundError(message ?? $"No module named '{fullName}'");
        Ops.SetAttr(e.Value, "name", new PyStr(fullName));
        return e;
    }

    private static PyObject? Load(string fullName, PyList? searchPath)
    {
        var modules = Modules();
        if (searchPath == null && BuiltinModules.Create(fullName) is { } builtin)
        {
            builtin.Dict.SetItem(Names.__spec__, CreateSpec(fullName, null, null));
            modules.SetItem(new PyStr(fullName), builtin);
            return builtin;
        }
        var shortName = fullName[(fullName.LastIndexOf('.') + 1)..];
        var path = searchPath ?? (SysModule.Instance!.Dict.GetItemOrNull("path") as PyList) ?? new PyList();
        foreach (var entry in Ops.Iterate(path))
        {
            if (entry is not PyStr dirStr) continue;
            var dir = dirStr.Value.Length == 0 ? Directory.GetCurrentDirectory() : dirStr.Value;
            var packageDir = Path.Combine(dir, shortName);
            var init = Path.Combine(packageDir, "__init__.py");
            if (File.Exists(init)) return ExecSourceModule(fullName, init, packageDir);
            var file = Path.Combine(dir, shortName + ".py");
            if (File.Exists(file)) return ExecSourceModule(fullName, file, null);
            if (Directory.Exists(packageDir) && searchPath == null && !File.Exists(init) && HasPythonFiles(packageDir))
                return ExecNamespacePackage(fullName, packageDir);
        }
        throw NotFound(fullName);
    }

    private static bool HasPythonFiles(string dir)
    {
        try
        {
            return Directory.EnumerateFiles(dir, "*.py").Any() || Directory.EnumerateDirectories(dir).Any();
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static PyObject ExecNamespacePackage(string fullName, string dir)
    {
        var module = new PyModule(fullName);
        var searchLocations = new PyList(new PyObject[] { new PyStr(dir) });
        module.Dict.SetItem(Names.__path__, searchLocations);
        module.Dict.SetItem(Names.__package__, new PyStr(fullName));
        module.Dict.SetItem(Names.__spec__, CreateSpec(fullName, null, searchLocations));
        module.Dict.SetItem(Names.__file__, PyNone.Instance);
        Modules().SetItem(new PyStr(fullName), module);
        return module;
    }

    /// <summary>Creates, registers and runs a module from a .py file (a package's __init__.py when packageDir is given).</summary>
    public static PyModule ExecSourceModule(string fullName, string file, string? packageDir)
    {
        var module = new PyModule(fullName);
        var d = module.Dict;
        d.SetItem(Names.__file__, new PyStr(file));
        PyList? searchLocations = null;
        if (packageDir != null)
        {
            searchLocations = new PyList(new PyObject[] { new PyStr(packageDir) });
            d.SetItem(Names.__path__, searchLocations);
            d.SetItem(Names.__package__, new PyStr(fullName));
        }
        else
        {
            d.SetItem(Names.__package__, new PyStr(fullName.Contains('.') ? fullName[..fullName.LastIndexOf('.')] : ""));
        }
        d.SetItem(Names.__spec__, CreateSpec(fullName, file, searchLocations));
        d.SetItem(Names.__builtins__, PythonRuntime.Builtins);
        d.SetItem("__cached__", PyNone.Instance);
        var key = new PyStr(fullName);
        Modules().SetItem(key, module);
        try
        {
            var source = ReadSource(file);
            var code = PythonCompiler.CompileSource(source, file, CompileMode.Exec);
            Vm.Executor.Run(code, d);
        }
        catch
        {
            Modules().Remove(key);
            throw;
        }
        return module;
    }

    /// <summary>Reads a source file as CPython does: UTF-8 (a BOM is skipped), any newline convention.</summary>
    public static string ReadSource(string file)
    {
        try
        {
            var text = File.ReadAllText(file, new System.Text.UTF8Encoding(false, true));
            return text.Replace("\r\n", "\n").Replace('\r', '\n');
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw Errors.New(PyExc.SyntaxError, $"(unicode error) 'utf-8' codec can't decode source file {file}");
        }
        catch (IOException e)
        {
            throw Errors.OSError(e.Message);
        }
    }
}
