using Skein.Modules.Posix;

namespace Skein.Modules.Mmap;

/// <summary>
/// The mmap module: memory-mapped files and anonymous shared memory (mmap.mmap), with CPython's constants
/// for Linux. multiprocessing.shared_memory and multiprocessing.sharedctypes map their segments with it.
/// </summary>
[BuiltinModule("mmap")]
public static class MmapModule
{
    public const int ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;

    public static readonly PyType MmapType = PyTypes.Define("mmap", null, MmapMethods.Init, isBaseType: true, module: "mmap");

    private static readonly (string Name, int Value)[] s_advice =
    [
        ("MADV_NORMAL", 0), ("MADV_RANDOM", 1), ("MADV_SEQUENTIAL", 2), ("MADV_WILLNEED", 3), ("MADV_DONTNEED", 4),
        ("MADV_FREE", 8), ("MADV_REMOVE", 9), ("MADV_DONTFORK", 10), ("MADV_DOFORK", 11), ("MADV_MERGEABLE", 12),
        ("MADV_UNMERGEABLE", 13), ("MADV_HUGEPAGE", 14), ("MADV_NOHUGEPAGE", 15), ("MADV_DONTDUMP", 16),
        ("MADV_DODUMP", 17), ("MADV_HWPOISON", 100),
    ];

    public static void Init(PyModule m)
    {
        m.Set("mmap", MmapType);
        m.Set("error", PyExc.OSError);
        var pageSize = PyInt.From(Environment.SystemPageSize);
        m.Set("PAGESIZE", pageSize);
        m.Set("ALLOCATIONGRANULARITY", pageSize);
        m.Set("MAP_SHARED", PyInt.From(MmapNative.MAP_SHARED));
        m.Set("MAP_PRIVATE", PyInt.From(MmapNative.MAP_PRIVATE));
        m.Set("MAP_ANON", PyInt.From(MmapNative.MAP_ANONYMOUS));
        m.Set("MAP_ANONYMOUS", PyInt.From(MmapNative.MAP_ANONYMOUS));
        m.Set("MAP_DENYWRITE", PyInt.From(MmapNative.MAP_DENYWRITE));
        m.Set("MAP_EXECUTABLE", PyInt.From(MmapNative.MAP_EXECUTABLE));
        m.Set("MAP_POPULATE", PyInt.From(MmapNative.MAP_POPULATE));
        m.Set("MAP_STACK", PyInt.From(MmapNative.MAP_STACK));
        m.Set("PROT_READ", PyInt.From(MmapNative.PROT_READ));
        m.Set("PROT_WRITE", PyInt.From(MmapNative.PROT_WRITE));
        m.Set("PROT_EXEC", PyInt.From(MmapNative.PROT_EXEC));
        m.Set("ACCESS_DEFAULT", PyInt.From(ACCESS_DEFAULT));
        m.Set("ACCESS_READ", PyInt.From(ACCESS_READ));
        m.Set("ACCESS_WRITE", PyInt.From(ACCESS_WRITE));
        m.Set("ACCESS_COPY", PyInt.From(ACCESS_COPY));
        foreach (var (name, value) in s_advice) m.Set(name, PyInt.From(value));
    }

    /// <summary>mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0), checked in CPython's order.</summary>
    internal static unsafe PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("mmap", args, kwargs, ["fileno", "length", "flags", "prot", "access", "offset"], 2);
        var fd = Ops.AsInt32(a[0]!);
        var length = Ops.AsIndex(a[1]!, "int");
        var flags = a[2] == null ? MmapNative.MAP_SHARED : Ops.AsInt32(a[2]!);
        var prot = a[3] == null ? MmapNative.PROT_READ | MmapNative.PROT_WRITE : Ops.AsInt32(a[3]!);
        var access = a[4] == null ? ACCESS_DEFAULT : Ops.AsInt32(a[4]!);
        var offset = a[5] == null ? 0 : Ops.AsIndex(a[5]!, "int");
        if (length < 0) throw Errors.New(PyExc.OverflowError, "memory mapped length must be positive");
        if (offset < 0) throw Errors.New(PyExc.OverflowError, "memory mapped offset must be positive");
        if (access != ACCESS_DEFAULT && (flags != MmapNative.MAP_SHARED || prot != (MmapNative.PROT_READ | MmapNative.PROT_WRITE)))
            throw Errors.ValueError("mmap can't specify both access and flags, prot.");
        switch (access)
        {
            case ACCESS_READ:
                (flags, prot) = (MmapNative.MAP_SHARED, MmapNative.PROT_READ);
                break;
            case ACCESS_WRITE:
                (flags, prot) = (MmapNative.MAP_SHARED, MmapNative.PROT_READ | MmapNative.PROT_WRITE);
                break;
            case ACCESS_COPY:
                (flags, prot) = (MmapNative.MAP_PRIVATE, MmapNative.PROT_READ | MmapNative.PROT_WRITE);
                break;
            case ACCESS_DEFAULT:
                // The access type follows prot, so that a PROT_READ mapping refuses writes as a readonly one.
                if ((prot & MmapNative.PROT_READ) == 0 || (prot & MmapNative.PROT_WRITE) == 0)
                    access = (prot & MmapNative.PROT_WRITE) != 0 ? ACCESS_WRITE : ACCESS_READ;
                break;
            default:
                throw Errors.ValueError("mmap invalid access parameter.");
        }
        if (fd != -1)
        {
            var stat = new byte[256];
            fixed (byte* st = stat)
            {
                if (LibC.FStat(fd, st) == 0)
                {
                    var info = PyStatResult.FromNative(st);
                    if ((info.Mode & 0xF000) == 0x8000)
                    {
                        var fileSize = Ops.AsLong(info.Items[6]);
                        if (length == 0)
                        {
                            if (fileSize == 0) throw Errors.ValueError("cannot mmap an empty file");
                            if (offset >= fileSize) throw Errors.ValueError("mmap offset is greater than file size");
                            length = fileSize - offset;
                        }
                        else if (offset > fileSize || fileSize - offset < length)
                        {
                            throw Errors.ValueError("mmap length is greater than file size");
                        }
                    }
                }
            }
            fd = LibC.Fcntl(fd, 1030 /* F_DUPFD_CLOEXEC */, 0);
            if (fd < 0) throw OSErrors.Last();
        }
        else
        {
            flags |= MmapNative.MAP_ANONYMOUS;
        }
        byte* data;
        try
        {
            data = MmapNative.Map(length, prot, flags, fd, offset);
        }
        catch
        {
            if (fd != -1) LibC.Close(fd);
            throw;
        }
        return new PyMmap(type, data, length, fd, offset, flags, prot, access);
    }
}
