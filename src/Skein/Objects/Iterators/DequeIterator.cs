using Skein.Objects.Containers;

namespace Skein.Objects.Iterators;

/// <summary>
/// _deque_iterator and _deque_reverse_iterator: each step reads one item under the deque's lock and
/// raises "deque mutated during iteration" if the deque changed since the iterator was made.
/// </summary>
public sealed class DequeIterator : PyObject
{
    public static readonly PyType ForwardType = Make("_deque_iterator");
    public static readonly PyType ReverseType = Make("_deque_reverse_iterator");

    private static PyType Make(string name) => PyTypes.Define(name, null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((DequeIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) => PyInt.From(((DequeIterator)self)._remaining));
    }, module: "_collections");

    private readonly PyDeque _deque;
    private readonly long _state;
    private readonly bool _reverse;
    private long _index;
    private long _remaining;

    public DequeIterator(PyDeque deque, bool reverse) : base(reverse ? ReverseType : ForwardType)
    {
        _deque = deque;
        _reverse = reverse;
        using (deque.SyncRoot.EnterScope())
        {
            _state = deque.State;
            _remaining = deque.Count;
        }
        _index = reverse ? _remaining - 1 : 0;
    }

    private PyObject? Step()
    {
        if (_remaining <= 0) return null;
        PyObject? item;
        try
        {
            item = _deque.IterationItem(_index, _state);
        }
        catch (PyException)
        {
            _remaining = 0;
            throw;
        }
        if (item == null)
        {
            _remaining = 0;
            return null;
        }
        _index += _reverse ? -1 : 1;
        _remaining--;
        return item;
    }
}
