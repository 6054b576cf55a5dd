using Skein.Objects.Text;

namespace Skein.Objects;

/// <summary>
/// Python str. Holds a .NET string (UTF-16); methods give code-point semantics, so a character
/// outside the BMP (a surrogate pair here) counts as one character in len, indexing and slicing.
/// The hash and the code-point length are computed once and cached (strings are immutable); a string
/// without surrogates (the common case) takes char-indexed fast paths everywhere.
/// </summary>
public class PyStr : PyObject
{
    public readonly string Value;
    private int _hash;
    private volatile bool _hashed;
    /// <summary>0 until computed, then the code-point length + 1 (a single int so racing readers never see half of it).</summary>
    private int _lengthPlusOne;

    public PyStr(string value) : base(PyTypes.Str) => Value = value;
    public PyStr(PyType type, string value) : base(type) => Value = value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyStr> s_interned = new();

    /// <summary>The one shared PyStr for a name; attribute and global names are interned so lookups mostly compare references.</summary>
    public static PyStr Intern(string value) => s_interned.GetOrAdd(value, v => new PyStr(v));

    public static readonly PyStr Empty = Intern("");

    /// <summary>Built on first use, not in PyStr's static constructor, which runs while the type system itself starts.</summary>
    private static class Latin1
    {
        public static readonly PyStr[] Table = Build();

        private static PyStr[] Build()
        {
            var table = new PyStr[256];
            for (var i = 0; i < 256; i++) table[i] = Intern(((char)i).ToString());
            return table;
        }
    }

    /// <summary>A one-character str; Latin-1 characters are shared objects, as in CPython.</summary>
    public static PyStr FromChar(char c) => c < 256 ? Latin1.Table[c] : new PyStr(c.ToString());

    /// <summary>A one-character .NET string, shared for Latin-1.</summary>
    public static string CharString(char c) => c < 256 ? Latin1.Table[c].Value : c.ToString();

    public static PyStr FromCodePoint(int cp) => cp < 0x10000 ? FromChar((char)cp) : new PyStr(char.ConvertFromUtf32(cp));

    /// <summary>A new exact str; the empty string is the shared one.</summary>
    public static PyStr From(string value) => value.Length == 0 ? Empty : value.Length == 1 ? FromChar(value[0]) : new PyStr(value);

    /// <summary>Number of Python characters (code points).</summary>
    public int Length
    {
        get
        {
            var n = _lengthPlusOne;
            if (n == 0)
            {
                n = CodePoints.Count(Value) + 1;
                _lengthPlusOne = n;
            }
            return n - 1;
        }
    }

    /// <summary>True when some character is outside the BMP, so char indices and code-point indices differ.</summary>
    public bool HasSurrogatePairs => Length != Value.Length;

    public override int GetHashCode()
    {
        if (!_hashed)
        {
            var h = Value.GetHashCode();
            // -1 is reserved by the hash protocol; keep PyDict.HashOf and Ops.Hash in agreement.
            _hash = h == -1 ? -2 : h;
            _hashed = true;
        }
        return _hash;
    }

    public override bool Equals(object? obj) => obj is PyStr s && (ReferenceEquals(s, this) || s.Value == Value);

    public override string ToString() => Value;

    internal static void InitType(PyType t) => StrType.Init(t);
}

/// <summary>An instance of a Python subclass of str, which carries an instance dict.</summary>
public sealed class PyStrSubclassInstance : PyStr
{
    private PyDict? _dict;

    public PyStrSubclassInstance(PyType type, string value) : base(type, value)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }
}
