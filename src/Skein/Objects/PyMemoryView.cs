using Skein.Objects.Text;

namespace Skein.Objects;

/// <summary>
/// Python memoryview over bytes, bytearray or native memory (<see cref="INativeBuffer"/>: mmap),
/// one-dimensional, of any native single-character struct format (cast). A view is a window on its object
/// (byte offset of the first item, byte stride between items, item count) read afresh at each access, so a
/// view on a bytearray sees later writes to it.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    private readonly PyObject _obj;
    // _start and _step are in bytes; _length counts items, -1 for a whole-object view that follows a
    // bytearray's current length.
    private readonly long _start, _step, _length;
    private readonly string _format = "B";
    private readonly int _itemSize = 1;
    private volatile bool _released;
    // Set on a view made directly on an INativeBuffer, which counts it as an export until it is released.
    private int _exported;

    public PyMemoryView(PyObject obj) : base(PyTypes.MemoryView)
    {
        if (obj is PyMemoryView mv)
        {
            mv.CheckReleased();
            (_obj, _start, _step, _length, _format, _itemSize) = (mv._obj, mv._start, mv._step, mv._length, mv._format, mv._itemSize);
            return;
        }
        if (obj is not (PyBytes or PyByteArray or INativeBuffer))
            throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'");
        _obj = obj;
        _step = 1;
        _length = -1;
        if (obj is INativeBuffer native)
        {
            if (!native.TryGetNativeBytes(out _)) throw Errors.ValueError("mmap closed or invalid");
            native.AddExport();
            _exported = 1;
        }
    }

    private PyMemoryView(PyObject obj, long start, long step, long length, string format, int itemSize) : base(PyTypes.MemoryView) =>
        (_obj, _start, _step, _length, _format, _itemSize) = (obj, start, step, length, format, itemSize);

    private PyMemoryView(PyMemoryView like, long start, long step, long length) : this(like._obj, start, step, length, like._format, like._itemSize)
    {
    }

    public bool ReadOnly => _obj is PyBytes || (_obj is INativeBuffer native && native.NativeReadOnly);

    private void CheckReleased()
    {
        if (_released) throw Errors.ValueError("operation forbidden on released memoryview object");
    }

    private ReadOnlySpan<byte> Underlying => _obj switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Span,
        _ => NativeBytes,
    };

    /// <summary>The native memory viewed; a view outliving its mmap's close acts as released.</summary>
    private Span<byte> NativeBytes => ((INativeBuffer)_obj).TryGetNativeBytes(out var bytes)
        ? bytes
        : throw Errors.ValueError("operation forbidden on released memoryview object");

    /// <summary>Marks the view released, giving back its export to a native owner (once).</summary>
    private void Release()
    {
        _released = true;
        if (Interlocked.Exchange(ref _exported, 0) == 1) ((INativeBuffer)_obj).RemoveExport();
    }

    private bool Contiguous => _step == _itemSize;

    /// <summary>Number of items; a whole-object view follows a bytearray's current length.</summary>
    public long Length
    {
        get
        {
            if (_length >= 0) return Math.Max(0, Math.Min(_length, Contiguous ? (Underlying.Length - _start) / _itemSize : _length));
            return Underlying.Length / _itemSize;
        }
    }

    /// <summary>The viewed bytes: a window when contiguous, a copy when strided.</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            CheckReleased();
            var data = Underlying;
            var n = Length * _itemSize;
            if (Contiguous) return data.Slice((int)Math.Min(_start, data.Length), (int)Math.Min(n, Math.Max(0, data.Length - _start)));
            var copy = new byte[n];
            for (long k = 0, i = _start; k < n; k += _itemSize, i += _step)
                if (i >= 0 && i + _itemSize <= data.Length) data.Slice((int)i, _itemSize).CopyTo(copy.AsSpan((int)k));
            return copy;
        }
    }

    /// <summary>The items, unpacked by the view's format.</summary>
    private PyObject[] Items()
    {
        var data = Span;
        var items = new PyObject[data.Length / _itemSize];
        for (var i = 0; i < items.Length; i++) items[i] = MemoryFormat.Unpack(_format, data.Slice(i * _itemSize, _itemSize));
        return items;
    }

    internal static void InitType(PyType t)
    {
        t.New = (_, args, kw) =>
        {
            var a = ArgParser.Parse("memoryview", args, kw, ["object"], required: 1);
            return new PyMemoryView(a[0]!);
        };
        t.Repr = self => new PyStr(((PyMemoryView)self)._released
            ? $"<released memory at 0x{Ops.Id(self):x}>"
            : $"<memory at 0x{Ops.Id(self):x}>");
        t.Len = self => V(self).Length;
        t.GetItem = GetItem;
        t.SetItem = SetItem;
        t.Iter = self =>
        {
            var mv = V(self);
            return mv._format == "B" ? new BytesIterator(new PyBytes(mv.Span.ToArray())) : Ops.GetIter(new PyList(mv.Items()));
        };
        t.Hash = self =>
        {
            var mv = V(self);
            mv.CheckReleased();
            if (!mv.ReadOnly) throw Errors.ValueError("cannot hash writable memoryview object");
            if (MemoryFormat.Code(mv._format) is not ('B' or 'b' or 'c'))
                throw Errors.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return new PyBytes(mv.Span.ToArray()).Hash();
        };
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            var mv = (PyMemoryView)a;
            bool equal;
            if (ReferenceEquals(a, b)) equal = true;
            else if (mv._released || (b is PyMemoryView other && other._released)) equal = false;
            else if (!Buffers.TryGetBytes(b, out var theirs)) return PyNotImplemented.Instance;
            else if (mv._format == "B" && (b is not PyMemoryView bv || bv._format == "B")) equal = mv.Span.SequenceEqual(theirs);
            else equal = ItemsEqual(mv.Items(), b is PyMemoryView other2 ? other2.Items() : new PyMemoryView(b).Items());
            return PyBool.From(equal == (op == CompareOp.Eq));
        };
        t.DefMethod("tobytes", (self, a, kw) =>
        {
            ArgParser.Parse("tobytes", a, kw, ["order"]);
            return PyBytes.From(V(self).Span);
        });
        t.DefMethod("tolist", (self, a, kw) =>
        {
            MethodArgs.None("memoryview.tolist", a, kw);
            return new PyList(V(self).Items());
        });
        t.DefMethod("cast", (self, a, kw) =>
        {
            var p = ArgParser.Parse("cast", a, kw, ["format", "shape"], required: 1);
            var format = p[0] as PyStr ?? throw Errors.TypeError($"cast() argument 'format' must be str, not {p[0]!.Type.Name}");
            return V(self).Cast(format.Value, p[1]);
        });
        t.DefMethod("hex", (self, a, kw) => new PyStr(BytesMethods.HexMethod(V(self).Span, a, kw)));
        t.DefMethod("release", (self, a, kw) =>
        {
            MethodArgs.None("memoryview.release", a, kw);
            ((PyMemoryView)self).Release();
            return PyNone.Instance;
        });
        t.DefMethod("toreadonly", (self, a, kw) =>
        {
            MethodArgs.None("memoryview.toreadonly", a, kw);
            var mv = V(self);
            return mv.ReadOnly ? new PyMemoryView(mv, mv._start, mv._step, mv._length)
                : new PyMemoryView(new PyBytes(mv.Span.ToArray()), 0, mv._itemSize, mv.Length, mv._format, mv._itemSize);
        });
        t.DefMethod("__enter__", (self, a, kw) =>
        {
            V(self);
            return self;
        });
        t.DefMethod("__exit__", (self, a, kw) =>
        {
            ((PyMemoryView)self).Release();
            return PyBool.False;
        });
        t.DefGetter("obj", self => V(self)._obj);
        t.DefGetter("readonly", self => PyBool.From(V(self).ReadOnly));
        t.DefGetter("nbytes", self => PyInt.From(V(self).Length * ((PyMemoryView)self)._itemSize));
        t.DefGetter("format", self => new PyStr(V(self)._format));
        t.DefGetter("itemsize", self => PyInt.From(V(self)._itemSize));
        t.DefGetter("ndim", self => { V(self); return PyInt.From(1); });
        t.DefGetter("shape", self => PyTuple.Create(PyInt.From(V(self).Length)));
        t.DefGetter("strides", self => PyTuple.Create(PyInt.From(V(self)._step)));
        t.DefGetter("suboffsets", self => { V(self); return PyTuple.Empty; });
        t.DefGetter("released", self => PyBool.From(((PyMemoryView)self)._released));
        t.DefGetter("c_contiguous", self => PyBool.From(V(self).Contiguous));
        t.DefGetter("f_contiguous", self => PyBool.From(V(self).Contiguous));
        t.DefGetter("contiguous", self => PyBool.From(V(self).Contiguous));
    }

    private static bool ItemsEqual(PyObject[] mine, PyObject[] theirs)
    {
        if (mine.Length != theirs.Length) return false;
        for (var i = 0; i < mine.Length; i++)
            if (!Ops.RichCompareBool(mine[i], theirs[i], CompareOp.Eq)) return false;
        return true;
    }

    /// <summary>memoryview.cast with CPython's checks, in its order; only one-dimensional shapes.</summary>
    private PyMemoryView Cast(string format, PyObject? shape)
    {
        if (!Contiguous) throw Errors.TypeError("memoryview: casts are restricted to C-contiguous views");
        var itemSize = MemoryFormat.ItemSize(format);
        if (itemSize < 0)
            throw Errors.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if (!MemoryFormat.IsByteFormat(_format) && !MemoryFormat.IsByteFormat(format))
            throw Errors.TypeError("memoryview: cannot cast between two non-byte formats");
        var nbytes = Length * _itemSize;
        if (nbytes % itemSize != 0) throw Errors.TypeError("memoryview: length is not a multiple of itemsize");
        if (shape != null)
        {
            if (shape is not (PyList or PyTuple)) throw Errors.TypeError("shape must be a list or a tuple");
            var dims = Ops.ToArray(shape);
            if (dims.Length != 1)
                throw Errors.NotImplementedError("memoryview: Skein supports casts to one-dimensional shapes only");
            var n = Ops.AsLong(dims[0]);
            if (n <= 0) throw Errors.ValueError("memoryview.cast(): elements of shape must be integers > 0");
            if (n * itemSize != nbytes) throw Errors.TypeError("memoryview: product(shape) * itemsize != buffer size");
        }
        // A whole-object view stays one, following the bytearray's length.
        var length = _length < 0 && _start == 0 ? -1 : nbytes / itemSize;
        return new PyMemoryView(_obj, _start, itemSize, length, format, itemSize);
    }

    /// <summary>The view, checked not to be released.</summary>
    private static PyMemoryView V(PyObject self)
    {
        var mv = (PyMemoryView)self;
        mv.CheckReleased();
        return mv;
    }

    private long Resolve(long index)
    {
        var n = Length;
        if (index < 0) index += n;
        if ((ulong)index >= (ulong)n) throw Errors.IndexError("index out of bounds on dimension 1");
        return _start + index * _step;
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var mv = V(self);
        if (key is PySlice slice)
        {
            var count = SliceIndices.Resolve(slice, mv.Length, out var start, out _, out var step);
            return new PyMemoryView(mv, mv._start + start * mv._step, mv._step * step, Math.Max(0, count));
        }
        if (key is not PyInt && key.Type.Index == null) throw Errors.TypeError("memoryview: invalid slice key");
        var at = mv.Resolve(Ops.AsIndex(key, "memoryview"));
        var data = mv.Underlying;
        if (at + mv._itemSize > data.Length) throw Errors.IndexError("index out of bounds on dimension 1");
        return mv._format == "B" ? PyInt.From(data[(int)at]) : MemoryFormat.Unpack(mv._format, data.Slice((int)at, mv._itemSize));
    }

    private static void SetItem(PyObject self, PyObject key, PyObject? value)
    {
        var mv = V(self);
        if (mv.ReadOnly) throw Errors.TypeError("cannot modify read-only memory");
        if (value == null) throw Errors.TypeError("cannot delete memory");
        var size = mv._itemSize;
        if (key is PySlice slice)
        {
            var count = SliceIndices.Resolve(slice, mv.Length, out var start, out _, out var step);
            var sourceFormat = value is PyMemoryView source ? source._format : "B";
            var data = Buffers.Require(value).ToArray();
            if (MemoryFormat.Code(sourceFormat) != MemoryFormat.Code(mv._format) || data.Length != count * size)
                throw Errors.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            if (mv._obj is PyByteArray ba)
                lock (ba.SyncRoot) mv.CopyItems(data, start, step, count, ba.WritableSpan);
            else
                mv.CopyItems(data, start, step, count, mv.NativeBytes);
            return;
        }
        if (key is not PyInt && key.Type.Index == null) throw Errors.TypeError("memoryview: invalid slice key");
        var index = mv.Resolve(Ops.AsIndex(key, "memoryview"));
        Span<byte> packed = stackalloc byte[8];
        MemoryFormat.Pack(mv._format, value, packed);
        if (mv._obj is PyByteArray array)
        {
            lock (array.SyncRoot)
            {
                var target = array.WritableSpan;
                if (index + size <= target.Length) packed[..size].CopyTo(target[(int)index..]);
            }
            return;
        }
        var native = mv.NativeBytes;
        if (index + size <= native.Length) packed[..size].CopyTo(native[(int)index..]);
    }

    /// <summary>Stores the packed items of a slice assignment at items start, start+step, ... of the view.</summary>
    private void CopyItems(byte[] data, long start, long step, long count, Span<byte> target)
    {
        for (long k = 0; k < count; k++)
        {
            var at = _start + (start + k * step) * _step;
            if (at >= 0 && at + _itemSize <= target.Length) data.AsSpan((int)(k * _itemSize), _itemSize).CopyTo(target[(int)at..]);
        }
    }
}
