namespace Skein.Objects;

/// <summary>The iterator iter() makes for an object with only __getitem__: indexes 0, 1, ... until IndexError or StopIteration.</summary>
public sealed class SequenceIterator : PyObject
{
    private static readonly PyType s_type = PyTypes.Define("iterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((SequenceIterator)self).Step();
    });

    private PyObject? _sequence;
    private long _index;
    private readonly Lock _lock = new();

    public SequenceIterator(PyObject sequence) : base(s_type) => _sequence = sequence;

    private PyObject? Step()
    {
        PyObject seq;
        long index;
        lock (_lock)
        {
            if (_sequence == null) return null;
            seq = _sequence;
            index = _index++;
        }
        try
        {
            return Ops.GetItem(seq, PyInt.From(index));
        }
        catch (PyException e) when (e.Is(PyExc.IndexError) || e.Is(PyExc.StopIteration))
        {
            _sequence = null;
            return null;
        }
    }
}
