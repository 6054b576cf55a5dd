namespace Skein.Vm;

/// <summary>The runtime checks of match statements: sequence and mapping subjects, mapping keys, class patterns.</summary>
internal static class PatternMatching
{
    private static bool HasAbcBase(PyType t, string a, string b)
    {
        foreach (var c in t.Mro)
        {
            if (c.Name != a && c.Name != b) continue;
            if (c.Dict.GetItemOrNull(Names.__module__) is PyStr m && (m.Value is "collections.abc" or "_collections_abc" or "typing"))
                return true;
        }
        return false;
    }

    /// <summary>Sequence subjects: list, tuple, range, memoryview, deque and collections.abc.Sequence classes; never str, bytes or bytearray.</summary>
    public static bool IsSequence(PyObject o)
    {
        if (o is PyStr or PyBytes or PyByteArray or PyDict) return false;
        if (o is PyList or PyTuple or PyRange or PyMemoryView) return true;
        foreach (var c in o.Type.Mro)
            if (c.Name == "deque" && c.Dict.GetItemOrNull(Names.__module__) is PyStr { Value: "collections" }) return true;
        return HasAbcBase(o.Type, "Sequence", "MutableSequence");
    }

    public static bool IsMapping(PyObject o) =>
        o is PyDict or PyMappingProxy || HasAbcBase(o.Type, "Mapping", "MutableMapping");

    /// <summary>The values for the keys as a tuple, or None when a key is missing (looked up with get(), as CPython does).</summary>
    public static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Count == 0) return PyTuple.Empty;
        var seen = new PyDict();
        var values = new PyObject[keys.Count];
        var dict = subject as PyDict;
        PyObject? get = dict != null && ReferenceEquals(dict.Type, PyTypes.Dict) ? null : Ops.GetAttr(subject, "get");
        var dummy = new PyBaseException(PyExc.Exception);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys.Items[i];
            if (seen.ContainsKey(key)) throw Errors.ValueError($"mapping pattern checks duplicate key ({Ops.Repr(key)})");
            seen.SetItem(key, PyNone.Instance);
            var v = get == null ? dict!.GetItemOrNull(key) : Ops.Call(get, key, dummy);
            if (v == null || ReferenceEquals(v, dummy)) return PyNone.Instance;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    public static PyObject CopyWithoutKeys(PyObject subject, PyTuple keys)
    {
        PyDict rest;
        if (subject is PyDict d) rest = d.Copy();
        else
        {
            rest = new PyDict();
            foreach (var k in Ops.Iterate(Ops.Call(Ops.GetAttr(subject, "keys")))) rest.SetItem(k, Ops.GetItem(subject, k));
        }
        foreach (var k in keys.Items) rest.Remove(k);
        return rest;
    }

    private static readonly PyType[] s_matchSelf =
        [PyTypes.Bool, PyTypes.ByteArray, PyTypes.Bytes, PyTypes.Dict, PyTypes.Float, PyTypes.FrozenSet, PyTypes.Int, PyTypes.List, PyTypes.Set, PyTypes.Str, PyTypes.Tuple];

    /// <summary>cls(p0, p1, k=p2): the attributes to match as a tuple, or None when the subject is not an instance or lacks one.</summary>
    public static PyObject MatchClass(PyObject subject, PyObject clsObj, int nargs, PyTuple kwNames)
    {
        if (clsObj is not PyType cls) throw Errors.TypeError("called match pattern must be a class");
        if (!Ops.IsInstance(subject, cls)) return PyNone.Instance;
        var attrs = new List<PyObject>();
        var seen = new HashSet<string>();
        if (nargs > 0)
        {
            var matchArgs = Ops.GetAttrOrNull(cls, "__match_args__");
            var matchSelf = false;
            PyTuple args;
            if (matchArgs != null)
            {
                args = matchArgs as PyTuple ?? throw Errors.TypeError($"{cls.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
            }
            else
            {
                args = PyTuple.Empty;
                foreach (var t in s_matchSelf)
                    if (cls.IsSubtypeOf(t)) matchSelf = true;
            }
            var allowed = matchSelf ? 1 : args.Count;
            if (allowed < nargs)
                throw Errors.TypeError($"{cls.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({nargs} given)");
            if (matchSelf) attrs.Add(subject);
            else
            {
                for (var i = 0; i < nargs; i++)
                {
                    var name = args.Items[i] as PyStr ?? throw Errors.TypeError($"__match_args__ elements must be strings (got {args.Items[i].Type.Name})");
                    if (!seen.Add(name.Value)) throw Errors.TypeError($"{cls.Name}() got multiple sub-patterns for attribute {Ops.Repr(name)}");
                    var v = Ops.GetAttrOrNull(subject, PyStr.Intern(name.Value));
                    if (v == null) return PyNone.Instance;
                    attrs.Add(v);
                }
            }
        }
        foreach (var n in kwNames.Items)
        {
            var name = (PyStr)n;
            if (!seen.Add(name.Value)) throw Errors.TypeError($"{cls.Name}() got multiple sub-patterns for attribute {Ops.Repr(name)}");
            var v = Ops.GetAttrOrNull(subject, name);
            if (v == null) return PyNone.Instance;
            attrs.Add(v);
        }
        return new PyTuple(attrs.ToArray());
    }
}
