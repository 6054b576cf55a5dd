using System.Text;
using Skein.Objects.Text;

namespace Skein.Modules;

/// <summary>
/// The unicodedata module over the Unicode 14.0.0 database CPython 3.11 uses (CharacterNames,
/// CharacterDatabase, Normalization).
/// </summary>
[BuiltinModule("unicodedata")]
public static class UnicodeDataModule
{
    public static void Init(PyModule m)
    {
        m.Set("unidata_version", new PyStr(CharacterDatabase.Version));
        m.DefFunction("lookup", (a, kw) =>
        {
            ArgParser.NoKeywords("lookup", kw);
            ArgParser.Exactly("lookup", a, 1);
            string name;
            if (a[0] is PyStr s) name = s.Value;
            else if (Buffers.TryGetBytes(a[0], out var bytes)) name = Encoding.Latin1.GetString(bytes);
            else throw Errors.TypeError($"lookup() argument must be str or a bytes-like object, not {a[0].Type.Name}");
            if (name.Length > CharacterNames.MaxNameLength) throw Errors.New(PyExc.KeyError, new PyStr("name too long"));
            var found = CharacterNames.Lookup(name);
            return found != null ? PyStr.From(found) : throw Errors.New(PyExc.KeyError, new PyStr($"undefined character name '{name}'"));
        });
        m.DefFunction("name", (a, kw) =>
        {
            var cp = CharWithDefault("name", a, kw);
            var name = CharacterNames.NameOf(cp);
            if (name != null) return new PyStr(name);
            return a.Length > 1 ? a[1] : throw Errors.ValueError("no such name");
        });
        m.DefFunction("decimal", (a, kw) =>
        {
            var value = CharacterDatabase.Get(CharWithDefault("decimal", a, kw)).Decimal;
            if (value >= 0) return PyInt.From(value);
            return a.Length > 1 ? a[1] : throw Errors.ValueError("not a decimal");
        });
        m.DefFunction("digit", (a, kw) =>
        {
            var value = CharacterDatabase.Get(CharWithDefault("digit", a, kw)).Digit;
            if (value >= 0) return PyInt.From(value);
            return a.Length > 1 ? a[1] : throw Errors.ValueError("not a digit");
        });
        m.DefFunction("numeric", (a, kw) =>
        {
            var value = CharacterDatabase.Get(CharWithDefault("numeric", a, kw)).Numeric;
            if (!double.IsNaN(value)) return new PyFloat(value);
            return a.Length > 1 ? a[1] : throw Errors.ValueError("not a numeric character");
        });
        m.DefFunction("category", (a, kw) => new PyStr(Record("category", a, kw).Category));
        m.DefFunction("bidirectional", (a, kw) => PyStr.From(Record("bidirectional", a, kw).Bidirectional));
        m.DefFunction("combining", (a, kw) => PyInt.From(Record("combining", a, kw).Combining));
        m.DefFunction("east_asian_width", (a, kw) => new PyStr(Record("east_asian_width", a, kw).EastAsianWidth));
        m.DefFunction("mirrored", (a, kw) => PyInt.From(Record("mirrored", a, kw).Mirrored ? 1 : 0));
        m.DefFunction("decomposition", (a, kw) => PyStr.From(Record("decomposition", a, kw).Decomposition));
        m.DefFunction("normalize", (a, kw) =>
        {
            var (form, text) = FormAndText("normalize", a, kw);
            var result = Normalization.Normalize(text.Value, form.Compose, form.Compatibility);
            return ReferenceEquals(result, text.Value) ? text : PyStr.From(result);
        });
        m.DefFunction("is_normalized", (a, kw) =>
        {
            var (form, text) = FormAndText("is_normalized", a, kw);
            return PyBool.From(ReferenceEquals(Normalization.Normalize(text.Value, form.Compose, form.Compatibility), text.Value));
        });
    }

    /// <summary>The code point of a function's one-character first argument (the second, if any, is a default).</summary>
    private static int CharWithDefault(string function, ReadOnlySpan<PyObject> a, PyDict? kw)
    {
        ArgParser.NoKeywords(function, kw);
        ArgParser.Range(function, a, 1, 2);
        return Character(a[0], $"{function}() argument 1");
    }

    private static CharacterRecord Record(string function, ReadOnlySpan<PyObject> a, PyDict? kw)
    {
        ArgParser.NoKeywords(function, kw);
        ArgParser.Exactly(function, a, 1);
        return CharacterDatabase.Get(Character(a[0], $"{function}() argument"));
    }

    private static int Character(PyObject o, string what)
    {
        if (o is PyStr s && s.Length == 1)
        {
            var i = 0;
            return CodePoints.Next(s.Value, ref i);
        }
        throw Errors.TypeError($"{what} must be a unicode character, not {o.Type.Name}");
    }

    private static ((bool Compose, bool Compatibility) Form, PyStr Text) FormAndText(string function, ReadOnlySpan<PyObject> a, PyDict? kw)
    {
        ArgParser.NoKeywords(function, kw);
        ArgParser.Exactly(function, a, 2);
        var form = a[0] as PyStr ?? throw Errors.TypeError($"{function}() argument 1 must be str, not {a[0].Type.Name}");
        var text = a[1] as PyStr ?? throw Errors.TypeError($"{function}() argument 2 must be str, not {a[1].Type.Name}");
        return (form.Value switch
        {
            "NFC" => (true, false),
            "NFD" => (false, false),
            "NFKC" => (true, true),
            "NFKD" => (false, true),
            _ => throw Errors.ValueError("invalid normalization form"),
        }, text);
    }
}
