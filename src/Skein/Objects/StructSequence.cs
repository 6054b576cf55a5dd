namespace Skein.Objects;

/// <summary>
/// Named tuples implemented natively (sys.version_info, sys.flags, os.stat_result, time.struct_time):
/// a tuple subclass whose fields are also readable by name, with CPython's repr `name(field=value, ...)`.
/// </summary>
public static class StructSequence
{
    public static PyType DefineType(string qualifiedName, string[] fields, string module, int visibleCount = -1)
    {
        if (visibleCount < 0) visibleCount = fields.Length;
        var shortName = qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];
        return PyTypes.Define(shortName, PyTypes.Tuple, t =>
        {
            t.QualName = shortName;
            for (var i = 0; i < fields.Length; i++)
            {
                var index = i;
                t.DefGetter(fields[i], self => ((PyTuple)self).Items.Length > index ? ((PyTuple)self).Items[index] : PyNone.Instance);
            }
            t.Repr = self =>
            {
                var items = ((PyTuple)self).Items;
                var parts = new List<string>();
                for (var i = 0; i < Math.Min(visibleCount, items.Length); i++) parts.Add($"{fields[i]}={Ops.Repr(items[i])}");
                return new PyStr($"{qualifiedName}({string.Join(", ", parts)})");
            };
            t.DefAttr("n_sequence_fields", PyInt.From(visibleCount));
            t.DefAttr("n_fields", PyInt.From(fields.Length));
            t.DefAttr("_fields", new PyTuple(fields.Take(visibleCount).Select(f => (PyObject)new PyStr(f)).ToArray()));
            t.New = (type, args, kw) =>
            {
                var a = ArgParser.Parse(shortName, args, kw, ["sequence", "dict"], 1);
                return new PyTuple(type, Ops.ToArray(a[0]!));
            };
            t.DefMethod("__reduce__", (self, _, _) => PyTuple.Create(self.Type, PyTuple.Create(new PyTuple(((PyTuple)self).Items))));
        }, isBaseType: false, module: module);
    }

    public static PyTuple Create(PyType type, params PyObject[] values) => new(type, values);
}
