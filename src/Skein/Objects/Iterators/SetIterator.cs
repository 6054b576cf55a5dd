using Skein.Objects.Containers;

namespace Skein.Objects.Iterators;

/// <summary>
/// set_iterator: walks the table slots lock-free. A change of the set's size between steps raises
/// "Set changed size during iteration" (sticky, as in CPython); a concurrent writer otherwise only makes
/// it skip or repeat a key.
/// </summary>
public sealed class SetIterator : PyObject
{
    public static readonly PyType IteratorType = PyTypes.Define("set_iterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((SetIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) =>
        {
            var it = (SetIterator)self;
            var s = it._set;
            return PyInt.From(s != null && it._used == s.Count ? it._remaining : 0);
        });
    });

    private PyAnySet? _set;
    private int _used;
    private int _position;
    private long _remaining;

    public SetIterator(PyAnySet set) : base(IteratorType)
    {
        _set = set;
        _used = set.Count;
        _remaining = _used;
    }

    private PyObject? Step()
    {
        var s = _set;
        if (s == null) return null;
        if (_used != s.Count)
        {
            _used = -1;
            throw Errors.RuntimeError("Set changed size during iteration");
        }
        var position = _position;
        var found = s.NextKey(ref position, out var key);
        _position = position;
        if (!found)
        {
            _set = null;
            return null;
        }
        _remaining--;
        return key;
    }
}
