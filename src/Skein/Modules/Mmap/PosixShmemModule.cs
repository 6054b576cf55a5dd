using System.Runtime.InteropServices;
using Skein.Modules.Posix;

namespace Skein.Modules.Mmap;

/// <summary>
/// _posixshmem: POSIX named shared memory (shm_open, shm_unlink), on which multiprocessing.shared_memory
/// builds SharedMemory. A segment is a file in /dev/shm that any process can open by name and mmap.
/// </summary>
[BuiltinModule("_posixshmem")]
public static partial class PosixShmemModule
{
    [LibraryImport("libc", EntryPoint = "shm_open", SetLastError = true)]
    private static partial int ShmOpen(byte[] name, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "shm_unlink", SetLastError = true)]
    private static partial int ShmUnlink(byte[] name);

    public static void Init(PyModule m)
    {
        m.Set("__doc__", new PyStr("POSIX shared memory module"));
        m.DefFunction("shm_open", (args, kw) =>
        {
            var a = ArgParser.Parse("shm_open", args, kw, ["path", "flags", "mode"], 2);
            var path = Path("shm_open", a[0]!);
            var flags = Ops.AsInt32(a[1]!);
            var mode = a[2] == null ? 511 : Ops.AsInt32(a[2]!);
            int fd;
            using (GlobalInterpreterLock.Blocking()) fd = ShmOpen(CName(path), flags, mode);
            if (fd < 0) throw OSErrors.Last(path);
            return PyInt.From(fd);
        }, "Open a shared memory object.  Returns a file descriptor (integer).");
        m.DefFunction("shm_unlink", (args, kw) =>
        {
            var a = ArgParser.Parse("shm_unlink", args, kw, ["path"], 1);
            var path = Path("shm_unlink", a[0]!);
            if (ShmUnlink(CName(path)) != 0) throw OSErrors.Last(path);
            return PyNone.Instance;
        }, "Remove a shared memory object (similar to unlink()).");
    }

    private static byte[] CName(PyStr path) => [.. FsPath.EncodeString(path.Value), 0];

    private static PyStr Path(string function, PyObject o) =>
        o as PyStr ?? throw Errors.TypeError($"{function}() argument 'path' must be str, not {o.Type.Name}");
}
