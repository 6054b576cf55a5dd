namespace Skein.Objects.Iterators;

/// <summary>map(function, *iterables): calls function with one item from each iterable until the shortest ends.</summary>
public sealed class Map : BuiltinIterator
{
    public static readonly PyType MapType = PyTypes.Define("map", null, t =>
    {
        InitIterator(t, self => ((Map)self).Step());
        t.New = (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && ReferenceEquals(type, MapType)) throw Errors.TypeError("map() takes no keyword arguments");
            if (args.Length < 2) throw Errors.TypeError("map() must have at least two arguments.");
            var iterators = new PyObject[args.Length - 1];
            for (var i = 1; i < args.Length; i++) iterators[i - 1] = Ops.GetIter(args[i]);
            return new Map(type, args[0], iterators);
        };
    }, isBaseType: true);

    private readonly PyObject _function;
    private readonly PyObject[] _iterators;

    private Map(PyType type, PyObject function, PyObject[] iterators) : base(type)
    {
        _function = function;
        _iterators = iterators;
    }

    private PyObject? Step()
    {
        if (_iterators.Length == 1)
        {
            var item = Ops.Next(_iterators[0]);
            return item == null ? null : Ops.Call(_function, item);
        }
        var args = new PyObject[_iterators.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var item = Ops.Next(_iterators[i]);
            if (item == null) return null;
            args[i] = item;
        }
        return Ops.Call(_function, args, null);
    }
}
