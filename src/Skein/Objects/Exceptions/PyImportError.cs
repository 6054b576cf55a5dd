namespace Skein.Objects;

/// <summary>ImportError and ModuleNotFoundError: <c>msg</c>, and the keyword-only <c>name</c> and <c>path</c>.</summary>
public sealed class PyImportError : PyBaseException
{
    public PyObject? Msg, Name, Path;

    public PyImportError(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
        t.New = (type, args, _) => new PyImportError(type) { Args = PyTuple.Create(args.ToArray()) };
        t.Init = (self, args, kw) =>
        {
            var e = (PyImportError)self;
            // CPython names ImportError in this message whatever the subclass.
            var k = ExceptionAttributes.KeywordOnly("ImportError", kw, "name", "path");
            e.Args = PyTuple.Create(args.ToArray());
            e.Name = k[0];
            e.Path = k[1];
            e.Msg = args.Length == 1 ? args[0] : null;
        };
        t.Str = self =>
        {
            var e = (PyImportError)self;
            return e.Msg is PyStr s && ReferenceEquals(s.Type, PyTypes.Str) ? s : PyExc.BaseException.Str!(self);
        };
        ExceptionAttributes.DefField<PyImportError>(t, "msg", e => e.Msg, (e, v) => e.Msg = v);
        ExceptionAttributes.DefField<PyImportError>(t, "name", e => e.Name, (e, v) => e.Name = v);
        ExceptionAttributes.DefField<PyImportError>(t, "path", e => e.Path, (e, v) => e.Path = v);
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var e = (PyImportError)self;
            var state = e.ExistingDict is { } d ? d.Copy() : new PyDict();
            if (e.Name != null) state.SetItem("name", e.Name);
            if (e.Path != null) state.SetItem("path", e.Path);
            return state.Count > 0 ? PyTuple.Create(e.Type, e.Args, state) : PyTuple.Create(e.Type, e.Args);
        });
    }
}
