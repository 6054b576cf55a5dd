using Skein.Modules.Posix;
using Skein.Objects.Text;

namespace Skein.Modules.Mmap;

/// <summary>The methods of mmap.mmap, with CPython's argument checks and messages.</summary>
internal static unsafe class MmapMethods
{
    private static PyMmap M(PyObject self) => (PyMmap)self;

    public static void Init(PyType t)
    {
        t.New = MmapModule.New;
        t.Len = self => M(self).Locked(m => m.Size);
        t.GetItem = GetItem;
        t.SetItem = SetItem;
        // Iterating goes through the sequence protocol, which yields one-byte bytes (indexing yields ints).
        t.Iter = self => Ops.GetIter(new PyList(M(self).Locked(m =>
        {
            var data = m.Bytes;
            var items = new PyObject[data.Length];
            for (var i = 0; i < items.Length; i++) items[i] = new PyBytes([data[i]]);
            return items;
        })));
        t.DefMethod("close", (self, args, kw) =>
        {
            MethodArgs.None("close", args, kw);
            M(self).Close();
            return PyNone.Instance;
        });
        t.DefGetter("closed", self => PyBool.From(M(self).Closed));
        t.DefMethod("__enter__", (self, args, kw) => M(self).Locked(_ => self));
        t.DefMethod("__exit__", (self, args, kw) =>
        {
            M(self).Close();
            return PyNone.Instance;
        });
        t.DefMethod("read", (self, args, kw) =>
        {
            var a = ArgParser.Parse("read", args, kw, ["n"], positionalOnly: 1);
            var n = a[0] is null or PyNone ? -1 : Ops.AsIndex(a[0]!, "int");
            return M(self).Locked(m =>
            {
                var remaining = Math.Max(0, m.Size - m.Position);
                if (n < 0 || n > remaining) n = remaining;
                var result = PyBytes.From(m.Bytes.Slice((int)Math.Min(m.Position, m.Size), (int)n));
                m.Position += n;
                return (PyObject)result;
            });
        });
        t.DefMethod("read_byte", (self, args, kw) =>
        {
            MethodArgs.None("read_byte", args, kw);
            return M(self).Locked(m =>
            {
                if (m.Position >= m.Size) throw Errors.ValueError("read byte out of range");
                return (PyObject)PyInt.From(m.Bytes[(int)m.Position++]);
            });
        });
        t.DefMethod("readline", (self, args, kw) =>
        {
            MethodArgs.None("readline", args, kw);
            return M(self).Locked(m =>
            {
                if (m.Position >= m.Size) return (PyObject)PyBytes.Empty;
                var rest = m.Bytes[(int)m.Position..];
                var newline = rest.IndexOf((byte)'\n');
                var n = newline < 0 ? rest.Length : newline + 1;
                m.Position += n;
                return PyBytes.From(rest[..n]);
            });
        });
        t.DefMethod("write", (self, args, kw) =>
        {
            var data = Buffers.Require(MethodArgs.One("write", args, kw)).ToArray();
            return M(self).Locked(m =>
            {
                m.CheckWritable();
                if (m.Position > m.Size || m.Size - m.Position < data.Length) throw Errors.ValueError("data out of range");
                data.CopyTo(m.Bytes[(int)m.Position..]);
                m.Position += data.Length;
                return (PyObject)PyInt.From(data.Length);
            });
        });
        t.DefMethod("write_byte", (self, args, kw) =>
        {
            var value = Ops.AsLong(MethodArgs.One("write_byte", args, kw));
            if (value > 255) throw Errors.New(PyExc.OverflowError, "unsigned byte integer is greater than maximum");
            if (value < 0) throw Errors.New(PyExc.OverflowError, "unsigned byte integer is less than minimum");
            return M(self).Locked(m =>
            {
                m.CheckWritable();
                if (m.Position >= m.Size) throw Errors.ValueError("write byte out of range");
                m.Bytes[(int)m.Position++] = (byte)value;
                return (PyObject)PyNone.Instance;
            });
        });
        t.DefMethod("seek", (self, args, kw) =>
        {
            ArgParser.NoKeywords("seek", kw);
            ArgParser.Range("seek", args, 1, 2);
            var distance = Ops.AsIndex(args[0], "int");
            var whence = args.Length > 1 ? Ops.AsInt32(args[1]) : 0;
            return M(self).Locked(m =>
            {
                var where = whence switch
                {
                    0 => distance,
                    1 => m.Position + distance,
                    2 => m.Size + distance,
                    _ => throw Errors.ValueError("unknown seek type"),
                };
                if (where > m.Size || where < 0) throw Errors.ValueError("seek out of range");
                m.Position = where;
                return (PyObject)PyNone.Instance;
            });
        });
        t.DefMethod("tell", (self, args, kw) =>
        {
            MethodArgs.None("tell", args, kw);
            return M(self).Locked(m => (PyObject)PyInt.From(m.Position));
        });
        t.DefMethod("size", (self, args, kw) =>
        {
            MethodArgs.None("size", args, kw);
            // The size of the underlying file (fstat), as CPython reports it: EBADF for anonymous memory.
            return M(self).Locked(m => (PyObject)PosixModule.FStat(m.Fd).Items[6]);
        });
        t.DefMethod("find", (self, args, kw) => Find(self, args, kw, "find", reverse: false));
        t.DefMethod("rfind", (self, args, kw) => Find(self, args, kw, "rfind", reverse: true));
        t.DefMethod("flush", (self, args, kw) =>
        {
            ArgParser.NoKeywords("flush", kw);
            ArgParser.Range("flush", args, 0, 2);
            var offset = args.Length > 0 ? Ops.AsIndex(args[0], "int") : 0;
            long? size = args.Length > 1 ? Ops.AsIndex(args[1], "int") : null;
            return M(self).Locked(m =>
            {
                var n = size ?? m.Size;
                if (n < 0 || offset < 0 || m.Size - offset < n) throw Errors.ValueError("flush values out of range");
                m.Flush(offset, n);
                return (PyObject)PyNone.Instance;
            });
        });
        t.DefMethod("move", (self, args, kw) =>
        {
            ArgParser.NoKeywords("move", kw);
            ArgParser.Range("move", args, 3, 3);
            var dest = Ops.AsIndex(args[0], "int");
            var src = Ops.AsIndex(args[1], "int");
            var count = Ops.AsIndex(args[2], "int");
            return M(self).Locked(m =>
            {
                m.CheckWritable();
                if (dest < 0 || src < 0 || count < 0 || m.Size - dest < count || m.Size - src < count)
                    throw Errors.ValueError("source, destination, or count out of range");
                var data = m.Bytes;
                data.Slice((int)src, (int)count).CopyTo(data[(int)dest..]);
                return (PyObject)PyNone.Instance;
            });
        });
        t.DefMethod("resize", (self, args, kw) =>
        {
            var newSize = Ops.AsIndex(MethodArgs.One("resize", args, kw), "int");
            return M(self).Locked(m =>
            {
                m.CheckResizable();
                if (newSize < 0) throw Errors.ValueError("new size out of range");
                m.Resize(newSize);
                return (PyObject)PyNone.Instance;
            });
        });
        t.DefMethod("madvise", (self, args, kw) =>
        {
            ArgParser.NoKeywords("madvise", kw);
            ArgParser.Range("madvise", args, 1, 3);
            var option = Ops.AsInt32(args[0]);
            var start = args.Length > 1 ? Ops.AsIndex(args[1], "int") : 0;
            long? length = args.Length > 2 ? Ops.AsIndex(args[2], "int") : null;
            return M(self).Locked(m =>
            {
                if (start < 0 || start >= m.Size) throw Errors.ValueError("madvise start out of bounds");
                var n = length ?? m.Size - start;
                if (n < 0) throw Errors.ValueError("madvise length invalid");
                n = Math.Min(n, m.Size - start);
                fixed (byte* data = m.Bytes)
                    if (MmapNative.MAdvise(data + start, (nuint)n, option) != 0) throw OSErrors.Last();
                return (PyObject)PyNone.Instance;
            });
        });
        t.DefMethod("__reduce_ex__", (self, args, kw) => throw Errors.TypeError("cannot pickle 'mmap.mmap' object"));
    }

    /// <summary>find/rfind(sub[, start[, end]]): start defaults to the current position; negative bounds count from the end.</summary>
    private static PyObject Find(PyObject self, ReadOnlySpan<PyObject> args, PyDict? kw, string name, bool reverse)
    {
        ArgParser.NoKeywords(name, kw);
        ArgParser.Range(name, args, 1, 3);
        var sub = Buffers.Require(args[0]).ToArray();
        long? start = args.Length > 1 && args[1] is not PyNone ? Ops.AsIndex(args[1], "int") : null;
        long? end = args.Length > 2 && args[2] is not PyNone ? Ops.AsIndex(args[2], "int") : null;
        return M(self).Locked(m =>
        {
            var size = m.Size;
            var from = Clamp(start ?? m.Position, size);
            var to = Clamp(end ?? size, size);
            if (to - from < sub.Length) return (PyObject)PyInt.From(-1);
            var window = m.Bytes.Slice((int)from, (int)(to - from));
            var at = reverse ? window.LastIndexOf(sub) : window.IndexOf(sub);
            return PyInt.From(at < 0 ? -1 : from + at);
        });
    }

    private static long Clamp(long index, long size)
    {
        if (index < 0) index += size;
        return Math.Clamp(index, 0, size);
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        if (key is PySlice slice)
        {
            return M(self).Locked(m =>
            {
                var count = SliceIndices.Resolve(slice, m.Size, out var start, out _, out var step);
                var data = m.Bytes;
                if (step == 1) return (PyObject)PyBytes.From(data.Slice((int)start, (int)Math.Max(0, count)));
                var result = new byte[Math.Max(0, count)];
                for (long k = 0, i = start; k < result.Length; k++, i += step) result[k] = data[(int)i];
                return new PyBytes(result);
            });
        }
        if (key is not PyInt && key.Type.Index == null) throw Errors.TypeError("mmap indices must be integers");
        var index = Ops.AsIndex(key, "int");
        return M(self).Locked(m =>
        {
            if (index < 0) index += m.Size;
            if (index < 0 || index >= m.Size) throw Errors.IndexError("mmap index out of range");
            return (PyObject)PyInt.From(m.Bytes[(int)index]);
        });
    }

    private static void SetItem(PyObject self, PyObject key, PyObject? value)
    {
        M(self).Locked(m =>
        {
            m.CheckWritable();
            return 0;
        });
        if (key is PySlice slice)
        {
            if (value == null) throw Errors.TypeError("mmap object doesn't support slice deletion");
            var data = Buffers.Require(value).ToArray();
            M(self).Locked(m =>
            {
                var count = SliceIndices.Resolve(slice, m.Size, out var start, out _, out var step);
                if (Math.Max(0, count) != data.Length) throw Errors.IndexError("mmap slice assignment is wrong size");
                var target = m.Bytes;
                for (long k = 0, i = start; k < data.Length; k++, i += step) target[(int)i] = data[k];
                return 0;
            });
            return;
        }
        if (key is not PyInt && key.Type.Index == null) throw Errors.TypeError("mmap indices must be integers");
        var index = Ops.AsIndex(key, "int");
        if (value == null) throw Errors.TypeError("mmap doesn't support item deletion");
        M(self).Locked(m =>
        {
            if (index < 0) index += m.Size;
            if (index < 0 || index >= m.Size) throw Errors.IndexError("mmap index out of range");
            return 0;
        });
        if (value is not PyInt && value.Type.Index == null) throw Errors.TypeError("mmap item value must be an int");
        var v = Ops.Index(value);
        if (!v.TryGetLong(out var b) || b < 0 || b > 255) throw Errors.ValueError("mmap item value must be in range(0, 256)");
        M(self).Locked(m =>
        {
            if (index >= m.Size) throw Errors.IndexError("mmap index out of range");
            m.Bytes[(int)index] = (byte)b;
            return 0;
        });
    }
}
