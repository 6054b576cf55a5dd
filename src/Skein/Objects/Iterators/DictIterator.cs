namespace Skein.Objects.Iterators;

/// <summary>What a dict iterator or view yields.</summary>
public enum DictItemKind { Keys, Values, Items }

/// <summary>
/// The dict iterators (dict_keyiterator, dict_valueiterator, dict_itemiterator and their reverse
/// forms). As in CPython the iterator remembers the dict's size: a different size at any step raises
/// "dictionary changed size during iteration" (and keeps raising), and yielding more keys than the
/// dict had raises "dictionary keys changed during iteration". The position walks the dict's entry
/// array lock-free (PyDict.NextEntry/PrevEntry), so a concurrent writer can make it skip or repeat a
/// key but never fault.
/// </summary>
public sealed class DictIterator : PyObject
{
    private static readonly PyType[] s_types =
    [
        Make("dict_keyiterator"), Make("dict_valueiterator"), Make("dict_itemiterator"),
        Make("dict_reversekeyiterator"), Make("dict_reversevalueiterator"), Make("dict_reverseitemiterator"),
    ];

    private static PyType Make(string name) => PyTypes.Define(name, null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((DictIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) => PyInt.From(((DictIterator)self).LengthHint()));
    });

    private PyDict? _dict;
    private int _used;
    private int _position;
    private long _remaining;
    private readonly DictItemKind _kind;
    private readonly bool _reverse;

    public DictIterator(PyDict dict, DictItemKind kind, bool reverse = false) : base(s_types[(int)kind + (reverse ? 3 : 0)])
    {
        _dict = dict;
        _kind = kind;
        _reverse = reverse;
        _used = dict.Count;
        _remaining = _used;
        _position = reverse ? dict.EntryLimit : 0;
    }

    private long LengthHint()
    {
        var d = _dict;
        return d != null && _used == d.Count ? _remaining : 0;
    }

    private PyObject? Step()
    {
        var d = _dict;
        if (d == null) return null;
        if (_used != d.Count)
        {
            // Sticky, as in CPython: every later step fails the same way.
            _used = -1;
            throw Errors.RuntimeError("dictionary changed size during iteration");
        }
        var position = _position;
        var found = _reverse ? d.PrevEntry(ref position, out var key, out var value) : d.NextEntry(ref position, out key, out value);
        _position = position;
        if (!found)
        {
            _dict = null;
            return null;
        }
        if (_remaining <= 0)
        {
            _dict = null;
            throw Errors.RuntimeError("dictionary keys changed during iteration");
        }
        _remaining--;
        return _kind switch
        {
            DictItemKind.Keys => key,
            DictItemKind.Values => value,
            _ => new PyTuple([key, value]),
        };
    }
}
