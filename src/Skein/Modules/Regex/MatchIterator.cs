namespace Skein.Modules.Regex;

/// <summary>
/// The iterator finditer returns (CPython's callable_iterator over a scanner). Each step searches from
/// where the previous match ended; a lock keeps the position consistent when threads share the iterator.
/// </summary>
internal sealed class MatchIterator : PyObject
{
    private static readonly PyType s_type = PyTypes.Define("callable_iterator", null, t =>
    {
        t.Iter = self => self;
        t.Next = self => ((MatchIterator)self).Step();
    });

    private readonly PyPattern _pattern;
    private readonly Subject _subject;
    private readonly string _text;
    private readonly int _pos, _endPos;
    private int _start;
    private bool _mustAdvance;
    private bool _done;
    private readonly Lock _lock = new();

    public MatchIterator(PyPattern pattern, Subject subject, long pos, long endpos) : base(s_type)
    {
        _pattern = pattern;
        _subject = subject;
        (_pos, _endPos) = subject.Clamp(pos, endpos);
        var end = subject.ToUnit(_endPos);
        _text = end == subject.Text.Length ? subject.Text : subject.Text.Substring(0, end);
        _start = subject.ToUnit(_pos);
        _done = _pos > _endPos;
    }

    private PyObject? Step()
    {
        lock (_lock)
        {
            if (_done || _start > _text.Length) return null;
            var m = _pattern.Next(_subject, _text, _start, _mustAdvance);
            if (m == null)
            {
                _done = true;
                return null;
            }
            _mustAdvance = m.Length == 0;
            _start = m.Index + m.Length;
            return new PyMatch(_pattern, _subject, _pos, _endPos, m);
        }
    }
}
