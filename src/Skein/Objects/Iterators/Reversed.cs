namespace Skein.Objects.Iterators;

/// <summary>
/// reversed(seq): the object's own __reversed__ when it has one, otherwise a walk down the sequence
/// protocol (__len__ and __getitem__) from the last index.
/// </summary>
public sealed class Reversed : BuiltinIterator
{
    public static readonly PyType ReversedType = PyTypes.Define("reversed", null, t =>
    {
        InitIterator(t, self => ((Reversed)self).Step());
        t.New = (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && ReferenceEquals(type, ReversedType)) throw Errors.TypeError("reversed() takes no keyword arguments");
            ArgParser.Range("reversed", args, 1, 1);
            var seq = args[0];
            if (ReferenceEquals(type, ReversedType))
            {
                var method = seq.Type.Lookup(Names.__reversed__);
                if (method is PyNone) throw NotReversible(seq);
                if (method != null) return Ops.CallWithSelf(method, seq, ReadOnlySpan<PyObject>.Empty);
            }
            if (seq.Type.GetItem == null || seq is PyDict) throw NotReversible(seq);
            return new Reversed(type, seq, Ops.Len(seq) - 1);
        };
        t.DefMethod("__length_hint__", (self, _, _) =>
        {
            var r = (Reversed)self;
            var seq = r._sequence;
            if (seq == null) return PyInt.From(0);
            var position = r._index + 1;
            return PyInt.From(Ops.Len(seq) < position ? 0 : position);
        });
    }, isBaseType: true);

    private static PyException NotReversible(PyObject o) => Errors.TypeError($"'{o.Type.Name}' object is not reversible");

    private PyObject? _sequence;
    private long _index;

    private Reversed(PyType type, PyObject sequence, long index) : base(type)
    {
        _sequence = sequence;
        _index = index;
    }

    private PyObject? Step()
    {
        var seq = _sequence;
        var index = _index;
        if (seq == null || index < 0)
        {
            _sequence = null;
            return null;
        }
        try
        {
            var item = Ops.GetItem(seq, PyInt.From(index));
            _index = index - 1;
            return item;
        }
        catch (PyException e) when (e.Is(PyExc.IndexError) || e.Is(PyExc.StopIteration))
        {
            _sequence = null;
            return null;
        }
    }
}
