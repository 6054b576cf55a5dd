using System.Reflection;

namespace Skein.Modules;

/// <summary>The registry of modules written in C#, found by their [BuiltinModule] attribute and created lazily on first import.</summary>
public static class BuiltinModules
{
    private static readonly Dictionary<string, Type> s_byName = Discover();

    private static Dictionary<string, Type> Discover()
    {
        var map = new Dictionary<string, Type>();
        foreach (var type in typeof(BuiltinModules).Assembly.GetTypes())
            if (type.GetCustomAttribute<BuiltinModuleAttribute>() is { } attr) map[attr.Name] = type;
        return map;
    }

    public static IEnumerable<string> Names => s_byName.Keys;

    public static bool Exists(string name) => s_byName.ContainsKey(name);

    /// <summary>Creates and initialises the module (the caller registers it in sys.modules); null if no such built-in module.</summary>
    public static PyModule? Create(string name)
    {
        if (!s_byName.TryGetValue(name, out var type)) return null;
        var module = new PyModule(name);
        var init = type.GetMethod("Init", BindingFlags.Public | BindingFlags.Static, [typeof(PyModule)])
            ?? throw new InvalidOperationException($"built-in module class {type.Name} lacks Init(PyModule)");
        init.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [module], null);
        return module;
    }
}
