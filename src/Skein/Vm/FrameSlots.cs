using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Skein.Vm;

/// <summary>
/// One slot of a frame's slot array (fast locals, then the value stack). A struct wrapping the reference
/// rather than a bare PyObject?[]: PyObject is not sealed, so every store into a PyObject?[] is a covariant
/// array store that calls the runtime's type-check helper, and the VM stores into these slots on nearly
/// every instruction. Element access on an array of structs is a plain, bounds-checked access that the JIT
/// emits in place (no call to inline: the instruction loop is too big for the JIT's inlining budget).
/// </summary>
public struct StackSlot
{
    public PyObject? Value;
}

/// <summary>A frame's slot array as seen by the VM's helpers: an indexer returning the slot's reference.</summary>
internal readonly struct FrameSlots(StackSlot[] array)
{
    public readonly StackSlot[] Array = array;

    public ref PyObject? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Array[index].Value;
    }

    public static implicit operator FrameSlots(StackSlot[] array) => new(array);

    /// <summary>Slots [start, start + length) as a span of objects (a StackSlot has exactly a reference's layout).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<PyObject> Span(StackSlot[] slots, int start, int length) =>
        length == 0
            ? ReadOnlySpan<PyObject>.Empty
            : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<StackSlot, PyObject>(ref slots[start]), length);
}
