namespace Skein.Modules.Builtins;

/// <summary>
/// Steps through an iterable for the reducing builtins (sum, min, max, all, any): exact lists and tuples
/// are read by index (a list is re-read at each step, as its iterator does), anything else through iter().
/// </summary>
internal struct ItemSource
{
    private readonly PyObject[]? _tuple;
    private readonly PyList? _list;
    private readonly PyObject? _iterator;
    private int _index;

    public ItemSource(PyObject iterable)
    {
        if (iterable is PyTuple t && ReferenceEquals(t.Type, PyTypes.Tuple)) _tuple = t.Items;
        else if (iterable is PyList l && ReferenceEquals(l.Type, PyTypes.List)) _list = l;
        else _iterator = Ops.GetIter(iterable);
    }

    /// <summary>The next item, or null at the end.</summary>
    public PyObject? Next()
    {
        if (_tuple != null) return _index < _tuple.Length ? _tuple[_index++] : null;
        if (_list != null)
        {
            var item = _list.GetItemOrNull(_index);
            if (item != null) _index++;
            return item;
        }
        return Ops.Next(_iterator!);
    }
}
