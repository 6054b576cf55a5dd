using System.Diagnostics;

namespace Skein.Vm;

/// <summary>
/// "RuntimeWarning: coroutine 'f' was never awaited". CPython warns when a coroutine that never started is
/// deallocated; Skein has no deterministic deallocation, so every coroutine gets a small record that its first
/// resume (or close) marks done, and the records still open at interpreter exit are reported then, in creation
/// order, at the line that created the coroutine (which is also CPython's line for the usual mistake, a call
/// whose coroutine is dropped at once). Finished records are pruned as the list grows, so a long-running
/// program keeps only the ones still pending.
/// </summary>
internal static class UnawaitedCoroutines
{
    internal sealed class Record(string qualName, PyCode? code, int instruction, long created)
    {
        public readonly long Created = created;
        public readonly string QualName = qualName;
        public readonly PyCode? Code = code;
        public readonly int Instruction = instruction;
        public volatile bool Done;
    }

    /// <summary>Each thread's records, behind a lock of their own: creating a coroutine never contends with other threads.</summary>
    private sealed class ThreadRecords
    {
        public readonly Lock Lock = new();
        public List<Record> Records = [];
        public int PruneAt = 1024;
    }

    private static readonly ThreadLocal<ThreadRecords> s_perThread = new(() => new ThreadRecords(), trackAllValues: true);

    /// <summary>Registers a new coroutine created by the call the current frame is executing.</summary>
    public static Record Track(string qualName)
    {
        var caller = ThreadState.Current.CurrentFrame as PyFrame;
        var record = new Record(qualName, caller?.Code, caller?.LastI ?? -1, Stopwatch.GetTimestamp());
        var mine = s_perThread.Value!;
        lock (mine.Lock)
        {
            if (mine.Records.Count >= mine.PruneAt)
            {
                mine.Records.RemoveAll(r => r.Done);
                mine.PruneAt = Math.Max(1024, mine.Records.Count * 2);
            }
            mine.Records.Add(record);
        }
        return record;
    }

    /// <summary>At exit: one warning (through the warnings module, so filters apply) per coroutine never started.</summary>
    public static void ReportAtExit()
    {
        var pendingList = new List<Record>();
        foreach (var records in s_perThread.Values)
        {
            lock (records.Lock)
            {
                pendingList.AddRange(records.Records.Where(r => !r.Done));
                records.Records = [];
            }
        }
        // Creation order across threads (a stable sort keeps each thread's own order for equal timestamps).
        var pending = pendingList.OrderBy(r => r.Created).ToArray();
        if (pending.Length == 0) return;
        PyObject warnExplicit;
        try
        {
            warnExplicit = Ops.GetAttr(Interpreter.ImportModule("warnings"), "warn_explicit");
        }
        catch (PyException)
        {
            return;
        }
        // One registry per file, as each module's __warningregistry__: the "default" action shows a
        // warning once per location.
        var registries = new Dictionary<string, PyDict>();
        foreach (var r in pending)
        {
            string filename = "sys";
            var lineno = 1;
            if (r.Code != null)
            {
                filename = r.Code.Filename;
                lineno = r.Instruction < 0 ? r.Code.FirstLineNo : r.Code.LineAt(r.Instruction);
            }
            if (!registries.TryGetValue(filename, out var registry)) registries[filename] = registry = new PyDict();
            var kwargs = new PyDict();
            kwargs.SetItem(new PyStr("registry"), registry);
            // source= makes the warnings module add its allocation-traceback hint, as CPython's does.
            kwargs.SetItem(new PyStr("source"), new PyStr(r.QualName));
            try
            {
                Ops.Call(warnExplicit, [new PyStr($"coroutine '{r.QualName}' was never awaited"), PyExc.RuntimeWarning,
                    new PyStr(filename), PyInt.From(lineno)], kwargs);
            }
            catch (PyException e)
            {
                // -W error turns the warning into an exception, which nothing can catch at exit.
                PythonRuntime.WriteStderr("Exception ignored in: <coroutine>\n" + TracebackPrinter.FormatUnchained(e.Value));
            }
        }
    }
}
