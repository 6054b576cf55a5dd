namespace Skein.Modules.Builtins;

/// <summary>
/// Sorting for sorted() and dir(): arrays of exact strs or exact small ints (with no key) are sorted here
/// with a stable sort; everything else goes through list.sort, so key functions, reverse and the
/// comparison errors are exactly the list's.
/// </summary>
internal static class Sorting
{
    /// <summary>A new list holding items sorted as list.sort(**kwargs) would. Takes ownership of items.</summary>
    public static PyList SortedList(PyObject[] items, PyDict? kwargs)
    {
        if (TryNativeOptions(kwargs, out var reverse) && TrySortNative(items, reverse)) return new PyList(items);
        var list = new PyList(items);
        Ops.Call(Ops.GetAttr(list, "sort"), ReadOnlySpan<PyObject>.Empty, kwargs);
        return list;
    }

    /// <summary>True when kwargs ask for no key function; reverse is their reverse= flag.</summary>
    private static bool TryNativeOptions(PyDict? kwargs, out bool reverse)
    {
        reverse = false;
        if (kwargs == null || kwargs.Count == 0) return true;
        foreach (var pair in kwargs.Snapshot())
        {
            var k = ((PyStr)pair.Key).Value;
            if (k == "key" && pair.Value is PyNone) continue;
            if (k == "reverse" && pair.Value is PyBool b)
            {
                reverse = b.IsTrue;
                continue;
            }
            return false;
        }
        return true;
    }

    private static bool TrySortNative(PyObject[] items, bool reverse)
    {
        if (items.Length < 2) return true;
        var allStr = true;
        var allInt = true;
        foreach (var x in items)
        {
            allStr &= x is PyStr s && ReferenceEquals(s.Type, PyTypes.Str);
            allInt &= x is PyInt i && i.IsSmall && ReferenceEquals(i.Type, PyTypes.Int);
            if (!allStr && !allInt) return false;
        }
        // Reversing before and after a stable sort keeps equal items in their original order, as list.sort(reverse=True) does.
        if (reverse) Array.Reverse(items);
        var keys = new int[items.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = i;
        Comparison<int> cmp = allStr
            ? (x, y) => CompareCodePoints(((PyStr)items[x]).Value, ((PyStr)items[y]).Value) is var c && c != 0 ? c : x.CompareTo(y)
            : (x, y) => ((PyInt)items[x]).Small.CompareTo(((PyInt)items[y]).Small) is var c && c != 0 ? c : x.CompareTo(y);
        Array.Sort(keys, cmp);
        var sorted = new PyObject[items.Length];
        for (var i = 0; i < keys.Length; i++) sorted[i] = items[keys[i]];
        if (reverse) Array.Reverse(sorted);
        sorted.CopyTo(items, 0);
        return true;
    }

    /// <summary>Orders two strings by code point, as Python compares str (UTF-16 order differs for surrogate pairs).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            int ca = a[i], cb = b[i];
            if (ca == cb) continue;
            if (ca >= 0xD800 && cb >= 0xD800)
            {
                ca = ca >= 0xE000 ? ca - 0x800 : ca + 0x2000;
                cb = cb >= 0xE000 ? cb - 0x800 : cb + 0x2000;
            }
            return ca < cb ? -1 : 1;
        }
        return a.Length.CompareTo(b.Length);
    }
}
