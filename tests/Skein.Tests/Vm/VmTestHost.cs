using System.Numerics;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using Skein.Compiler;
using Skein.Vm;

namespace Skein.Tests.Vm;

/// <summary>
/// Runs Python source for the VM tests. Until the builtins and containers branches land, it installs
/// minimal int/float/str/list/tuple/dict slots (only where a type still has object's defaults) and a
/// tiny builtins module with a capturing print.
/// </summary>
internal static class VmTestHost
{
    private static readonly object s_lock = new();
    private static PyModule? s_builtins;
    [ThreadStatic] private static List<string>? t_output;

    public static PyModule Builtins
    {
        get
        {
            lock (s_lock)
            {
                if (s_builtins != null) return s_builtins;
                MinimalSlots.Install();
                var b = new PyModule("builtins");
                foreach (var t in PyExc.All) b.Set(t.Name, t);
                foreach (var t in new[] { PyTypes.Int, PyTypes.Float, PyTypes.Str, PyTypes.List, PyTypes.Tuple, PyTypes.Dict, PyTypes.Object,
                             PyTypes.Type, PyTypes.Super, PyTypes.Property, PyTypes.StaticMethod, PyTypes.ClassMethod, PyTypes.Bool })
                    b.Set(t.Name, t);
                b.Set("None", PyNone.Instance);
                b.DefFunction("print", (args, kw) =>
                {
                    var parts = new List<string>();
                    foreach (var a in args) parts.Add(Ops.Str(a));
                    (t_output ??= []).Add(string.Join(" ", parts));
                    return PyNone.Instance;
                });
                b.DefFunction("repr", (args, _) => Ops.ReprObj(args[0]));
                b.DefFunction("len", (args, _) => PyInt.From(Ops.Len(args[0])));
                b.DefFunction("isinstance", (args, _) => PyBool.From(Ops.IsInstance(args[0], args[1])));
                b.DefFunction("iter", (args, _) => Ops.GetIter(args[0]));
                b.DefFunction("next", (args, _) =>
                {
                    if (args.Length == 1 && Ops.LookupSpecial(args[0], Names.__next__) is { } m) return Ops.Call(m);
                    return Ops.Next(args[0]) ?? (args.Length > 1 ? args[1] : throw Errors.StopIteration());
                });
                b.DefFunction("id", (args, _) => PyInt.From(Ops.Id(args[0])));
                b.DefFunction("getattr", (args, _) => args.Length > 2 ? Ops.GetAttrOrNull(args[0], (PyStr)args[1]) ?? args[2] : Ops.GetAttr(args[0], (PyStr)args[1]));
                b.DefFunction("hasattr", (args, _) => PyBool.From(Ops.HasAttr(args[0], (PyStr)args[1])));
                b.DefFunction("range", (args, _) =>
                {
                    long start = 0, stop, step = 1;
                    if (args.Length == 1) stop = Ops.AsLong(args[0]);
                    else
                    {
                        start = Ops.AsLong(args[0]);
                        stop = Ops.AsLong(args[1]);
                        if (args.Length > 2) step = Ops.AsLong(args[2]);
                    }
                    var items = new List<PyObject>();
                    for (var i = start; step > 0 ? i < stop : i > stop; i += step) items.Add(PyInt.From(i));
                    return new PyList(items);
                });
                b.DefFunction("sorted", (args, kw) =>
                {
                    var items = Ops.ToArray(args[0]);
                    var key = kw?.GetItemOrNull("key");
                    var keys = key == null ? items : items.Select(x => Ops.Call(key, x)).ToArray();
                    Array.Sort(keys, items, Comparer<PyObject>.Create((x, y) => Ops.RichCompareBool(x, y, CompareOp.Lt) ? -1 : Ops.RichCompareBool(y, x, CompareOp.Lt) ? 1 : 0));
                    return new PyList(items);
                });
                VmBuiltins.AddTo(b);
                return s_builtins = b;
            }
        }
    }

    public static PyDict NewGlobals()
    {
        var g = new PyDict();
        g.SetItem("__builtins__", Builtins);
        g.SetItem("__name__", new PyStr("__main__"));
        return g;
    }

    /// <summary>Runs source and returns what print() printed, one entry per call.</summary>
    public static List<string> Output(string source)
    {
        t_output = [];
        var g = NewGlobals();
        Executor.Run(PythonCompiler.CompileSource(source, "<test>", CompileMode.Exec), g);
        return t_output;
    }

    public static string Printed(string source) => string.Join("\n", Output(source));

    /// <summary>Runs source expected to fail; returns the escaping exception.</summary>
    public static PyException Fails(string source)
    {
        t_output = [];
        var g = NewGlobals();
        var code = PythonCompiler.CompileSource(source, "<test>", CompileMode.Exec);
        return Assert.Throws<PyException>(() => Executor.Run(code, g));
    }
}
