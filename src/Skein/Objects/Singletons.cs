namespace Skein.Objects;

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone() : base(PyTypes.NoneType)
    {
    }

    internal static void InitType(PyType t)
    {
        t.Repr = _ => new PyStr("None");
        t.Bool = _ => false;
        t.Hash = _ => 0xFCA86420;
        t.New = (_, args, kw) =>
        {
            if (args.Length > 0 || (kw != null && kw.Count > 0)) throw Errors.TypeError("NoneType takes no arguments");
            return Instance;
        };
    }
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented() : base(PyTypes.NotImplementedType)
    {
    }

    internal static void InitType(PyType t)
    {
        t.Repr = _ => new PyStr("NotImplemented");
        t.New = (_, _, _) => Instance;
    }
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis() : base(PyTypes.EllipsisType)
    {
    }

    internal static void InitType(PyType t)
    {
        t.Repr = _ => new PyStr("Ellipsis");
        t.New = (_, _, _) => Instance;
    }
}
