namespace Skein.Objects.Containers;

/// <summary>
/// The set algebra of set, frozenset and the dict views, following CPython's setobject.c choices
/// (which operand is iterated, which keys end up in the result, when a result is resized), so
/// results iterate in the same order as CPython's.
/// </summary>
public static class SetOperations
{
    /// <summary>An empty set of so's base kind: set for set and its subclasses, frozenset otherwise.</summary>
    public static PyAnySet NewLike(PyAnySet so) => so is PySet ? new PySet() : new PyFrozenSet();

    public static PyAnySet Copy(PyAnySet so)
    {
        var result = NewLike(so);
        result.Merge(so);
        return result;
    }

    /// <summary>A key for lookup: an unhashable set is looked up as the equal frozenset (CPython's set_contains_key).</summary>
    public static PyObject LookupKey(PyObject key)
    {
        if (key is PySet s && ReferenceEquals(key.Type.Hash, SlotAdapters.HashNotImplemented))
        {
            var f = new PyFrozenSet();
            f.Merge(s);
            return f;
        }
        return key;
    }

    public static bool ContainsKey(PyAnySet so, PyObject key) => so.Contains(LookupKey(key));

    /// <summary>so &amp; other: iterates the smaller set when both are sets, keeping that set's keys.</summary>
    public static PyAnySet Intersection(PyAnySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return Copy(so);
        var result = NewLike(so);
        if (other is PyAnySet os)
        {
            var (small, large) = os.Count > so.Count ? (so, os) : (os, so);
            foreach (var (key, hash) in small.Entries())
                if (large.Contains(key, hash)) result.Add(key, hash);
            return result;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } key)
        {
            var hash = PyDict.HashOf(key);
            if (so.Contains(key, hash)) result.Add(key, hash);
        }
        return result;
    }

    public static PyAnySet Difference(PyAnySet so, PyObject other)
    {
        long otherSize;
        if (other is PyAnySet os) otherSize = os.Count;
        else if (other is PyDict od && ReferenceEquals(od.Type, PyTypes.Dict)) otherSize = od.Count;
        else return CopyAndDifference(so, other);
        if ((so.Count >> 2) > otherSize) return CopyAndDifference(so, other);
        var result = NewLike(so);
        foreach (var (key, hash) in so.Entries())
        {
            var present = other is PyAnySet s ? s.Contains(key, hash) : ((PyDict)other).GetItemOrNull(key, hash) != null;
            if (!present) result.Add(key, hash);
        }
        return result;
    }

    private static PyAnySet CopyAndDifference(PyAnySet so, PyObject other)
    {
        var result = Copy(so);
        DifferenceUpdate(result, other);
        return result;
    }

    public static void DifferenceUpdate(PyAnySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.Clear();
            return;
        }
        if (other is PyAnySet os)
        {
            // A much larger other is first cut down to the keys the two share.
            var source = (os.Count >> 3) > so.Count ? Intersection(so, os) : os;
            foreach (var (key, hash) in source.Entries()) so.Discard(key, hash);
        }
        else
        {
            var it = Ops.GetIter(other);
            while (Ops.Next(it) is { } key) so.Discard(LookupKey(key));
        }
        so.CompactIfSparse();
    }

    public static void SymmetricDifferenceUpdate(PyAnySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.Clear();
            return;
        }
        if (other is PyDict od && ReferenceEquals(od.Type, PyTypes.Dict))
        {
            foreach (var p in od.Snapshot())
            {
                var hash = PyDict.HashOf(p.Key);
                if (!so.Discard(p.Key, hash)) so.Add(p.Key, hash);
            }
            return;
        }
        PyAnySet otherSet;
        if (other is PyAnySet s) otherSet = s;
        else
        {
            otherSet = NewLike(so);
            otherSet.Update(other);
        }
        foreach (var (key, hash) in otherSet.Entries())
            if (!so.Discard(key, hash)) so.Add(key, hash);
    }

    /// <summary>so ^ other: CPython starts from a copy of other and folds so into it.</summary>
    public static PyAnySet SymmetricDifference(PyAnySet so, PyObject other)
    {
        var result = NewLike(so);
        result.Update(other);
        SymmetricDifferenceUpdate(result, so);
        return result;
    }

    public static PyAnySet Union(PyAnySet so, ReadOnlySpan<PyObject> others)
    {
        var result = Copy(so);
        foreach (var other in others)
            if (!ReferenceEquals(other, so)) result.Update(other);
        return result;
    }

    public static bool IsSubset(PyAnySet so, PyObject other)
    {
        if (other is not PyAnySet os) return IsSubset(so, PySet.From(other));
        if (so.Count > os.Count) return false;
        foreach (var (key, hash) in so.Entries())
            if (!os.Contains(key, hash)) return false;
        return true;
    }

    public static bool IsSuperset(PyAnySet so, PyObject other)
    {
        if (other is PyAnySet os) return IsSubset(os, so);
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } key)
            if (!ContainsKey(so, key)) return false;
        return true;
    }

    public static bool IsDisjoint(PyAnySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.Count == 0;
        if (other is PyAnySet os && (ReferenceEquals(os.Type, PyTypes.Set) || ReferenceEquals(os.Type, PyTypes.FrozenSet)))
        {
            var (small, large) = os.Count > so.Count ? (so, os) : (os, so);
            foreach (var (key, hash) in small.Entries())
                if (large.Contains(key, hash)) return false;
            return true;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } key)
            if (ContainsKey(so, key)) return false;
        return true;
    }

    /// <summary>Set comparison: == and != by contents, the orderings as subset tests.</summary>
    public static PyObject Compare(PyAnySet v, PyAnySet w, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                var equal = v.Count == w.Count && IsSubset(v, w);
                return PyBool.From(equal == (op == CompareOp.Eq));
            case CompareOp.Le: return PyBool.From(IsSubset(v, w));
            case CompareOp.Ge: return PyBool.From(IsSubset(w, v));
            case CompareOp.Lt: return PyBool.From(v.Count < w.Count && IsSubset(v, w));
            default: return PyBool.From(v.Count > w.Count && IsSubset(w, v));
        }
    }
}
