using System.Runtime.CompilerServices;
using System.Text;

namespace Skein.Modules.Regex;

/// <summary>
/// The string a pattern is applied to, as the UTF-16 text .NET matches on. Bytes become one char per byte
/// (Latin-1), so results map back byte for byte. Python positions count code points while .NET's count
/// UTF-16 units; the two differ only after a surrogate pair, so the mapping is kept just for texts that
/// have pairs. Large subjects are remembered per object, so a tokenizer calling pattern.match(text, pos)
/// in a loop does not rescan the text on every call.
/// </summary>
internal sealed class Subject
{
    private const int CacheThreshold = 1024;
    private static readonly ConditionalWeakTable<PyObject, Subject> s_cache = new();

    public readonly PyObject Original;
    public readonly string Text;
    public readonly bool IsBytes;
    public readonly SubjectKind Kind;
    /// <summary>The UTF-16 offset of each surrogate pair, ascending; null when there are none.</summary>
    private readonly int[]? _pairs;

    private Subject(PyObject original, string text, bool isBytes)
    {
        Original = original;
        Text = text;
        IsBytes = isBytes;
        var span = text.AsSpan();
        if (System.Text.Ascii.IsValid(span)) Kind = SubjectKind.Ascii;
        else if (isBytes || span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0) Kind = SubjectKind.Bmp;
        else
        {
            Kind = SubjectKind.Astral;
            var pairs = new List<int>();
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
                {
                    pairs.Add(i);
                    i++;
                }
            }
            _pairs = pairs.ToArray();
        }
    }

    /// <summary>The subject for a str or bytes-like object, checked against the pattern's type as CPython does.</summary>
    public static Subject For(PyObject obj, bool patternIsBytes)
    {
        switch (obj)
        {
            case PyStr s:
                if (patternIsBytes) throw Errors.TypeError("cannot use a bytes pattern on a string-like object");
                return s.Value.Length < CacheThreshold ? new Subject(obj, s.Value, false) : s_cache.GetValue(obj, o => new Subject(o, ((PyStr)o).Value, false));
            case PyBytes b:
                if (!patternIsBytes) throw Errors.TypeError("cannot use a string pattern on a bytes-like object");
                return b.Value.Length < CacheThreshold ? FromBytes(obj, b.Value) : s_cache.GetValue(obj, o => FromBytes(o, ((PyBytes)o).Value));
            case PyByteArray or PyMemoryView:
                if (!patternIsBytes) throw Errors.TypeError("cannot use a string pattern on a bytes-like object");
                // A mutable buffer: take a snapshot of its current contents.
                var copy = Ops.Call(PyTypes.Bytes, obj) as PyBytes ?? throw Errors.TypeError($"expected string or bytes-like object, got '{obj.Type.Name}'");
                return FromBytes(obj, copy.Value);
            default:
                throw Errors.TypeError($"expected string or bytes-like object, got '{obj.Type.Name}'");
        }
    }

    private static Subject FromBytes(PyObject original, byte[] bytes) => new(original, Encoding.Latin1.GetString(bytes), true);

    /// <summary>Length in Python characters.</summary>
    public int Length => Text.Length - (_pairs?.Length ?? 0);

    /// <summary>The UTF-16 offset of a Python character position (0..Length).</summary>
    public int ToUnit(int position)
    {
        if (_pairs == null) return position;
        // Pair k sits at code-point position _pairs[k] - k; every pair before the position adds one unit.
        int lo = 0, hi = _pairs.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_pairs[mid] - mid < position) lo = mid + 1;
            else hi = mid;
        }
        return position + lo;
    }

    /// <summary>The Python character position of a UTF-16 offset on a character boundary.</summary>
    public int ToPosition(int unit)
    {
        if (_pairs == null) return unit;
        int lo = 0, hi = _pairs.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_pairs[mid] < unit) lo = mid + 1;
            else hi = mid;
        }
        return unit - lo;
    }

    public bool HasPairs => _pairs != null;

    /// <summary>The width in UTF-16 units of the character at a unit offset (2 for a surrogate pair).</summary>
    public int CharWidthAt(int unit) =>
        _pairs != null && unit + 1 < Text.Length && char.IsHighSurrogate(Text[unit]) && char.IsLowSurrogate(Text[unit + 1]) ? 2 : 1;

    /// <summary>A piece of the subject as str or bytes (by UTF-16 offsets).</summary>
    public PyObject Slice(int start, int end)
    {
        if (IsBytes)
        {
            if (start >= end) return PyBytes.Empty;
            var bytes = new byte[end - start];
            for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)Text[start + i];
            return new PyBytes(bytes);
        }
        if (start >= end) return PyStr.Empty;
        return new PyStr(start == 0 && end == Text.Length ? Text : Text.Substring(start, end - start));
    }

    /// <summary>pos and endpos clamped to [0, Length] as CPython does.</summary>
    public (int Pos, int EndPos) Clamp(long pos, long endpos)
    {
        var length = Length;
        var p = (int)Math.Clamp(pos, 0, length);
        var e = (int)Math.Clamp(endpos, 0, length);
        return (p, e);
    }
}
