namespace Skein.Objects;

/// <summary>NameError (and UnboundLocalError): the missing <c>name</c>, used for "Did you mean" suggestions.</summary>
public sealed class PyNameError : PyBaseException
{
    public PyObject? Name;

    public PyNameError(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
        t.New = (type, args, _) => new PyNameError(type) { Args = PyTuple.Create(args.ToArray()) };
        t.Init = (self, args, kw) =>
        {
            var e = (PyNameError)self;
            var k = ExceptionAttributes.KeywordOnly("NameError", kw, "name");
            e.Args = PyTuple.Create(args.ToArray());
            e.Name = k[0];
        };
        ExceptionAttributes.DefField<PyNameError>(t, "name", e => e.Name, (e, v) => e.Name = v);
    }
}
