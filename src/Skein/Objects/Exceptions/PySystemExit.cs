namespace Skein.Objects;

/// <summary>SystemExit: <c>code</c> is None, the lone argument, or the argument tuple.</summary>
public sealed class PySystemExit : PyBaseException
{
    public PyObject? Code;

    public PySystemExit(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
        t.New = (type, args, _) => new PySystemExit(type) { Args = PyTuple.Create(args.ToArray()) };
        t.Init = (self, args, kw) =>
        {
            PyExc.NoKeywords(self, kw);
            var e = (PySystemExit)self;
            e.Args = PyTuple.Create(args.ToArray());
            e.Code = CodeOf(e.Args);
        };
        ExceptionAttributes.DefField<PySystemExit>(t, "code", e => e.Code ?? CodeOf(e.Args), (e, v) => e.Code = v);
    }

    private static PyObject CodeOf(PyTuple args) => args.Count switch
    {
        0 => PyNone.Instance,
        1 => args[0],
        _ => args,
    };
}
