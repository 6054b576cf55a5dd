using System.Diagnostics;
using Xunit;
using static Skein.Tests.SystemModules.ModuleHelpers;

namespace Skein.Tests.SystemModules;

/// <summary>
/// Guarantees of Skein's multiprocessing that CPython does not give, so they cannot be conformance programs:
/// no child outlives a parent killed with SIGKILL (the children watch the parent's lifeline pipe), and
/// Ctrl-C sent to a parent and its pool workers stops the workers quietly.
/// </summary>
public class ProcessLifelineTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private const string ParentScript = """
        import os, sys, time
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        def sleep_forever(conn):
            conn.send(os.getpid())
            time.sleep(600)

        if __name__ == "__main__":
            ctx = mp.get_context('spawn')
            reader, writer = ctx.Pipe(duplex=False)
            p = ctx.Process(target=sleep_forever, args=(writer,))
            p.start()
            pool = ctx.Pool(1)
            executor = ProcessPoolExecutor(1, mp_context=ctx)
            manager = ctx.Manager()
            pids = [reader.recv(), pool.apply(os.getpid), executor.submit(os.getpid).result(), manager._process.pid]
            print("PIDS", *pids, flush=True)
            time.sleep(600)
        """;

    [Fact]
    public void ChildrenEndWhenTheirParentIsKilled()
    {
        var dir = TempDir();
        using var parent = StartSkein(dir, ParentScript);
        var pids = ReadPids(parent);
        try
        {
            Assert.Equal(4, pids.Length);
            Assert.All(pids, pid => Assert.True(IsRunning(pid), $"child {pid} should be running"));
            parent.Kill();
            parent.WaitForExit();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (pids.Any(IsRunning) && DateTime.UtcNow < deadline) Thread.Sleep(20);
            var survivors = pids.Where(IsRunning).ToList();
            Assert.True(survivors.Count == 0, $"children still running after their parent was killed: {string.Join(", ", survivors)}");
        }
        finally
        {
            foreach (var pid in pids.Where(IsRunning)) KillQuietly(pid);
            Directory.Delete(dir, true);
        }
    }

    private const string InterruptedScript = """
        import os, signal, time
        import multiprocessing as mp

        def nap(x):
            time.sleep(600)

        def pid(_):
            return os.getpid()

        if __name__ == "__main__":
            signal.signal(signal.SIGINT, signal.default_int_handler)
            ctx = mp.get_context('spawn')
            try:
                with ctx.Pool(2) as pool:
                    workers = sorted(set(pool.map(pid, range(8), chunksize=1)))
                    result = pool.map_async(nap, range(3), chunksize=1)
                    time.sleep(0.5)
                    # What a terminal's Ctrl-C does: SIGINT to every process of the group.
                    for p in workers + [os.getpid()]:
                        os.kill(p, signal.SIGINT)
                    result.get(600)
            except KeyboardInterrupt:
                print("KeyboardInterrupt")
            print("left:", mp.active_children())
        """;

    [Fact]
    public async Task CtrlCStopsPoolWorkersQuietly()
    {
        var dir = TempDir();
        try
        {
            using var parent = StartSkein(dir, InterruptedScript);
            var stdout = parent.StandardOutput.ReadToEndAsync();
            var stderr = parent.StandardError.ReadToEndAsync();
            if (!parent.WaitForExit(StartTimeout))
            {
                parent.Kill(entireProcessTree: true);
                Assert.Fail("the interrupted parent did not exit");
            }
            Assert.Equal("KeyboardInterrupt\nleft: []\n", await stdout);
            var errors = await stderr;
            Assert.True(errors.Length == 0, "unexpected output on stderr:\n" + errors);
            Assert.Equal(0, parent.ExitCode);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static Process StartSkein(string dir, string source)
    {
        var script = Path.Combine(dir, "main.py");
        File.WriteAllText(script, source);
        var testDir = Path.GetDirectoryName(typeof(ProcessLifelineTests).Assembly.Location) ?? AppContext.BaseDirectory;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var psi = new ProcessStartInfo(host)
        {
            WorkingDirectory = dir,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(testDir, "Skein.Cli.dll"));
        psi.ArgumentList.Add(script);
        var process = Process.Start(psi)!;
        process.StandardInput.Close();
        return process;
    }

    private static int[] ReadPids(Process parent)
    {
        var line = parent.StandardOutput.ReadLineAsync();
        if (!line.Wait(StartTimeout) || line.Result is not { } text || !text.StartsWith("PIDS "))
        {
            parent.Kill(entireProcessTree: true);
            Assert.Fail("the parent did not report its children: " + parent.StandardError.ReadToEnd());
        }
        return line.Result!.Split(' ').Skip(1).Select(int.Parse).ToArray();
    }

    /// <summary>True while the process exists and has not ended (a zombie waiting to be reaped has ended).</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z";
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return false;
        }
    }

    private static void KillQuietly(int pid)
    {
        try
        {
            Process.GetProcessById(pid).Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
