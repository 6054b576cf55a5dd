using System.Runtime.InteropServices;

namespace Skein.Modules;

/// <summary>
/// No multiprocessing child outlives its parent. Each process owns one lifeline: a pipe whose write end
/// only it holds (close-on-exec, never written to) and whose read end every child it spawns inherits. When
/// the parent ends, however it ends (SIGKILL included), the kernel closes the write end; the child's
/// watcher thread sees end of file at once and kills its own process, which in turn closes that child's
/// lifeline for its own children.
///
/// Why a pipe rather than prctl(PR_SET_PDEATHSIG): the death signal fires when the *thread* that spawned
/// the child ends, not the process, and Skein spawns from whatever Python thread asks (a pool replaces a
/// dead worker from a short-lived reader thread), so it would kill healthy children. A pipe is tied to the
/// process, has no race (a parent that died before the child started watching leaves the pipe already at
/// end of file), and needs no re-check of getppid().
/// </summary>
internal static unsafe partial class ParentLifeline
{
    [LibraryImport("libc", SetLastError = true)]
    private static partial int pipe2(int* fds, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int poll(long* fds, ulong nfds, int timeout);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fcntl(int fd, int cmd, int arg);

    [LibraryImport("libc")]
    private static partial int getpid();

    [LibraryImport("libc")]
    private static partial int kill(int pid, int sig);

    private const int O_CLOEXEC = 0x80000, F_SETFD = 2, FD_CLOEXEC = 1, EINTR = 4;
    private const int POLLIN = 0x1, POLLHUP = 0x10, POLLNVAL = 0x20, SIGKILL = 9;

    private static readonly Lock s_lock = new();
    private static int s_readEnd = -1;

    /// <summary>The read end of this process's lifeline (created on first use; the write end is kept for ever).</summary>
    public static int ReadEnd()
    {
        lock (s_lock)
        {
            if (s_readEnd < 0)
            {
                var fds = stackalloc int[2];
                if (pipe2(fds, O_CLOEXEC) != 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    throw Errors.New(PyExc.OSError, PyInt.From(errno), new PyStr(Marshal.GetPInvokeErrorMessage(errno)));
                }
                s_readEnd = fds[0];
            }
            return s_readEnd;
        }
    }

    /// <summary>In a child: kills this process once fd (the parent's lifeline) reaches end of file.</summary>
    public static void Watch(int fd)
    {
        // Grandchildren get this process's own lifeline, not the parent's.
        fcntl(fd, F_SETFD, FD_CLOEXEC);
        var watcher = new Thread(() => WaitForEnd(fd), 64 * 1024) { IsBackground = true, Name = "parent lifeline" };
        watcher.Start();
    }

    private static void WaitForEnd(int fd)
    {
        long entry = (uint)fd | ((long)POLLIN << 32);
        while (true)
        {
            var r = poll(&entry, 1, -1);
            if (r < 0)
            {
                if (Marshal.GetLastPInvokeError() == EINTR) continue;
                return;
            }
            var revents = (int)((entry >> 48) & 0xffff);
            // The program closed the descriptor itself: there is nothing left to watch.
            if ((revents & POLLNVAL) != 0) return;
            // Nothing is ever written to a lifeline, so readable means end of file: the parent is gone.
            // SIGKILL, as PR_SET_PDEATHSIG is commonly used: the process may be stuck anywhere, even with
            // SIGTERM handled or ignored, and nobody is left to receive its results.
            if ((revents & (POLLIN | POLLHUP)) != 0) kill(getpid(), SIGKILL);
            return;
        }
    }
}
