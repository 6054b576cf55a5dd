using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.SystemModules;

internal static class ModuleHelpers
{
    private static readonly Dictionary<string, PyModule> s_modules = [];

    public static PyModule Module(string name)
    {
        lock (s_modules)
        {
            if (!s_modules.TryGetValue(name, out var m)) s_modules[name] = m = BuiltinModules.Create(name)!;
            return m;
        }
    }

    public static PyObject Call(string module, string function, params PyObject[] args) =>
        Ops.Call(Module(module).Dict.GetItemOrNull(function)!, args);

    public static PyObject CallKw(string module, string function, PyObject[] args, params (string, PyObject)[] kwargs)
    {
        var kw = new PyDict();
        foreach (var (k, v) in kwargs) kw.SetItem(k, v);
        return Ops.Call(Module(module).Dict.GetItemOrNull(function)!, args, kw);
    }

    public static PyObject Attr(string module, string name) => Module(module).Dict.GetItemOrNull(name)!;

    public static PyStr S(string s) => new(s);
    public static PyInt I(long v) => PyInt.From(v);
    public static PyBytes B(params byte[] b) => new(b);
    public static PyBytes B(string ascii) => new(System.Text.Encoding.Latin1.GetBytes(ascii));

    public static long L(PyObject o) => ((PyInt)o).Small;
    public static double D(PyObject o) => ((PyFloat)o).Value;
    public static string Str(PyObject o) => ((PyStr)o).Value;
    public static byte[] Bytes(PyObject o) => ((PyBytes)o).Value;

    /// <summary>Runs an action expected to raise; returns the exception's type and args.</summary>
    public static PyBaseException Raises(PyType type, Action action)
    {
        var e = Assert.Throws<PyException>(action);
        Assert.True(e.Value.Type.IsSubtypeOf(type), $"expected {type.Name}, got {e.Value.Type.Name}: {e.Message}");
        return e.Value;
    }

    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "skein-sysmod-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }
}
