namespace Skein.Objects.Text;

/// <summary>
/// An object whose bytes live outside the managed heap (an mmap: memory that may be shared with other
/// processes) and that memoryview can view. A view asks for the bytes afresh at each access, so it sees
/// the current mapping, and raises instead of touching memory once the owner is closed.
/// </summary>
public interface INativeBuffer
{
    /// <summary>The current bytes, or false once the memory has been closed.</summary>
    bool TryGetNativeBytes(out Span<byte> bytes);

    bool NativeReadOnly { get; }

    /// <summary>
    /// A memoryview was made directly on the object (memoryview(m)): the owner refuses to close or resize
    /// while such views are unreleased, as CPython's exporters do. It also learns that views exist whose
    /// slices may outlive a close, so it keeps the memory mapped until it is itself collected.
    /// </summary>
    void AddExport();

    void RemoveExport();
}
