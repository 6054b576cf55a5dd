namespace Skein.Objects;

/// <summary>StopIteration: <c>value</c> is the first constructor argument (a generator's return value), fixed at __init__.</summary>
public sealed class PyStopIteration : PyBaseException
{
    public PyObject? Value;

    public PyStopIteration(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
        t.New = (type, args, _) => new PyStopIteration(type) { Args = PyTuple.Create(args.ToArray()) };
        t.Init = (self, args, kw) =>
        {
            PyExc.NoKeywords(self, kw);
            var e = (PyStopIteration)self;
            e.Args = PyTuple.Create(args.ToArray());
            e.Value = args.Length > 0 ? args[0] : PyNone.Instance;
        };
        ExceptionAttributes.DefField<PyStopIteration>(t, "value", e => e.Value ?? (e.Args.Count > 0 ? e.Args[0] : null), (e, v) => e.Value = v);
    }
}
