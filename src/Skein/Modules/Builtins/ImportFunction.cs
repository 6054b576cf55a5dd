namespace Skein.Modules.Builtins;

/// <summary>
/// The initial builtins.__import__: absolute imports through Interpreter.ImportModuleHook. The import
/// system replaces it at start-up with the full version (relative imports, fromlist handling).
/// </summary>
internal static class ImportFunction
{
    private static readonly string[] s_params = ["name", "globals", "locals", "fromlist", "level"];

    public static void AddTo(PyModule m)
    {
        m.DefFunction("__import__", (args, kw) =>
        {
            var a = ArgParser.Parse("__import__", args, kw, s_params, required: 1);
            var name = a[0] as PyStr ?? throw Errors.TypeError($"module name must be str, not {a[0]!.Type.Name}");
            var level = a[4] == null ? 0 : Ops.AsLong(a[4]!);
            if (level < 0) throw Errors.ValueError("level must be >= 0");
            if (level > 0) throw Errors.ImportError("attempted relative import with no known parent package");
            if (name.Value.Length == 0) throw Errors.ValueError("Empty module name");
            var module = Interpreter.ImportModule(name.Value);
            var hasFromList = a[3] != null && a[3] is not PyNone && Ops.IsTrue(a[3]!);
            var dot = name.Value.IndexOf('.');
            // Without a fromlist, 'import a.b' binds the top-level package.
            return hasFromList || dot < 0 ? module : Interpreter.ImportModule(name.Value[..dot]);
        }, "Import a module.");
    }
}
