namespace Skein.Objects.Text;

/// <summary>
/// iter(str): yields one-character strings, a surrogate pair as one character. The position advances
/// with a compare-and-swap so threads sharing an iterator each get distinct characters.
/// </summary>
public sealed class StrIterator : PyObject
{
    private static readonly PyType s_asciiType = PyTypes.Define("str_ascii_iterator", null, Init);
    private static readonly PyType s_type = PyTypes.Define("str_iterator", null, Init);

    private readonly string _value;
    private int _index;

    public StrIterator(PyStr s) : base(IsAscii(s.Value) ? s_asciiType : s_type) => _value = s.Value;

    private static bool IsAscii(string s) => System.Text.Ascii.IsValid(s);

    private static void Init(PyType t)
    {
        t.Iter = self => self;
        t.Next = self => ((StrIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) =>
        {
            var it = (StrIterator)self;
            var i = Volatile.Read(ref it._index);
            return PyInt.From(i >= it._value.Length ? 0 : CodePoints.Count(it._value.AsSpan(i)));
        });
    }

    private PyObject? Step()
    {
        var s = _value;
        while (true)
        {
            var i = Volatile.Read(ref _index);
            if (i >= s.Length) return null;
            var c = s[i];
            var width = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            if (Interlocked.CompareExchange(ref _index, i + width, i) != i) continue;
            return width == 1 ? PyStr.FromChar(c) : new PyStr(s.Substring(i, 2));
        }
    }
}
