using System.Runtime.CompilerServices;
using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Builtins.TestSupport;

namespace Skein.Tests.Builtins;

/// <summary>atexit, gc and _weakref. One class so that the tests touching process-wide state do not run in parallel.</summary>
public class RuntimeModuleTests
{
    public RuntimeModuleTests() => _ = TestSupport.Builtins;

    private static PyModule Module(string name) => BuiltinModules.Create(name)!;

    private static PyObject Get(PyModule m, string name) => m.Dict.GetItemOrNull(name)!;

    [Fact]
    public void AtexitRunsLastRegisteredFirstAndSurvivesErrors()
    {
        var atexit = Module("atexit");
        Ops.Call(Get(atexit, "_clear"));
        var order = new List<string>();
        PyObject Recorder(string name) => new PyBuiltinFunction(name, (args, kw) =>
        {
            order.Add(name + string.Concat(args.ToArray().Select(a => " " + Repr(a))) + (kw != null ? " kw" : ""));
            return PyNone.Instance;
        });
        var f = Recorder("f");
        Assert.Same(f, Ops.Call(Get(atexit, "register"), f));
        Ops.Call(Get(atexit, "register"), [Recorder("g"), I(1)], Kw(("b", I(3))));
        Ops.Call(Get(atexit, "register"), new PyBuiltinFunction("bad", (_, _) => throw Errors.ValueError("boom")));
        var h = Recorder("h");
        Ops.Call(Get(atexit, "register"), h);
        Assert.Equal("4", Repr(Ops.Call(Get(atexit, "_ncallbacks"))));
        Ops.Call(Get(atexit, "unregister"), h);
        Assert.Equal("3", Repr(Ops.Call(Get(atexit, "_ncallbacks"))));
        Raises(PyExc.TypeError, "the first argument must be callable", () => Ops.Call(Get(atexit, "register"), I(1)));
        Raises(PyExc.TypeError, "register() takes at least 1 argument (0 given)", () => Ops.Call(Get(atexit, "register")));
        AtexitModule.RunExitFunctions();
        Assert.Equal(new[] { "g 1 kw", "f" }, order);
        Assert.Equal("0", Repr(Ops.Call(Get(atexit, "_ncallbacks"))));
    }

    [Fact]
    public void Gc()
    {
        var gc = Module("gc");
        Assert.Equal("0", Repr(Ops.Call(Get(gc, "collect"))));
        Raises(PyExc.ValueError, "invalid generation", () => Ops.Call(Get(gc, "collect"), I(3)));
        Ops.Call(Get(gc, "disable"));
        Assert.Same(PyBool.False, Ops.Call(Get(gc, "isenabled")));
        Ops.Call(Get(gc, "enable"));
        Assert.Same(PyBool.True, Ops.Call(Get(gc, "isenabled")));
        Assert.Equal("(700, 10, 10)", Repr(Ops.Call(Get(gc, "get_threshold"))));
        Assert.Same(PyBool.False, Ops.Call(Get(gc, "is_tracked"), I(1)));
        Assert.Same(PyBool.True, Ops.Call(Get(gc, "is_tracked"), new PyList()));
        Assert.Same(PyBool.False, Ops.Call(Get(gc, "is_tracked"), new PyDict()));
    }

    private static readonly PyType s_weakTarget = Class("A", PyTuple.Empty);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (PyObject Ref, PyObject Proxy) RefsToGarbage(PyModule weakref, PyObject callback)
    {
        var obj = Ops.Call(s_weakTarget);
        var r = Ops.Call(Get(weakref, "ref"), obj, callback);
        var p = Ops.Call(Get(weakref, "proxy"), obj);
        Assert.Same(obj, Ops.Call(r));
        return (r, p);
    }

    [Fact]
    public void WeakReferences()
    {
        var weakref = Module("_weakref");
        var refType = (PyType)Get(weakref, "ref");
        Assert.Equal("<class 'weakref.ReferenceType'>", Repr(refType));
        var obj = Ops.Call(s_weakTarget);
        var r = Ops.Call(refType, obj);
        Assert.Same(r, Ops.Call(refType, obj));
        Assert.Same(obj, Ops.Call(r));
        Assert.Same(PyNone.Instance, Ops.GetAttr(r, "__callback__"));
        Assert.Equal(Ops.Hash(obj), Ops.Hash(r));
        var withCallback = Ops.Call(refType, obj, new PyBuiltinFunction("cb", (_, _) => PyNone.Instance));
        Assert.NotSame(r, withCallback);
        Assert.True(Ops.Eq(r, withCallback));
        Assert.Equal("2", Repr(Ops.Call(Get(weakref, "getweakrefcount"), obj)));
        Assert.StartsWith("<weakref at 0x", Repr(r));
        Assert.Contains("; to 'A' at 0x", Repr(r));
        Raises(PyExc.TypeError, "cannot create weak reference to 'int' object", () => Ops.Call(refType, I(1)));
        Raises(PyExc.TypeError, "cannot create weak reference to 'list' object", () => Ops.Call(refType, new PyList()));
        Raises(PyExc.TypeError, "__new__ expected at most 2 arguments, got 3", () => Ops.Call(refType, new PyObject[] { obj, I(1), I(2) }));

        var slotted = Class("B", PyTuple.Empty, ("__slots__", PyTuple.Create(S("x"))));
        Raises(PyExc.TypeError, "cannot create weak reference to 'B' object", () => Ops.Call(refType, Ops.Call(slotted)));

        // weakref.KeyedRef: a subclass of ref with __slots__.
        var keyed = Class("KeyedRef", PyTuple.Create(refType), ("__slots__", PyTuple.Create(S("key"))));
        var kr = Ops.Call(keyed, obj, PyNone.Instance);
        Ops.SetAttr(kr, "key", S("k"));
        Assert.Equal("'k'", Repr(Ops.GetAttr(kr, "key")));
        Assert.Same(obj, Ops.Call(kr));

        var proxy = Ops.Call(Get(weakref, "proxy"), obj);
        Ops.SetAttr(obj, "x", I(5));
        Assert.Equal("5", Repr(Ops.GetAttr(proxy, "x")));
        Assert.Equal("ProxyType", proxy.Type.Name);
        Raises(PyExc.TypeError, "unhashable type: 'weakref.ProxyType'", () => Ops.Hash(proxy));
        GC.KeepAlive(obj);
    }

    [Fact]
    public void CallbacksRunAfterCollection()
    {
        var weakref = Module("_weakref");
        var gc = Module("gc");
        PyObject? notified = null;
        var callback = new PyBuiltinFunction("cb", (args, _) =>
        {
            notified = args[0];
            return PyNone.Instance;
        });
        var (r, p) = RefsToGarbage(weakref, callback);
        for (var i = 0; i < 5 && notified == null; i++) Ops.Call(Get(gc, "collect"));
        Assert.Same(PyNone.Instance, Ops.Call(r));
        Assert.Same(r, notified);
        Assert.Same(PyNone.Instance, Ops.GetAttr(r, "__callback__"));
        Assert.StartsWith("<weakref at 0x", Repr(r));
        Assert.EndsWith("; dead>", Repr(r));
        Raises(PyExc.ReferenceError, "weakly-referenced object no longer exists", () => Ops.GetAttr(p, "x"));
        Raises(PyExc.TypeError, "weak object has gone away", () => Ops.Hash(r));
    }
}
