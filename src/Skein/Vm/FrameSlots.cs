using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Skein.Vm;

/// <summary>
/// A view of a frame's slot array (fast locals, then the value stack) whose indexer returns a reference.
/// PyObject is not sealed, so a plain store into a PyObject?[] is a covariant array store that calls the
/// runtime's type-check helper; the VM stores into these slots on nearly every instruction. Writing
/// through a reference skips that check, which is safe because the array is always created as exactly
/// PyObject?[] (PyFrame's constructor; checked in the constructor here) and every value stored is a PyObject.
/// The bounds check stays: an index past the end throws IndexOutOfRangeException as the array would.
/// </summary>
internal readonly struct FrameSlots
{
    public readonly PyObject?[] Array;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FrameSlots(PyObject?[] array)
    {
        if (array.GetType() != typeof(PyObject[])) ThrowNotExact();
        Array = array;
    }

    public ref PyObject? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var a = Array;
            if ((uint)index >= (uint)a.Length) ThrowIndex();
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), (nint)(uint)index);
        }
    }

    public static implicit operator FrameSlots(PyObject?[] array) => new(array);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndex() => throw new IndexOutOfRangeException();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotExact() => throw new ArrayTypeMismatchException();
}
