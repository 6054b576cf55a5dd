namespace Skein.Objects.Containers;

/// <summary>
/// The hash table shared by set and frozenset. It follows CPython's set layout (open addressing,
/// runs of linear probes then perturbed jumps, the same growth points), so iteration order, and with
/// it repr and pop, match CPython for the same insertions.
///
/// Thread safety (docs/threading.md): membership tests and iteration take no lock. A writer holds the
/// set's lock; it fills an entry's hash before publishing its key with a release store, and a resize
/// builds a new table and swaps it in with one store, so a reader always probes a consistent table
/// (one that always keeps an empty slot, so probing ends). Deleting turns the key into a dummy
/// marker. add, remove, discard, pop, clear, copy and the in-place operators are atomic; operations
/// taking another set work on a snapshot of it. A key's __eq__ may run under the lock (re-entrant),
/// and a lookup restarts when the table changed under it, as CPython does for a mutating __eq__.
/// </summary>
public abstract class PyAnySet : PyObject
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    /// <summary>The key of a deleted entry (its hash is -1, which no live key has).</summary>
    private static readonly PyObject s_dummy = new PyTuple([]);

    internal struct Entry
    {
        public long Hash;
        public PyObject? Key;
    }

    private Entry[] _table = new Entry[MinSize];
    private int _fill;
    private int _used;
    private int _finger;
    private long _hash = -1;
    private readonly ContainerLock _lock = ThreadSafety.NewLock();
    private PyDict? _dict;

    protected PyAnySet(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public int Count => Volatile.Read(ref _used);

    // ---- lookup (lock-free) -------------------------------------------------------------------------

    public bool Contains(PyObject key) => Contains(key, PyDict.HashOf(key));

    public bool Contains(PyObject key, long hash)
    {
        while (true)
        {
            var table = Volatile.Read(ref _table);
            var r = Find(table, key, hash);
            if (r != Restart) return r >= 0;
        }
    }

    private const int Restart = -2;

    /// <summary>Slot holding key in table, -1 when absent, <see cref="Restart"/> when a comparison changed the set under us.</summary>
    private int Find(Entry[] table, PyObject key, long hash)
    {
        var mask = table.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                ref var e = ref table[j];
                var k = Volatile.Read(ref e.Key);
                if (k == null) return -1;
                if (e.Hash == hash && !ReferenceEquals(k, s_dummy))
                {
                    if (ReferenceEquals(k, key)) return j;
                    var eq = SequenceSupport.ItemEquals(k, key);
                    if (!ReferenceEquals(Volatile.Read(ref _table), table) || !ReferenceEquals(Volatile.Read(ref e.Key), k)) return Restart;
                    if (eq) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    // ---- writing (lock held) ------------------------------------------------------------------------

    public bool Add(PyObject key) => Add(key, PyDict.HashOf(key));

    /// <summary>Adds key; false when an equal key was already present.</summary>
    public bool Add(PyObject key, long hash)
    {
        using (_lock.EnterScope())
        {
            _hash = -1;
            return AddLocked(key, hash);
        }
    }

    private bool AddLocked(PyObject key, long hash)
    {
    restart:
        var table = _table;
        var mask = table.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                ref var e = ref table[j];
                var k = e.Key;
                if (k == null)
                {
                    if (freeSlot >= 0)
                    {
                        Publish(table, freeSlot, key, hash);
                        Volatile.Write(ref _used, _used + 1);
                        return true;
                    }
                    Publish(table, j, key, hash);
                    _fill++;
                    Volatile.Write(ref _used, _used + 1);
                    if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                if (e.Hash == hash && !ReferenceEquals(k, s_dummy))
                {
                    if (ReferenceEquals(k, key)) return false;
                    var eq = SequenceSupport.ItemEquals(k, key);
                    if (eq) return false;
                    if (!ReferenceEquals(_table, table) || !ReferenceEquals(e.Key, k)) goto restart;
                }
                else if (freeSlot < 0 && ReferenceEquals(k, s_dummy))
                {
                    freeSlot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private static void Publish(Entry[] table, int slot, PyObject key, long hash)
    {
        table[slot].Hash = hash;
        Volatile.Write(ref table[slot].Key, key);
    }

    /// <summary>Inserts a key known to be absent into a table with no dummies (CPython's set_insert_clean).</summary>
    private static void InsertClean(Entry[] table, PyObject key, long hash)
    {
        var mask = table.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key == null)
            {
                Publish(table, i, key, hash);
                return;
            }
            if (i + LinearProbes <= mask)
            {
                for (var j = i + 1; j <= i + LinearProbes; j++)
                {
                    if (table[j].Key != null) continue;
                    Publish(table, j, key, hash);
                    return;
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Rebuilds the table with room for minUsed entries; readers keep the old table until the swap.</summary>
    private void Resize(long minUsed)
    {
        long size = MinSize;
        while (size <= minUsed) size <<= 1;
        if (size > Array.MaxLength) throw Errors.MemoryError("");
        var old = _table;
        var table = new Entry[size];
        foreach (ref var e in old.AsSpan())
            if (e.Key != null && !ReferenceEquals(e.Key, s_dummy)) InsertClean(table, e.Key, e.Hash);
        Volatile.Write(ref _table, table);
        _fill = _used;
    }

    public bool Discard(PyObject key) => Discard(key, PyDict.HashOf(key));

    /// <summary>Removes key; false when it was absent.</summary>
    public bool Discard(PyObject key, long hash)
    {
        using (_lock.EnterScope())
        {
            while (true)
            {
                var table = _table;
                var slot = Find(table, key, hash);
                if (slot == Restart) continue;
                if (slot < 0) return false;
                RemoveSlot(table, slot);
                return true;
            }
        }
    }

    private void RemoveSlot(Entry[] table, int slot)
    {
        Volatile.Write(ref table[slot].Key, s_dummy);
        table[slot].Hash = -1;
        Volatile.Write(ref _used, _used - 1);
        _hash = -1;
    }

    /// <summary>set.pop: an arbitrary key, scanning on from where the last pop stopped (CPython's finger); null when empty.</summary>
    public PyObject? PopAny()
    {
        using (_lock.EnterScope())
        {
            if (_used == 0) return null;
            var table = _table;
            var mask = table.Length - 1;
            var i = _finger & mask;
            while (table[i].Key == null || ReferenceEquals(table[i].Key, s_dummy)) i = (i + 1) & mask;
            var key = table[i].Key!;
            RemoveSlot(table, i);
            _finger = i + 1;
            return key;
        }
    }

    public void Clear()
    {
        using (_lock.EnterScope())
        {
            Volatile.Write(ref _table, new Entry[MinSize]);
            _fill = 0;
            Volatile.Write(ref _used, 0);
            _hash = -1;
        }
    }

    // ---- bulk operations ----------------------------------------------------------------------------

    /// <summary>A consistent copy of the table (for merging into another set with CPython's layout rules).</summary>
    private (Entry[] Table, int Fill, int Used) SnapshotTable()
    {
        using (_lock.EnterScope()) return ((Entry[])_table.Clone(), _fill, _used);
    }

    /// <summary>The live (key, hash) pairs in table order, taken atomically.</summary>
    public List<(PyObject Key, long Hash)> Entries()
    {
        using (_lock.EnterScope())
        {
            var result = new List<(PyObject, long)>(_used);
            foreach (ref var e in _table.AsSpan())
                if (e.Key != null && !ReferenceEquals(e.Key, s_dummy)) result.Add((e.Key, e.Hash));
            return result;
        }
    }

    /// <summary>set.update with one argument (CPython's set_update_internal): sets merge, dicts bring their keys' hashes, anything else is iterated.</summary>
    public void Update(PyObject other)
    {
        if (other is PyAnySet set)
        {
            Merge(set);
            return;
        }
        if (other is PyDict dict && ReferenceEquals(dict.Type, PyTypes.Dict))
        {
            var pairs = dict.Snapshot();
            using (_lock.EnterScope())
            {
                if ((long)(_fill + pairs.Count) * 5 >= (long)(_table.Length - 1) * 3) Resize((long)(_used + pairs.Count) * 2);
                _hash = -1;
                foreach (var p in pairs) AddLocked(p.Key, PyDict.HashOf(p.Key));
            }
            return;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } key) Add(key);
    }

    /// <summary>Adds every key of other, sizing once and copying the layout when it can (CPython's set_merge).</summary>
    public void Merge(PyAnySet other)
    {
        if (ReferenceEquals(other, this)) return;
        var (otherTable, otherFill, otherUsed) = other.SnapshotTable();
        if (otherUsed == 0) return;
        using (_lock.EnterScope())
        {
            _hash = -1;
            if ((long)(_fill + otherUsed) * 5 >= (long)(_table.Length - 1) * 3) Resize((long)(_used + otherUsed) * 2);
            var table = _table;
            if (_fill == 0 && table.Length == otherTable.Length && otherFill == otherUsed)
            {
                // Same size and no dummies: the other table's layout is ours.
                for (var i = 0; i < otherTable.Length; i++)
                    if (otherTable[i].Key is { } k) Publish(table, i, k, otherTable[i].Hash);
                _fill = otherFill;
                Volatile.Write(ref _used, otherUsed);
                return;
            }
            if (_fill == 0)
            {
                foreach (ref var e in otherTable.AsSpan())
                    if (e.Key != null && !ReferenceEquals(e.Key, s_dummy)) InsertClean(table, e.Key, e.Hash);
                _fill = otherUsed;
                Volatile.Write(ref _used, otherUsed);
                return;
            }
            foreach (ref var e in otherTable.AsSpan())
                if (e.Key != null && !ReferenceEquals(e.Key, s_dummy)) AddLocked(e.Key, e.Hash);
        }
    }

    /// <summary>Takes over other's contents (intersection_update builds the result aside, then swaps it in).</summary>
    internal void ReplaceContents(PyAnySet other)
    {
        var (table, fill, used) = other.SnapshotTable();
        using (_lock.EnterScope())
        {
            Volatile.Write(ref _table, table);
            _fill = fill;
            Volatile.Write(ref _used, used);
            _hash = -1;
        }
    }

    /// <summary>After bulk discards: drops the dummies once they are more than a quarter of the table (CPython's difference_update rule).</summary>
    internal void CompactIfSparse()
    {
        using (_lock.EnterScope())
        {
            if (_fill - _used <= (_table.Length - 1) / 4) return;
            Resize(_used > 50000 ? _used * 2 : _used * 4);
        }
    }

    /// <summary>Iteration step over the current table: the next live key at or after position, lock-free.</summary>
    internal bool NextKey(ref int position, out PyObject key)
    {
        var table = Volatile.Read(ref _table);
        while (position < table.Length)
        {
            var k = Volatile.Read(ref table[position++].Key);
            if (k != null && !ReferenceEquals(k, s_dummy))
            {
                key = k;
                return true;
            }
        }
        key = null!;
        return false;
    }

    /// <summary>frozenset's hash (CPython 3.11's algorithm; order-independent), cached until the contents change.</summary>
    public long ContentHash()
    {
        var cached = Volatile.Read(ref _hash);
        if (cached != -1) return cached;
        ulong h = 0;
        var entries = Entries();
        foreach (var (_, hash) in entries)
        {
            var x = (ulong)hash;
            h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
        }
        h ^= ((ulong)entries.Count + 1) * 1927868237UL;
        h ^= (h >> 11) ^ (h >> 25);
        h = h * 69069U + 907133923UL;
        if (h == ulong.MaxValue) h = 590923713UL;
        Volatile.Write(ref _hash, (long)h);
        return (long)h;
    }
}
