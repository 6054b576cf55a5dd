namespace Skein.Objects.Containers;

/// <summary>
/// collections.deque: a ring buffer with an optional maximum length.
///
/// Thread safety (docs/threading.md): every operation takes the deque's lock for its whole duration,
/// so each one (append, appendleft, pop, popleft, extend, rotate, indexing, insert, copy, ...) is
/// atomic and concurrent appenders and poppers lose nothing. Operations that compare items (count,
/// index, remove, in) snapshot under the lock and call __eq__ outside it; like CPython they raise
/// "deque mutated during iteration" when the deque changed meanwhile. <see cref="State"/> counts
/// structural changes for that check and for the iterators.
/// </summary>
public sealed class PyDeque : PyObject
{
    private PyObject?[] _buffer = new PyObject?[8];
    private int _head;
    private int _count;
    private readonly ContainerLock _lock = ThreadSafety.NewLock();
    private PyDict? _dict;

    /// <summary>The maximum length, or -1 for unbounded.</summary>
    public long MaxLen = -1;

    /// <summary>Bumped by every change of contents other than item assignment and reverse (what CPython's deque->state tracks).</summary>
    public long State;

    public PyDeque(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public int Count => Volatile.Read(ref _count);

    public ContainerLock SyncRoot => _lock;

    private ref PyObject? Slot(long index) => ref _buffer[(int)((_head + index) % _buffer.Length)];

    private void EnsureCapacity(long needed)
    {
        if (needed <= _buffer.Length) return;
        if (needed > Array.MaxLength) throw Errors.MemoryError("");
        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, (long)_buffer.Length * 2));
        var grown = new PyObject?[size];
        for (var i = 0; i < _count; i++) grown[i] = Slot(i);
        _buffer = grown;
        _head = 0;
    }

    private void PushRightLocked(PyObject item)
    {
        if (MaxLen == 0) return;
        if (_count == MaxLen) PopLeftLocked();
        EnsureCapacity(_count + 1L);
        Slot(_count) = item;
        Volatile.Write(ref _count, _count + 1);
        State++;
    }

    private void PushLeftLocked(PyObject item)
    {
        if (MaxLen == 0) return;
        if (_count == MaxLen) PopRightLocked();
        EnsureCapacity(_count + 1L);
        _head = (_head - 1 + _buffer.Length) % _buffer.Length;
        _buffer[_head] = item;
        Volatile.Write(ref _count, _count + 1);
        State++;
    }

    private PyObject PopLeftLocked()
    {
        if (_count == 0) throw Errors.IndexError("pop from an empty deque");
        var item = _buffer[_head]!;
        _buffer[_head] = null;
        _head = (_head + 1) % _buffer.Length;
        Volatile.Write(ref _count, _count - 1);
        State++;
        return item;
    }

    private PyObject PopRightLocked()
    {
        if (_count == 0) throw Errors.IndexError("pop from an empty deque");
        ref var slot = ref Slot(_count - 1);
        var item = slot!;
        slot = null;
        Volatile.Write(ref _count, _count - 1);
        State++;
        return item;
    }

    public void Append(PyObject item)
    {
        using (_lock.EnterScope()) PushRightLocked(item);
    }

    public void AppendLeft(PyObject item)
    {
        using (_lock.EnterScope()) PushLeftLocked(item);
    }

    public PyObject Pop()
    {
        using (_lock.EnterScope()) return PopRightLocked();
    }

    public PyObject PopLeft()
    {
        using (_lock.EnterScope()) return PopLeftLocked();
    }

    /// <summary>extend/extendleft: the iterable is read first (so d.extend(d) works), then added in one atomic step.</summary>
    public void Extend(PyObject iterable, bool left)
    {
        var items = iterable is PyDeque other ? other.ToArray() : Ops.ToArray(iterable);
        using (_lock.EnterScope())
        {
            foreach (var item in items)
            {
                if (left) PushLeftLocked(item);
                else PushRightLocked(item);
            }
        }
    }

    public void Clear()
    {
        using (_lock.EnterScope())
        {
            _buffer = new PyObject?[8];
            _head = 0;
            Volatile.Write(ref _count, 0);
            State++;
        }
    }

    /// <summary>A consistent copy of the items, left to right.</summary>
    public PyObject[] ToArray()
    {
        using (_lock.EnterScope()) return ToArrayLocked();
    }

    private PyObject[] ToArrayLocked()
    {
        var result = new PyObject[_count];
        for (var i = 0; i < _count; i++) result[i] = Slot(i)!;
        return result;
    }

    /// <summary>The items with the state they were read at (for comparisons made outside the lock).</summary>
    public PyObject[] Snapshot(out long state)
    {
        using (_lock.EnterScope())
        {
            state = State;
            return ToArrayLocked();
        }
    }

    public void Rotate(long n)
    {
        using (_lock.EnterScope())
        {
            var count = _count;
            if (count <= 1) return;
            var k = (int)(((n % count) + count) % count);
            if (k == 0) return;
            State++;
            if (_count == _buffer.Length)
            {
                _head = (_head - k + _buffer.Length) % _buffer.Length;
                return;
            }
            var items = ToArrayLocked();
            for (var i = 0; i < count; i++) Slot((i + k) % count) = items[i];
        }
    }

    public void Reverse()
    {
        using (_lock.EnterScope())
        {
            for (int i = 0, j = _count - 1; i < j; i++, j--)
            {
                ref var a = ref Slot(i);
                ref var b = ref Slot(j);
                (a, b) = (b, a);
            }
        }
    }

    private long Normalize(long index)
    {
        if (index < 0) index += _count;
        if ((ulong)index >= (ulong)_count) throw Errors.IndexError("deque index out of range");
        return index;
    }

    public PyObject GetAt(long index)
    {
        using (_lock.EnterScope()) return Slot(Normalize(index))!;
    }

    public void SetAt(long index, PyObject value)
    {
        using (_lock.EnterScope()) Slot(Normalize(index)) = value;
    }

    public void DeleteAt(long index)
    {
        using (_lock.EnterScope()) RemoveAtLocked(Normalize(index));
    }

    private void RemoveAtLocked(long index)
    {
        for (var i = index; i < _count - 1; i++) Slot(i) = Slot(i + 1);
        Slot(_count - 1) = null;
        Volatile.Write(ref _count, _count - 1);
        State++;
    }

    /// <summary>Removes the item at index if the deque is still in the given state: false when it changed.</summary>
    public bool RemoveAtIfUnchanged(long index, long state)
    {
        using (_lock.EnterScope())
        {
            if (State != state) return false;
            RemoveAtLocked(index);
            return true;
        }
    }

    public void Insert(long index, PyObject item)
    {
        using (_lock.EnterScope())
        {
            if (_count == MaxLen) throw Errors.IndexError("deque already at its maximum size");
            var n = _count;
            if (index < 0)
            {
                index += n;
                if (index < 0) index = 0;
            }
            if (index > n) index = n;
            EnsureCapacity(n + 1L);
            Volatile.Write(ref _count, n + 1);
            for (var i = (long)n; i > index; i--) Slot(i) = Slot(i - 1);
            Slot(index) = item;
            State++;
        }
    }

    /// <summary>self *= n (the result still respects maxlen: the rightmost items are kept).</summary>
    public void RepeatInPlace(long times)
    {
        using (_lock.EnterScope())
        {
            if (_count == 0 || times == 1) return;
            var items = ToArrayLocked();
            if (times <= 0)
            {
                _buffer = new PyObject?[8];
                _head = 0;
                Volatile.Write(ref _count, 0);
                State++;
                return;
            }
            var total = (long)items.Length * times;
            if (MaxLen >= 0 && total > MaxLen) total = MaxLen;
            if (total > Array.MaxLength) throw Errors.MemoryError("");
            var grown = new PyObject?[Math.Max(8, total)];
            var skip = (long)items.Length * times - total;
            for (long i = 0; i < total; i++) grown[i] = items[(skip + i) % items.Length];
            _buffer = grown;
            _head = 0;
            Volatile.Write(ref _count, (int)total);
            State++;
        }
    }

    /// <summary>The item at index if the deque is still in state (for iterators): null at the end; throws when mutated.</summary>
    internal PyObject? IterationItem(long index, long state)
    {
        using (_lock.EnterScope())
        {
            if (State != state) throw Errors.RuntimeError("deque mutated during iteration");
            return index >= 0 && index < _count ? Slot(index) : null;
        }
    }
}
