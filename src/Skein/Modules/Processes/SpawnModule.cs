using System.Runtime.InteropServices;
using System.Text;

namespace Skein.Modules;

/// <summary>
/// _skein_spawn: starts child processes with posix_spawn so that chosen file descriptors (pipes made with
/// os.pipe) are inherited, which .NET's Process class cannot do; waits for them with waitpid so exit
/// statuses and signals are reported as Python reports them (a negative exit code for a signal).
/// multiprocessing and subprocess are built on it.
/// </summary>
[BuiltinModule("_skein_spawn")]
public static unsafe partial class SpawnModule
{
    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_init(byte* actions);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_destroy(byte* actions);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_adddup2(byte* actions, int fd, int newfd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_addclose(byte* actions, int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawn_file_actions_addchdir_np(byte* actions, byte* path);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnattr_init(byte* attr);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnattr_destroy(byte* attr);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnattr_setflags(byte* attr, short flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnattr_setpgroup(byte* attr, int pgroup);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_spawnp(int* pid, byte* file, byte* actions, byte* attr, byte** argv, byte** envp);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int waitpid(int pid, int* status, int options);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fcntl(int fd, int cmd, int arg);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int poll(long* fds, ulong nfds, int timeout);

    private const int F_GETFD = 1, F_SETFD = 2, FD_CLOEXEC = 1;
    private const short POSIX_SPAWN_SETPGROUP = 0x02;
    private const int WNOHANG = 1;
    private const int ECHILD = 10, EINTR = 4;

    public static void Init(PyModule m)
    {
        m.DefFunction("spawn", Spawn, "spawn(argv, env, cwd, fd_map, new_process_group) -> pid. fd_map maps child fd -> parent fd.");
        m.DefFunction("waitpid", (args, _) =>
        {
            ArgParser.Exactly("waitpid", args, 2);
            var pid = Ops.AsInt32(args[0]);
            var options = Ops.AsInt32(args[1]);
            while (true)
            {
                int status = 0;
                int r;
                using (GlobalInterpreterLock.Blocking()) r = waitpid(pid, &status, options);
                if (r < 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    if (errno == EINTR) continue;
                    throw OsError(errno, "waitpid");
                }
                return PyTuple.Create(PyInt.From(r), PyInt.From(r == 0 ? 0 : ExitCode(status)));
            }
        }, "waitpid(pid, options) -> (pid, exitcode): exitcode is -signal when the child was killed by a signal.");
        m.DefFunction("kill", (args, _) =>
        {
            ArgParser.Exactly("kill", args, 2);
            if (kill(Ops.AsInt32(args[0]), Ops.AsInt32(args[1])) != 0) throw OsError(Marshal.GetLastPInvokeError(), "kill");
            return PyNone.Instance;
        });
        m.DefFunction("set_inheritable", (args, _) =>
        {
            ArgParser.Exactly("set_inheritable", args, 2);
            var fd = Ops.AsInt32(args[0]);
            var flags = fcntl(fd, F_GETFD, 0);
            if (flags < 0) throw OsError(Marshal.GetLastPInvokeError(), "fcntl");
            flags = Ops.IsTrue(args[1]) ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
            if (fcntl(fd, F_SETFD, flags) < 0) throw OsError(Marshal.GetLastPInvokeError(), "fcntl");
            return PyNone.Instance;
        });
        m.DefFunction("poll_readable", (args, _) =>
        {
            ArgParser.Exactly("poll_readable", args, 2);
            var fd = Ops.AsInt32(args[0]);
            var deadline = InterruptibleWait.Deadline(args[1] is PyNone ? null : Math.Max(0, Ops.AsDouble(args[1])));
            return PyBool.From(PollReadable(fd, deadline));
        }, "poll_readable(fd, timeout) -> True when fd has data or is at EOF (timeout in seconds, None waits forever).");
        m.DefFunction("lifeline", (_, _) => PyInt.From(ParentLifeline.ReadEnd()),
            "lifeline() -> fd: the read end of this process's lifeline, passed to each child it spawns.");
        m.DefFunction("watch_parent", (args, _) =>
        {
            ArgParser.Exactly("watch_parent", args, 1);
            ParentLifeline.Watch(Ops.AsInt32(args[0]));
            return PyNone.Instance;
        }, "watch_parent(fd): in a child, ends this process as soon as the parent's lifeline fd reaches end of file.");
        m.Set("WNOHANG", PyInt.From(WNOHANG));
    }

    /// <summary>Waits until fd is readable or at end of file (true), or the deadline passes (false); Ctrl-C interrupts it in the main thread.</summary>
    private static bool PollReadable(int fd, long deadline)
    {
        while (true)
        {
            // struct pollfd { int fd; short events; short revents; } packed in one long; POLLIN = 1.
            long entry = (uint)fd | (1L << 32);
            var slice = InterruptibleWait.NextSlice(deadline);
            int r;
            using (GlobalInterpreterLock.Blocking()) r = poll(&entry, 1, slice);
            if (r > 0) return true;
            if (r < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno != EINTR) throw OsError(errno, "poll");
            }
            if (InterruptibleWait.InMainThread) InterruptibleWait.CheckSignals();
            if (deadline != long.MaxValue && Environment.TickCount64 >= deadline) return false;
        }
    }

    /// <summary>Exit status as Python reports it: the exit code, or minus the signal number that killed the child.</summary>
    private static int ExitCode(int status)
    {
        var signal = status & 0x7f;
        return signal == 0 ? (status >> 8) & 0xff : -signal;
    }

    private static PyException OsError(int errno, string what) =>
        Errors.New(PyExc.OSError, PyInt.From(errno), new PyStr(Marshal.GetPInvokeErrorMessage(errno)));

    private static byte* Utf8(string s, List<IntPtr> allocations)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        var p = (byte*)NativeMemory.Alloc((nuint)bytes.Length + 1);
        bytes.CopyTo(new Span<byte>(p, bytes.Length));
        p[bytes.Length] = 0;
        allocations.Add((IntPtr)p);
        return p;
    }

    private static byte** StringArray(IReadOnlyList<string> items, List<IntPtr> allocations)
    {
        var array = (byte**)NativeMemory.Alloc((nuint)(sizeof(byte*) * (items.Count + 1)));
        allocations.Add((IntPtr)array);
        for (var i = 0; i < items.Count; i++) array[i] = Utf8(items[i], allocations);
        array[items.Count] = null;
        return array;
    }

    private static PyObject Spawn(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("spawn", args, kwargs, ["argv", "env", "cwd", "fd_map", "new_process_group"], 1);
        var argv = Ops.ToArray(a[0]!).Select(x => Ops.Str(Ops.Call(PyTypes.Str, x))).ToList();
        if (argv.Count == 0) throw Errors.ValueError("argv must not be empty");
        List<string> env;
        if (a[1] is null or PyNone)
        {
            env = [];
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) env.Add($"{e.Key}={e.Value}");
        }
        else
        {
            env = [];
            foreach (var item in Ops.Iterate(Ops.CallMethod(a[1]!, "items")))
            {
                var pair = Ops.ToArray(item);
                env.Add(Ops.Str(pair[0]) + "=" + Ops.Str(pair[1]));
            }
        }
        var cwd = a[2] is null or PyNone ? null : Ops.Str(a[2]!);
        var fdMap = new List<(int Child, int Parent)>();
        if (a[3] is PyDict map)
            foreach (var p in map.Snapshot()) fdMap.Add((Ops.AsInt32(p.Key), Ops.AsInt32(p.Value)));
        var newGroup = a[4] != null && Ops.IsTrue(a[4]!);

        var allocations = new List<IntPtr>();
        var actions = stackalloc byte[512];
        var attr = stackalloc byte[512];
        try
        {
            posix_spawn_file_actions_init(actions);
            posix_spawnattr_init(attr);
            if (newGroup)
            {
                posix_spawnattr_setflags(attr, POSIX_SPAWN_SETPGROUP);
                posix_spawnattr_setpgroup(attr, 0);
            }
            // dup2 onto the same number clears FD_CLOEXEC in the child (glibc 2.35+), so every mapped fd is inherited.
            foreach (var (child, parent) in fdMap) posix_spawn_file_actions_adddup2(actions, parent, child);
            if (cwd != null) posix_spawn_file_actions_addchdir_np(actions, Utf8(cwd, allocations));
            int pid;
            int rc;
            var file = Utf8(argv[0], allocations);
            var argvp = StringArray(argv, allocations);
            var envp = StringArray(env, allocations);
            rc = posix_spawnp(&pid, file, actions, attr, argvp, envp);
            if (rc != 0) throw Errors.New(PyExc.OSError, PyInt.From(rc), new PyStr(Marshal.GetPInvokeErrorMessage(rc)), new PyStr(argv[0]));
            return PyInt.From(pid);
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            posix_spawnattr_destroy(attr);
            foreach (var p in allocations) NativeMemory.Free((void*)p);
        }
    }
}
