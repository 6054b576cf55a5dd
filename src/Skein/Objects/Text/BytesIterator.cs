namespace Skein.Objects.Text;

/// <summary>iter(bytes) and iter(bytearray): yields ints; a bytearray is re-read at each step, so growth while iterating is seen.</summary>
public sealed class BytesIterator : PyObject
{
    private static readonly PyType s_bytesType = PyTypes.Define("bytes_iterator", null, Init);
    private static readonly PyType s_byteArrayType = PyTypes.Define("bytearray_iterator", null, Init);

    private readonly PyObject _source;
    private int _index;

    public BytesIterator(PyObject source) : base(source is PyByteArray ? s_byteArrayType : s_bytesType) => _source = source;

    private static void Init(PyType t)
    {
        t.Iter = self => self;
        t.Next = self => ((BytesIterator)self).Step();
        t.DefMethod("__length_hint__", (self, _, _) =>
        {
            var it = (BytesIterator)self;
            Buffers.TryGetBytes(it._source, out var data);
            return PyInt.From(Math.Max(0, data.Length - Volatile.Read(ref it._index)));
        });
    }

    private PyObject? Step()
    {
        while (true)
        {
            var i = Volatile.Read(ref _index);
            Buffers.TryGetBytes(_source, out var data);
            if (i >= data.Length)
            {
                // Once exhausted, stays exhausted (as CPython drops its reference to the sequence).
                Volatile.Write(ref _index, int.MaxValue);
                return null;
            }
            var b = data[i];
            if (Interlocked.CompareExchange(ref _index, i + 1, i) == i) return PyInt.From(b);
        }
    }
}
