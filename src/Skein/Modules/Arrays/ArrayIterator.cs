namespace Skein.Modules.Arrays;

/// <summary>iter(array): re-reads the array at each step, so items appended while iterating are seen (as in CPython).</summary>
public sealed class ArrayIterator : PyObject
{
    private static readonly PyType s_type = PyTypes.Define("arrayiterator", null, Init, module: "array");

    private readonly PyArray _array;
    private long _index;

    public ArrayIterator(PyArray array) : base(s_type) => _array = array;

    private static void Init(PyType t)
    {
        t.Iter = self => self;
        t.Next = self => ((ArrayIterator)self).Step();
    }

    private PyObject? Step()
    {
        while (true)
        {
            var i = Volatile.Read(ref _index);
            var item = i == long.MaxValue ? null : _array.ItemOrNull(i);
            if (item == null)
            {
                // Once exhausted, stays exhausted (as CPython drops its reference to the array).
                Volatile.Write(ref _index, long.MaxValue);
                return null;
            }
            if (Interlocked.CompareExchange(ref _index, i + 1, i) == i) return item;
        }
    }
}
