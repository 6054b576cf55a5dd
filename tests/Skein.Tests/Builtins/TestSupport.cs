using System.Text;
using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Builtins;

/// <summary>
/// Helpers for the builtins tests. Until the numbers/strings/containers branches are merged, int, str,
/// float, tuple and list have no repr of their own; <see cref="Install"/> gives them minimal CPython-like
/// ones (only where the slot is still object's), so these tests can compare text with python3's output.
/// Once the real slots exist the shims are never installed.
/// </summary>
internal static class TestSupport
{
    private static readonly Lock s_lock = new();
    private static PyModule? s_builtins;

    public static PyModule Builtins
    {
        get
        {
            lock (s_lock)
            {
                Install();
                return s_builtins ??= BuiltinModules.Create("builtins")!;
            }
        }
    }

    private static bool s_installed;

    private static void Install()
    {
        if (s_installed) return;
        s_installed = true;
        var objectRepr = PyTypes.Object.Repr;
        if (PyTypes.Int.Repr == objectRepr) PyTypes.Int.Repr = o => new PyStr(((PyInt)o).Value.ToString());
        if (PyTypes.Bool.Repr == objectRepr || PyTypes.Bool.Repr == PyTypes.Int.Repr) PyTypes.Bool.Repr = o => new PyStr(((PyBool)o).IsTrue ? "True" : "False");
        if (PyTypes.Float.Repr == objectRepr) PyTypes.Float.Repr = o => new PyStr(((PyFloat)o).Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        if (PyTypes.Str.Repr == objectRepr) PyTypes.Str.Repr = o => new PyStr(QuoteStr(((PyStr)o).Value));
        if (PyTypes.Bytes.Repr == objectRepr) PyTypes.Bytes.Repr = o => new PyStr("b" + QuoteStr(string.Concat(((PyBytes)o).Value.Select(b => b is >= 32 and < 127 ? ((char)b).ToString() : $"\\x{b:x2}")), raw: true));
        if (PyTypes.Tuple.Repr == objectRepr)
        {
            PyTypes.Tuple.Repr = o =>
            {
                var items = ((PyTuple)o).Items;
                return new PyStr(items.Length == 1 ? $"({Ops.Repr(items[0])},)" : "(" + string.Join(", ", items.Select(Ops.Repr)) + ")");
            };
        }
        if (PyTypes.List.Repr == objectRepr) PyTypes.List.Repr = o => new PyStr("[" + string.Join(", ", ((PyList)o).ToArray().Select(Ops.Repr)) + "]");
        if (PyTypes.Int.RichCompare == PyTypes.Object.RichCompare)
        {
            PyTypes.Int.RichCompare = (a, b, op) =>
            {
                if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
                var c = x.Value.CompareTo(y.Value);
                return PyBool.From(op switch
                {
                    CompareOp.Lt => c < 0,
                    CompareOp.Le => c <= 0,
                    CompareOp.Eq => c == 0,
                    CompareOp.Ne => c != 0,
                    CompareOp.Gt => c > 0,
                    _ => c >= 0,
                });
            };
        }
        if (PyTypes.Str.RichCompare == PyTypes.Object.RichCompare)
        {
            PyTypes.Str.RichCompare = (a, b, op) => op switch
            {
                CompareOp.Eq when b is PyStr s => PyBool.From(((PyStr)a).Value == s.Value),
                CompareOp.Ne when b is PyStr s => PyBool.From(((PyStr)a).Value != s.Value),
                _ => PyNotImplemented.Instance,
            };
        }
        if (PyTypes.Int.Hash == PyTypes.Object.Hash) PyTypes.Int.Hash = o => (long)((PyInt)o).Value.GetHashCode();
        if (PyTypes.Str.Hash == PyTypes.Object.Hash) PyTypes.Str.Hash = o => ((PyStr)o).GetHashCode();
        if (PyTypes.Int.Index == null) PyTypes.Int.Index = o => o;
    }

    private static string QuoteStr(string s, bool raw = false)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var c in s)
        {
            if (raw) sb.Append(c);
            else if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c < 32 || c == 127) sb.Append($"\\x{(int)c:x2}");
            else sb.Append(c);
        }
        return sb.Append(quote).ToString();
    }

    public static PyObject Fn(string name) => Builtins.Dict.GetItemOrNull(name) ?? throw new InvalidOperationException(name);

    public static PyObject Call(string name, params PyObject[] args) => Ops.Call(Fn(name), args);

    public static PyObject CallKw(string name, PyObject[] args, params (string Key, PyObject Value)[] kwargs) =>
        Ops.Call(Fn(name), args, Kw(kwargs));

    public static PyDict Kw(params (string Key, PyObject Value)[] kwargs)
    {
        var d = new PyDict();
        foreach (var (k, v) in kwargs) d.SetItem(new PyStr(k), v);
        return d;
    }

    public static PyStr S(string s) => new(s);
    public static PyInt I(long v) => PyInt.From(v);

    /// <summary>Asserts that action raises the Python exception type with exactly this str().</summary>
    public static PyBaseException Raises(PyType type, string message, Action action)
    {
        var e = Assert.Throws<PyException>(action);
        Assert.Equal(type.Name, e.Value.Type.Name);
        Assert.Equal(message, e.Value.StrForMessage());
        return e.Value;
    }

    public static PyBaseException Raises(PyType type, string message, Func<object> action) => Raises(type, message, () => { action(); });

    public static string Repr(PyObject o) => Ops.Repr(o);

    /// <summary>A class as a class statement would make it (no VM needed).</summary>
    public static PyType Class(string name, PyTuple bases, params (string Key, PyObject Value)[] ns)
    {
        _ = Builtins;
        var d = new PyDict();
        foreach (var (k, v) in ns) d.SetItem(PyStr.Intern(k), v);
        if (!d.ContainsKey(Names.__module__)) d.SetItem(Names.__module__, new PyStr("__main__"));
        return TypeType.CreateClass(PyTypes.Type, name, bases, d);
    }

    /// <summary>A stream-like object recording what print() writes to it.</summary>
    public sealed class Recorder : PyObject
    {
        private static readonly PyType s_type = PyTypes.Define("Recorder", null, t =>
        {
            t.DefMethod("write", (self, args, _) =>
            {
                ((Recorder)self).Text.Append(((PyStr)args[0]).Value);
                ((Recorder)self).Writes++;
                return PyInt.From(((PyStr)args[0]).Value.Length);
            });
            t.DefMethod("flush", (self, _, _) =>
            {
                ((Recorder)self).Flushes++;
                return PyNone.Instance;
            });
        });

        public readonly StringBuilder Text = new();
        public int Writes, Flushes;

        public Recorder() : base(s_type)
        {
        }
    }
}
