namespace Skein.Objects;

/// <summary>A read-only view of a mapping (a class's __dict__).</summary>
public sealed class PyMappingProxy : PyObject
{
    public readonly PyObject Mapping;

    public PyMappingProxy(PyObject mapping) : base(PyTypes.MappingProxy) => Mapping = mapping;

    internal static void InitType(PyType t)
    {
        t.New = (_, args, kw) =>
        {
            var a = ArgParser.Parse("mappingproxy", args, kw, ["mapping"], 1);
            if (a[0]!.Type.GetItem == null || a[0] is PyList or PyTuple)
                throw Errors.TypeError($"mappingproxy() argument must be a mapping, not {a[0]!.Type.Name}");
            return new PyMappingProxy(a[0]!);
        };
        t.GetItem = (self, key) => Ops.GetItem(((PyMappingProxy)self).Mapping, key);
        t.Len = self => Ops.Len(((PyMappingProxy)self).Mapping);
        t.Contains = (self, key) => Ops.Contains(((PyMappingProxy)self).Mapping, key);
        t.Iter = self => Ops.GetIter(((PyMappingProxy)self).Mapping);
        t.Repr = self => new PyStr($"mappingproxy({Ops.Repr(((PyMappingProxy)self).Mapping)})");
        t.Str = self => Ops.StrObj(((PyMappingProxy)self).Mapping);
        t.RichCompare = (a, b, op) => Ops.RichCompare(((PyMappingProxy)a).Mapping, b is PyMappingProxy pb ? pb.Mapping : b, op);
        foreach (var name in new[] { "keys", "values", "items", "copy" })
        {
            var n = name;
            t.DefMethod(n, (self, args, kw) => Ops.Call(Ops.GetAttr(((PyMappingProxy)self).Mapping, n), args, kw));
        }
        t.DefMethod("get", (self, args, kw) => Ops.Call(Ops.GetAttr(((PyMappingProxy)self).Mapping, "get"), args, kw));
    }
}
