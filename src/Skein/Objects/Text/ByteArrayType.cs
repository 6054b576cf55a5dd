namespace Skein.Objects.Text;

/// <summary>The slots and mutating methods of bytearray (the read-only methods come from BytesMethods).</summary>
internal static class ByteArrayType
{
    private static PyByteArray B(PyObject self) => (PyByteArray)self;

    public static void Init(PyType t)
    {
        t.Repr = self =>
        {
            var name = self.Type.Name;
            return new PyStr(ByteText.Repr(B(self).Span, name + "(b", ")", alwaysEscapeSingleQuote: true));
        };
        t.Hash = SlotAdapters.HashNotImplemented;
        t.RichCompare = BytesType.Compare;
        t.Len = self => B(self).Count;
        t.Contains = (self, item) => BytesType.Contains(B(self).Span, item);
        t.GetItem = (self, key) => BytesType.GetItem(self, B(self).Span, key, "bytearray", "bytearray index out of range");
        t.SetItem = SetItem;
        t.Iter = self => new BytesIterator(self);
        t.Number[(int)BinaryOp.Add] = (a, b) => BytesType.Concat(a, b);
        t.Number[(int)BinaryOp.Mul] = (a, b) => BytesType.Repeat(a, b, mutable: true);
        t.Number[(int)BinaryOp.Mod] = (a, b) => a is PyByteArray s ? new PyByteArray(PercentFormat.FormatBytes(s.Span, b)) : PyNotImplemented.Instance;
        t.InPlace[(int)BinaryOp.Add] = (a, b) =>
        {
            if (!Buffers.TryGetBytes(b, out var data)) throw Errors.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            var self = B(a);
            self.Splice(self.Count, self.Count, data.ToArray());
            return a;
        };
        t.InPlace[(int)BinaryOp.Mul] = (a, b) =>
        {
            if (b is not PyInt && b.Type.Index == null) return PyNotImplemented.Instance;
            var count = StrType.RepeatCount(b);
            var self = B(a);
            lock (self.SyncRoot)
            {
                var data = self.Span;
                if (count <= 0 || data.Length == 0) self.SetContents([]);
                else if (count > Array.MaxLength / data.Length) throw Errors.New(PyExc.MemoryError);
                else self.SetContents(BytesType.RepeatBytes(data, (int)count));
            }
            return a;
        };
        t.New = (type, _, _) => new PyByteArray(type);
        t.Init = (self, args, kw) => B(self).SetContents(BytesType.FromArguments("bytearray", args, kw));
        BytesMethods.Define(t, "bytearray", mutable: true);

        t.DefMethod("append", (self, a, kw) =>
        {
            B(self).Append(Buffers.ByteValue(MethodArgs.One("bytearray.append", a, kw)));
            return PyNone.Instance;
        });
        t.DefMethod("extend", (self, a, kw) =>
        {
            var data = IterableBytes(MethodArgs.One("bytearray.extend", a, kw), extend: true);
            var ba = B(self);
            lock (ba.SyncRoot) ba.Splice(ba.Count, ba.Count, data);
            return PyNone.Instance;
        });
        t.DefMethod("insert", (self, a, kw) =>
        {
            MethodArgs.Clinic("insert", "bytearray.insert", a, kw, 2, 2);
            var index = Ops.AsLong(a[0]);
            var value = Buffers.ByteValue(a[1]);
            var ba = B(self);
            lock (ba.SyncRoot)
            {
                var n = ba.Count;
                if (index < 0) index = Math.Max(0, index + n);
                if (index > n) index = n;
                ba.Splice((int)index, (int)index, [value]);
            }
            return PyNone.Instance;
        });
        t.DefMethod("pop", (self, a, kw) =>
        {
            MethodArgs.Clinic("pop", "bytearray.pop", a, kw, 0, 1);
            var index = a.Length > 0 ? Ops.AsLong(a[0]) : -1;
            var ba = B(self);
            lock (ba.SyncRoot)
            {
                var n = ba.Count;
                if (n == 0) throw Errors.IndexError("pop from empty bytearray");
                if (index < 0) index += n;
                if ((ulong)index >= (ulong)n) throw Errors.IndexError("pop index out of range");
                var value = ba.Span[(int)index];
                ba.Splice((int)index, (int)index + 1, []);
                return PyInt.From(value);
            }
        });
        t.DefMethod("remove", (self, a, kw) =>
        {
            var value = Buffers.ByteValue(MethodArgs.One("bytearray.remove", a, kw));
            var ba = B(self);
            lock (ba.SyncRoot)
            {
                var i = ba.Span.IndexOf(value);
                if (i < 0) throw Errors.ValueError("value not found in bytearray");
                ba.Splice(i, i + 1, []);
            }
            return PyNone.Instance;
        });
        t.DefMethod("reverse", (self, a, kw) =>
        {
            MethodArgs.None("bytearray.reverse", a, kw);
            var ba = B(self);
            lock (ba.SyncRoot) ba.WritableSpan.Reverse();
            return PyNone.Instance;
        });
        t.DefMethod("clear", (self, a, kw) =>
        {
            MethodArgs.None("bytearray.clear", a, kw);
            B(self).SetContents([]);
            return PyNone.Instance;
        });
        t.DefMethod("copy", (self, a, kw) =>
        {
            MethodArgs.None("bytearray.copy", a, kw);
            return new PyByteArray(B(self).ToArray());
        });
        t.DefMethod("__alloc__", (self, a, kw) =>
        {
            MethodArgs.None("bytearray.__alloc__", a, kw);
            return PyInt.From(B(self).Count + 1);
        });
    }

    /// <summary>The bytes of a buffer or an iterable of ints (extend, slice assignment).</summary>
    private static byte[] IterableBytes(PyObject value, bool extend)
    {
        if (Buffers.TryGetBytes(value, out var data)) return data.ToArray();
        if (!extend && (value is PyStr || value is PyInt || value.Type.Index != null))
            throw Errors.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (value is not (PyList or PyTuple) && Ops.GetIterOrNull(value) == null)
        {
            throw Errors.TypeError(extend
                ? $"can't extend bytearray with {value.Type.Name}"
                : "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        var result = new List<byte>();
        foreach (var item in Ops.Iterate(value)) result.Add(Buffers.ByteValue(item));
        return result.ToArray();
    }

    private static void SetItem(PyObject self, PyObject key, PyObject? value)
    {
        var ba = B(self);
        if (key is PySlice slice)
        {
            var data = value == null ? [] : IterableBytes(value, extend: false);
            lock (ba.SyncRoot)
            {
                var n = ba.Count;
                var count = SliceIndices.Resolve(slice, n, out var start, out var stop, out var step);
                if (step == 1)
                {
                    ba.Splice((int)start, (int)Math.Max(start, stop), data);
                    return;
                }
                if (value == null)
                {
                    if (count <= 0) return;
                    var kept = new List<byte>(n);
                    var span = ba.Span;
                    var (lo, hi, stride) = step > 0 ? (start, start + (count - 1) * step, step) : (start + (count - 1) * step, start, -step);
                    for (var i = 0; i < n; i++)
                        if (i < lo || i > hi || (i - lo) % stride != 0) kept.Add(span[i]);
                    ba.SetContents(kept.ToArray());
                    return;
                }
                if (data.Length != count)
                    throw Errors.ValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {count}");
                var target = ba.WritableSpan;
                for (long k = 0, i = start; k < count; k++, i += step) target[(int)i] = data[k];
            }
            return;
        }
        if (key is not PyInt && key.Type.Index == null)
            throw Errors.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        var index = Ops.AsIndex(key, "bytearray");
        byte b = value == null ? (byte)0 : Buffers.ByteValue(value);
        lock (ba.SyncRoot)
        {
            var n = ba.Count;
            if (index < 0) index += n;
            if ((ulong)index >= (ulong)n) throw Errors.IndexError("bytearray index out of range");
            if (value == null) ba.Splice((int)index, (int)index + 1, []);
            else ba.WritableSpan[(int)index] = b;
        }
    }
}
