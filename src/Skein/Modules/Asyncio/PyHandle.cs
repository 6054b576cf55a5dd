namespace Skein.Modules.Asyncio;

/// <summary>
/// asyncio.Handle in C# (exported by _asyncio; CPython keeps it in Python): a callback with its arguments
/// and context, queued by call_soon and run by the event loop. Every callback a loop runs goes through one,
/// so creating and running it natively saves two Python frames per callback. Subclassable from Python
/// (asyncio's TimerHandle); a failing callback is reported through the Python helper
/// asyncio.events._report_handle_error, to the loop's exception handler.
/// </summary>
public sealed class PyHandle : PyObject
{
    public static readonly PyType HandleType = PyTypes.Define("Handle", null, InitType, isBaseType: true, module: "asyncio.events");

    private static readonly PyStr s_getDebug = PyStr.Intern("get_debug");
    private static PyObject? s_reportError, s_reprInfo;

    private PyObject? _callback;
    private PyTuple? _args;
    private PyObject? _loop;
    private PyObject? _context;
    private volatile bool _cancelled;
    private PyObject? _repr;
    private PyDict? _dict;

    private PyHandle(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    private static PyObject EventsHelper(ref PyObject? cache, string name)
    {
        var value = Volatile.Read(ref cache);
        if (value != null) return value;
        value = Ops.GetAttr(ImportSystem.ImportAbsolute("asyncio.events", false), name);
        Volatile.Write(ref cache, value);
        return value;
    }

    private void Run()
    {
        var callback = _callback ?? PyNone.Instance;
        var args = _args?.Items ?? [];
        try
        {
            if (_context is Contextvars.PyContext ctx) ctx.Run(callback, args, null);
            else
            {
                var all = new PyObject[args.Length + 1];
                all[0] = callback;
                args.CopyTo(all, 1);
                Ops.Call(Ops.GetAttr(_context ?? PyNone.Instance, "run"), all, null);
            }
        }
        catch (PyException e) when (!e.Is(PyExc.SystemExit) && !e.Is(PyExc.KeyboardInterrupt))
        {
            Ops.Call(EventsHelper(ref s_reportError, "_report_handle_error"), this, e.Value);
        }
    }

    private void Cancel()
    {
        if (_cancelled) return;
        _cancelled = true;
        if (_loop != null && Ops.IsTrue(AsyncioLibrary.CallMethod(_loop, s_getDebug, []))) _repr = Ops.ReprObj(this);
        _callback = null;
        _args = null;
    }

    private static PyHandle Self(PyObject o) => (PyHandle)o;

    private static readonly string[] s_initNames = ["callback", "args", "loop", "context"];

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyHandle(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("Handle", args, kw, s_initNames, required: 3);
            var h = Self(self);
            h._context = a[3] == null || a[3] is PyNone ? Contextvars.PyContext.CopyCurrent() : a[3];
            h._loop = a[2];
            h._callback = a[0];
            h._args = a[1] as PyTuple ?? new PyTuple(Ops.ToArray(a[1]!));
            h._cancelled = false;
            h._repr = null;
        };
        t.Repr = self =>
        {
            var h = Self(self);
            if (h._repr is PyStr r) return r;
            var info = Ops.CallMethod(self, "_repr_info");
            return new PyStr("<" + string.Join(" ", Ops.Iterate(info).Select(Ops.Str)) + ">");
        };
        t.DefMethod("_repr_info", (self, args, _) =>
        {
            ArgParser.Exactly("_repr_info", args, 0);
            return Ops.Call(EventsHelper(ref s_reprInfo, "_handle_repr_info"), self);
        });
        t.DefMethod("cancel", (self, args, _) =>
        {
            ArgParser.Exactly("cancel", args, 0);
            Self(self).Cancel();
            return PyNone.Instance;
        });
        t.DefMethod("cancelled", (self, _, _) => PyBool.From(Self(self)._cancelled));
        t.DefMethod("_run", (self, args, _) =>
        {
            ArgParser.Exactly("_run", args, 0);
            Self(self).Run();
            return PyNone.Instance;
        });
        t.DefGetter("_callback", self => Self(self)._callback ?? PyNone.Instance);
        t.DefGetter("_args", self => (PyObject?)Self(self)._args ?? PyNone.Instance);
        t.DefGetter("_loop", self => Self(self)._loop ?? PyNone.Instance);
        t.DefGetter("_context", self => Self(self)._context ?? PyNone.Instance);
        t.DefGetter("_cancelled", self => PyBool.From(Self(self)._cancelled));
        t.DefGetter("_repr", self => Self(self)._repr ?? PyNone.Instance);
        t.DefGetter("_source_traceback", _ => PyNone.Instance);
    }
}
