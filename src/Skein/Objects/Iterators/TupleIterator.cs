namespace Skein.Objects.Iterators;

/// <summary>tuple_iterator. The tuple never changes; a shared iterator may hand an item to two threads or skip one, never fault.</summary>
public sealed class TupleIterator : PyObject
{
    public static readonly PyType IteratorType = PyTypes.Define("tuple_iterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((TupleIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) =>
        {
            var it = (TupleIterator)self;
            return PyInt.From(it._tuple == null ? 0 : Math.Max(0, it._tuple.Items.Length - it._index));
        });
    });

    private PyTuple? _tuple;
    private int _index;

    public TupleIterator(PyTuple tuple) : base(IteratorType) => _tuple = tuple;

    private PyObject? Step()
    {
        var tuple = _tuple;
        if (tuple == null) return null;
        var index = _index;
        if ((uint)index >= (uint)tuple.Items.Length)
        {
            _tuple = null;
            return null;
        }
        _index = index + 1;
        return tuple.Items[index];
    }
}
