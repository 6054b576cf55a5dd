using SliceIndices = Skein.Objects.Containers.SliceIndices;
using Skein.Objects.Text;

namespace Skein.Modules.Arrays;

/// <summary>The slots and methods of array.array.</summary>
internal static class ArrayMethods
{
    private const string BadTypeCode = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";

    private static PyArray A(PyObject self) => self as PyArray ?? throw Errors.TypeError($"descriptor requires a 'array.array' object but received '{self.Type.Name}'");

    public static void Init(PyType t)
    {
        t.New = New;
        t.Repr = Repr;
        t.Hash = SlotAdapters.HashNotImplemented;
        t.Len = self => A(self).Count;
        t.Iter = self => new ArrayIterator(A(self));
        t.GetItem = GetItem;
        t.SetItem = SetItem;
        t.Contains = (self, item) => IndexOf(A(self), item, 0, long.MaxValue) >= 0;
        t.RichCompare = Compare;
        t.Number[(int)BinaryOp.Add] = Concat;
        t.Number[(int)BinaryOp.Mul] = Repeat;
        t.InPlace[(int)BinaryOp.Add] = (a, b) =>
        {
            if (b is not PyArray other) throw Errors.TypeError($"can only extend array with array (not \"{b.Type.Name}\")");
            ExtendFromArray(A(a), other);
            return a;
        };
        t.InPlace[(int)BinaryOp.Mul] = (a, b) =>
        {
            if (b is not PyInt && b.Type.Index == null) return PyNotImplemented.Instance;
            var self = A(a);
            var count = StrType.RepeatCount(b);
            lock (self.SyncRoot) self.SetContents(Repeated(self.Bytes, count));
            return a;
        };

        t.DefGetter("typecode", self => PyStr.FromChar(A(self).Format.Code), doc: "the typecode character used to create the array");
        t.DefGetter("itemsize", self => PyInt.From(A(self).Format.ItemSize), doc: "the size, in bytes, of one array item");

        t.DefMethod("append", (self, args, kw) =>
        {
            var a = A(self);
            a.Append(Pack(a.Format, MethodArgs.One("array.append", args, kw)));
            return PyNone.Instance;
        }, "Append new value v to the end of the array.");
        t.DefMethod("extend", (self, args, kw) =>
        {
            var a = A(self);
            var source = MethodArgs.One("array.extend", args, kw);
            if (source is PyArray other) ExtendFromArray(a, other);
            else a.Append(PackAll(a.Format, source));
            return PyNone.Instance;
        }, "Append items to the end of the array.");
        t.DefMethod("insert", (self, args, kw) =>
        {
            MethodArgs.Clinic("insert", "array.insert", args, kw, 2, 2);
            var a = A(self);
            var index = Ops.AsLong(args[0]);
            var item = Pack(a.Format, args[1]);
            lock (a.SyncRoot)
            {
                var n = a.Count;
                if (index < 0) index = Math.Max(0, index + n);
                if (index > n) index = n;
                a.Splice((int)index, (int)index, item);
            }
            return PyNone.Instance;
        }, "Insert a new item v into the array before position i.");
        t.DefMethod("pop", (self, args, kw) =>
        {
            MethodArgs.Clinic("pop", "array.pop", args, kw, 0, 1);
            var index = args.Length > 0 ? Ops.AsLong(args[0]) : -1;
            var a = A(self);
            lock (a.SyncRoot)
            {
                var n = a.Count;
                if (n == 0) throw Errors.IndexError("pop from empty array");
                if (index < 0) index += n;
                if ((ulong)index >= (ulong)n) throw Errors.IndexError("pop index out of range");
                var value = a.Format.Get(a.Bytes, (int)index);
                a.Splice((int)index, (int)index + 1, []);
                return value;
            }
        }, "Return the i-th element and delete it from the array.\n\ni defaults to -1.");
        t.DefMethod("remove", (self, args, kw) =>
        {
            var a = A(self);
            var value = MethodArgs.One("array.remove", args, kw);
            // The comparison runs without the lock; the item is then removed only if it is still there.
            while (true)
            {
                var i = IndexOf(a, value, 0, long.MaxValue);
                if (i < 0) throw Errors.ValueError("array.remove(x): x not in array");
                var size = a.Format.ItemSize;
                var expected = a.Bytes.Slice((int)i * size, size).ToArray();
                lock (a.SyncRoot)
                {
                    var data = a.Bytes;
                    if ((i + 1) * size <= data.Length && data.Slice((int)i * size, size).SequenceEqual(expected))
                    {
                        a.Splice((int)i, (int)i + 1, []);
                        return PyNone.Instance;
                    }
                }
            }
        }, "Remove the first occurrence of v in the array.");
        t.DefMethod("index", (self, args, kw) =>
        {
            MethodArgs.Clinic("index", "array.index", args, kw, 1, 3);
            var a = A(self);
            long start = 0, stop = long.MaxValue;
            if (args.Length > 1) start = SliceIndex(args[1]);
            if (args.Length > 2) stop = SliceIndex(args[2]);
            var n = a.Count;
            if (start < 0) start = Math.Max(0, start + n);
            if (stop < 0) stop = Math.Max(0, stop + n);
            var i = IndexOf(a, args[0], start, stop);
            if (i < 0) throw Errors.ValueError("array.index(x): x not in array");
            return PyInt.From(i);
        }, "Return index of first occurrence of v in the array.");
        t.DefMethod("count", (self, args, kw) =>
        {
            var a = A(self);
            var value = MethodArgs.One("array.count", args, kw);
            long count = 0;
            for (long i = 0; a.ItemOrNull(i) is { } item; i++)
                if (Ops.Eq(item, value)) count++;
            return PyInt.From(count);
        }, "Return number of occurrences of v in the array.");
        t.DefMethod("reverse", (self, args, kw) =>
        {
            MethodArgs.None("array.reverse", args, kw);
            var a = A(self);
            lock (a.SyncRoot)
            {
                var data = a.WritableBytes;
                var size = a.Format.ItemSize;
                Span<byte> tmp = stackalloc byte[8];
                for (int lo = 0, hi = data.Length - size; lo < hi; lo += size, hi -= size)
                {
                    data.Slice(lo, size).CopyTo(tmp);
                    data.Slice(hi, size).CopyTo(data.Slice(lo, size));
                    tmp[..size].CopyTo(data.Slice(hi, size));
                }
            }
            return PyNone.Instance;
        }, "Reverse the order of the items in the array.");
        t.DefMethod("byteswap", (self, args, kw) =>
        {
            MethodArgs.None("array.byteswap", args, kw);
            var a = A(self);
            lock (a.SyncRoot) a.Format.Byteswap(a.WritableBytes);
            return PyNone.Instance;
        }, "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.");
        t.DefMethod("buffer_info", (self, args, kw) =>
        {
            MethodArgs.None("array.buffer_info", args, kw);
            var a = A(self);
            return PyTuple.Create(PyInt.From(Ops.Id(a) + 32), PyInt.From(a.Count));
        }, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.");
        t.DefMethod("tobytes", (self, args, kw) =>
        {
            MethodArgs.None("array.tobytes", args, kw);
            return PyBytes.From(A(self).Bytes);
        }, "Convert the array to an array of machine values and return the bytes representation.");
        t.DefMethod("frombytes", (self, args, kw) =>
        {
            MethodArgs.Clinic("frombytes", "array.frombytes", args, kw, 1, 1);
            var a = A(self);
            var data = Buffers.Require(args[0]);
            if (data.Length % a.Format.ItemSize != 0) throw Errors.ValueError("bytes length not a multiple of item size");
            a.Append(data.ToArray());
            return PyNone.Instance;
        }, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.");
        t.DefMethod("tolist", (self, args, kw) =>
        {
            MethodArgs.None("array.tolist", args, kw);
            return ToList(A(self));
        }, "Convert array to an ordinary list with the same items.");
        t.DefMethod("fromlist", (self, args, kw) =>
        {
            var a = A(self);
            var list = MethodArgs.One("array.fromlist", args, kw);
            if (list is not PyList) throw Errors.TypeError("arg must be list");
            a.Append(PackAll(a.Format, list));
            return PyNone.Instance;
        }, "Append items to array from list.");
        t.DefMethod("tounicode", (self, args, kw) =>
        {
            MethodArgs.None("array.tounicode", args, kw);
            var a = A(self);
            if (!a.Format.IsUnicode) throw Errors.ValueError("tounicode() may only be called on unicode type arrays");
            return new PyStr(ArrayFormat.DecodeUnicode(a.Bytes));
        }, "Extends this array with data from the unicode string ustr.");
        t.DefMethod("fromunicode", (self, args, kw) =>
        {
            MethodArgs.Clinic("fromunicode", "array.fromunicode", args, kw, 1, 1);
            var a = A(self);
            if (args[0] is not PyStr s) throw Errors.TypeError($"fromunicode() argument must be str, not {args[0].Type.Name}");
            if (!a.Format.IsUnicode) throw Errors.ValueError("fromunicode() may only be called on unicode type arrays");
            a.Append(ArrayFormat.EncodeUnicode(s.Value));
            return PyNone.Instance;
        }, "Extends this array with data from the unicode string ustr.");
        t.DefMethod("tofile", (self, args, kw) =>
        {
            var f = MethodArgs.One("array.tofile", args, kw);
            // Written in blocks, as CPython does, so huge arrays do not need one huge bytes object.
            const int block = 64 * 1024;
            var data = A(self).Bytes.ToArray();
            var write = Ops.GetAttr(f, "write");
            for (var off = 0; off < data.Length; off += block)
                Ops.Call(write, [PyBytes.From(data.AsSpan(off, Math.Min(block, data.Length - off)))], null);
            return PyNone.Instance;
        }, "Write all items (as machine values) to the file object f.");
        t.DefMethod("fromfile", (self, args, kw) =>
        {
            ArgParser.NoKeywords("fromfile", kw);
            if (args.Length != 2) throw Errors.TypeError($"fromfile() takes exactly 2 positional arguments ({args.Length} given)");
            var a = A(self);
            var n = Ops.AsLong(args[1]);
            if (n < 0) throw Errors.ValueError("negative count");
            var size = a.Format.ItemSize;
            if (n > System.Array.MaxLength / size) throw Errors.New(PyExc.MemoryError);
            var wanted = n * size;
            var r = Ops.Call(Ops.GetAttr(args[0], "read"), [PyInt.From(wanted)], null);
            if (r is not PyBytes b) throw Errors.TypeError("read() didn't return bytes");
            var data = b.Value;
            var whole = data.Length / size * size;
            a.Append(data[..whole]);
            if (data.Length != wanted) throw Errors.New(PyExc.EOFError, "read() didn't return enough bytes");
            return PyNone.Instance;
        }, "Read n objects from the file object f and append them to the end of the array.");
        t.DefMethod("__copy__", (self, args, kw) =>
        {
            MethodArgs.None("array.__copy__", args, kw);
            return Copy(A(self));
        }, "Return a copy of the array.");
        t.DefMethod("__deepcopy__", (self, args, kw) =>
        {
            MethodArgs.One("array.__deepcopy__", args, kw);
            return Copy(A(self));
        }, "Return a copy of the array.");
        t.DefMethod("__reduce_ex__", (self, args, kw) =>
        {
            MethodArgs.One("array.__reduce_ex__", args, kw);
            var a = A(self);
            var state = a.InstanceDict is { Count: > 0 } dict ? dict : (PyObject)PyNone.Instance;
            return PyTuple.Create(a.Type, PyTuple.Create(PyStr.FromChar(a.Format.Code), ToList(a)), state);
        }, "Return state information for pickling.");
        t.DefMethod("__sizeof__", (self, args, kw) =>
        {
            MethodArgs.None("array.__sizeof__", args, kw);
            return PyInt.From(64 + A(self).Bytes.Length);
        }, "Size of the array in memory, in bytes.");
        t.DefAttr("__doc__", new PyStr("array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character."));
    }

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        if (ReferenceEquals(type, ArrayModule.ArrayType)) ArgParser.NoKeywords("array.array", kw);
        if (args.Length < 1) throw Errors.TypeError($"array() takes at least 1 argument ({args.Length} given)");
        if (args.Length > 2) throw Errors.TypeError($"array() takes at most 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr code || !IsOneCharacter(code.Value))
            throw Errors.TypeError($"array() argument 1 must be a unicode character, not {args[0].Type.Name}");
        var format = code.Value.Length == 1 ? ArrayFormat.Find(code.Value[0]) : null;
        if (format == null) throw Errors.ValueError(BadTypeCode);
        var init = args.Length > 1 ? args[1] : null;
        byte[]? data = null;
        switch (init)
        {
            case null:
                break;
            case PyStr s:
                if (!format.IsUnicode) throw Errors.TypeError($"cannot use a str to initialize an array with typecode '{format.Code}'");
                data = ArrayFormat.EncodeUnicode(s.Value);
                break;
            case PyArray other:
                if (other.Format.IsUnicode && !format.IsUnicode)
                    throw Errors.TypeError($"cannot use a unicode array to initialize an array with typecode '{format.Code}'");
                data = ReferenceEquals(other.Format, format) ? other.Bytes.ToArray() : PackAll(format, other);
                break;
            case PyBytes or PyByteArray:
                var raw = Buffers.Require(init);
                if (raw.Length % format.ItemSize != 0) throw Errors.ValueError("bytes length not a multiple of item size");
                data = raw.ToArray();
                break;
            default:
                data = PackAll(format, init);
                break;
        }
        return new PyArray(type, format, data);
    }

    private static bool IsOneCharacter(string s) => s.Length == 1 || (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]));

    private static PyObject Repr(PyObject self)
    {
        var a = A(self);
        var name = a.Type.Name;
        if (a.Count == 0) return new PyStr($"{name}('{a.Format.Code}')");
        var items = a.Format.IsUnicode ? Ops.Repr(new PyStr(ArrayFormat.DecodeUnicode(a.Bytes))) : Ops.Repr(ToList(a));
        return new PyStr($"{name}('{a.Format.Code}', {items})");
    }

    private static PyList ToList(PyArray a)
    {
        var data = a.Bytes;
        var n = data.Length / a.Format.ItemSize;
        var items = new PyObject[n];
        for (var i = 0; i < n; i++) items[i] = a.Format.Get(data, i);
        return new PyList(items);
    }

    private static PyArray Copy(PyArray a) => new(ArrayModule.ArrayType, a.Format, a.Bytes.ToArray());

    /// <summary>One value converted to item bytes.</summary>
    private static byte[] Pack(ArrayFormat format, PyObject value)
    {
        var item = new byte[format.ItemSize];
        format.Set(value, item);
        return item;
    }

    /// <summary>Every value of an iterable converted to item bytes, so a conversion error leaves the array unchanged.</summary>
    private static byte[] PackAll(ArrayFormat format, PyObject iterable)
    {
        var size = format.ItemSize;
        var buffer = new byte[Math.Max(size * 8, 16)];
        var n = 0;
        foreach (var value in Ops.Iterate(iterable))
        {
            if (n + size > buffer.Length)
            {
                if ((long)buffer.Length * 2 > System.Array.MaxLength) throw Errors.New(PyExc.MemoryError);
                System.Array.Resize(ref buffer, buffer.Length * 2);
            }
            format.Set(value, buffer.AsSpan(n, size));
            n += size;
        }
        return n == buffer.Length ? buffer : buffer.AsSpan(0, n).ToArray();
    }

    private static void ExtendFromArray(PyArray a, PyArray other)
    {
        if (!ReferenceEquals(a.Format, other.Format)) throw Errors.TypeError("can only extend with array of same kind");
        // Snapshot first: a.extend(a) doubles the array.
        a.Append(other.Bytes.ToArray());
    }

    private static long SliceIndex(PyObject o)
    {
        if (o is PyInt i) return i.TryGetLong(out var v) ? v : i.Value.Sign < 0 ? long.MinValue : long.MaxValue;
        if (o.Type.Index == null) throw Errors.TypeError("slice indices must be integers or have an __index__ method");
        return SliceIndex(Ops.Index(o));
    }

    /// <summary>The first index in [start, stop) whose item equals value, or -1. Runs Python __eq__ without the lock.</summary>
    private static long IndexOf(PyArray a, PyObject value, long start, long stop)
    {
        for (var i = start; i < stop; i++)
        {
            var item = a.ItemOrNull(i);
            if (item == null) break;
            if (Ops.Eq(item, value)) return i;
        }
        return -1;
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var a = A(self);
        if (key is PySlice slice)
        {
            var data = a.Bytes;
            var size = a.Format.ItemSize;
            SliceIndices.Compute(slice, data.Length / size, out var start, out _, out var step, out var count);
            var result = new byte[count * size];
            if (step == 1) data.Slice((int)start * size, (int)count * size).CopyTo(result);
            else
            {
                for (long k = 0, i = start; k < count; k++, i += step)
                    data.Slice((int)i * size, size).CopyTo(result.AsSpan((int)k * size));
            }
            return new PyArray(ArrayModule.ArrayType, a.Format, result);
        }
        var index = Index(key);
        return a.ItemOrNull(index) ?? throw Errors.IndexError("array index out of range");
    }

    private static long Index(PyObject key)
    {
        if (key is PyInt i) return i.TryGetLong(out var v) ? v : throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
        if (key.Type.Index == null) throw Errors.TypeError("array indices must be integers");
        return Ops.AsIndex(key, "array");
    }

    private static void SetItem(PyObject self, PyObject key, PyObject? value)
    {
        var a = A(self);
        if (key is not PySlice slice)
        {
            var index = Index(key);
            if (value == null)
            {
                lock (a.SyncRoot)
                {
                    var n = a.Count;
                    if (index < 0) index += n;
                    if ((ulong)index >= (ulong)n) throw Errors.IndexError("array assignment index out of range");
                    a.Splice((int)index, (int)index + 1, []);
                }
                return;
            }
            var item = Pack(a.Format, value);
            if (!a.TrySetItem(index, item)) throw Errors.IndexError("array assignment index out of range");
            return;
        }
        byte[] replacement = [];
        if (value != null)
        {
            if (value is not PyArray other) throw Errors.TypeError($"can only assign array (not \"{value.Type.Name}\") to array slice");
            if (!ReferenceEquals(other.Format, a.Format)) throw Errors.TypeError("bad argument type for built-in operation");
            replacement = other.Bytes.ToArray();
        }
        var size = a.Format.ItemSize;
        lock (a.SyncRoot)
        {
            SliceIndices.Unpack(slice, out var start, out var stop, out var step);
            var count = SliceIndices.Adjust(a.Count, ref start, ref stop, step);
            if (step == 1)
            {
                a.Splice((int)start, (int)Math.Max(start, stop), replacement);
                return;
            }
            var data = a.WritableBytes;
            if (value == null)
            {
                if (count == 0) return;
                // Keep every item not selected by the slice, in order.
                if (step < 0)
                {
                    start += step * (count - 1);
                    step = -step;
                }
                var kept = new byte[data.Length - count * size];
                var written = 0;
                var n = data.Length / size;
                for (long i = 0, next = start, removed = 0; i < n; i++)
                {
                    if (i == next && removed < count)
                    {
                        removed++;
                        next += step;
                        continue;
                    }
                    data.Slice((int)i * size, size).CopyTo(kept.AsSpan(written));
                    written += size;
                }
                a.SetContents(kept);
                return;
            }
            var items = replacement.Length / size;
            if (items != count)
                throw Errors.ValueError($"attempt to assign array of size {items} to extended slice of size {count}");
            for (long k = 0, i = start; k < count; k++, i += step)
                replacement.AsSpan((int)k * size, size).CopyTo(data.Slice((int)i * size, size));
        }
    }

    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyArray x || b is not PyArray y) return PyNotImplemented.Instance;
        var nx = x.Count;
        var ny = y.Count;
        if (nx != ny && op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(op == CompareOp.Ne);
        if (ReferenceEquals(x.Format, y.Format) && x.Format.BytewiseEquality && op is CompareOp.Eq or CompareOp.Ne)
            return PyBool.From(x.Bytes.SequenceEqual(y.Bytes) == (op == CompareOp.Eq));
        long i = 0;
        PyObject? xi = null, yi = null;
        for (; ; i++)
        {
            xi = x.ItemOrNull(i);
            yi = y.ItemOrNull(i);
            if (xi == null || yi == null) break;
            if (!Ops.Eq(xi, yi)) break;
        }
        if (xi == null || yi == null)
        {
            // One array is a prefix of the other: compare lengths.
            long lx = xi == null ? i : i + 1, ly = yi == null ? i : i + 1;
            var c = lx.CompareTo(ly);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        }
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(xi, yi, op);
    }

    private static PyObject Concat(PyObject a, PyObject b)
    {
        if (a is not PyArray x) return PyNotImplemented.Instance;
        if (b is not PyArray y) throw Errors.TypeError($"can only append array (not \"{b.Type.Name}\") to array");
        if (!ReferenceEquals(x.Format, y.Format)) throw Errors.TypeError("bad argument type for built-in operation");
        var xb = x.Bytes;
        var yb = y.Bytes;
        if ((long)xb.Length + yb.Length > System.Array.MaxLength) throw Errors.New(PyExc.MemoryError);
        var result = new byte[xb.Length + yb.Length];
        xb.CopyTo(result);
        yb.CopyTo(result.AsSpan(xb.Length));
        return new PyArray(ArrayModule.ArrayType, x.Format, result);
    }

    private static PyObject Repeat(PyObject a, PyObject b)
    {
        PyArray arr;
        PyObject n;
        if (a is PyArray x) (arr, n) = (x, b);
        else if (b is PyArray y) (arr, n) = (y, a);
        else return PyNotImplemented.Instance;
        if (n is not PyInt && n.Type.Index == null)
        {
            // A class may still answer through __rmul__; built-in operands cannot, so they get CPython's
            // sequence-repeat message here.
            if (n.Type.IsHeapType) return PyNotImplemented.Instance;
            throw Errors.TypeError($"can't multiply sequence by non-int of type '{n.Type.Name}'");
        }
        return new PyArray(ArrayModule.ArrayType, arr.Format, Repeated(arr.Bytes, StrType.RepeatCount(n)));
    }

    private static byte[] Repeated(ReadOnlySpan<byte> data, long count)
    {
        if (count <= 0 || data.Length == 0) return [];
        if (count > System.Array.MaxLength / data.Length) throw Errors.New(PyExc.MemoryError);
        var result = new byte[data.Length * (int)count];
        for (var off = 0; off < result.Length; off += data.Length) data.CopyTo(result.AsSpan(off));
        return result;
    }
}
