using Skein.Objects;
using Skein.Runtime;

namespace Skein.Tests.Containers;

/// <summary>
/// Helpers for the container tests. The int and str types are filled by another part of the runtime;
/// until that is present, minimal int/str repr, hash and comparison slots are installed here so these
/// tests exercise the containers alone (inert once the real slots exist).
/// </summary>
internal static class T
{
    static T()
    {
        var obj = PyTypes.Object;
        var i = PyTypes.Int;
        if (ReferenceEquals(i.Repr, obj.Repr)) i.Repr = o => new PyStr(((PyInt)o).Value.ToString());
        if (ReferenceEquals(PyTypes.Bool.Repr, obj.Repr)) PyTypes.Bool.Repr = o => new PyStr(((PyBool)o).IsTrue ? "True" : "False");
        if (ReferenceEquals(i.Hash, obj.Hash))
        {
            i.Hash = o => PyDict.HashOf(o);
            PyTypes.Bool.Hash = i.Hash;
        }
        if (ReferenceEquals(i.RichCompare, obj.RichCompare))
        {
            i.RichCompare = (a, b, op) =>
            {
                if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
                var c = x.Value.CompareTo(y.Value);
                return PyBool.From(op switch
                {
                    CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
                    CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
                });
            };
            PyTypes.Bool.RichCompare = i.RichCompare;
        }
        if (i.Bool == null) i.Bool = o => !((PyInt)o).Value.IsZero;
        if (i.Index == null)
        {
            i.Index = o => o;
            PyTypes.Bool.Index = i.Index;
        }
        var s = PyTypes.Str;
        if (ReferenceEquals(s.Repr, obj.Repr)) s.Repr = o => new PyStr("'" + ((PyStr)o).Value + "'");
        if (ReferenceEquals(s.Hash, obj.Hash)) s.Hash = o => ((PyStr)o).GetHashCode();
        if (ReferenceEquals(s.RichCompare, obj.RichCompare))
        {
            s.RichCompare = (a, b, op) =>
            {
                if (a is not PyStr x || b is not PyStr y) return PyNotImplemented.Instance;
                var c = string.CompareOrdinal(x.Value, y.Value);
                return PyBool.From(op switch
                {
                    CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
                    CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
                });
            };
        }
        if (ReferenceEquals(PyTypes.NoneType.Repr, obj.Repr)) PyTypes.NoneType.Repr = _ => new PyStr("None");
    }

    public static PyInt I(long v) => PyInt.From(v);
    public static PyStr S(string v) => new(v);
    public static PyList L(params long[] values) => new(values.Select(v => (PyObject)PyInt.From(v)).ToArray());
    public static PyTuple Tup(params long[] values) => new(values.Select(v => (PyObject)PyInt.From(v)).ToArray());
    public static PySlice Sl(long? start, long? stop, long? step = null) =>
        new(start is { } a ? PyInt.From(a) : PyNone.Instance, stop is { } b ? PyInt.From(b) : PyNone.Instance, step is { } c ? PyInt.From(c) : PyNone.Instance);

    public static string Repr(PyObject o) => Ops.Repr(o);

    public static PyObject Call(PyObject o, string method, params PyObject[] args) => Ops.Call(Ops.GetAttr(o, method), args, null);

    public static PyObject CallKw(PyObject o, string method, PyObject[] args, params (string, PyObject)[] kw)
    {
        var d = new PyDict();
        foreach (var (k, v) in kw) d.SetItem(k, v);
        return Ops.Call(Ops.GetAttr(o, method), args, d);
    }

    /// <summary>Asserts that action raises a Python exception whose "Type: message" is expected.</summary>
    public static void Raises(string expected, Action action)
    {
        var e = Xunit.Assert.Throws<PyException>(action);
        Xunit.Assert.Equal(expected, e.Message);
    }

    public static void Raises(string expected, Func<object?> action) => Raises(expected, () => { action(); });

    /// <summary>A Python function (built-in) for key= arguments.</summary>
    public static PyObject Fn(Func<PyObject, PyObject> f) => new PyBuiltinFunction("f", (args, _) => f(args[0]));
}
