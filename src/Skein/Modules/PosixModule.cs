using System.Collections;
using System.Security.Cryptography;
using Skein.Modules.Io;
using Skein.Modules.Posix;

namespace Skein.Modules;

/// <summary>
/// The posix module, which the Python os module re-exports. File descriptors are the process's real
/// descriptors (through libc), so they are inherited by child processes and interoperate with any code
/// that takes an fd. Blocking calls release the optional GIL and are retried on EINTR as in PEP 475.
/// </summary>
[BuiltinModule("posix")]
public static unsafe class PosixModule
{
    public static readonly PyType TerminalSizeType = StructSequence.DefineType("os.terminal_size", ["columns", "lines"], "os");
    public static readonly PyType UnameResultType = StructSequence.DefineType("posix.uname_result",
        ["sysname", "nodename", "release", "version", "machine"], "posix");

    public static void Init(PyModule m)
    {
        m.Set("error", PyExc.OSError);
        m.Set("stat_result", PyStatResult.StatResultType);
        m.Set("terminal_size", TerminalSizeType);
        m.Set("uname_result", UnameResultType);
        m.Set("DirEntry", DirEntry.DirEntryType);
        m.Set("environ", CreateEnviron());
        DefineConstants(m);

        m.DefFunction("getcwd", (args, _) =>
        {
            ArgParser.Exactly("getcwd", args, 0);
            return new PyStr(FsPath.Decode(GetCwdBytes()));
        });
        m.DefFunction("getcwdb", (args, _) =>
        {
            ArgParser.Exactly("getcwdb", args, 0);
            return new PyBytes(GetCwdBytes());
        });
        m.DefFunction("chdir", ChDir);
        m.DefFunction("listdir", ListDir);
        m.DefFunction("scandir", (args, kw) =>
        {
            var a = ArgParser.Parse("scandir", args, kw, ["path"]);
            return DirEntry.Scandir(a[0]);
        });
        m.DefFunction("stat", (args, kw) => StatCall("stat", args, kw, followDefault: true));
        m.DefFunction("lstat", (args, kw) => StatCall("lstat", args, kw, followDefault: false));
        m.DefFunction("fstat", (args, kw) =>
        {
            var a = ArgParser.Parse("fstat", args, kw, ["fd"], 1);
            return FStat(Fd(a[0]!));
        });
        m.DefFunction("mkdir", (args, kw) =>
        {
            var a = ArgParser.Parse("mkdir", args, kw, ["path", "mode", "dir_fd"], 1, keywordOnlyFrom: 2);
            var mode = a[1] == null ? 0x1FF : Ops.AsInt32(a[1]!);
            CheckPath(LibC.MkDir(FsPath.Encode(a[0]!, "mkdir"), mode), a[0]!);
            return PyNone.Instance;
        });
        m.DefFunction("rmdir", (args, kw) => PathCall("rmdir", args, kw, p => LibC.RmDir(p)));
        m.DefFunction("unlink", (args, kw) => PathCall("unlink", args, kw, p => LibC.Unlink(p)));
        m.DefFunction("remove", (args, kw) => PathCall("remove", args, kw, p => LibC.Unlink(p)));
        m.DefFunction("rename", (args, kw) => TwoPathCall("rename", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], (a, b) => LibC.Rename(a, b)));
        m.DefFunction("replace", (args, kw) => TwoPathCall("replace", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], (a, b) => LibC.Rename(a, b)));
        m.DefFunction("link", (args, kw) => TwoPathCall("link", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], (a, b) => LibC.Link(a, b)));
        m.DefFunction("symlink", (args, kw) =>
            TwoPathCall("symlink", args, kw, ["src", "dst", "target_is_directory", "dir_fd"], (a, b) => LibC.SymLink(a, b), keywordOnlyFrom: 3));
        m.DefFunction("readlink", ReadLink);
        m.DefFunction("open", Open);
        m.DefFunction("read", Read);
        m.DefFunction("write", Write);
        m.DefFunction("close", (args, kw) =>
        {
            var a = ArgParser.Parse("close", args, kw, ["fd"], 1);
            if (LibC.Close(Fd(a[0]!)) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        m.DefFunction("closerange", (args, _) =>
        {
            ArgParser.Exactly("closerange", args, 2);
            var low = Fd(args[0]);
            var high = Fd(args[1]);
            for (var fd = Math.Max(low, 0); fd < high; fd++) LibC.Close(fd);
            return PyNone.Instance;
        });
        m.DefFunction("lseek", (args, _) =>
        {
            ArgParser.Exactly("lseek", args, 3);
            var r = LibC.LSeek(Fd(args[0]), Ops.AsLong(args[1]), Ops.AsInt32(args[2]));
            if (r < 0) throw OSErrors.Last();
            return PyInt.From(r);
        });
        m.DefFunction("fsync", (args, kw) =>
        {
            var a = ArgParser.Parse("fsync", args, kw, ["fd"], 1);
            if (LibC.FSync(FdOrFileno(a[0]!)) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        m.DefFunction("ftruncate", (args, _) =>
        {
            ArgParser.Exactly("ftruncate", args, 2);
            if (LibC.FTruncate(Fd(args[0]), Ops.AsLong(args[1])) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        m.DefFunction("truncate", (args, kw) =>
        {
            var a = ArgParser.Parse("truncate", args, kw, ["path", "length"], 2);
            var length = Ops.AsLong(a[1]!);
            if (a[0] is PyInt fd)
            {
                if (LibC.FTruncate(Fd(fd), length) < 0) throw OSErrors.Last();
                return PyNone.Instance;
            }
            CheckPath(LibC.Truncate(FsPath.Encode(a[0]!, "truncate", allowFd: true), length), a[0]!);
            return PyNone.Instance;
        });
        m.DefFunction("isatty", (args, _) =>
        {
            ArgParser.Exactly("isatty", args, 1);
            return PyBool.From(LibC.IsATty(Fd(args[0])) == 1);
        });
        m.DefFunction("pipe", (args, _) =>
        {
            ArgParser.Exactly("pipe", args, 0);
            var fds = stackalloc int[2];
            if (LibC.Pipe2(fds, LibC.O_CLOEXEC) < 0) throw OSErrors.Last();
            return PyTuple.Create(PyInt.From(fds[0]), PyInt.From(fds[1]));
        });
        m.DefFunction("pipe2", (args, _) =>
        {
            ArgParser.Exactly("pipe2", args, 1);
            var fds = stackalloc int[2];
            if (LibC.Pipe2(fds, Ops.AsInt32(args[0])) < 0) throw OSErrors.Last();
            return PyTuple.Create(PyInt.From(fds[0]), PyInt.From(fds[1]));
        });
        m.DefFunction("dup", (args, _) =>
        {
            ArgParser.Exactly("dup", args, 1);
            // PEP 446: the duplicate is not inheritable.
            var r = LibC.Fcntl(Fd(args[0]), 1030 /* F_DUPFD_CLOEXEC */, 0);
            if (r < 0) throw OSErrors.Last();
            return PyInt.From(r);
        });
        m.DefFunction("dup2", (args, kw) =>
        {
            var a = ArgParser.Parse("dup2", args, kw, ["fd", "fd2", "inheritable"], 2);
            var fd = Fd(a[0]!);
            var fd2 = Fd(a[1]!);
            var inheritable = a[2] == null || Ops.IsTrue(a[2]!);
            var r = inheritable || fd == fd2 ? LibC.Dup2(fd, fd2) : LibC.Dup3(fd, fd2, LibC.O_CLOEXEC);
            if (r < 0) throw OSErrors.Last();
            return PyInt.From(r);
        });
        m.DefFunction("get_inheritable", (args, _) =>
        {
            ArgParser.Exactly("get_inheritable", args, 1);
            var flags = LibC.Fcntl(Fd(args[0]), LibC.F_GETFD, 0);
            if (flags < 0) throw OSErrors.Last();
            return PyBool.From((flags & LibC.FD_CLOEXEC) == 0);
        });
        m.DefFunction("set_inheritable", (args, _) =>
        {
            ArgParser.Exactly("set_inheritable", args, 2);
            SetInheritable(Fd(args[0]), Ops.IsTrue(args[1]));
            return PyNone.Instance;
        });
        m.DefFunction("get_blocking", (args, _) =>
        {
            ArgParser.Exactly("get_blocking", args, 1);
            var flags = LibC.Fcntl(Fd(args[0]), LibC.F_GETFL, 0);
            if (flags < 0) throw OSErrors.Last();
            return PyBool.From((flags & LibC.O_NONBLOCK) == 0);
        });
        m.DefFunction("set_blocking", (args, _) =>
        {
            ArgParser.Exactly("set_blocking", args, 2);
            var fd = Fd(args[0]);
            var flags = LibC.Fcntl(fd, LibC.F_GETFL, 0);
            if (flags < 0) throw OSErrors.Last();
            flags = Ops.IsTrue(args[1]) ? flags & ~LibC.O_NONBLOCK : flags | LibC.O_NONBLOCK;
            if (LibC.Fcntl(fd, LibC.F_SETFL, flags) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });

        m.DefFunction("getpid", (_, _) => PyInt.From(LibC.GetPid()));
        m.DefFunction("getppid", (_, _) => PyInt.From(LibC.GetPPid()));
        m.DefFunction("getuid", (_, _) => PyInt.From(LibC.GetUid()));
        m.DefFunction("geteuid", (_, _) => PyInt.From(LibC.GetEUid()));
        m.DefFunction("getgid", (_, _) => PyInt.From(LibC.GetGid()));
        m.DefFunction("getegid", (_, _) => PyInt.From(LibC.GetEGid()));
        m.DefFunction("getpgrp", (_, _) => PyInt.From(LibC.GetPGrp()));
        m.DefFunction("setsid", (_, _) =>
        {
            if (LibC.SetSid() < 0) throw OSErrors.Last();
            return PyNone.Instance;
        });
        m.DefFunction("getlogin", (_, _) =>
        {
            var buffer = stackalloc byte[256];
            var r = LibC.GetLoginR(buffer, 256);
            if (r != 0) throw OSErrors.FromErrno(r);
            return new PyStr(FsPath.Decode(new ReadOnlySpan<byte>(buffer, IndexOfNul(buffer, 256))));
        });
        m.DefFunction("kill", (args, _) =>
        {
            ArgParser.Exactly("kill", args, 2);
            if (LibC.Kill(Ops.AsInt32(args[0]), Ops.AsInt32(args[1])) < 0) throw OSErrors.Last();
            SignalModule.DeliverPending();
            return PyNone.Instance;
        });
        m.DefFunction("waitpid", WaitPid);
        m.DefFunction("WIFEXITED", (args, kw) => PyBool.From((Status("WIFEXITED", args, kw) & 0x7F) == 0));
        m.DefFunction("WEXITSTATUS", (args, kw) => PyInt.From((Status("WEXITSTATUS", args, kw) >> 8) & 0xFF));
        m.DefFunction("WIFSIGNALED", (args, kw) => PyBool.From(((sbyte)((Status("WIFSIGNALED", args, kw) & 0x7F) + 1) >> 1) > 0));
        m.DefFunction("WTERMSIG", (args, kw) => PyInt.From(Status("WTERMSIG", args, kw) & 0x7F));
        m.DefFunction("WIFSTOPPED", (args, kw) => PyBool.From((Status("WIFSTOPPED", args, kw) & 0xFF) == 0x7F));
        m.DefFunction("WSTOPSIG", (args, kw) => PyInt.From((Status("WSTOPSIG", args, kw) >> 8) & 0xFF));
        m.DefFunction("WCOREDUMP", (args, _) => PyBool.From((Status("WCOREDUMP", args, null) & 0x80) != 0));
        m.DefFunction("WIFCONTINUED", (args, kw) => PyBool.From(Status("WIFCONTINUED", args, kw) == 0xFFFF));
        m.DefFunction("waitstatus_to_exitcode", (args, kw) =>
        {
            var a = ArgParser.Parse("waitstatus_to_exitcode", args, kw, ["status"], 1);
            var status = Ops.AsInt32(a[0]!);
            if ((status & 0x7F) == 0) return PyInt.From((status >> 8) & 0xFF);
            if (((sbyte)((status & 0x7F) + 1) >> 1) > 0) return PyInt.From(-(status & 0x7F));
            throw Errors.ValueError($"invalid wait status: {status}");
        });
        m.DefFunction("_exit", (args, kw) =>
        {
            var a = ArgParser.Parse("_exit", args, kw, ["status"], 1);
            LibC.Exit(Ops.AsInt32(a[0]!));
            return PyNone.Instance;
        });
        m.DefFunction("urandom", (args, _) =>
        {
            ArgParser.Exactly("urandom", args, 1);
            var n = Ops.AsLong(args[0]);
            if (n < 0) throw Errors.ValueError("negative argument not allowed");
            var bytes = new byte[n];
            RandomNumberGenerator.Fill(bytes);
            return new PyBytes(bytes);
        });
        m.DefFunction("cpu_count", (_, _) =>
        {
            var n = LibC.SysConf(LibC._SC_NPROCESSORS_ONLN);
            return n < 1 ? PyNone.Instance : PyInt.From(n);
        });
        m.DefFunction("sched_getaffinity", SchedGetAffinity);
        m.DefFunction("strerror", (args, _) =>
        {
            ArgParser.Exactly("strerror", args, 1);
            return new PyStr(OSErrors.StrError(Ops.AsInt32(args[0])));
        });
        m.DefFunction("access", Access);
        m.DefFunction("chmod", (args, kw) =>
        {
            var a = ArgParser.Parse("chmod", args, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2, keywordOnlyFrom: 2);
            var mode = Ops.AsInt32(a[1]!);
            if (a[0] is PyInt fd)
            {
                if (LibC.FChMod(Fd(fd), mode) < 0) throw OSErrors.Last();
                return PyNone.Instance;
            }
            CheckPath(LibC.ChMod(FsPath.Encode(a[0]!, "chmod", allowFd: true), mode), a[0]!);
            return PyNone.Instance;
        });
        m.DefFunction("utime", UTime);
        m.DefFunction("umask", (args, _) =>
        {
            ArgParser.Exactly("umask", args, 1);
            return PyInt.From(LibC.UMask(Ops.AsInt32(args[0])));
        });
        m.DefFunction("uname", (_, _) => Uname());
        m.DefFunction("putenv", (args, _) =>
        {
            ArgParser.Exactly("putenv", args, 2);
            var name = EnvBytes(args[0], "putenv");
            if (name.Length == 1 || Array.IndexOf(name, (byte)'=') >= 0) throw Errors.ValueError("illegal environment variable name");
            var value = EnvBytes(args[1], "putenv");
            if (LibC.SetEnv(name, value, 1) < 0) throw OSErrors.Last();
            Environment.SetEnvironmentVariable(FsPath.Decode(name.AsSpan(0, name.Length - 1)), FsPath.Decode(value.AsSpan(0, value.Length - 1)));
            return PyNone.Instance;
        });
        m.DefFunction("unsetenv", (args, _) =>
        {
            ArgParser.Exactly("unsetenv", args, 1);
            var name = EnvBytes(args[0], "unsetenv");
            if (name.Length == 1 || Array.IndexOf(name, (byte)'=') >= 0) throw Errors.ValueError("illegal environment variable name");
            if (LibC.UnsetEnv(name) < 0) throw OSErrors.Last();
            Environment.SetEnvironmentVariable(FsPath.Decode(name.AsSpan(0, name.Length - 1)), null);
            return PyNone.Instance;
        });
        m.DefFunction("get_terminal_size", (args, _) =>
        {
            ArgParser.Range("get_terminal_size", args, 0, 1);
            var fd = args.Length == 0 ? 1 : Fd(args[0]);
            var ws = stackalloc ushort[4];
            if (LibC.IoCtl(fd, LibC.TIOCGWINSZ, ws) < 0) throw OSErrors.Last();
            return StructSequence.Create(TerminalSizeType, PyInt.From(ws[1]), PyInt.From(ws[0]));
        });
        m.DefFunction("device_encoding", (args, kw) =>
        {
            var a = ArgParser.Parse("device_encoding", args, kw, ["fd"], 1);
            return LibC.IsATty(Fd(a[0]!)) == 1 ? new PyStr("UTF-8") : PyNone.Instance;
        });
        m.DefFunction("fspath", (args, kw) =>
        {
            var a = ArgParser.Parse("fspath", args, kw, ["path"], 1);
            return FsPath.FsPathOf(a[0]!);
        });
        m.Set("_have_functions", new PyList(new PyObject[] {new PyStr("HAVE_FSTATAT"), new PyStr("HAVE_FCHDIR"), new PyStr("HAVE_FCHMOD"),
            new PyStr("HAVE_FTRUNCATE"), new PyStr("HAVE_FUTIMENS"), new PyStr("HAVE_UTIMENSAT") }));
    }

    private static void DefineConstants(PyModule m)
    {
        void C(string name, long value) => m.Set(name, PyInt.From(value));
        C("F_OK", 0);
        C("R_OK", 4);
        C("W_OK", 2);
        C("X_OK", 1);
        C("O_RDONLY", LibC.O_RDONLY);
        C("O_WRONLY", LibC.O_WRONLY);
        C("O_RDWR", LibC.O_RDWR);
        C("O_ACCMODE", LibC.O_ACCMODE);
        C("O_CREAT", LibC.O_CREAT);
        C("O_EXCL", LibC.O_EXCL);
        C("O_NOCTTY", LibC.O_NOCTTY);
        C("O_TRUNC", LibC.O_TRUNC);
        C("O_APPEND", LibC.O_APPEND);
        C("O_NONBLOCK", LibC.O_NONBLOCK);
        C("O_NDELAY", LibC.O_NDELAY);
        C("O_DSYNC", LibC.O_DSYNC);
        C("O_SYNC", LibC.O_SYNC);
        C("O_CLOEXEC", LibC.O_CLOEXEC);
        C("O_DIRECTORY", LibC.O_DIRECTORY);
        C("O_NOFOLLOW", LibC.O_NOFOLLOW);
        C("SEEK_SET", 0);
        C("SEEK_CUR", 1);
        C("SEEK_END", 2);
        C("WNOHANG", 1);
        C("WUNTRACED", 2);
        C("WCONTINUED", 8);
        C("EX_OK", 0);
        C("F_LOCK", 1);
        C("F_TLOCK", 2);
        C("F_ULOCK", 0);
        C("F_TEST", 3);
    }

    // ---- argument helpers -----------------------------------------------------------------------

    public static int Fd(PyObject o)
    {
        if (o is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        return Ops.AsInt32(o);
    }

    /// <summary>An fd, or an object with fileno() (fsync accepts both).</summary>
    private static int FdOrFileno(PyObject o) => o is PyInt ? Fd(o) : Fd(Ops.CallMethod(o, "fileno"));

    private static void CheckPath(int result, PyObject path)
    {
        if (result < 0) throw OSErrors.Last(path);
    }

    private static PyObject PathCall(string function, ReadOnlySpan<PyObject> args, PyDict? kw, Func<byte[], int> call)
    {
        var a = ArgParser.Parse(function, args, kw, ["path", "dir_fd"], 1, keywordOnlyFrom: 1);
        CheckPath(call(FsPath.Encode(a[0]!, function)), a[0]!);
        return PyNone.Instance;
    }

    private static PyObject TwoPathCall(string function, ReadOnlySpan<PyObject> args, PyDict? kw, string[] names, Func<byte[], byte[], int> call,
        int keywordOnlyFrom = 2)
    {
        var a = ArgParser.Parse(function, args, kw, names, 2, keywordOnlyFrom: keywordOnlyFrom);
        var src = FsPath.Encode(a[0]!, function, "src");
        var dst = FsPath.Encode(a[1]!, function, "dst");
        if (call(src, dst) < 0) throw OSErrors.FromErrno(LibC.Errno, a[0]!, a[1]!);
        return PyNone.Instance;
    }

    private static int IndexOfNul(byte* p, int max)
    {
        var n = 0;
        while (n < max && p[n] != 0) n++;
        return n;
    }

    private static byte[] EnvBytes(PyObject o, string function)
    {
        if (o is not (PyStr or PyBytes)) throw Errors.TypeError($"str expected, not {o.Type.Name}");
        return FsPath.Encode(o, function, "name");
    }

    // ---- directories ----------------------------------------------------------------------------

    private static byte[] GetCwdBytes()
    {
        for (var size = 1024; ; size *= 4)
        {
            var buffer = new byte[size];
            fixed (byte* p = buffer)
            {
                if (LibC.GetCwd(p, (nuint)size) != null) return buffer.AsSpan(0, IndexOfNul(p, size)).ToArray();
                if (LibC.Errno != LibC.ERANGE) throw OSErrors.Last();
            }
        }
    }

    private static PyObject ChDir(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("chdir", args, kw, ["path"], 1);
        if (a[0] is PyInt fd)
        {
            if (LibC.FChDir(Fd(fd)) < 0) throw OSErrors.Last();
        }
        else CheckPath(LibC.ChDir(FsPath.Encode(a[0]!, "chdir", allowFd: true)), a[0]!);
        // Keep .NET's idea of the current directory (used by relative paths in managed APIs) in step.
        try
        {
            Environment.CurrentDirectory = FsPath.Decode(GetCwdBytes());
        }
        catch (IOException)
        {
        }
        return PyNone.Instance;
    }

    private static PyObject ListDir(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("listdir", args, kw, ["path"]);
        var path = a[0] is null or PyNone ? new PyStr(".") : a[0]!;
        var asBytes = false;
        nint dir;
        if (path is PyInt fdObj)
        {
            var dup = LibC.Fcntl(Fd(fdObj), 1030, 0);
            if (dup < 0) throw OSErrors.Last();
            dir = LibC.FdOpenDir(dup);
            if (dir == 0)
            {
                var errno = LibC.Errno;
                LibC.Close(dup);
                throw OSErrors.FromErrno(errno);
            }
        }
        else
        {
            var encoded = FsPath.Encode(path, "listdir", allowFd: true);
            asBytes = FsPath.IsBytesPath(path);
            dir = LibC.OpenDir(encoded);
            if (dir == 0) throw OSErrors.Last(path);
        }
        var result = new PyList();
        try
        {
            foreach (var entry in ReadEntries(dir)) result.Append(FsPath.Result(entry.Name, asBytes));
        }
        finally
        {
            LibC.CloseDir(dir);
        }
        return result;
    }

    internal readonly record struct RawEntry(byte[] Name, ulong Inode, byte Kind);

    /// <summary>The entries of an open DIR*, without "." and "..".</summary>
    internal static IEnumerable<RawEntry> ReadEntries(nint dir)
    {
        while (NextEntry(dir) is { } e) yield return e;
    }

    internal static RawEntry? NextEntry(nint dir)
    {
        while (true)
        {
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            var d = LibC.ReadDir(dir);
            if (d == null)
            {
                var errno = LibC.Errno;
                if (errno != 0) throw OSErrors.FromErrno(errno);
                return null;
            }
            // struct dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
            var name = d + 19;
            var length = IndexOfNul(name, 256);
            if ((length == 1 && name[0] == '.') || (length == 2 && name[0] == '.' && name[1] == '.')) continue;
            return new RawEntry(new ReadOnlySpan<byte>(name, length).ToArray(), *(ulong*)d, d[18]);
        }
    }

    // ---- stat -----------------------------------------------------------------------------------

    private static PyObject StatCall(string function, ReadOnlySpan<PyObject> args, PyDict? kw, bool followDefault)
    {
        var a = ArgParser.Parse(function, args, kw, ["path", "dir_fd", "follow_symlinks"], 1, keywordOnlyFrom: 1);
        var follow = a[2] == null ? followDefault : Ops.IsTrue(a[2]!);
        if (a[0] is PyInt fd && function == "stat") return FStat(Fd(fd));
        return Stat(a[0]!, follow, function);
    }

    public static PyStatResult Stat(PyObject path, bool followSymlinks, string function = "stat")
    {
        var encoded = FsPath.Encode(path, function, allowFd: function == "stat");
        var buffer = stackalloc byte[256];
        var r = followSymlinks ? LibC.Stat(encoded, buffer) : LibC.LStat(encoded, buffer);
        if (r < 0) throw OSErrors.Last(path);
        return PyStatResult.FromNative(buffer);
    }

    /// <summary>stat of an already-encoded path; null with errno set on failure.</summary>
    internal static PyStatResult? TryStat(byte[] encoded, bool followSymlinks, out int errno)
    {
        var buffer = stackalloc byte[256];
        var r = followSymlinks ? LibC.Stat(encoded, buffer) : LibC.LStat(encoded, buffer);
        errno = r < 0 ? LibC.Errno : 0;
        return r < 0 ? null : PyStatResult.FromNative(buffer);
    }

    public static PyStatResult FStat(int fd)
    {
        var buffer = stackalloc byte[256];
        if (LibC.FStat(fd, buffer) < 0) throw OSErrors.Last();
        return PyStatResult.FromNative(buffer);
    }

    /// <summary>st_mode of an fd, or -1 with errno when fstat fails.</summary>
    internal static long FStatMode(int fd, out long blksize)
    {
        var buffer = stackalloc byte[256];
        blksize = 0;
        if (LibC.FStat(fd, buffer) < 0) return -1;
        var st = PyStatResult.FromNative(buffer);
        blksize = ((PyInt)st.Hidden[6]).Small;
        return st.Mode;
    }

    private static PyObject ReadLink(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("readlink", args, kw, ["path", "dir_fd"], 1, keywordOnlyFrom: 1);
        var encoded = FsPath.Encode(a[0]!, "readlink");
        for (var size = 4096; ; size *= 4)
        {
            var buffer = new byte[size];
            nint n;
            fixed (byte* p = buffer) n = LibC.ReadLink(encoded, p, size);
            if (n < 0) throw OSErrors.Last(a[0]!);
            if (n < size) return FsPath.Result(buffer.AsSpan(0, (int)n), FsPath.IsBytesPath(a[0]!));
        }
    }

    private static PyObject Access(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("access", args, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, keywordOnlyFrom: 2);
        var encoded = FsPath.Encode(a[0]!, "access");
        return PyBool.From(LibC.Access(encoded, Ops.AsInt32(a[1]!)) == 0);
    }

    private static PyObject UTime(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("utime", args, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, keywordOnlyFrom: 2);
        var times = stackalloc long[4];
        var timesArg = a[1] is PyNone ? null : a[1];
        if (timesArg != null && a[2] != null) throw Errors.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        if (timesArg != null)
        {
            if (timesArg is not PyTuple t || t.Count != 2) throw Errors.TypeError("utime: 'times' must be either a tuple of two ints or None");
            for (var i = 0; i < 2; i++)
            {
                var v = t[i];
                if (v is PyInt iv)
                {
                    times[2 * i] = Ops.AsLong(iv);
                    times[2 * i + 1] = 0;
                }
                else
                {
                    var d = Ops.AsDouble(v);
                    var sec = Math.Floor(d);
                    times[2 * i] = (long)sec;
                    times[2 * i + 1] = (long)Math.Round((d - sec) * 1e9);
                    if (times[2 * i + 1] >= 1_000_000_000)
                    {
                        times[2 * i]++;
                        times[2 * i + 1] -= 1_000_000_000;
                    }
                }
            }
        }
        else if (a[2] != null)
        {
            if (a[2] is not PyTuple t || t.Count != 2) throw Errors.TypeError("utime: 'ns' must be a tuple of two ints");
            for (var i = 0; i < 2; i++)
            {
                var ns = Ops.Index(t[i]).Value;
                var sec = BigInteger.DivRem(ns, 1_000_000_000, out var rem);
                if (rem < 0)
                {
                    sec -= 1;
                    rem += 1_000_000_000;
                }
                times[2 * i] = (long)sec;
                times[2 * i + 1] = (long)rem;
            }
        }
        else
        {
            times[1] = LibC.UTIME_NOW;
            times[3] = LibC.UTIME_NOW;
        }
        if (a[0] is PyInt fd)
        {
            if (LibC.FUTimeNs(Fd(fd), times) < 0) throw OSErrors.Last();
            return PyNone.Instance;
        }
        var follow = a[4] == null || Ops.IsTrue(a[4]!);
        var encoded = FsPath.Encode(a[0]!, "utime", allowFd: true);
        CheckPath(LibC.UTimeNsAt(LibC.AT_FDCWD, encoded, times, follow ? 0 : LibC.AT_SYMLINK_NOFOLLOW), a[0]!);
        return PyNone.Instance;
    }

    private static PyObject Uname()
    {
        var buffer = stackalloc byte[65 * 6];
        if (LibC.UName(buffer) < 0) throw OSErrors.Last();
        var fields = new PyObject[5];
        for (var i = 0; i < 5; i++)
        {
            var p = buffer + 65 * i;
            fields[i] = new PyStr(FsPath.Decode(new ReadOnlySpan<byte>(p, IndexOfNul(p, 65))));
        }
        return StructSequence.Create(UnameResultType, fields);
    }

    // ---- file descriptors -----------------------------------------------------------------------

    private static PyObject Open(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("open", args, kw, ["path", "flags", "mode", "dir_fd"], 2, keywordOnlyFrom: 3);
        var flags = Ops.AsInt32(a[1]!) | LibC.O_CLOEXEC;
        var mode = a[2] == null ? 0x1FF : Ops.AsInt32(a[2]!);
        return PyInt.From(OpenFd(a[0]!, flags, mode, "open"));
    }

    /// <summary>open(2) with EINTR retry; the file is non-inheritable unless the caller drops O_CLOEXEC.</summary>
    public static int OpenFd(PyObject path, int flags, int mode, string function)
    {
        var encoded = FsPath.Encode(path, function);
        while (true)
        {
            int fd;
            using (GlobalInterpreterLock.Blocking()) fd = LibC.Open(encoded, flags, mode);
            if (fd >= 0) return fd;
            var errno = LibC.Errno;
            if (errno == LibC.EINTR)
            {
                SignalModule.DeliverPending();
                continue;
            }
            throw OSErrors.FromErrno(errno, path);
        }
    }

    private static PyObject Read(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        ArgParser.Exactly("read", args, 2);
        var fd = Fd(args[0]);
        var n = Ops.AsLong(args[1]);
        if (n < 0) throw OSErrors.FromErrno(LibC.EINVAL);
        var buffer = new byte[n];
        var got = ReadFd(fd, buffer);
        return new PyBytes(got == buffer.Length ? buffer : buffer.AsSpan(0, got).ToArray());
    }

    /// <summary>One read(2) into buffer (EINTR retried); returns the count, 0 at end of file. EAGAIN raises BlockingIOError.</summary>
    public static int ReadFd(int fd, Span<byte> buffer)
    {
        while (true)
        {
            nint r;
            fixed (byte* p = buffer)
            using (GlobalInterpreterLock.Blocking())
                r = LibC.Read(fd, p, buffer.Length);
            if (r >= 0) return (int)r;
            var errno = LibC.Errno;
            if (errno == LibC.EINTR)
            {
                SignalModule.DeliverPending();
                continue;
            }
            throw OSErrors.FromErrno(errno);
        }
    }

    /// <summary>read(2) that reports EAGAIN as -1 instead of raising (non-blocking raw files return None then).</summary>
    public static int ReadFdNonBlocking(int fd, Span<byte> buffer)
    {
        while (true)
        {
            nint r;
            fixed (byte* p = buffer)
            using (GlobalInterpreterLock.Blocking())
                r = LibC.Read(fd, p, buffer.Length);
            if (r >= 0) return (int)r;
            var errno = LibC.Errno;
            if (errno == LibC.EINTR)
            {
                SignalModule.DeliverPending();
                continue;
            }
            if (errno == LibC.EAGAIN) return -1;
            throw OSErrors.FromErrno(errno);
        }
    }

    private static PyObject Write(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        ArgParser.Exactly("write", args, 2);
        var fd = Fd(args[0]);
        var data = BytesLike.Read(args[1]);
        return PyInt.From(WriteFd(fd, data));
    }

    /// <summary>One write(2) (EINTR retried); returns the count written, -1 for EAGAIN when allowed.</summary>
    public static int WriteFd(int fd, ReadOnlySpan<byte> data, bool eagainAsMinusOne = false)
    {
        while (true)
        {
            nint r;
            fixed (byte* p = data)
            using (GlobalInterpreterLock.Blocking())
                r = LibC.Write(fd, p, data.Length);
            if (r >= 0) return (int)r;
            var errno = LibC.Errno;
            if (errno == LibC.EINTR)
            {
                SignalModule.DeliverPending();
                continue;
            }
            if (errno == LibC.EAGAIN && eagainAsMinusOne) return -1;
            throw OSErrors.FromErrno(errno);
        }
    }

    public static void SetInheritable(int fd, bool inheritable)
    {
        var flags = LibC.Fcntl(fd, LibC.F_GETFD, 0);
        if (flags < 0) throw OSErrors.Last();
        flags = inheritable ? flags & ~LibC.FD_CLOEXEC : flags | LibC.FD_CLOEXEC;
        if (LibC.Fcntl(fd, LibC.F_SETFD, flags) < 0) throw OSErrors.Last();
    }

    // ---- processes ------------------------------------------------------------------------------

    private static int Status(string function, ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse(function, args, kw, ["status"], 1);
        return Ops.AsInt32(a[0]!);
    }

    private static PyObject WaitPid(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        ArgParser.Exactly("waitpid", args, 2);
        var pid = Ops.AsInt32(args[0]);
        var options = Ops.AsInt32(args[1]);
        int status;
        while (true)
        {
            int r;
            using (GlobalInterpreterLock.Blocking()) r = LibC.WaitPid(pid, &status, options);
            if (r >= 0) return PyTuple.Create(PyInt.From(r), PyInt.From(r == 0 ? 0 : status));
            var errno = LibC.Errno;
            if (errno == LibC.EINTR)
            {
                SignalModule.DeliverPending();
                continue;
            }
            throw OSErrors.FromErrno(errno);
        }
    }

    private static PyObject SchedGetAffinity(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        ArgParser.Exactly("sched_getaffinity", args, 1);
        var pid = Ops.AsInt32(args[0]);
        for (var size = 128; ; size *= 2)
        {
            var mask = new byte[size];
            int r;
            fixed (byte* p = mask) r = LibC.SchedGetAffinity(pid, (nuint)size, p);
            if (r < 0)
            {
                if (LibC.Errno == LibC.EINVAL && size < 1 << 20) continue;
                throw OSErrors.Last();
            }
            var cpus = new List<PyObject>();
            for (var i = 0; i < size * 8; i++)
                if ((mask[i >> 3] & (1 << (i & 7))) != 0) cpus.Add(PyInt.From(i));
            return Ops.Call(PyTypes.Set, new PyList(cpus));
        }
    }

    // ---- environment ----------------------------------------------------------------------------

    private static PyDict CreateEnviron()
    {
        var env = new PyDict();
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
            env.SetItem(new PyStr((string)e.Key), new PyStr((string?)e.Value ?? ""));
        return env;
    }
}
