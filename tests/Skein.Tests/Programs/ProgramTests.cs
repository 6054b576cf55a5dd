using System.Diagnostics;
using System.Text;
using Xunit;
using Xunit.Sdk;

namespace Skein.Tests.Programs;

/// <summary>
/// Runs every tests/programs/*.py with Skein.Cli and compares stdout (and, for programs that fail on purpose,
/// the exit code and the last non-empty stderr line) with what CPython produced (.expected / .expected_error).
/// </summary>
public sealed class ProgramTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<object[]> Programs() => ProgramCatalog.All();

    [ProgramTheory]
    [MemberData(nameof(Programs))]
    public void Run(string program)
    {
        var dir = ProgramCatalog.ProgramsDir;
        var source = Path.Combine(dir, program + ".py");
        var expectedPath = Path.Combine(dir, program + ".expected");
        var errorPath = Path.Combine(dir, program + ".expected_error");
        if (!File.Exists(expectedPath))
            throw new XunitException($"{program}: {program}.expected is missing (run tests/regen-expected.sh)");

        var expected = File.ReadAllText(expectedPath, Utf8);
        int expectedExit = 0;
        string? expectedLastErr = null;
        if (File.Exists(errorPath))
        {
            var lines = File.ReadAllLines(errorPath, Utf8);
            if (lines.Length < 1 || !lines[0].StartsWith("exit ", StringComparison.Ordinal) || !int.TryParse(lines[0][5..].Trim(), out expectedExit))
                throw new XunitException($"{program}: malformed {program}.expected_error (first line must be 'exit N')");
            expectedLastErr = lines.Length > 1 ? lines[1] : "";
        }

        var result = RunSkein(source, dir);
        var problems = new List<string>();
        if (result.TimedOut)
            problems.Add($"timed out after {Timeout.TotalSeconds:0} s (process tree killed)");

        if (!result.TimedOut)
        {
            if (expectedLastErr is null)
            {
                if (result.ExitCode != 0)
                    problems.Add($"exit code {result.ExitCode}, expected 0");
            }
            else
            {
                if (result.ExitCode != expectedExit)
                    problems.Add($"exit code {result.ExitCode}, expected {expectedExit}");
                var lastErr = LastNonEmptyLine(result.Stderr);
                if (lastErr != expectedLastErr)
                    problems.Add($"last stderr line differs:\n  expected: {Show(expectedLastErr)}\n  actual:   {Show(lastErr)}");
            }
        }

        if (result.Stdout != expected)
            problems.Add(DescribeDiff(expected, result.Stdout));

        if (problems.Count > 0)
        {
            var message = new StringBuilder();
            message.Append(program).Append(".py failed:\n");
            foreach (var p in problems)
                message.Append("- ").Append(p).Append('\n');
            message.Append("--- stderr (tail) ---\n").Append(Tail(result.Stderr, 30));
            throw new XunitException(message.ToString());
        }
    }

    private sealed record RunResult(string Stdout, string Stderr, int ExitCode, bool TimedOut);

    private static RunResult RunSkein(string source, string workDir)
    {
        // SKEIN_TESTS_INTERPRETER (e.g. "python3") runs the programs with another interpreter instead of Skein.Cli,
        // which is a way to check the suite and the runner themselves against the reference.
        var overrideInterpreter = Environment.GetEnvironmentVariable("SKEIN_TESTS_INTERPRETER");
        string host;
        var args = new List<string>();
        if (!string.IsNullOrWhiteSpace(overrideInterpreter))
        {
            host = overrideInterpreter;
        }
        else
        {
            var testDir = Path.GetDirectoryName(typeof(ProgramTests).Assembly.Location) ?? AppContext.BaseDirectory;
            var cliDll = Path.Combine(testDir, "Skein.Cli.dll");
            if (!File.Exists(cliDll))
                throw new XunitException($"Skein.Cli.dll not found next to the test assembly ({cliDll})");
            host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "";
            if (host.Length == 0 || !File.Exists(host))
                host = "dotnet";
            args.Add(cliDll);
        }

        var psi = new ProcessStartInfo(host)
        {
            WorkingDirectory = workDir,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            CreateNoWindow = true,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(source);
        psi.Environment["PYTHONHASHSEED"] = "0";

        using var process = new Process { StartInfo = psi };
        process.Start();
        process.StandardInput.Close();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();

        var timedOut = false;
        if (!process.WaitForExit(Timeout))
        {
            timedOut = true;
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        else
        {
            process.WaitForExit(); // drains the asynchronous readers
        }

        string stdout = Await(stdoutTask), stderr = Await(stderrTask);
        var exitCode = timedOut ? -1 : process.ExitCode;
        return new RunResult(stdout, stderr, exitCode, timedOut);
    }

    private static string Await(Task<string> task)
    {
        try
        {
            return task.Wait(TimeSpan.FromSeconds(10)) ? task.Result : "<output not fully read>";
        }
        catch (AggregateException e)
        {
            return $"<output read failed: {e.InnerException?.Message}>";
        }
    }

    private static string DescribeDiff(string expected, string actual)
    {
        var exp = expected.Split('\n');
        var act = actual.Split('\n');
        int i = 0;
        while (i < exp.Length && i < act.Length && exp[i] == act[i])
            i++;
        var sb = new StringBuilder();
        sb.Append($"stdout differs at line {i + 1} (expected {CountLines(expected)} line(s), got {CountLines(actual)}):\n");
        int from = Math.Max(0, i - 2);
        for (int k = from; k < i; k++)
            sb.Append("    ").Append(Show(exp[k])).Append('\n');
        for (int k = i; k < Math.Min(exp.Length, i + 5); k++)
            sb.Append("  - ").Append(k == exp.Length - 1 && exp[k].Length == 0 ? "<end of output>" : Show(exp[k])).Append('\n');
        for (int k = i; k < Math.Min(act.Length, i + 5); k++)
            sb.Append("  + ").Append(k == act.Length - 1 && act[k].Length == 0 ? "<end of output>" : Show(act[k])).Append('\n');
        if (i == exp.Length - 1 && i == act.Length - 1)
            sb.Append("  (difference is in the trailing newline)\n");
        return sb.ToString().TrimEnd('\n');
    }

    private static int CountLines(string s) => s.Length == 0 ? 0 : s.Split('\n').Length - (s.EndsWith('\n') ? 1 : 0);

    private static string Show(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (char.IsControl(c)) sb.Append($"\\x{(int)c:x2}");
            else sb.Append(c);
        }
        var text = sb.ToString();
        return text.Length > 300 ? text[..300] + "…" : text;
    }

    private static string LastNonEmptyLine(string s)
    {
        var lines = s.Split('\n');
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            var l = lines[i].TrimEnd('\r');
            if (l.Trim().Length > 0)
                return l;
        }
        return "";
    }

    private static string Tail(string s, int maxLines)
    {
        if (s.Length == 0)
            return "<empty>";
        var lines = s.TrimEnd('\n').Split('\n');
        var tail = lines.Length <= maxLines ? lines : lines[^maxLines..];
        var text = string.Join('\n', tail);
        return text.Length > 4000 ? "…" + text[^4000..] : text;
    }
}
