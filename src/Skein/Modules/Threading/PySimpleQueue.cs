namespace Skein.Modules;

/// <summary>
/// _queue.SimpleQueue: an unbounded FIFO queue (queue.SimpleQueue, and the work queue of
/// ThreadPoolExecutor). put and an uncontended get hold the queue's monitor for a few instructions; a get on
/// an empty queue sleeps on the monitor until a put pulses it, its timeout passes (Empty) or Ctrl-C
/// interrupts the main thread. Re-entrant in CPython's sense: put never blocks, so it is safe from signal
/// handlers and __del__.
/// </summary>
public sealed class PySimpleQueue : PyObject
{
    public static readonly PyType SimpleQueueType = PyTypes.Define("SimpleQueue", null, InitType, isBaseType: true, module: "_queue");

    private readonly Queue<PyObject> _items = new();
    private PyDict? _dict;

    /// <summary>Threads sleeping in get, so that put pulses only when someone waits.</summary>
    private int _sleepers;

    public PySimpleQueue(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    public void Put(PyObject item)
    {
        lock (_items)
        {
            _items.Enqueue(item);
            if (_sleepers > 0) Monitor.Pulse(_items);
        }
    }

    /// <summary>Removes the oldest item, waiting up to <paramref name="timeout"/> seconds (-1: forever, 0: not at all).</summary>
    public PyObject Get(double timeout)
    {
        lock (_items)
        {
            if (_items.TryDequeue(out var item)) return item;
        }
        if (timeout == 0) throw Errors.New(QueueModule.Empty);
        return Sleep(Deadline.After(timeout));
    }

    private PyObject Sleep(Deadline deadline)
    {
        var token = PendingInterrupt.Token;
        using (new InterruptWake(token, _items))
        using (GlobalInterpreterLock.Blocking())
        {
            lock (_items)
            {
                _sleepers++;
                try
                {
                    while (true)
                    {
                        if (_items.TryDequeue(out var item)) return item;
                        if (token.IsCancellationRequested) break;
                        var ms = deadline.RemainingMilliseconds();
                        if (ms == 0) throw Errors.New(QueueModule.Empty);
                        Monitor.Wait(_items, ms);
                    }
                }
                finally
                {
                    _sleepers--;
                }
            }
        }
        PendingInterrupt.ThrowIfRequested();
        return Get(0);
    }

    public int Count => _items.Count;

    private static readonly string[] PutNames = ["item", "block", "timeout"];
    private static readonly string[] GetNames = ["block", "timeout"];

    private static void InitType(PyType t)
    {
        t.Dict.SetItem(Names.__doc__, new PyStr("Simple, unbounded, reentrant FIFO queue."));
        t.New = (type, args, kw) =>
        {
            // Like CPython's argument clinic: only a subclass with its own __init__ may take arguments.
            if (type == SimpleQueueType || type.Lookup(Names.__init__) == PyTypes.Object.Lookup(Names.__init__))
            {
                if (args.Length > 0) throw Errors.TypeError("SimpleQueue() takes no positional arguments");
                if (kw != null && kw.Count > 0) throw Errors.TypeError("SimpleQueue() takes no keyword arguments");
            }
            return new PySimpleQueue(type);
        };
        t.DefMethod("put", (self, args, kw) =>
        {
            var item = args.Length == 1 && kw == null ? args[0] : Parse("put", args, kw, PutNames, 1)[0]!;
            ((PySimpleQueue)self).Put(item);
            return PyNone.Instance;
        }, "Put the item on the queue.\n\nThe optional 'block' and 'timeout' arguments are ignored, as this method\nnever blocks.  They are provided for compatibility with the Queue class.");
        t.DefMethod("put_nowait", (self, args, _) =>
        {
            ArgParser.Exactly("put_nowait", args, 1);
            ((PySimpleQueue)self).Put(args[0]);
            return PyNone.Instance;
        }, "Put an item into the queue without blocking.\n\nThis is exactly equivalent to `put(item)` and is only provided\nfor compatibility with the Queue class.");
        t.DefMethod("get", (self, args, kw) => ((PySimpleQueue)self).Get(GetTimeout(args, kw)),
            "Remove and return an item from the queue.\n\nIf optional args 'block' is true and 'timeout' is None (the default),\nblock if necessary until an item is available. If 'timeout' is\na non-negative number, it blocks at most 'timeout' seconds and raises\nthe Empty exception if no item was available within that time.\nOtherwise ('block' is false), return an item if one is immediately\navailable, else raise the Empty exception ('timeout' is ignored\nin that case).");
        t.DefMethod("get_nowait", (self, args, _) =>
        {
            if (args.Length > 0) throw Errors.TypeError("get_nowait() takes no arguments");
            return ((PySimpleQueue)self).Get(0);
        }, "Remove and return an item from the queue without blocking.\n\nOnly get an item if one is immediately available. Otherwise\nraise the Empty exception.");
        t.DefMethod("empty", (self, args, _) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"SimpleQueue.empty() takes no arguments ({args.Length} given)");
            return PyBool.From(((PySimpleQueue)self).Count == 0);
        }, "Return True if the queue is empty, False otherwise (not reliable!).");
        t.DefMethod("qsize", (self, args, _) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"SimpleQueue.qsize() takes no arguments ({args.Length} given)");
            return PyInt.From(((PySimpleQueue)self).Count);
        }, "Return the approximate size of the queue (not reliable!).");
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        }, "See PEP 585");
    }

    /// <summary>get(block=True, timeout=None) as a timeout in seconds: -1 forever, 0 for a non-blocking get.</summary>
    private static double GetTimeout(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        if (args.Length == 0 && kw == null) return -1;
        var a = Parse("get", args, kw, GetNames, 0);
        if (a[0] != null && !Ops.IsTrue(a[0]!)) return 0;
        if (a[1] == null || a[1] is PyNone) return -1;
        var timeout = Ops.AsDouble(a[1]!);
        if (double.IsNaN(timeout)) throw Errors.ValueError("Invalid value NaN (not a number)");
        if (timeout < 0) throw Errors.ValueError("'timeout' must be a non-negative number");
        return timeout;
    }

    /// <summary>ArgParser.Parse with the argument clinic's message for an unknown keyword.</summary>
    private static PyObject?[] Parse(string function, ReadOnlySpan<PyObject> args, PyDict? kw, string[] names, int required)
    {
        if (kw != null)
        {
            foreach (var key in kw.Snapshot())
            {
                if (key.Key is PyStr name && Array.IndexOf(names, name.Value) < 0)
                    throw Errors.TypeError($"'{name.Value}' is an invalid keyword argument for {function}()");
            }
        }
        return ArgParser.Parse(function, args, kw, names, required);
    }
}
