using Skein.Objects.Containers;

namespace Skein.Objects;

/// <summary>
/// Python list.
///
/// Thread safety (docs/threading.md): readers take no lock. They read the (array, count) pair that
/// writers publish and bound every access by the array they actually hold, so a racing reader sees an
/// old or a new state but never faults. Every writer holds the list's lock for the whole operation, so
/// each single operation (append, insert, pop, item and slice assignment, extend from a list or tuple,
/// clear, copy, reverse, *=) is atomic. Nothing here calls Python code under the lock: operations that
/// compare items (remove, index, count, sort) read lock-free, call out, then re-validate under the lock.
/// </summary>
public sealed class PyList : PyObject, ISequenceReader
{
    private PyObject[] _items;
    private int _count;
    private readonly ContainerLock _lock = ThreadSafety.NewLock();
    private PyDict? _dict;

    /// <summary>The storage a list holds while it is being sorted; any mutation replaces it, which is how sort detects one.</summary>
    private static readonly PyObject[] s_sortingStorage = new PyObject[0];

    public PyList() : base(PyTypes.List) => _items = [];
    public PyList(PyType type) : base(type)
    {
        _items = [];
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    /// <summary>Takes ownership of items (the caller must not keep using the array).</summary>
    public PyList(PyObject[] items) : base(PyTypes.List)
    {
        _items = items;
        _count = items.Length;
    }

    public PyList(List<PyObject> items) : this(items.ToArray())
    {
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public int Count => Volatile.Read(ref _count);

    long ISequenceReader.Length => Count;

    PyObject? ISequenceReader.ItemOrNull(long index) => index < 0 ? null : GetItemOrNull(index);

    /// <summary>The item at index, or null when the index is out of range (a racing shrink included).</summary>
    public PyObject? GetItemOrNull(long index)
    {
        var items = Volatile.Read(ref _items);
        var count = Volatile.Read(ref _count);
        if (index < 0) index += count;
        if ((ulong)index >= (ulong)Math.Min(count, items.Length)) return null;
        return items[index];
    }

    public void Append(PyObject item)
    {
        using (_lock.EnterScope())
        {
            var items = _items;
            if (_count == items.Length) items = Grow(_count + 1);
            items[_count] = item;
            Volatile.Write(ref _count, _count + 1);
        }
    }

    /// <summary>Makes room for at least capacity items (lock held): a new array, published before the count grows.</summary>
    private PyObject[] Grow(long capacity)
    {
        if (capacity > Array.MaxLength) throw Errors.MemoryError("");
        var items = _items;
        var size = (int)Math.Min(Array.MaxLength, Math.Max(Math.Max(4L, capacity), items.Length + (items.Length >> 1) + 4L));
        var grown = new PyObject[size];
        Array.Copy(items, grown, _count);
        Volatile.Write(ref _items, grown);
        return grown;
    }

    /// <summary>
    /// The current items without copying or locking, as readers see them (a racing writer may leave it showing
    /// the state before or after its operation); for short synchronous reads such as unpacking.
    /// </summary>
    internal ReadOnlySpan<PyObject> ItemsView()
    {
        var items = Volatile.Read(ref _items);
        return items.AsSpan(0, Math.Min(Volatile.Read(ref _count), items.Length));
    }

    /// <summary>A consistent copy of the current items.</summary>
    public PyObject[] ToArray()
    {
        using (_lock.EnterScope())
        {
            var copy = new PyObject[_count];
            Array.Copy(_items, copy, _count);
            return copy;
        }
    }

    /// <summary>list.extend: a list, tuple or other snapshot-able source is appended atomically; other iterables item by item, as CPython does.</summary>
    public void Extend(PyObject iterable)
    {
        // Exact lists and tuples (and the list itself) are copied at once, as CPython's list_extend does; anything else is iterated.
        if (iterable is PyList list && (ReferenceEquals(list.Type, PyTypes.List) || ReferenceEquals(list, this)))
        {
            AppendRange(list.ToArray());
            return;
        }
        if (iterable is PyTuple tuple && ReferenceEquals(tuple.Type, PyTypes.Tuple))
        {
            AppendRange(tuple.Items);
            return;
        }
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } x) Append(x);
    }

    public void AppendRange(ReadOnlySpan<PyObject> source)
    {
        if (source.Length == 0) return;
        using (_lock.EnterScope())
        {
            var items = _items;
            var needed = (long)_count + source.Length;
            if (needed > items.Length) items = Grow(needed);
            source.CopyTo(items.AsSpan(_count));
            Volatile.Write(ref _count, (int)needed);
        }
    }

    /// <summary>list.insert: the index is clamped to the list as in CPython.</summary>
    public void Insert(long index, PyObject item)
    {
        using (_lock.EnterScope())
        {
            var n = _count;
            if (index < 0)
            {
                index += n;
                if (index < 0) index = 0;
            }
            if (index > n) index = n;
            var items = _items;
            if (n == items.Length) items = Grow(n + 1);
            Array.Copy(items, (int)index, items, (int)index + 1, n - (int)index);
            items[index] = item;
            Volatile.Write(ref _count, n + 1);
        }
    }

    /// <summary>list.pop(index): removes and returns the item, IndexError as CPython words it.</summary>
    public PyObject Pop(long index = -1)
    {
        using (_lock.EnterScope())
        {
            var n = _count;
            if (n == 0) throw Errors.IndexError("pop from empty list");
            if (index < 0) index += n;
            if ((ulong)index >= (ulong)n) throw Errors.IndexError("pop index out of range");
            return RemoveAtLocked((int)index);
        }
    }

    private PyObject RemoveAtLocked(int index)
    {
        var items = _items;
        var n = _count;
        var item = items[index];
        Array.Copy(items, index + 1, items, index, n - index - 1);
        Volatile.Write(ref _count, n - 1);
        items[n - 1] = null!;
        return item;
    }

    /// <summary>Removes the item at index if it is still item (a concurrent change may have moved it): true when removed.</summary>
    internal bool RemoveIfAt(long index, PyObject item)
    {
        using (_lock.EnterScope())
        {
            if (index < _count && ReferenceEquals(_items[index], item))
            {
                RemoveAtLocked((int)index);
                return true;
            }
            for (var i = 0; i < _count; i++)
            {
                if (!ReferenceEquals(_items[i], item)) continue;
                RemoveAtLocked(i);
                return true;
            }
            return false;
        }
    }

    public void Clear()
    {
        using (_lock.EnterScope())
        {
            // An empty list keeps its storage: sort's modification check relies on no-op writes not replacing it.
            if (_count == 0) return;
            Volatile.Write(ref _count, 0);
            Volatile.Write(ref _items, []);
        }
    }

    /// <summary>Replaces the whole contents (list.__init__, slice assignment of everything).</summary>
    public void SetContents(PyObject[] items)
    {
        using (_lock.EnterScope())
        {
            if (items.Length == 0 && _count == 0) return;
            Volatile.Write(ref _count, 0);
            Volatile.Write(ref _items, items);
            Volatile.Write(ref _count, items.Length);
        }
    }

    /// <summary>self[index] = value; IndexError "list assignment index out of range".</summary>
    public void SetAt(long index, PyObject value)
    {
        using (_lock.EnterScope())
        {
            var n = _count;
            if (index < 0) index += n;
            if ((ulong)index >= (ulong)n) throw Errors.IndexError("list assignment index out of range");
            _items[index] = value;
        }
    }

    /// <summary>del self[index].</summary>
    public void DeleteAt(long index)
    {
        using (_lock.EnterScope())
        {
            var n = _count;
            if (index < 0) index += n;
            if ((ulong)index >= (ulong)n) throw Errors.IndexError("list assignment index out of range");
            RemoveAtLocked((int)index);
        }
    }

    /// <summary>The items selected by a resolved slice, copied atomically.</summary>
    public PyObject[] GetSlice(PySlice slice)
    {
        using (_lock.EnterScope())
        {
            SliceIndices.Compute(slice, _count, out var start, out _, out var step, out var count);
            var result = new PyObject[count];
            if (step == 1) Array.Copy(_items, start, result, 0, count);
            else
                for (long i = 0, j = start; i < count; i++, j += step) result[i] = _items[j];
            return result;
        }
    }

    /// <summary>self[slice] = items (items already materialised); extended slices must match in size.</summary>
    public void AssignSlice(PySlice slice, PyObject[] values)
    {
        using (_lock.EnterScope())
        {
            SliceIndices.Unpack(slice, out var start, out var stop, out var step);
            var count = SliceIndices.Adjust(_count, ref start, ref stop, step);
            if (step == 1)
            {
                ReplaceRangeLocked((int)start, (int)Math.Max(start, stop), values);
                return;
            }
            if (values.Length != count)
                throw Errors.ValueError($"attempt to assign sequence of size {values.Length} to extended slice of size {count}");
            for (long i = 0, j = start; i < count; i++, j += step) _items[j] = values[i];
        }
    }

    /// <summary>Replaces items [low, high) with values (lock held).</summary>
    private void ReplaceRangeLocked(int low, int high, ReadOnlySpan<PyObject> values)
    {
        var n = _count;
        var delta = values.Length - (high - low);
        var items = _items;
        if (delta > 0)
        {
            if ((long)n + delta > items.Length)
            {
                // Build the result in a fresh array so readers never see a half-shifted tail.
                var size = Math.Max((long)n + delta, items.Length + (items.Length >> 1) + 4L);
                if (size > Array.MaxLength) size = (long)n + delta;
                if (size > Array.MaxLength) throw Errors.MemoryError("");
                var grown = new PyObject[size];
                Array.Copy(items, grown, low);
                values.CopyTo(grown.AsSpan(low));
                Array.Copy(items, high, grown, low + values.Length, n - high);
                Volatile.Write(ref _items, grown);
                Volatile.Write(ref _count, n + delta);
                return;
            }
            Array.Copy(items, high, items, high + delta, n - high);
            values.CopyTo(items.AsSpan(low));
            Volatile.Write(ref _count, n + delta);
            return;
        }
        values.CopyTo(items.AsSpan(low));
        if (delta < 0)
        {
            Array.Copy(items, high, items, high + delta, n - high);
            Volatile.Write(ref _count, n + delta);
            Array.Clear(items, n + delta, -delta);
        }
    }

    /// <summary>del self[slice].</summary>
    public void DeleteSlice(PySlice slice)
    {
        using (_lock.EnterScope())
        {
            SliceIndices.Compute(slice, _count, out var start, out _, out var step, out var count);
            if (count == 0) return;
            if (step == 1)
            {
                ReplaceRangeLocked((int)start, (int)(start + count), ReadOnlySpan<PyObject>.Empty);
                return;
            }
            if (step < 0)
            {
                // The same items walked upwards.
                start += step * (count - 1);
                step = -step;
            }
            var items = _items;
            var n = _count;
            var write = (int)start;
            var next = start;
            for (var read = (int)start; read < n; read++)
            {
                if (read == next && next < start + step * count)
                {
                    next += step;
                    continue;
                }
                items[write++] = items[read];
            }
            Volatile.Write(ref _count, write);
            Array.Clear(items, write, n - write);
        }
    }

    public void Reverse()
    {
        using (_lock.EnterScope()) Array.Reverse(_items, 0, _count);
    }

    /// <summary>self *= n.</summary>
    public void RepeatInPlace(long times)
    {
        using (_lock.EnterScope())
        {
            var n = _count;
            if (n == 0 || times == 1) return;
            if (times <= 0)
            {
                Volatile.Write(ref _count, 0);
                Volatile.Write(ref _items, []);
                return;
            }
            var total = SequenceSupport.RepeatedLength(n, times);
            var items = _items;
            if (total > items.Length) items = Grow(total);
            for (var filled = n; filled < total;)
            {
                var chunk = Math.Min(filled, total - filled);
                Array.Copy(items, 0, items, filled, chunk);
                filled += chunk;
            }
            Volatile.Write(ref _count, total);
        }
    }

    /// <summary>
    /// list.sort: a stable sort. As in CPython the list is empty while it sorts (key functions and
    /// comparisons see []); any change made meanwhile is discarded and reported as
    /// "list modified during sort". If a key function or comparison raises, the list keeps its order.
    /// </summary>
    public void Sort(PyObject? key, bool reverse)
    {
        PyObject[] saved;
        int n;
        using (_lock.EnterScope())
        {
            saved = _items;
            n = _count;
            Volatile.Write(ref _count, 0);
            Volatile.Write(ref _items, s_sortingStorage);
        }
        PyObject[]? result = null;
        try
        {
            var values = new PyObject[n];
            Array.Copy(saved, values, n);
            PyObject[]? keys = null;
            if (key != null && key is not PyNone)
            {
                keys = new PyObject[n];
                for (var i = 0; i < n; i++) keys[i] = Ops.Call(key, values[i]);
            }
            if (reverse)
            {
                // Reversing before and after a stable sort keeps equal items in their original order.
                Array.Reverse(values);
                if (keys != null) Array.Reverse(keys);
            }
            ListSort.Sort(keys ?? values, keys == null ? null : values);
            if (reverse) Array.Reverse(values);
            result = values;
        }
        finally
        {
            bool modified;
            using (_lock.EnterScope())
            {
                modified = !ReferenceEquals(_items, s_sortingStorage) || _count != 0;
                var final = result ?? saved;
                Volatile.Write(ref _items, final);
                Volatile.Write(ref _count, n);
            }
            if (modified && result != null) throw Errors.ValueError("list modified during sort");
        }
    }

    internal static void InitType(PyType t) => ListType.Init(t);
}
