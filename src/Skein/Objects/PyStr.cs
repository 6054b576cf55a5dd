namespace Skein.Objects;

/// <summary>
/// Python str. Holds a .NET string (UTF-16); methods must give code-point semantics, so a character
/// outside the BMP (a surrogate pair here) counts as one character in len, indexing and slicing.
/// The hash is computed once and cached (strings are immutable).
/// </summary>
public class PyStr : PyObject
{
    public readonly string Value;
    private int _hash;
    private bool _hashed;

    public PyStr(string value) : base(PyTypes.Str) => Value = value;
    public PyStr(PyType type, string value) : base(type) => Value = value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyStr> s_interned = new();

    /// <summary>The one shared PyStr for a name; attribute and global names are interned so lookups mostly compare references.</summary>
    public static PyStr Intern(string value) => s_interned.GetOrAdd(value, v => new PyStr(v));

    public static readonly PyStr Empty = Intern("");

    public override int GetHashCode()
    {
        if (!_hashed)
        {
            _hash = Value.GetHashCode();
            _hashed = true;
        }
        return _hash;
    }

    public override bool Equals(object? obj) => obj is PyStr s && (ReferenceEquals(s, this) || s.Value == Value);

    public override string ToString() => Value;

    internal static void InitType(PyType t)
    {
    }
}
