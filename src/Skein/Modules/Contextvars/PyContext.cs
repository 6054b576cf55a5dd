namespace Skein.Modules.Contextvars;

/// <summary>
/// contextvars.Context: a mapping of context variables to values. Each thread has a current context (a
/// fresh empty one at first); Context.run makes another one current for the duration of a call. A context
/// may be entered by one thread at a time: the entered flag is set atomically, so a second thread entering
/// it fails with CPython's RuntimeError instead of sharing it.
/// </summary>
public sealed class PyContext : PyObject
{
    public static readonly PyType ContextType = PyTypes.Define("Context", null, InitType, module: "_contextvars");

    [ThreadStatic] private static PyContext? t_current;

    /// <summary>Written only by the thread that has this context entered (or owns it as its base context).</summary>
    internal ContextMapping Mapping;
    private int _entered;

    internal PyContext(ContextMapping mapping) : base(ContextType) => Mapping = mapping;

    /// <summary>The calling thread's current context.</summary>
    public static PyContext Current => t_current ??= new PyContext(ContextMapping.Empty);

    /// <summary>copy_context(): a new context sharing the current one's mapping.</summary>
    public static PyContext CopyCurrent() => new(Current.Mapping);

    /// <summary>Context.run: calls callable with this context current, then restores the previous one.</summary>
    public PyObject Run(PyObject callable, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        if (Interlocked.CompareExchange(ref _entered, 1, 0) != 0)
            throw Errors.RuntimeError($"cannot enter context: {Ops.Repr(this)} is already entered");
        var previous = Current;
        t_current = this;
        try
        {
            return Ops.Call(callable, args, kwargs);
        }
        finally
        {
            t_current = previous;
            Volatile.Write(ref _entered, 0);
        }
    }

    private static PyContext Self(PyObject o) => (PyContext)o;

    private static PyContextVar Key(PyObject key) =>
        key as PyContextVar ?? throw Errors.TypeError($"a ContextVar key was expected, got {Ops.Repr(key)}");

    private static PyList Collect(PyObject self, Func<ContextMapping, int, PyObject> item)
    {
        var mapping = Self(self).Mapping;
        var items = new PyObject[mapping.Count];
        for (var i = 0; i < items.Length; i++) items[i] = item(mapping, i);
        return new PyList(items);
    }

    private static void InitType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            if (args.Length > 0 || (kw != null && kw.Count > 0)) throw Errors.TypeError("Context() does not accept any arguments");
            return new PyContext(ContextMapping.Empty);
        };
        t.Init = (_, _, _) => { };
        t.DefMethod("run", (self, args, kw) =>
        {
            if (args.Length == 0) throw Errors.TypeError("run() missing 1 required positional argument");
            return Self(self).Run(args[0], args[1..], kw);
        });
        t.DefMethod("copy", (self, _, _) => new PyContext(Self(self).Mapping));
        t.GetItem = (self, key) => Self(self).Mapping.Get(Key(key)) ?? throw Errors.KeyError(key);
        t.Contains = (self, key) => Self(self).Mapping.Get(Key(key)) != null;
        t.Len = self => Self(self).Mapping.Count;
        t.Iter = self => Ops.GetIter(Collect(self, (m, i) => m.VarAt(i)));
        t.DefMethod("get", (self, args, _) =>
        {
            ArgParser.Range("get", args, 1, 2);
            return Self(self).Mapping.Get(Key(args[0])) ?? (args.Length > 1 ? args[1] : PyNone.Instance);
        });
        t.DefMethod("keys", (self, _, _) => Collect(self, (m, i) => m.VarAt(i)));
        t.DefMethod("values", (self, _, _) => Collect(self, (m, i) => m.ValueAt(i)));
        t.DefMethod("items", (self, _, _) => Collect(self, (m, i) => PyTuple.Create(m.VarAt(i), m.ValueAt(i))));
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyContext other) return PyNotImplemented.Instance;
            return PyBool.From(SameItems(Self(a).Mapping, other.Mapping) == (op == CompareOp.Eq));
        };
        t.Hash = _ => throw Errors.TypeError("unhashable type: '_contextvars.Context'");
        t.DefAttr("__hash__", PyNone.Instance);
    }

    private static bool SameItems(ContextMapping a, ContextMapping b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            var other = b.Get(a.VarAt(i));
            if (other == null || !Ops.RichCompareBool(a.ValueAt(i), other, CompareOp.Eq)) return false;
        }
        return true;
    }
}
