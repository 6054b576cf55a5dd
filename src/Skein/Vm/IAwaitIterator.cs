namespace Skein.Vm;

/// <summary>
/// A natively implemented iterator that await / yield from drive (asyncio's future iterator): it ends with
/// a value without raising StopIteration, so awaiting a finished future costs no .NET exception.
/// </summary>
public interface IAwaitIterator
{
    /// <summary>send(value): the next value to yield, or (returned = true) the value the await evaluates to.</summary>
    PyObject Send(PyObject value, out bool returned);
}
