using Skein.Modules.Weakref;

namespace Skein.Modules;

/// <summary>_weakref: the primitives weakref.py builds on. See WeakRefRegistry for when callbacks run.</summary>
[BuiltinModule("_weakref")]
public static class WeakrefModule
{
    public static void Init(PyModule m)
    {
        m.Set("ref", PyWeakRef.RefType);
        m.Set("ReferenceType", PyWeakRef.RefType);
        m.Set("ProxyType", PyWeakProxy.ProxyType);
        m.Set("CallableProxyType", PyWeakProxy.CallableProxyType);
        m.DefFunction("proxy", (args, kw) =>
        {
            ArgParser.NoKeywords("proxy", kw);
            ArgParser.Range("proxy", args, 1, 2);
            return PyWeakProxy.Create(args[0], args.Length > 1 ? args[1] : null);
        }, "Create a proxy object that weakly references 'object'.");
        m.DefFunction("getweakrefcount", (args, kw) =>
        {
            ArgParser.NoKeywords("getweakrefcount", kw);
            ArgParser.Exactly("getweakrefcount", args, 1);
            WeakRefRegistry.RunPendingCallbacks();
            return PyInt.From(WeakRefRegistry.ReferrersOf(args[0]).Count);
        }, "Return the number of weak references to 'object'.");
        m.DefFunction("getweakrefs", (args, kw) =>
        {
            ArgParser.NoKeywords("getweakrefs", kw);
            ArgParser.Exactly("getweakrefs", args, 1);
            WeakRefRegistry.RunPendingCallbacks();
            var refs = WeakRefRegistry.ReferrersOf(args[0]);
            var items = new PyObject[refs.Count];
            for (var i = 0; i < items.Length; i++) items[i] = (PyObject)refs[i];
            return new PyList(items);
        }, "Return a list of all weak reference objects pointing to 'object'.");
        m.DefFunction("_remove_dead_weakref", (args, kw) =>
        {
            ArgParser.NoKeywords("_remove_dead_weakref", kw);
            ArgParser.Exactly("_remove_dead_weakref", args, 2);
            if (args[0] is not PyDict d) throw Errors.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {args[0].Type.Name}");
            // Only a dead reference is removed, never a live one stored under the same key.
            if (d.GetItemOrNull(args[1]) is PyWeakRef r && r.Target == null) d.Remove(args[1]);
            return PyNone.Instance;
        }, "Atomically delete key from dict if it is a dead weakref.");
    }
}
