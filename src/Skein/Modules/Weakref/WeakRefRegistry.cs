using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Skein.Modules.Weakref;

/// <summary>
/// The weak references of every referent, and the delivery of their callbacks.
///
/// The .NET collector gives no hook when one object dies, so each referent carries (through a
/// ConditionalWeakTable) a <see cref="Referents"/> record whose finalizer runs after the referent is
/// collected. The finalizer only queues the callbacks; they run later on a Python thread: when gc.collect()
/// returns, or when any weak reference or proxy is next used. So a callback can run later than in CPython,
/// where it runs at the moment the referent is freed; exact timing is impossible on a tracing collector.
/// A reference with a callback is held by its referent's record, so its callback runs even if the program
/// dropped the reference (CPython would skip it).
/// </summary>
internal static class WeakRefRegistry
{
    private static readonly ConditionalWeakTable<PyObject, Referents> s_table = new();
    private static readonly ConcurrentQueue<IWeakReferrer> s_pending = new();
    [ThreadStatic] private static bool t_draining;

    /// <summary>Implemented by weakref.ref and the proxies, so the registry can list and notify them.</summary>
    internal interface IWeakReferrer
    {
        PyObject? Target { get; }
        /// <summary>Takes the callback (leaving None), or null when there is none.</summary>
        PyObject? TakeCallback();
        bool IsPlainRef { get; }
    }

    private sealed class Referents
    {
        // Weak entries for listing (getweakrefs) and reuse; references with a callback are also held strongly
        // so that they are still there to notify when the finalizer runs.
        public readonly List<WeakReference<IWeakReferrer>> All = [];
        public readonly List<IWeakReferrer> WithCallback = [];

        ~Referents()
        {
            List<IWeakReferrer> notify;
            lock (this) notify = [.. WithCallback];
            // CPython calls the most recently created reference's callback first.
            for (var i = notify.Count - 1; i >= 0; i--) s_pending.Enqueue(notify[i]);
        }
    }

    /// <summary>Raises CPython's TypeError for objects that cannot be weakly referenced.</summary>
    public static void CheckReferenceable(PyObject o)
    {
        if (!IsReferenceable(o.Type)) throw Errors.TypeError($"cannot create weak reference to '{o.Type.Name}' object");
    }

    /// <summary>
    /// Built-in types that CPython refuses are listed; other built-ins (types, functions, sets, modules, ...)
    /// are accepted, so a type this list does not know about errs on the side of working.
    /// </summary>
    private static bool IsReferenceable(PyType t)
    {
        if (t.IsHeapType)
        {
            var solid = t.SolidBase;
            if (ReferenceEquals(solid, PyTypes.Int) || ReferenceEquals(solid, PyTypes.Bytes) || ReferenceEquals(solid, PyTypes.Tuple))
                return false;
            // Each Python-defined level without __slots__ (or listing '__weakref__') gives instances a weakref
            // slot; otherwise the first built-in base decides.
            foreach (var c in t.Mro)
            {
                if (!c.IsHeapType) return !ReferenceEquals(c, PyTypes.Object) && IsReferenceable(c);
                var slots = c.Dict.GetItemOrNull(Names.__slots__);
                if (slots == null || DeclaresWeakref(slots)) return true;
            }
            return false;
        }
        return !(ReferenceEquals(t, PyTypes.Int) || ReferenceEquals(t, PyTypes.Bool) || ReferenceEquals(t, PyTypes.Float)
            || ReferenceEquals(t, PyTypes.Complex) || ReferenceEquals(t, PyTypes.Str) || ReferenceEquals(t, PyTypes.Bytes)
            || ReferenceEquals(t, PyTypes.ByteArray) || ReferenceEquals(t, PyTypes.Tuple) || ReferenceEquals(t, PyTypes.List)
            || ReferenceEquals(t, PyTypes.Dict) || ReferenceEquals(t, PyTypes.NoneType) || ReferenceEquals(t, PyTypes.NotImplementedType)
            || ReferenceEquals(t, PyTypes.EllipsisType) || ReferenceEquals(t, PyTypes.Range) || ReferenceEquals(t, PyTypes.Slice)
            || ReferenceEquals(t, PyTypes.Object) || ReferenceEquals(t, PyTypes.SlotWrapper) || ReferenceEquals(t, PyTypes.MethodWrapper)
            || ReferenceEquals(t, PyTypes.Property) || ReferenceEquals(t, PyTypes.MethodDescriptor) || ReferenceEquals(t, PyTypes.GetSetDescriptor)
            || ReferenceEquals(t, PyTypes.MemberDescriptor) || ReferenceEquals(t, PyTypes.ClassMethodDescriptor) || ReferenceEquals(t, PyTypes.Cell)
            || ReferenceEquals(t, PyTypes.Super) || ReferenceEquals(t, PyTypes.MappingProxy) || ReferenceEquals(t, PyTypes.StaticMethod)
            || ReferenceEquals(t, PyTypes.ClassMethod) || t.IsSubtypeOf(PyExc.BaseException));
    }

    private static bool DeclaresWeakref(PyObject slots)
    {
        if (slots is PyStr s) return s.Value == "__weakref__";
        try
        {
            foreach (var item in Ops.ToArray(slots))
                if (item is PyStr n && n.Value == "__weakref__") return true;
        }
        catch (PyException)
        {
        }
        return false;
    }

    /// <summary>Records a new reference to target.</summary>
    public static void Register(PyObject target, IWeakReferrer referrer, bool hasCallback)
    {
        var r = s_table.GetValue(target, _ => new Referents());
        lock (r)
        {
            r.All.RemoveAll(w => !w.TryGetTarget(out _));
            r.All.Add(new WeakReference<IWeakReferrer>(referrer));
            if (hasCallback) r.WithCallback.Add(referrer);
        }
    }

    /// <summary>The existing callback-free weakref.ref to target, which ref(target) returns again as CPython does.</summary>
    public static IWeakReferrer? FindPlainRef(PyObject target)
    {
        if (!s_table.TryGetValue(target, out var r)) return null;
        lock (r)
        {
            foreach (var w in r.All)
                if (w.TryGetTarget(out var x) && x.IsPlainRef) return x;
        }
        return null;
    }

    /// <summary>The live references and proxies to target, oldest first.</summary>
    public static List<IWeakReferrer> ReferrersOf(PyObject target)
    {
        var result = new List<IWeakReferrer>();
        if (!s_table.TryGetValue(target, out var r)) return result;
        lock (r)
        {
            foreach (var w in r.All)
                if (w.TryGetTarget(out var x) && x.Target != null) result.Add(x);
        }
        return result;
    }

    /// <summary>Runs the callbacks queued by the finalizer thread, here on the calling thread.</summary>
    public static void RunPendingCallbacks()
    {
        if (s_pending.IsEmpty || t_draining) return;
        t_draining = true;
        try
        {
            while (s_pending.TryDequeue(out var referrer))
            {
                var callback = referrer.TakeCallback();
                if (callback == null) continue;
                try
                {
                    Ops.Call(callback, (PyObject)referrer);
                }
                catch (PyException e)
                {
                    ReportIgnored(callback, e.Value);
                }
            }
        }
        finally
        {
            t_draining = false;
        }
    }

    private static void ReportIgnored(PyObject callback, PyBaseException e)
    {
        string what;
        try
        {
            what = Ops.Repr(callback);
        }
        catch (PyException)
        {
            what = "<object repr() failed>";
        }
        var text = $"Exception ignored in: {what}\n" + TracebackPrinter.Format(e);
        PyModule? sys = PythonRuntime.Sys;
        if (sys == null) Console.Error.Write(text);
        else PythonRuntime.WriteStderr(text);
    }
}
