using System.Runtime.InteropServices;

namespace Skein.Modules.Posix;

/// <summary>
/// The C library calls the posix and _io modules are built on. File descriptors are real OS descriptors
/// (not .NET streams) so that they are shared with child processes and with code that receives a raw fd.
/// Paths are passed as NUL-terminated byte arrays already in the file-system encoding (see FsPath).
/// Every call sets errno (read it with <see cref="Errno"/> right after a failing call).
/// </summary>
internal static unsafe partial class LibC
{
    private const string Lib = "libc";

    public static int Errno => Marshal.GetLastPInvokeError();

    [LibraryImport(Lib, EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte[] path, int flags, int mode);

    [LibraryImport(Lib, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport(Lib, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport(Lib, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Lib, EntryPoint = "lseek", SetLastError = true)]
    public static partial long LSeek(int fd, long offset, int whence);

    [LibraryImport(Lib, EntryPoint = "pipe2", SetLastError = true)]
    public static partial int Pipe2(int* fds, int flags);

    [LibraryImport(Lib, EntryPoint = "dup", SetLastError = true)]
    public static partial int Dup(int fd);

    [LibraryImport(Lib, EntryPoint = "dup3", SetLastError = true)]
    public static partial int Dup3(int fd, int fd2, int flags);

    [LibraryImport(Lib, EntryPoint = "dup2", SetLastError = true)]
    public static partial int Dup2(int fd, int fd2);

    [LibraryImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);

    [LibraryImport(Lib, EntryPoint = "fsync", SetLastError = true)]
    public static partial int FSync(int fd);

    [LibraryImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int FTruncate(int fd, long length);

    [LibraryImport(Lib, EntryPoint = "truncate", SetLastError = true)]
    public static partial int Truncate(byte[] path, long length);

    [LibraryImport(Lib, EntryPoint = "isatty", SetLastError = true)]
    public static partial int IsATty(int fd);

    [LibraryImport(Lib, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int IoCtl(int fd, nuint request, void* arg);

    [LibraryImport(Lib, EntryPoint = "stat", SetLastError = true)]
    public static partial int Stat(byte[] path, byte* buffer);

    [LibraryImport(Lib, EntryPoint = "lstat", SetLastError = true)]
    public static partial int LStat(byte[] path, byte* buffer);

    [LibraryImport(Lib, EntryPoint = "fstat", SetLastError = true)]
    public static partial int FStat(int fd, byte* buffer);

    [LibraryImport(Lib, EntryPoint = "mkdir", SetLastError = true)]
    public static partial int MkDir(byte[] path, int mode);

    [LibraryImport(Lib, EntryPoint = "rmdir", SetLastError = true)]
    public static partial int RmDir(byte[] path);

    [LibraryImport(Lib, EntryPoint = "unlink", SetLastError = true)]
    public static partial int Unlink(byte[] path);

    [LibraryImport(Lib, EntryPoint = "rename", SetLastError = true)]
    public static partial int Rename(byte[] from, byte[] to);

    [LibraryImport(Lib, EntryPoint = "chdir", SetLastError = true)]
    public static partial int ChDir(byte[] path);

    [LibraryImport(Lib, EntryPoint = "fchdir", SetLastError = true)]
    public static partial int FChDir(int fd);

    [LibraryImport(Lib, EntryPoint = "getcwd", SetLastError = true)]
    public static partial byte* GetCwd(byte* buffer, nuint size);

    [LibraryImport(Lib, EntryPoint = "access", SetLastError = true)]
    public static partial int Access(byte[] path, int mode);

    [LibraryImport(Lib, EntryPoint = "chmod", SetLastError = true)]
    public static partial int ChMod(byte[] path, int mode);

    [LibraryImport(Lib, EntryPoint = "fchmod", SetLastError = true)]
    public static partial int FChMod(int fd, int mode);

    [LibraryImport(Lib, EntryPoint = "utimensat", SetLastError = true)]
    public static partial int UTimeNsAt(int dirfd, byte[] path, long* times, int flags);

    [LibraryImport(Lib, EntryPoint = "futimens", SetLastError = true)]
    public static partial int FUTimeNs(int fd, long* times);

    [LibraryImport(Lib, EntryPoint = "umask")]
    public static partial int UMask(int mask);

    [LibraryImport(Lib, EntryPoint = "uname", SetLastError = true)]
    public static partial int UName(byte* buffer);

    [LibraryImport(Lib, EntryPoint = "readlink", SetLastError = true)]
    public static partial nint ReadLink(byte[] path, byte* buffer, nint size);

    [LibraryImport(Lib, EntryPoint = "symlink", SetLastError = true)]
    public static partial int SymLink(byte[] target, byte[] linkPath);

    [LibraryImport(Lib, EntryPoint = "link", SetLastError = true)]
    public static partial int Link(byte[] target, byte[] linkPath);

    [LibraryImport(Lib, EntryPoint = "opendir", SetLastError = true)]
    public static partial nint OpenDir(byte[] path);

    [LibraryImport(Lib, EntryPoint = "fdopendir", SetLastError = true)]
    public static partial nint FdOpenDir(int fd);

    [LibraryImport(Lib, EntryPoint = "readdir64", SetLastError = true)]
    public static partial byte* ReadDir(nint dir);

    [LibraryImport(Lib, EntryPoint = "closedir", SetLastError = true)]
    public static partial int CloseDir(nint dir);

    [LibraryImport(Lib, EntryPoint = "getpid")]
    public static partial int GetPid();

    [LibraryImport(Lib, EntryPoint = "getppid")]
    public static partial int GetPPid();

    [LibraryImport(Lib, EntryPoint = "getuid")]
    public static partial uint GetUid();

    [LibraryImport(Lib, EntryPoint = "geteuid")]
    public static partial uint GetEUid();

    [LibraryImport(Lib, EntryPoint = "getgid")]
    public static partial uint GetGid();

    [LibraryImport(Lib, EntryPoint = "getegid")]
    public static partial uint GetEGid();

    [LibraryImport(Lib, EntryPoint = "getpgrp")]
    public static partial int GetPGrp();

    [LibraryImport(Lib, EntryPoint = "setsid", SetLastError = true)]
    public static partial int SetSid();

    [LibraryImport(Lib, EntryPoint = "getlogin_r", SetLastError = true)]
    public static partial int GetLoginR(byte* buffer, nuint size);

    [LibraryImport(Lib, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport(Lib, EntryPoint = "raise", SetLastError = true)]
    public static partial int Raise(int signal);

    [LibraryImport(Lib, EntryPoint = "waitpid", SetLastError = true)]
    public static partial int WaitPid(int pid, int* status, int options);

    [LibraryImport(Lib, EntryPoint = "_exit")]
    public static partial void Exit(int status);

    [LibraryImport(Lib, EntryPoint = "strerror_r")]
    public static partial byte* StrErrorR(int errnum, byte* buffer, nuint size);

    [LibraryImport(Lib, EntryPoint = "setenv", SetLastError = true)]
    public static partial int SetEnv(byte[] name, byte[] value, int overwrite);

    [LibraryImport(Lib, EntryPoint = "unsetenv", SetLastError = true)]
    public static partial int UnsetEnv(byte[] name);

    [LibraryImport(Lib, EntryPoint = "sched_getaffinity", SetLastError = true)]
    public static partial int SchedGetAffinity(int pid, nuint size, byte* mask);

    [LibraryImport(Lib, EntryPoint = "sysconf")]
    public static partial long SysConf(int name);

    public const int _SC_NPROCESSORS_ONLN = 84;

    [LibraryImport(Lib, EntryPoint = "alarm")]
    public static partial uint Alarm(uint seconds);

    // Linux values shared by x86-64 and AArch64.
    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3;
    public const int O_CREAT = 0x40, O_EXCL = 0x80, O_NOCTTY = 0x100, O_TRUNC = 0x200, O_APPEND = 0x400, O_NONBLOCK = 0x800;
    public const int O_DSYNC = 0x1000, O_SYNC = 0x101000, O_CLOEXEC = 0x80000, O_NDELAY = O_NONBLOCK;
    public static readonly int O_DIRECTORY = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x4000 : 0x10000;
    public static readonly int O_NOFOLLOW = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;
    public const int F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1;
    public const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100;
    public const long UTIME_NOW = (1L << 30) - 1, UTIME_OMIT = (1L << 30) - 2;
    public const nuint TIOCGWINSZ = 0x5413;

    public const int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12,
        EACCES = 13, EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ENFILE = 23, EMFILE = 24, ENOTTY = 25,
        EFBIG = 27, ENOSPC = 28, ESPIPE = 29, EROFS = 30, EPIPE = 32, ERANGE = 34, ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40;
}

/// <summary>The C math library: the functions CPython's math module takes from libm, so results agree bit for bit.</summary>
internal static partial class LibM
{
    private const string Lib = "libm.so.6";

    [LibraryImport(Lib, EntryPoint = "erf")]
    public static partial double Erf(double x);

    [LibraryImport(Lib, EntryPoint = "erfc")]
    public static partial double Erfc(double x);

    [LibraryImport(Lib, EntryPoint = "expm1")]
    public static partial double ExpM1(double x);

    [LibraryImport(Lib, EntryPoint = "log1p")]
    public static partial double Log1P(double x);

    [LibraryImport(Lib, EntryPoint = "exp2")]
    public static partial double Exp2(double x);

    [LibraryImport(Lib, EntryPoint = "cbrt")]
    public static partial double Cbrt(double x);

    [LibraryImport(Lib, EntryPoint = "nextafter")]
    public static partial double NextAfter(double x, double y);
}
