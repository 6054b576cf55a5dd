namespace Skein.Objects;

/// <summary>
/// The built-in exception types (CPython's PyExc_* objects), with BaseException's own behaviour.
/// Families with attributes of their own are CLR subclasses of PyBaseException (PyOSError, PySyntaxError, ...)
/// whose InitType fills the family's root type; KeyError's str() is in ExceptionAttributes.cs.
/// </summary>
public static class PyExc
{
    public static readonly PyType BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception;
    public static readonly PyType ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError;
    public static readonly PyType AssertionError, AttributeError, BufferError, EOFError, ExceptionGroup;
    public static readonly PyType ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError;
    public static readonly PyType MemoryError, NameError, UnboundLocalError;
    public static readonly PyType OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
        ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
        InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError;
    public static readonly PyType ReferenceError, RuntimeError, NotImplementedError, RecursionError;
    public static readonly PyType StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError;
    public static readonly PyType SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError;
    public static readonly PyType Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning,
        PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning;

    /// <summary>Every built-in exception type, in definition order (the builtins module exports them).</summary>
    public static readonly List<PyType> All = [];

    static PyExc()
    {
        PyType Def(string name, PyType? baseType, Action<PyType>? init = null)
        {
            var t = PyType.CreateBuiltin(name, baseType ?? PyTypes.Object, isBaseType: true);
            if (baseType == null) InitBaseException(t);
            init?.Invoke(t);
            t.FinishBuiltin();
            // A subclass that keeps its base's constructor keeps its base's instance layout, so
            // class E(KeyError, TypeError) is allowed as in CPython.
            if (baseType != null && t.New == baseType.New) t.SolidBase = baseType.SolidBase;
            t.HasInstanceDict = true;
            All.Add(t);
            return t;
        }

        BaseException = Def("BaseException", null);
        BaseExceptionGroup = Def("BaseExceptionGroup", BaseException, PyBaseExceptionGroup.InitType);
        GeneratorExit = Def("GeneratorExit", BaseException);
        KeyboardInterrupt = Def("KeyboardInterrupt", BaseException);
        SystemExit = Def("SystemExit", BaseException, PySystemExit.InitType);
        Exception = Def("Exception", BaseException);
        ArithmeticError = Def("ArithmeticError", Exception);
        FloatingPointError = Def("FloatingPointError", ArithmeticError);
        OverflowError = Def("OverflowError", ArithmeticError);
        ZeroDivisionError = Def("ZeroDivisionError", ArithmeticError);
        AssertionError = Def("AssertionError", Exception);
        AttributeError = Def("AttributeError", Exception, PyAttributeError.InitType);
        BufferError = Def("BufferError", Exception);
        EOFError = Def("EOFError", Exception);
        ExceptionGroup = Def("ExceptionGroup", BaseExceptionGroup);
        ImportError = Def("ImportError", Exception, PyImportError.InitType);
        ModuleNotFoundError = Def("ModuleNotFoundError", ImportError);
        LookupError = Def("LookupError", Exception);
        IndexError = Def("IndexError", LookupError);
        KeyError = Def("KeyError", LookupError);
        MemoryError = Def("MemoryError", Exception);
        NameError = Def("NameError", Exception, PyNameError.InitType);
        UnboundLocalError = Def("UnboundLocalError", NameError);
        OSError = Def("OSError", Exception, PyOSError.InitType);
        BlockingIOError = Def("BlockingIOError", OSError);
        ChildProcessError = Def("ChildProcessError", OSError);
        ConnectionError = Def("ConnectionError", OSError);
        BrokenPipeError = Def("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = Def("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = Def("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = Def("ConnectionResetError", ConnectionError);
        FileExistsError = Def("FileExistsError", OSError);
        FileNotFoundError = Def("FileNotFoundError", OSError);
        InterruptedError = Def("InterruptedError", OSError);
        IsADirectoryError = Def("IsADirectoryError", OSError);
        NotADirectoryError = Def("NotADirectoryError", OSError);
        PermissionError = Def("PermissionError", OSError);
        ProcessLookupError = Def("ProcessLookupError", OSError);
        TimeoutError = Def("TimeoutError", OSError);
        ReferenceError = Def("ReferenceError", Exception);
        RuntimeError = Def("RuntimeError", Exception);
        NotImplementedError = Def("NotImplementedError", RuntimeError);
        RecursionError = Def("RecursionError", RuntimeError);
        StopAsyncIteration = Def("StopAsyncIteration", Exception);
        StopIteration = Def("StopIteration", Exception, PyStopIteration.InitType);
        SyntaxError = Def("SyntaxError", Exception, PySyntaxError.InitType);
        IndentationError = Def("IndentationError", SyntaxError);
        TabError = Def("TabError", IndentationError);
        SystemError = Def("SystemError", Exception);
        TypeError = Def("TypeError", Exception);
        ValueError = Def("ValueError", Exception);
        UnicodeError = Def("UnicodeError", ValueError);
        UnicodeDecodeError = Def("UnicodeDecodeError", UnicodeError, PyUnicodeError.InitDecode);
        UnicodeEncodeError = Def("UnicodeEncodeError", UnicodeError, PyUnicodeError.InitEncode);
        UnicodeTranslateError = Def("UnicodeTranslateError", UnicodeError, PyUnicodeError.InitTranslate);
        Warning = Def("Warning", Exception);
        BytesWarning = Def("BytesWarning", Warning);
        DeprecationWarning = Def("DeprecationWarning", Warning);
        EncodingWarning = Def("EncodingWarning", Warning);
        FutureWarning = Def("FutureWarning", Warning);
        ImportWarning = Def("ImportWarning", Warning);
        PendingDeprecationWarning = Def("PendingDeprecationWarning", Warning);
        ResourceWarning = Def("ResourceWarning", Warning);
        RuntimeWarning = Def("RuntimeWarning", Warning);
        SyntaxWarning = Def("SyntaxWarning", Warning);
        UnicodeWarning = Def("UnicodeWarning", Warning);
        UserWarning = Def("UserWarning", Warning);

        // ExceptionGroup derives from both BaseExceptionGroup and Exception.
        ExceptionGroup.Bases = new PyTuple([BaseExceptionGroup, Exception]);
        ExceptionGroup.Mro = TypeType.ComputeMro(ExceptionGroup);
        Exception.AddSubclass(ExceptionGroup);

        ExceptionAttributes.Init();
    }

    private static void InitBaseException(PyType t)
    {
        // BaseException.__new__ accepts (and ignores) keywords so that subclasses whose __init__ takes
        // keywords work; BaseException.__init__ rejects them.
        t.New = (type, args, _) => new PyBaseException(type) { Args = PyTuple.Create(args.ToArray()) };
        t.Init = (self, args, kw) =>
        {
            NoKeywords(self, kw);
            ((PyBaseException)self).Args = PyTuple.Create(args.ToArray());
        };
        t.Repr = self =>
        {
            var e = (PyBaseException)self;
            return new PyStr(e.Args.Count == 1 ? $"{e.Type.Name}({Ops.Repr(e.Args[0])})" : e.Type.Name + Ops.Repr(e.Args));
        };
        t.Str = self =>
        {
            var e = (PyBaseException)self;
            return e.Args.Count switch
            {
                0 => PyStr.Empty,
                1 => Ops.StrObj(e.Args[0]),
                _ => Ops.StrObj(e.Args),
            };
        };
        t.DefGetter("args", self => ((PyBaseException)self).Args,
            (self, v) => ((PyBaseException)self).Args = v == null ? throw Errors.TypeError("args may not be deleted") : new PyTuple(Ops.ToArray(v)));
        t.DefGetter("__traceback__", self => ((PyBaseException)self).Traceback ?? PyNone.Instance,
            (self, v) => ((PyBaseException)self).Traceback = v is null or PyNone ? null
                : v.Type == PyTypes.Traceback ? v : throw Errors.TypeError("__traceback__ must be a traceback or None"));
        t.DefGetter("__cause__", self => ((PyBaseException)self).Cause ?? PyNone.Instance,
            (self, v) =>
            {
                var e = (PyBaseException)self;
                e.Cause = v is null or PyNone ? null : v is PyBaseException ? v : throw Errors.TypeError("exception cause must be None or derive from BaseException");
                e.SuppressContext = true;
            });
        t.DefGetter("__context__", self => ((PyBaseException)self).Context ?? PyNone.Instance,
            (self, v) => ((PyBaseException)self).Context = v is null or PyNone ? null : v is PyBaseException ? v : throw Errors.TypeError("exception context must be None or derive from BaseException"));
        t.DefGetter("__suppress_context__", self => PyBool.From(((PyBaseException)self).SuppressContext),
            (self, v) => ((PyBaseException)self).SuppressContext = v != null && Ops.IsTrue(v));
        t.DefMethod("with_traceback", (self, args, _) =>
        {
            ArgParser.Exactly("with_traceback", args, 1);
            ((PyBaseException)self).Traceback = args[0] is PyNone ? null
                : args[0].Type == PyTypes.Traceback ? args[0] : throw Errors.TypeError("__traceback__ must be a traceback or None");
            return self;
        });
        t.DefMethod("add_note", (self, args, _) =>
        {
            ArgParser.Exactly("add_note", args, 1);
            if (args[0] is not PyStr) throw Errors.TypeError($"note must be a str, not '{args[0].Type.Name}'");
            var dict = self.InstanceDict!;
            var notes = dict.GetItemOrNull(Names.__notes__);
            if (notes == null)
            {
                notes = new PyList();
                dict.SetItem(Names.__notes__, notes);
            }
            if (notes is not PyList list) throw Errors.TypeError("Cannot add note: __notes__ is not a list");
            list.Append(args[0]);
            return PyNone.Instance;
        });
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var e = (PyBaseException)self;
            var dict = e.ExistingDict;
            return dict != null && dict.Count > 0 ? PyTuple.Create(e.Type, e.Args, dict) : PyTuple.Create(e.Type, e.Args);
        });
        t.DefMethod("__setstate__", (self, args, _) =>
        {
            ArgParser.Exactly("__setstate__", args, 1);
            if (args[0] is PyNone) return PyNone.Instance;
            if (args[0] is not PyDict d) throw Errors.TypeError("state is not a dictionary");
            foreach (var p in d.Snapshot()) Ops.SetAttr(self, p.Key as PyStr ?? throw Errors.TypeError("attribute name must be string"), p.Value);
            return PyNone.Instance;
        });
    }

    /// <summary>BaseException.__init__ and most subclass inits take no keywords: "ValueError() takes no keyword arguments".</summary>
    internal static void NoKeywords(PyObject self, PyDict? kwargs)
    {
        if (kwargs != null && kwargs.Count > 0) throw Errors.TypeError($"{self.Type.Name}() takes no keyword arguments");
    }
}
