namespace Skein.Objects;

/// <summary>
/// Python dict: an insertion-ordered hash table (an index array probing into a dense entry array).
///
/// Thread safety (see docs/threading.md): reads take no lock. A writer holds the dict's lock, fills an
/// entry completely and only then publishes its index with a release store, so a reader that sees the
/// index sees the entry. A resize builds a new table and swaps it in with one store: readers holding the
/// old table keep reading a consistent snapshot. Deleting clears the entry's key (a tombstone) and value.
/// Key comparison may run a user __eq__ while the lock is held; the lock is re-entrant, and a lookup
/// restarts when the table changed under it (the same rule CPython applies to a mutating __eq__).
/// Atomic: get, set, delete, setdefault, pop, popitem, clear, copy (a snapshot). update and |= are
/// atomic per key. Iterators read lock-free and report a concurrent change of size as CPython does.
/// The Python-level slots and methods live in Containers/DictType.cs.
/// </summary>
public sealed class PyDict : PyObject
{
    private const int Empty = -1;

    private struct Entry
    {
        public long Hash;
        public PyObject? Key;
        public PyObject? Value;
    }

    private sealed class Table
    {
        public readonly int[] Indices;
        public readonly Entry[] Entries;
        public int Used;
        /// <summary>Counts the tables this dict has had: an inline cache names a table by it without keeping it alive.</summary>
        public readonly int Generation;

        public Table(int indexSize, int generation = 0)
        {
            Generation = generation;
            Indices = new int[indexSize];
            Array.Fill(Indices, Empty);
            Entries = new Entry[indexSize * 2 / 3];
        }
    }

    private Table _table;
    private int _count;
    /// <summary>One bit per key ever inserted (bit hash mod 64), never cleared but by clear(): a clear bit proves a key absent.</summary>
    private long _keyBits;
    private readonly ContainerLock _lock = ThreadSafety.NewLock();
    private PyDict? _dict;

    /// <summary>Bumped by every insertion of a new key and every deletion: iterators compare it to detect a change of size.</summary>
    public int Version;

    public PyDict() : base(PyTypes.Dict) => _table = new Table(8);

    public PyDict(PyType type) : base(type)
    {
        _table = new Table(8);
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public int Count => Volatile.Read(ref _count);

    public ContainerLock SyncRoot => _lock;

    /// <summary>The Python hash of a key, with the common exact types inlined.</summary>
    public static long HashOf(PyObject key)
    {
        if (key is PyStr s && ReferenceEquals(s.Type, PyTypes.Str)) return s.GetHashCode();
        if (key is PyInt i && ReferenceEquals(i.Type, PyTypes.Int) && i.IsSmall)
        {
            var v = i.Small;
            if (v > -(1L << 60) && v < (1L << 60)) return v == -1 ? -2 : v;
        }
        return Ops.Hash(key);
    }

    private static bool KeysEqual(PyObject stored, PyObject key)
    {
        if (ReferenceEquals(stored, key)) return true;
        if (stored is PyStr a && key is PyStr b && ReferenceEquals(a.Type, PyTypes.Str) && ReferenceEquals(b.Type, PyTypes.Str))
            return a.Value == b.Value;
        if (stored is PyInt x && key is PyInt y && ReferenceEquals(x.Type, PyTypes.Int) && ReferenceEquals(y.Type, PyTypes.Int))
            return x.IsSmall && y.IsSmall ? x.Small == y.Small : x.Value == y.Value;
        return Ops.RichCompareBool(stored, key, CompareOp.Eq);
    }

    /// <summary>Index of the entry holding key in table t, or -1. May run user __eq__.</summary>
    private static int Find(Table t, PyObject key, long hash, out bool tableChanged, PyDict owner)
    {
        tableChanged = false;
        var indices = t.Indices;
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = Volatile.Read(ref indices[i]);
            if (ix == Empty) return -1;
            ref var e = ref t.Entries[ix];
            var k = e.Key;
            if (k != null && (ReferenceEquals(k, key) || (e.Hash == hash && KeysEqual(k, key))))
            {
                if (!ReferenceEquals(owner._table, t) || !ReferenceEquals(t.Entries[ix].Key, k))
                {
                    tableChanged = true;
                    return -1;
                }
                return ix;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    public PyObject? GetItemOrNull(PyObject key) => GetItemOrNull(key, HashOf(key));

    public PyObject? GetItemOrNull(PyObject key, long hash)
    {
        while (true)
        {
            var t = Volatile.Read(ref _table);
            var ix = Find(t, key, hash, out var changed, this);
            if (changed) continue;
            return ix < 0 ? null : Volatile.Read(ref t.Entries[ix].Value);
        }
    }

    public PyObject? GetItemOrNull(string key) => GetItemOrNull(PyStr.Intern(key));

    // ---- locations for the VM's inline caches -------------------------------------------------------
    // A key stays in the same entry of the same table until it is deleted (its entry's key is cleared) or
    // the table is replaced by a resize or clear, so (table generation, entry index, stored key) names where
    // a key's value lives for as long as a reader can confirm all three. Values overwritten in place are read
    // fresh. The generation rather than the table is kept so that a cache never keeps an old table's values alive.

    /// <summary>Looks key up and also returns where its value lives (for <see cref="ReadAt"/>); null when absent.</summary>
    internal PyObject? GetItemWithLocation(PyObject key, out DictLocation location)
    {
        var v = Locate(key, out var t, out var ix);
        location = v == null ? default : new DictLocation(t.Generation, ix, t.Entries[ix].Key!);
        return v;
    }

    /// <summary>The value of key with the table and entry index it was found at (ix -1 when absent).</summary>
    private PyObject? Locate(PyObject key, out Table table, out int ix)
    {
        var hash = HashOf(key);
        while (true)
        {
            table = Volatile.Read(ref _table);
            ix = Find(table, key, hash, out var changed, this);
            if (changed) continue;
            return ix < 0 ? null : Volatile.Read(ref table.Entries[ix].Value);
        }
    }

    /// <summary>False when name is certainly not a key (a cheap test before a lookup expected to miss).</summary>
    internal bool MayContain(PyStr name) => (Volatile.Read(ref _keyBits) & (1L << (name.GetHashCode() & 63))) != 0;

    /// <summary>The value at a location found earlier, or null when the key has since moved or been deleted.</summary>
    internal PyObject? ReadAt(in DictLocation location)
    {
        var t = Volatile.Read(ref _table);
        if (t.Generation != location.Generation) return null;
        ref var e = ref t.Entries[location.Index];
        if (!ReferenceEquals(Volatile.Read(ref e.Key), location.Key)) return null;
        return Volatile.Read(ref e.Value);
    }

    /// <summary>The value of key if it sits in entry index of the current table (an inline cache's guess), else null.</summary>
    internal PyObject? ReadAtIndex(int index, PyObject key)
    {
        var t = Volatile.Read(ref _table);
        var entries = t.Entries;
        if ((uint)index >= (uint)entries.Length) return null;
        ref var e = ref entries[index];
        if (!ReferenceEquals(Volatile.Read(ref e.Key), key)) return null;
        return Volatile.Read(ref e.Value);
    }

    /// <summary>Looks key up and also returns its entry index in the current table (an inline cache's guess for the next instance).</summary>
    internal PyObject? GetItemAndIndex(PyObject key, out int index) => Locate(key, out _, out index);

    /// <summary>
    /// Overwrites the value of key when it already sits in entry index (the inline cache's guess); false
    /// (nothing written) otherwise. Same atomicity and fence as <see cref="SetItem(PyObject, PyObject)"/>.
    /// </summary>
    internal bool TryOverwriteAtIndex(int index, PyObject key, PyObject value)
    {
        using (_lock.EnterScope())
        {
            var entries = _table.Entries;
            if ((uint)index >= (uint)entries.Length || !ReferenceEquals(entries[index].Key, key)) return false;
            Volatile.Write(ref entries[index].Value, value);
        }
        ThreadSafety.StoreFence();
        return true;
    }

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        var v = GetItemOrNull(key);
        value = v!;
        return v != null;
    }

    public bool ContainsKey(PyObject key) => GetItemOrNull(key) != null;

    public void SetItem(PyObject key, PyObject value) => SetItem(key, HashOf(key), value);

    public void SetItem(string key, PyObject value) => SetItem(PyStr.Intern(key), value);

    public void SetItem(PyObject key, long hash, PyObject value)
    {
        using (_lock.EnterScope())
        {
            while (true)
            {
                var t = _table;
                var ix = Find(t, key, hash, out var changed, this);
                if (changed) continue;
                if (ix >= 0) Volatile.Write(ref t.Entries[ix].Value, value);
                else InsertNew(key, hash, value);
                break;
            }
        }
        // A full fence after every store: a later load in this thread (of another attribute or global) must not
        // be satisfied before this store is visible, or two threads could both read stale values (the
        // store-buffering outcome CPython never shows; see tests/programs/thread_stress_store_buffering.py).
        ThreadSafety.StoreFence();
    }

    /// <summary>Returns the existing value for key, or stores and returns value (dict.setdefault, atomically).</summary>
    public PyObject SetDefault(PyObject key, PyObject value)
    {
        var hash = HashOf(key);
        using (_lock.EnterScope())
        {
            while (true)
            {
                var t = _table;
                var ix = Find(t, key, hash, out var changed, this);
                if (changed) continue;
                if (ix >= 0) return t.Entries[ix].Value!;
                InsertNew(key, hash, value);
                return value;
            }
        }
    }

    private void InsertNew(PyObject key, long hash, PyObject value)
    {
        var t = _table;
        if (t.Used == t.Entries.Length)
        {
            t = Resize(t, Math.Max(8, (int)BitOperations.RoundUpToPowerOf2((uint)(_count * 3 + 1))));
        }
        var ix = t.Used;
        ref var e = ref t.Entries[ix];
        e.Hash = hash;
        e.Key = key;
        e.Value = value;
        t.Used = ix + 1;
        _keyBits |= 1L << (int)(hash & 63);
        PublishIndex(t, hash, ix);
        Volatile.Write(ref _count, _count + 1);
        Version++;
    }

    private static void PublishIndex(Table t, long hash, int ix)
    {
        var indices = t.Indices;
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] != Empty)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        Volatile.Write(ref indices[i], ix);
    }

    /// <summary>Copies the live entries, in order, into a fresh table and publishes it with one store.</summary>
    private Table Resize(Table old, int indexSize)
    {
        while (indexSize * 2 / 3 <= _count) indexSize *= 2;
        var t = new Table(indexSize, old.Generation + 1);
        var n = 0;
        for (var i = 0; i < old.Used; i++)
        {
            ref var e = ref old.Entries[i];
            if (e.Key == null) continue;
            t.Entries[n] = e;
            PublishIndex(t, e.Hash, n);
            n++;
        }
        t.Used = n;
        Volatile.Write(ref _table, t);
        return t;
    }

    /// <summary>Removes key; returns its value, or null when it was absent.</summary>
    public PyObject? Pop(PyObject key)
    {
        var hash = HashOf(key);
        using (_lock.EnterScope())
        {
            while (true)
            {
                var t = _table;
                var ix = Find(t, key, hash, out var changed, this);
                if (changed) continue;
                if (ix < 0) return null;
                ref var e = ref t.Entries[ix];
                var value = e.Value;
                Volatile.Write(ref e.Key, null);
                Volatile.Write(ref e.Value, null);
                Volatile.Write(ref _count, _count - 1);
                Version++;
                return value;
            }
        }
    }

    public bool Remove(PyObject key) => Pop(key) != null;

    /// <summary>Removes and returns the last inserted pair (dict.popitem); false when empty.</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        using (_lock.EnterScope())
        {
            var t = _table;
            for (var i = t.Used - 1; i >= 0; i--)
            {
                ref var e = ref t.Entries[i];
                if (e.Key == null) continue;
                key = e.Key;
                value = e.Value!;
                Volatile.Write(ref e.Key, null);
                Volatile.Write(ref e.Value, null);
                t.Used = i;
                Volatile.Write(ref _count, _count - 1);
                Version++;
                return true;
            }
            key = value = null!;
            return false;
        }
    }

    public void Clear()
    {
        using (_lock.EnterScope())
        {
            Volatile.Write(ref _table, new Table(8, _table.Generation + 1));
            _keyBits = 0;
            Volatile.Write(ref _count, 0);
            Version++;
        }
    }

    /// <summary>
    /// Iteration step for dict iterators: advances position over the current table's entries and yields
    /// the next live pair. Position indexes entries, which a resize compacts; callers detect that through
    /// <see cref="Version"/> (every resize comes with an insertion).
    /// </summary>
    public bool NextEntry(ref int position, out PyObject key, out PyObject value)
    {
        var t = Volatile.Read(ref _table);
        var used = Math.Min(Volatile.Read(ref t.Used), t.Entries.Length);
        while (position < used)
        {
            ref var e = ref t.Entries[position++];
            var k = Volatile.Read(ref e.Key);
            var v = Volatile.Read(ref e.Value);
            if (k != null && v != null)
            {
                key = k;
                value = v;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    /// <summary>
    /// Reverse iteration step: moves position down over the current table's entries and yields the
    /// previous live pair. Start with position = <see cref="EntryLimit"/>.
    /// </summary>
    public bool PrevEntry(ref int position, out PyObject key, out PyObject value)
    {
        var t = Volatile.Read(ref _table);
        if (position > t.Entries.Length) position = t.Entries.Length;
        while (position > 0)
        {
            ref var e = ref t.Entries[--position];
            var k = Volatile.Read(ref e.Key);
            var v = Volatile.Read(ref e.Value);
            if (k != null && v != null)
            {
                key = k;
                value = v;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    /// <summary>One past the last entry slot in use (live or deleted): where reverse iteration starts.</summary>
    public int EntryLimit
    {
        get
        {
            var t = Volatile.Read(ref _table);
            return Math.Min(Volatile.Read(ref t.Used), t.Entries.Length);
        }
    }

    /// <summary>A consistent snapshot of the pairs, in insertion order.</summary>
    public List<KeyValuePair<PyObject, PyObject>> Snapshot()
    {
        using (_lock.EnterScope())
        {
            var list = new List<KeyValuePair<PyObject, PyObject>>(_count);
            var t = _table;
            for (var i = 0; i < t.Used; i++)
            {
                ref var e = ref t.Entries[i];
                if (e.Key != null) list.Add(new(e.Key, e.Value!));
            }
            return list;
        }
    }

    public List<PyObject> KeysSnapshot()
    {
        var pairs = Snapshot();
        var keys = new List<PyObject>(pairs.Count);
        foreach (var p in pairs) keys.Add(p.Key);
        return keys;
    }

    public PyDict Copy()
    {
        var d = new PyDict();
        foreach (var p in Snapshot()) d.SetItem(p.Key, p.Value);
        return d;
    }

    /// <summary>dict.update from another dict (atomic with respect to this dict's other writers only per key).</summary>
    public void Update(PyDict other)
    {
        foreach (var p in other.Snapshot()) SetItem(p.Key, p.Value);
    }

    internal static void InitType(PyType t) => Containers.DictType.Init(t);
}

/// <summary>Where a key's value lives in a dict's current table (see PyDict.ReadAt).</summary>
internal readonly struct DictLocation(int generation, int index, PyObject key)
{
    public readonly int Generation = generation;
    public readonly int Index = index;
    public readonly PyObject Key = key;
}
