namespace Skein.Objects;

/// <summary>AttributeError: the missing attribute's <c>name</c> and the <c>obj</c> it was looked up on.</summary>
public sealed class PyAttributeError : PyBaseException
{
    public PyObject? Name;
    public PyObject? Obj;

    public PyAttributeError(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
        t.New = (type, args, _) => new PyAttributeError(type) { Args = PyTuple.Create(args.ToArray()) };
        t.Init = (self, args, kw) =>
        {
            var e = (PyAttributeError)self;
            var k = ExceptionAttributes.KeywordOnly("AttributeError", kw, "name", "obj");
            e.Args = PyTuple.Create(args.ToArray());
            e.Name = k[0];
            e.Obj = k[1];
        };
        ExceptionAttributes.DefField<PyAttributeError>(t, "name", e => e.Name, (e, v) => e.Name = v);
        ExceptionAttributes.DefField<PyAttributeError>(t, "obj", e => e.Obj, (e, v) => e.Obj = v);
    }
}
