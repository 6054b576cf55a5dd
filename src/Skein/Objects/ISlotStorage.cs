namespace Skein.Objects;

/// <summary>
/// An object that holds the __slots__ values of its Python class: PyInstance, and built-in objects whose
/// Python subclasses may declare slots (weakref.ref subclasses such as KeyedRef).
/// </summary>
public interface ISlotStorage
{
    PyObject?[]? SlotValues { get; }
}
