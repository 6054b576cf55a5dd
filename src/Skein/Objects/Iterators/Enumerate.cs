namespace Skein.Objects.Iterators;

/// <summary>enumerate(iterable, start=0): pairs (count, item); the count moves to arbitrary precision past a long.</summary>
public sealed class Enumerate : BuiltinIterator
{
    public static readonly PyType EnumerateType = PyTypes.Define("enumerate", null, t =>
    {
        InitIterator(t, self => ((Enumerate)self).Step());
        t.New = (type, args, kw) =>
        {
            var a = ArgParser.Parse("enumerate", args, kw, ["iterable", "start"]);
            if (a[0] == null) throw Errors.TypeError("enumerate() missing required argument 'iterable'");
            var start = a[1] == null ? PyInt.From(0) : Ops.Index(a[1]!);
            return new Enumerate(type, Ops.GetIter(a[0]!), start);
        };
    }, isBaseType: true);

    private readonly PyObject _iterator;
    private long _index;
    private BigInteger? _bigIndex;

    private Enumerate(PyType type, PyObject iterator, PyInt start) : base(type)
    {
        _iterator = iterator;
        if (start.TryGetLong(out var s)) _index = s;
        else _bigIndex = start.Value;
    }

    private PyObject? Step()
    {
        var item = Ops.Next(_iterator);
        if (item == null) return null;
        PyInt index;
        if (_bigIndex is { } big)
        {
            index = PyInt.From(big);
            _bigIndex = big + 1;
        }
        else
        {
            index = PyInt.From(_index);
            if (_index == long.MaxValue) _bigIndex = (BigInteger)long.MaxValue + 1;
            else _index++;
        }
        return new PyTuple([index, item]);
    }
}
