namespace Skein.Objects.Iterators;

/// <summary>
/// list_iterator: walks a list by index, re-reading the list's length at every step, so it tolerates
/// concurrent mutation (items may be skipped or repeated, never a fault). Once exhausted it lets go of
/// the list and stays exhausted, as CPython's does. Shared between threads, the unsynchronised index may
/// hand out an item twice or skip one; that is the documented contract for shared iterators.
/// </summary>
public sealed class ListIterator : PyObject
{
    public static readonly PyType IteratorType = PyTypes.Define("list_iterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((ListIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) =>
        {
            var it = (ListIterator)self;
            var list = it._list;
            return PyInt.From(list == null ? 0 : Math.Max(0, list.Count - it._index));
        });
        t.DefMethod("__setstate__", (self, args, _) =>
        {
            ArgParser.Exactly("__setstate__", args, 1);
            var it = (ListIterator)self;
            if (it._list != null) it._index = Math.Clamp(Ops.AsLong(args[0]), 0, it._list.Count);
            return PyNone.Instance;
        });
    });

    private PyList? _list;
    private long _index;

    public ListIterator(PyList list) : base(IteratorType) => _list = list;

    private PyObject? Step()
    {
        var list = _list;
        if (list == null) return null;
        var index = _index;
        var item = list.GetItemOrNull(index);
        if (item == null)
        {
            _list = null;
            return null;
        }
        _index = index + 1;
        return item;
    }
}

/// <summary>list_reverseiterator: from the last item down; an index beyond a list that shrank ends the iteration.</summary>
public sealed class ListReverseIterator : PyObject
{
    public static readonly PyType IteratorType = PyTypes.Define("list_reverseiterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((ListReverseIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) =>
        {
            var it = (ListReverseIterator)self;
            var list = it._list;
            return PyInt.From(list == null ? 0 : Math.Max(0, Math.Min(it._index + 1, list.Count)));
        });
    });

    private PyList? _list;
    private long _index;

    public ListReverseIterator(PyList list) : base(IteratorType)
    {
        _list = list;
        _index = list.Count - 1;
    }

    private PyObject? Step()
    {
        var list = _list;
        if (list == null) return null;
        var index = _index;
        var item = index >= 0 ? list.GetItemOrNull(index) : null;
        if (item == null)
        {
            _list = null;
            return null;
        }
        _index = index - 1;
        return item;
    }
}
