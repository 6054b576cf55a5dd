using System.Runtime.InteropServices;
using Skein.Modules.Posix;

namespace Skein.Modules.Mmap;

/// <summary>The C library's memory-mapping calls, with Linux's constants.</summary>
internal static unsafe partial class MmapNative
{
    public const int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
    public const int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
    public const int MAP_DENYWRITE = 0x800, MAP_EXECUTABLE = 0x1000, MAP_POPULATE = 0x8000, MAP_STACK = 0x20000;
    public const int MS_SYNC = 4;
    public const int MREMAP_MAYMOVE = 1;
    public static readonly byte* MapFailed = (byte*)-1;

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial byte* MMap(void* address, nuint length, int prot, int flags, int fd, long offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    public static partial int MUnmap(void* address, nuint length);

    [LibraryImport("libc", EntryPoint = "msync", SetLastError = true)]
    public static partial int MSync(void* address, nuint length, int flags);

    [LibraryImport("libc", EntryPoint = "mremap", SetLastError = true)]
    public static partial byte* MRemap(void* address, nuint oldLength, nuint newLength, int flags);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    public static partial int MAdvise(void* address, nuint length, int advice);

    /// <summary>mmap, or OSError with the call's errno.</summary>
    public static byte* Map(long length, int prot, int flags, int fd, long offset)
    {
        var data = MMap(null, (nuint)length, prot, flags, fd, offset);
        if (data == MapFailed) throw OSErrors.Last();
        return data;
    }
}
