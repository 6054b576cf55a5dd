namespace Skein.Objects.Containers;

/// <summary>
/// The stable sort behind list.sort and sorted(): a natural merge sort. Ascending and strictly
/// descending runs are found first (descending ones reversed, which keeps stability because their
/// items are distinct), short runs are extended by binary insertion, then neighbouring runs are merged
/// pairwise. Only "less than" is ever asked, as in CPython. When all keys are exact ints, floats or
/// strs the comparison is done inline instead of through the protocol.
/// </summary>
public static class ListSort
{
    private const int MinRun = 32;

    /// <summary>Sorts keys; when values is given it is permuted alongside (a key function's results and the original items).</summary>
    public static void Sort(PyObject[] keys, PyObject[]? values)
    {
        if (keys.Length < 2) return;
        switch (Classify(keys))
        {
            case KeyKind.Int: Sorter<IntLess>.Sort(keys, values, default); break;
            case KeyKind.Float: Sorter<FloatLess>.Sort(keys, values, default); break;
            case KeyKind.Str: Sorter<StrLess>.Sort(keys, values, default); break;
            default: Sorter<ObjectLess>.Sort(keys, values, default); break;
        }
    }

    private enum KeyKind { Object, Int, Float, Str }

    private static KeyKind Classify(PyObject[] keys)
    {
        var first = keys[0].Type;
        KeyKind kind;
        if (ReferenceEquals(first, PyTypes.Int) || ReferenceEquals(first, PyTypes.Bool)) kind = KeyKind.Int;
        else if (ReferenceEquals(first, PyTypes.Float)) kind = KeyKind.Float;
        else if (ReferenceEquals(first, PyTypes.Str)) kind = KeyKind.Str;
        else return KeyKind.Object;
        foreach (var k in keys)
        {
            var t = k.Type;
            var same = kind switch
            {
                KeyKind.Int => ReferenceEquals(t, PyTypes.Int) || ReferenceEquals(t, PyTypes.Bool),
                KeyKind.Float => ReferenceEquals(t, PyTypes.Float),
                _ => ReferenceEquals(t, PyTypes.Str),
            };
            if (!same) return KeyKind.Object;
        }
        return kind;
    }

    private interface ILess
    {
        bool Less(PyObject a, PyObject b);
    }

    private struct IntLess : ILess
    {
        public readonly bool Less(PyObject a, PyObject b)
        {
            var x = (PyInt)a;
            var y = (PyInt)b;
            return x.IsSmall && y.IsSmall ? x.Small < y.Small : x.Value < y.Value;
        }
    }

    private struct FloatLess : ILess
    {
        public readonly bool Less(PyObject a, PyObject b) => ((PyFloat)a).Value < ((PyFloat)b).Value;
    }

    private struct StrLess : ILess
    {
        public readonly bool Less(PyObject a, PyObject b) => CodePointOrder.Compare(((PyStr)a).Value, ((PyStr)b).Value) < 0;
    }

    private struct ObjectLess : ILess
    {
        public readonly bool Less(PyObject a, PyObject b)
        {
            var r = Ops.RichCompare(a, b, CompareOp.Lt);
            return r is PyBool bo ? bo.IsTrue : Ops.IsTrue(r);
        }
    }

    private static class Sorter<T> where T : struct, ILess
    {
        public static void Sort(PyObject[] keys, PyObject[]? values, T less)
        {
            var n = keys.Length;
            var runs = new List<int> { 0 };
            var lo = 0;
            while (lo < n)
            {
                var hi = lo + 1;
                if (hi < n)
                {
                    if (less.Less(keys[hi], keys[lo]))
                    {
                        while (hi + 1 < n && less.Less(keys[hi + 1], keys[hi])) hi++;
                        hi++;
                        Array.Reverse(keys, lo, hi - lo);
                        if (values != null) Array.Reverse(values, lo, hi - lo);
                    }
                    else
                    {
                        while (hi + 1 < n && !less.Less(keys[hi + 1], keys[hi])) hi++;
                        hi++;
                    }
                }
                if (hi - lo < MinRun && hi < n)
                {
                    var end = Math.Min(n, lo + MinRun);
                    InsertionSort(keys, values, lo, hi, end, less);
                    hi = end;
                }
                runs.Add(hi);
                lo = hi;
            }
            if (runs.Count <= 2) return;
            var keyBuffer = new PyObject[n / 2 + 1];
            var valueBuffer = values == null ? null : new PyObject[n / 2 + 1];
            while (runs.Count > 2)
            {
                var merged = new List<int>(runs.Count / 2 + 2) { 0 };
                for (var r = 0; r + 2 < runs.Count; r += 2)
                {
                    Merge(keys, values, runs[r], runs[r + 1], runs[r + 2], ref keyBuffer, ref valueBuffer, less);
                    merged.Add(runs[r + 2]);
                }
                if (runs.Count % 2 == 0) merged.Add(runs[^1]);
                runs = merged;
            }
        }

        /// <summary>Extends the sorted prefix [lo, sorted) to [lo, end), inserting each item after its equals (stability).</summary>
        private static void InsertionSort(PyObject[] keys, PyObject[]? values, int lo, int sorted, int end, T less)
        {
            for (var i = sorted; i < end; i++)
            {
                var pivot = keys[i];
                int left = lo, right = i;
                while (left < right)
                {
                    var mid = (left + right) >>> 1;
                    if (less.Less(pivot, keys[mid])) right = mid;
                    else left = mid + 1;
                }
                if (left == i) continue;
                Array.Copy(keys, left, keys, left + 1, i - left);
                keys[left] = pivot;
                if (values != null)
                {
                    var v = values[i];
                    Array.Copy(values, left, values, left + 1, i - left);
                    values[left] = v;
                }
            }
        }

        /// <summary>Merges the sorted ranges [lo, mid) and [mid, hi); a right item goes first only when strictly less.</summary>
        private static void Merge(PyObject[] keys, PyObject[]? values, int lo, int mid, int hi,
            ref PyObject[] keyBuffer, ref PyObject[]? valueBuffer, T less)
        {
            if (!less.Less(keys[mid], keys[mid - 1])) return;
            // Items of the left run already in place stay where they are.
            int left = lo, right = mid;
            while (left < mid && !less.Less(keys[mid], keys[left])) left++;
            var leftLength = mid - left;
            if (keyBuffer.Length < leftLength)
            {
                keyBuffer = new PyObject[leftLength];
                if (values != null) valueBuffer = new PyObject[leftLength];
            }
            Array.Copy(keys, left, keyBuffer, 0, leftLength);
            if (values != null) Array.Copy(values, left, valueBuffer!, 0, leftLength);
            int a = 0, dest = left;
            while (a < leftLength && right < hi)
            {
                if (less.Less(keys[right], keyBuffer[a]))
                {
                    keys[dest] = keys[right];
                    if (values != null) values[dest] = values[right];
                    right++;
                }
                else
                {
                    keys[dest] = keyBuffer[a];
                    if (values != null) values[dest] = valueBuffer![a];
                    a++;
                }
                dest++;
            }
            if (a < leftLength)
            {
                Array.Copy(keyBuffer, a, keys, dest, leftLength - a);
                if (values != null) Array.Copy(valueBuffer!, a, values, dest, leftLength - a);
            }
            Array.Clear(keyBuffer, 0, leftLength);
            if (valueBuffer != null) Array.Clear(valueBuffer, 0, leftLength);
        }
    }
}
