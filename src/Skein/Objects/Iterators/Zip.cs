namespace Skein.Objects.Iterators;

/// <summary>zip(*iterables, strict=False): tuples of one item from each; strict mode reports unequal lengths as CPython words it.</summary>
public sealed class Zip : BuiltinIterator
{
    public static readonly PyType ZipType = PyTypes.Define("zip", null, t =>
    {
        InitIterator(t, self => ((Zip)self).Step());
        t.New = (type, args, kw) =>
        {
            var strict = false;
            if (kw != null)
            {
                foreach (var pair in kw.Snapshot())
                {
                    var name = ((PyStr)pair.Key).Value;
                    if (name != "strict") throw Errors.TypeError($"'{name}' is an invalid keyword argument for zip()");
                    strict = Ops.IsTrue(pair.Value);
                }
            }
            var iterators = new PyObject[args.Length];
            for (var i = 0; i < args.Length; i++) iterators[i] = Ops.GetIter(args[i]);
            return new Zip(type, iterators, strict);
        };
    }, isBaseType: true);

    private PyObject[]? _iterators;
    private readonly bool _strict;

    private Zip(PyType type, PyObject[] iterators, bool strict) : base(type)
    {
        _iterators = iterators;
        _strict = strict;
    }

    private PyObject? Step()
    {
        var iterators = _iterators;
        if (iterators == null || iterators.Length == 0) return null;
        var items = new PyObject[iterators.Length];
        for (var i = 0; i < iterators.Length; i++)
        {
            var item = Ops.Next(iterators[i]);
            if (item != null)
            {
                items[i] = item;
                continue;
            }
            _iterators = null;
            if (_strict) CheckStrict(iterators, i);
            return null;
        }
        return new PyTuple(items);
    }

    private static void CheckStrict(PyObject[] iterators, int exhausted)
    {
        if (exhausted > 0)
        {
            var plural = exhausted == 1 ? " " : "s 1-";
            throw Errors.ValueError($"zip() argument {exhausted + 1} is shorter than argument{plural}{exhausted}");
        }
        for (var i = 1; i < iterators.Length; i++)
        {
            if (Ops.Next(iterators[i]) == null) continue;
            var plural = i == 1 ? " " : "s 1-";
            throw Errors.ValueError($"zip() argument {i + 1} is longer than argument{plural}{i}");
        }
    }
}
