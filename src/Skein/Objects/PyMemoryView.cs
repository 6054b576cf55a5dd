using Skein.Objects.Text;

namespace Skein.Objects;

/// <summary>
/// Python memoryview over bytes or bytearray: one dimension, format 'B', item size 1. A view is a
/// (start, step, length) window on its object, read afresh at each access, so a view on a bytearray
/// sees later writes to it.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    private readonly PyObject _obj;
    private readonly long _start, _step, _length;
    private volatile bool _released;

    public PyMemoryView(PyObject obj) : base(PyTypes.MemoryView)
    {
        if (obj is PyMemoryView mv)
        {
            mv.CheckReleased();
            (_obj, _start, _step, _length) = (mv._obj, mv._start, mv._step, mv._length);
            return;
        }
        if (obj is not (PyBytes or PyByteArray))
            throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'");
        _obj = obj;
        _step = 1;
        _length = -1;
    }

    private PyMemoryView(PyObject obj, long start, long step, long length) : base(PyTypes.MemoryView) =>
        (_obj, _start, _step, _length) = (obj, start, step, length);

    public bool ReadOnly => _obj is PyBytes;

    private void CheckReleased()
    {
        if (_released) throw Errors.ValueError("operation forbidden on released memoryview object");
    }

    private ReadOnlySpan<byte> Underlying => _obj is PyBytes b ? b.Value : ((PyByteArray)_obj).Span;

    /// <summary>Number of items; a whole-object view follows a bytearray's current length.</summary>
    public long Length
    {
        get
        {
            if (_length >= 0) return Math.Max(0, Math.Min(_length, _step == 1 ? Underlying.Length - _start : _length));
            return Underlying.Length;
        }
    }

    /// <summary>The viewed bytes: a window when contiguous, a copy when strided.</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            CheckReleased();
            var data = Underlying;
            var n = Length;
            if (_step == 1) return data.Slice((int)Math.Min(_start, data.Length), (int)Math.Min(n, Math.Max(0, data.Length - _start)));
            var copy = new byte[n];
            for (long k = 0, i = _start; k < n; k++, i += _step)
                if (i >= 0 && i < data.Length) copy[k] = data[(int)i];
            return copy;
        }
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
        t.Len = self => V(self).Span.Length;
        t.GetItem = GetItem;
        t.SetItem = SetItem;
        t.Iter = self => new BytesIterator(new PyBytes(V(self).Span.ToArray()));
        t.Hash = self =>
        {
            var mv = V(self);
            mv.CheckReleased();
            if (!mv.ReadOnly) throw Errors.ValueError("cannot hash writable memoryview object");
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
            else equal = mv.Span.SequenceEqual(theirs);
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
            var data = V(self).Span;
            var items = new PyObject[data.Length];
            for (var i = 0; i < items.Length; i++) items[i] = PyInt.From(data[i]);
            return new PyList(items);
        });
        t.DefMethod("hex", (self, a, kw) => new PyStr(BytesMethods.HexMethod(V(self).Span, a, kw)));
        t.DefMethod("release", (self, a, kw) =>
        {
            MethodArgs.None("memoryview.release", a, kw);
            ((PyMemoryView)self)._released = true;
            return PyNone.Instance;
        });
        t.DefMethod("toreadonly", (self, a, kw) =>
        {
            MethodArgs.None("memoryview.toreadonly", a, kw);
            var mv = V(self);
            return new PyMemoryView(mv.ReadOnly ? mv._obj : new PyBytes(mv.Span.ToArray()), mv._start, mv._step, mv._length);
        });
        t.DefMethod("__enter__", (self, a, kw) =>
        {
            V(self);
            return self;
        });
        t.DefMethod("__exit__", (self, a, kw) =>
        {
            ((PyMemoryView)self)._released = true;
            return PyBool.False;
        });
        t.DefGetter("obj", self => V(self)._obj);
        t.DefGetter("readonly", self => PyBool.From(V(self).ReadOnly));
        t.DefGetter("nbytes", self => PyInt.From(V(self).Length));
        t.DefGetter("format", self => { V(self); return new PyStr("B"); });
        t.DefGetter("itemsize", self => { V(self); return PyInt.From(1); });
        t.DefGetter("ndim", self => { V(self); return PyInt.From(1); });
        t.DefGetter("shape", self => PyTuple.Create(PyInt.From(V(self).Length)));
        t.DefGetter("strides", self => PyTuple.Create(PyInt.From(V(self)._step)));
        t.DefGetter("suboffsets", self => { V(self); return PyTuple.Empty; });
        t.DefGetter("released", self => PyBool.From(((PyMemoryView)self)._released));
        t.DefGetter("c_contiguous", self => PyBool.From(V(self)._step == 1));
        t.DefGetter("f_contiguous", self => PyBool.From(V(self)._step == 1));
        t.DefGetter("contiguous", self => PyBool.From(V(self)._step == 1));
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
            return new PyMemoryView(mv._obj, mv._start + start * mv._step, mv._step * step, Math.Max(0, count));
        }
        if (key is not PyInt && key.Type.Index == null) throw Errors.TypeError("memoryview: invalid slice key");
        var at = mv.Resolve(Ops.AsIndex(key, "memoryview"));
        var data = mv.Underlying;
        if (at >= data.Length) throw Errors.IndexError("index out of bounds on dimension 1");
        return PyInt.From(data[(int)at]);
    }

    private static void SetItem(PyObject self, PyObject key, PyObject? value)
    {
        var mv = V(self);
        if (mv.ReadOnly) throw Errors.TypeError("cannot modify read-only memory");
        if (value == null) throw Errors.TypeError("cannot delete memory");
        var ba = (PyByteArray)mv._obj;
        if (key is PySlice slice)
        {
            var count = SliceIndices.Resolve(slice, mv.Length, out var start, out _, out var step);
            var data = Buffers.Require(value).ToArray();
            if (data.Length != count) throw Errors.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            lock (ba.SyncRoot)
            {
                var target = ba.WritableSpan;
                for (long k = 0; k < count; k++)
                {
                    var at = mv._start + (start + k * step) * mv._step;
                    if (at >= 0 && at < target.Length) target[(int)at] = data[k];
                }
            }
            return;
        }
        if (key is not PyInt && key.Type.Index == null) throw Errors.TypeError("memoryview: invalid slice key");
        var index = mv.Resolve(Ops.AsIndex(key, "memoryview"));
        if (value is not PyInt iv || !iv.TryGetLong(out var v) || v < 0 || v > 255)
            throw Errors.ValueError("memoryview: invalid value for format 'B'");
        lock (ba.SyncRoot)
        {
            var target = ba.WritableSpan;
            if (index < target.Length) target[(int)index] = (byte)v;
        }
    }
}
