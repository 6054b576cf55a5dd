namespace Skein.Objects.Text;

/// <summary>Slot implementations bytes and bytearray share: comparison, membership, indexing, +, * and construction.</summary>
internal static class BytesType
{
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not (PyBytes or PyByteArray) || b is not (PyBytes or PyByteArray)) return PyNotImplemented.Instance;
        Buffers.TryGetBytes(a, out var x);
        Buffers.TryGetBytes(b, out var y);
        if (op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(x.SequenceEqual(y) == (op == CompareOp.Eq));
        var c = x.SequenceCompareTo(y);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    public static bool Contains(ReadOnlySpan<byte> data, PyObject item)
    {
        if (Buffers.TryGetBytes(item, out var sub)) return data.IndexOf(sub) >= 0;
        if (item is PyInt || item.Type.Index != null) return data.Contains(Buffers.ByteValue(item));
        throw Errors.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    public static PyObject GetItem(PyObject self, ReadOnlySpan<byte> data, PyObject key, string what, string outOfRange)
    {
        if (key is PySlice slice)
        {
            var count = SliceIndices.Resolve(slice, data.Length, out var start, out _, out var step);
            byte[] picked;
            if (step == 1) picked = count <= 0 ? [] : data.Slice((int)start, (int)count).ToArray();
            else
            {
                picked = new byte[Math.Max(0, count)];
                for (long k = 0, i = start; k < count; k++, i += step) picked[k] = data[(int)i];
            }
            if (self is PyByteArray) return new PyByteArray(picked);
            if (count == data.Length && step == 1 && ReferenceEquals(self.Type, PyTypes.Bytes)) return self;
            return picked.Length == 0 ? PyBytes.Empty : new PyBytes(picked);
        }
        if (key is not PyInt && key.Type.Index == null)
            throw Errors.TypeError($"{what} indices must be integers or slices, not {key.Type.Name}");
        var index = Ops.AsIndex(key, what);
        if (index < 0) index += data.Length;
        if ((ulong)index >= (ulong)data.Length) throw Errors.IndexError(outOfRange);
        return PyInt.From(data[(int)index]);
    }

    public static PyObject Concat(PyObject a, PyObject b)
    {
        if (!Buffers.TryGetBytes(a, out var x) || !Buffers.TryGetBytes(b, out var y))
        {
            var other = a is PyBytes or PyByteArray ? b : a;
            // CPython's sequence concatenation fails with its own message when the other operand offers no '+'.
            if (ReferenceEquals(other, b) && (!b.Type.IsHeapType || b.Type.Lookup("__radd__") == null))
                throw Errors.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            return PyNotImplemented.Instance;
        }
        if (a is not (PyBytes or PyByteArray)) return PyNotImplemented.Instance;
        var result = new byte[(long)x.Length + y.Length];
        x.CopyTo(result);
        y.CopyTo(result.AsSpan(x.Length));
        if (a is PyByteArray) return new PyByteArray(result);
        return result.Length == 0 ? PyBytes.Empty : new PyBytes(result);
    }

    public static PyObject Repeat(PyObject a, PyObject b, bool mutable)
    {
        PyObject seq, n;
        if (a is PyBytes or PyByteArray) (seq, n) = (a, b);
        else (seq, n) = (b, a);
        if (n is not PyInt && n.Type.Index == null) return PyNotImplemented.Instance;
        var count = StrType.RepeatCount(n);
        Buffers.TryGetBytes(seq, out var data);
        if (count <= 0 || data.Length == 0) return mutable ? new PyByteArray([]) : PyBytes.Empty;
        if (count > Array.MaxLength / data.Length) throw Errors.New(PyExc.MemoryError);
        return mutable ? new PyByteArray(RepeatBytes(data, (int)count)) : new PyBytes(RepeatBytes(data, (int)count));
    }

    public static byte[] RepeatBytes(ReadOnlySpan<byte> data, int count)
    {
        var result = new byte[data.Length * count];
        if (data.Length == 1)
        {
            result.AsSpan().Fill(data[0]);
            return result;
        }
        data.CopyTo(result);
        var filled = data.Length;
        while (filled < result.Length)
        {
            var chunk = Math.Min(filled, result.Length - filled);
            result.AsSpan(0, chunk).CopyTo(result.AsSpan(filled));
            filled += chunk;
        }
        return result;
    }

    private static readonly string[] s_newNames = ["source", "encoding", "errors"];

    public static PyObject NewBytes(PyType type, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        byte[] value;
        if (args.Length == 1 && kwargs == null && args[0] is PyBytes pb && ReferenceEquals(pb.Type, PyTypes.Bytes))
        {
            if (ReferenceEquals(type, PyTypes.Bytes)) return pb;
            value = pb.Value;
        }
        else value = FromArguments("bytes", args, kwargs);
        if (ReferenceEquals(type, PyTypes.Bytes)) return value.Length == 0 ? PyBytes.Empty : new PyBytes(value);
        return new PyBytesSubclassInstance(type, value);
    }

    /// <summary>The bytes that bytes(...) or bytearray(...) builds from (source, encoding, errors), with CPython's checks and messages.</summary>
    public static byte[] FromArguments(string typeName, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        if (args.Length > 3) throw Errors.TypeError($"{typeName}() takes at most 3 arguments ({args.Length} given)");
        if (kwargs != null)
            foreach (var key in kwargs.KeysSnapshot())
                if (key is not PyStr k || Array.IndexOf(s_newNames, k.Value) < 0)
                    throw Errors.TypeError($"{Ops.Repr(key)} is an invalid keyword argument for {typeName}()");
        var a = ArgParser.Parse(typeName, args, kwargs, s_newNames);
        var source = a[0];
        var encoding = a[1] == null ? null : StrType.ArgString(a[1]!, typeName, "encoding");
        var errors = a[2] == null ? null : StrType.ArgString(a[2]!, typeName, "errors");
        if (source == null)
        {
            if (encoding != null || errors != null) throw Errors.TypeError("encoding or errors without sequence argument");
            return [];
        }
        if (encoding != null || errors != null)
        {
            if (source is not PyStr text)
                throw Errors.TypeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            if (encoding == null) throw Errors.TypeError("string argument without an encoding");
            return Codecs.Encode(text.Value, encoding, errors ?? "strict");
        }
        if (typeName == "bytes" && Ops.LookupSpecial(source, Names.__bytes__) is { } method)
        {
            var r = Ops.Call(method);
            if (r is PyBytes rb) return rb.Value;
            throw Errors.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
        }
        if (source is PyStr) throw Errors.TypeError("string argument without an encoding");
        if (source is PyInt || source.Type.Index != null)
        {
            var count = StrType.RepeatCount(source);
            if (count < 0) throw Errors.ValueError("negative count");
            if (count > Array.MaxLength) throw Errors.New(PyExc.MemoryError);
            return new byte[count];
        }
        if (Buffers.TryGetBytes(source, out var buffer)) return buffer.ToArray();
        if (source is not (PyList or PyTuple) && Ops.GetIterOrNull(source) == null)
            throw Errors.TypeError($"cannot convert '{source.Type.Name}' object to {typeName}");
        var result = new List<byte>();
        foreach (var item in Ops.Iterate(source))
        {
            var i = Ops.Index(item);
            if (!i.TryGetLong(out var v) || v < 0 || v > 255) throw Errors.ValueError("bytes must be in range(0, 256)");
            result.Add((byte)v);
        }
        return result.ToArray();
    }
}
