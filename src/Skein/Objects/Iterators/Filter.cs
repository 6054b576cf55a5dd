namespace Skein.Objects.Iterators;

/// <summary>filter(function or None, iterable): the items for which function(item) is true (the item itself when None or bool).</summary>
public sealed class Filter : BuiltinIterator
{
    public static readonly PyType FilterType = PyTypes.Define("filter", null, t =>
    {
        InitIterator(t, self => ((Filter)self).Step());
        t.New = (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && ReferenceEquals(type, FilterType)) throw Errors.TypeError("filter() takes no keyword arguments");
            ArgParser.Range("filter", args, 2, 2);
            return new Filter(type, args[0], Ops.GetIter(args[1]));
        };
    }, isBaseType: true);

    private readonly PyObject? _function;
    private readonly PyObject _iterator;

    private Filter(PyType type, PyObject function, PyObject iterator) : base(type)
    {
        _function = function is PyNone || ReferenceEquals(function, PyTypes.Bool) ? null : function;
        _iterator = iterator;
    }

    private PyObject? Step()
    {
        while (Ops.Next(_iterator) is { } item)
        {
            var keep = _function == null ? Ops.IsTrue(item) : Ops.IsTrue(Ops.Call(_function, item));
            if (keep) return item;
        }
        return null;
    }
}
