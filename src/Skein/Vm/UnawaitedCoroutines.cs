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
    internal sealed class Record(string qualName, PyCode? code, int instruction)
    {
        public readonly string QualName = qualName;
        public readonly PyCode? Code = code;
        public readonly int Instruction = instruction;
        public volatile bool Done;
    }

    private static readonly Lock s_lock = new();
    private static List<Record> s_records = [];
    private static int s_pruneAt = 1024;

    /// <summary>Registers a new coroutine created by the call the current frame is executing.</summary>
    public static Record Track(string qualName)
    {
        var caller = ThreadState.Current.CurrentFrame as PyFrame;
        var record = new Record(qualName, caller?.Code, caller?.LastI ?? -1);
        lock (s_lock)
        {
            if (s_records.Count >= s_pruneAt)
            {
                s_records.RemoveAll(r => r.Done);
                s_pruneAt = Math.Max(1024, s_records.Count * 2);
            }
            s_records.Add(record);
        }
        return record;
    }

    /// <summary>At exit: one warning (through the warnings module, so filters apply) per coroutine never started.</summary>
    public static void ReportAtExit()
    {
        Record[] pending;
        lock (s_lock)
        {
            pending = s_records.Where(r => !r.Done).ToArray();
            s_records = [];
        }
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
