using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Builtins.TestSupport;

namespace Skein.Tests.Builtins;

public class ExceptionTests
{
    public ExceptionTests() => _ = TestSupport.Builtins;

    private static PyBaseException Make(PyType type, params PyObject[] args) => PyBaseException.Create(type, args);

    private static PyBaseException MakeKw(PyType type, PyObject[] args, params (string, PyObject)[] kw) =>
        (PyBaseException)Ops.Call(type, args, Kw(kw));

    private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, name);

    [Fact]
    public void ReprAndStrOfPlainExceptions()
    {
        Assert.Equal("Exception((1, 2), 3)", Repr(Make(PyExc.Exception, PyTuple.Create(I(1), I(2)), I(3))));
        Assert.Equal("Exception()", Repr(Make(PyExc.Exception)));
        Assert.Equal("Exception('a)')", Repr(Make(PyExc.Exception, S("a)"))));
        Assert.Equal("", Ops.Str(Make(PyExc.KeyboardInterrupt)));
        Assert.Equal("(1, 2)", Ops.Str(Make(PyExc.ValueError, I(1), I(2))));
        Assert.Equal("'k'", Ops.Str(Make(PyExc.KeyError, S("k"))));
        Assert.Equal("''", Ops.Str(Make(PyExc.KeyError, S(""))));
        Assert.Equal("", Ops.Str(Make(PyExc.KeyError)));
        Assert.Equal("(1, 2)", Ops.Str(Make(PyExc.KeyError, I(1), I(2))));
        Raises(PyExc.TypeError, "Exception() takes no keyword arguments", () => MakeKw(PyExc.Exception, [], ("a", I(1))));
    }

    [Fact]
    public void InitOfSubclassStoresArgs()
    {
        // class E(Exception): def __init__(self, x): super().__init__(x, 1)
        var e = Make(PyExc.Exception, I(5));
        Ops.CallWithSelf(PyExc.BaseException.Lookup("__init__")!, e, [I(5), I(1)]);
        Assert.Equal("Exception(5, 1)", Repr(e));
        Assert.Equal("(<class 'Exception'>, (5, 1))", Repr(Ops.CallMethod(e, "__reduce__")));
        Ops.SetAttr(e, "x", I(2));
        Assert.Equal("(<class 'Exception'>, (5, 1), {'x': 2})", ReprDictTuple(Ops.CallMethod(e, "__reduce__")));
    }

    private static string ReprDictTuple(PyObject t)
    {
        var items = ((PyTuple)t).Items;
        var d = (PyDict)items[2];
        var dict = "{" + string.Join(", ", d.Snapshot().Select(p => Repr(p.Key) + ": " + Repr(p.Value))) + "}";
        return $"({Repr(items[0])}, {Repr(items[1])}, {dict})";
    }

    [Fact]
    public void SubclassesMayCombineBuiltinExceptionBases()
    {
        var c = Class("E", PyTuple.Create(PyExc.KeyError, PyExc.TypeError));
        Assert.True(Ops.IsInstance(Ops.Call(c), PyExc.LookupError));
    }

    [Fact]
    public void OSErrorMapsErrnoToSubclass()
    {
        var e = Make(PyExc.OSError, I(2), S("No such file or directory"), S("x"));
        Assert.Same(PyExc.FileNotFoundError, e.Type);
        Assert.Equal("FileNotFoundError(2, 'No such file or directory')", Repr(e));
        Assert.Equal("[Errno 2] No such file or directory: 'x'", Ops.Str(e));
        Assert.Equal("2", Repr(Attr(e, "errno")));
        Assert.Equal("'x'", Repr(Attr(e, "filename")));
        Assert.Same(PyNone.Instance, Attr(e, "filename2"));
        Assert.Equal("(<class 'FileNotFoundError'>, (2, 'No such file or directory', 'x'))", Repr(Ops.CallMethod(e, "__reduce__")));

        e = Make(PyExc.OSError, I(2), S("No such"), S("x"), PyNone.Instance, S("y"));
        Assert.Equal("[Errno 2] No such: 'x' -> 'y'", Ops.Str(e));
        Assert.Equal("(<class 'FileNotFoundError'>, (2, 'No such', 'x', None, 'y'))", Repr(Ops.CallMethod(e, "__reduce__")));
        Assert.Same(PyExc.PermissionError, Make(PyExc.OSError, I(13), S("x")).Type);
        Assert.Same(PyExc.PermissionError, Make(PyExc.OSError, I(1), S("x")).Type);
        Assert.Same(PyExc.FileNotFoundError, Make(PyExc.FileNotFoundError, I(13), S("x")).Type);
        Assert.Same(PyExc.BlockingIOError, Make(PyExc.OSError, I(11), S("x")).Type);
        Assert.Same(PyExc.ConnectionRefusedError, Make(PyExc.OSError, I(111), S("x")).Type);
        Assert.Same(PyExc.OSError, Make(PyExc.OSError, I(9999), S("x")).Type);

        e = Make(PyExc.OSError, S("a"));
        Assert.Equal("a", Ops.Str(e));
        Assert.Same(PyNone.Instance, Attr(e, "errno"));
        e = Make(PyExc.OSError, S("a"), S("b"), S("c"), S("d"), S("e"), S("f"));
        Assert.Equal("OSError('a', 'b', 'c', 'd', 'e', 'f')", Repr(e));
        Assert.Same(PyNone.Instance, Attr(e, "strerror"));
        Assert.Equal("[Errno None] x", Ops.Str(Make(PyExc.OSError, PyNone.Instance, S("x"))));
        Raises(PyExc.TypeError, "OSError() takes no keyword arguments", () => MakeKw(PyExc.OSError, [], ("x", I(1))));
    }

    [Fact]
    public void BlockingIOErrorCharactersWritten()
    {
        var e = Make(PyExc.BlockingIOError, I(11), S("x"), I(5));
        Assert.Equal("5", Repr(Attr(e, "characters_written")));
        Assert.Equal("(11, 'x', 5)", Repr(Attr(e, "args")));
        Assert.Equal("[Errno 11] x", Ops.Str(e));
        Raises(PyExc.AttributeError, "characters_written", () => Attr(Make(PyExc.OSError, I(1), S("x")), "characters_written"));
        var named = Make(PyExc.BlockingIOError, I(11), S("x"), S("notnum"));
        Assert.Equal("[Errno 11] x: 'notnum'", Ops.Str(named));
        Assert.Equal("(11, 'x')", Repr(Attr(named, "args")));
    }

    [Fact]
    public void ImportErrorAttributes()
    {
        var e = MakeKw(PyExc.ImportError, [S("m")], ("name", S("n")), ("path", S("p")));
        Assert.Equal("ImportError('m')", Repr(e));
        Assert.Equal("m", Ops.Str(e));
        Assert.Equal("'n'", Repr(Attr(e, "name")));
        Assert.Equal("'p'", Repr(Attr(e, "path")));
        Assert.Equal("'m'", Repr(Attr(e, "msg")));
        Assert.Same(PyNone.Instance, Attr(Make(PyExc.ImportError), "msg"));
        Assert.Equal("('a', 'b')", Ops.Str(Make(PyExc.ImportError, S("a"), S("b"))));
        Raises(PyExc.TypeError, "'x' is an invalid keyword argument for ImportError()", () => MakeKw(PyExc.ImportError, [], ("x", I(1))));
        Raises(PyExc.TypeError, "'z' is an invalid keyword argument for ImportError()", () => MakeKw(PyExc.ModuleNotFoundError, [], ("z", I(1))));
    }

    [Fact]
    public void SyntaxErrorAttributesAndStr()
    {
        var e = Make(PyExc.SyntaxError, S("invalid syntax"), PyTuple.Create(S("file.py"), I(3), I(5), S("x = ("), I(3), I(6)));
        Assert.Equal("invalid syntax (file.py, line 3)", Ops.Str(e));
        Assert.Equal("SyntaxError('invalid syntax', ('file.py', 3, 5, 'x = (', 3, 6))", Repr(e));
        Assert.Equal("5", Repr(Attr(e, "offset")));
        Assert.Equal("6", Repr(Attr(e, "end_offset")));
        Assert.Same(PyNone.Instance, Attr(e, "print_file_and_line"));
        Assert.Equal("m (line 3)", Ops.Str(Make(PyExc.SyntaxError, S("m"), PyTuple.Create(PyNone.Instance, I(3), I(5), S("x")))));
        Assert.Equal("m (f.py)", Ops.Str(Make(PyExc.SyntaxError, S("m"), PyTuple.Create(S("a/b/f.py"), PyNone.Instance, I(5), S("x")))));
        Assert.Equal("None", Ops.Str(Make(PyExc.SyntaxError)));
        Assert.Equal("m", Ops.Str(Make(PyExc.SyntaxError, S("m"))));
        Raises(PyExc.TypeError, "function takes at least 4 arguments (2 given)", () => Make(PyExc.SyntaxError, S("m"), PyTuple.Create(I(1), I(2))));
        Raises(PyExc.TypeError, "end_offset must be provided when end_lineno is provided",
            () => Make(PyExc.SyntaxError, S("m"), PyTuple.Create(S("f"), I(1), I(2), S("t"), I(3))));
    }

    [Fact]
    public void UnicodeErrorMessages()
    {
        var d = Make(PyExc.UnicodeDecodeError, S("utf-8"), new PyBytes([0xff]), I(0), I(1), S("invalid start byte"));
        Assert.Equal("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", Ops.Str(d));
        Assert.Equal("UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')", Repr(d));
        Assert.Equal("'utf-8' codec can't decode bytes in position 0-1: bad",
            Ops.Str(Make(PyExc.UnicodeDecodeError, S("utf-8"), new PyBytes([0xff, 0xfe]), I(0), I(2), S("bad"))));
        Assert.Equal("'a' codec can't decode bytes in position 5-8: r",
            Ops.Str(Make(PyExc.UnicodeDecodeError, S("a"), new PyBytes("xy"u8.ToArray()), I(5), I(9), S("r"))));
        Assert.Equal("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
            Ops.Str(Make(PyExc.UnicodeEncodeError, S("ascii"), S("\u00e9"), I(0), I(1), S("ordinal not in range(128)"))));
        Assert.Equal("'ascii' codec can't encode character '\\u1234' in position 0: r",
            Ops.Str(Make(PyExc.UnicodeEncodeError, S("ascii"), S("\u1234x"), I(0), I(1), S("r"))));
        Assert.Equal("'ascii' codec can't encode character '\\U00012345' in position 1: r",
            Ops.Str(Make(PyExc.UnicodeEncodeError, S("ascii"), S("a\U00012345x"), I(1), I(2), S("r"))));
        Assert.Equal("'ascii' codec can't encode characters in position 0-1: r",
            Ops.Str(Make(PyExc.UnicodeEncodeError, S("ascii"), S("ab"), I(0), I(2), S("r"))));
        var t = Make(PyExc.UnicodeTranslateError, S("\u00e9"), I(0), I(1), S("r"));
        Assert.Equal("can't translate character '\\xe9' in position 0: r", Ops.Str(t));
        Assert.Same(PyNone.Instance, Attr(t, "encoding"));
        Raises(PyExc.TypeError, "function takes exactly 5 arguments (1 given)", () => Make(PyExc.UnicodeDecodeError, S("utf-8")));
        Raises(PyExc.TypeError, "a bytes-like object is required, not 'str'", () => Make(PyExc.UnicodeDecodeError, S("utf-8"), S("x"), I(0), I(1), S("r")));
        Raises(PyExc.TypeError, "argument 2 must be str, not int", () => Make(PyExc.UnicodeEncodeError, S("ascii"), I(5), I(0), I(1), S("r")));
    }

    [Fact]
    public void StopIterationSystemExitNameAndAttributeErrors()
    {
        Assert.Equal("3", Repr(Attr(Make(PyExc.StopIteration, I(3)), "value")));
        Assert.Same(PyNone.Instance, Attr(Make(PyExc.StopIteration), "value"));
        Assert.Same(PyNone.Instance, Attr(Make(PyExc.SystemExit), "code"));
        Assert.Equal("(1, 2)", Repr(Attr(Make(PyExc.SystemExit, I(1), I(2)), "code")));
        Assert.Equal("'y'", Repr(Attr(MakeKw(PyExc.NameError, [S("x")], ("name", S("y"))), "name")));
        var ae = MakeKw(PyExc.AttributeError, [S("x")], ("name", S("y")), ("obj", I(3)));
        Assert.Equal("3", Repr(Attr(ae, "obj")));
        Assert.Equal("AttributeError('x')", Repr(ae));
        Raises(PyExc.TypeError, "'foo' is an invalid keyword argument for NameError()", () => MakeKw(PyExc.NameError, [], ("foo", I(1))));
        var missing = Assert.Throws<PyException>(() => Ops.GetAttr(I(1), "nope")).Value;
        Assert.Equal("'nope'", Repr(Attr(missing, "name")));
    }

    [Fact]
    public void ExceptionGroupConstruction()
    {
        PyObject List(params PyObject[] items) => new PyList(items);
        var g = Make(PyExc.BaseExceptionGroup, S("m"), List(Make(PyExc.ValueError, I(1)), Make(PyExc.TypeError, I(2))));
        Assert.Same(PyExc.ExceptionGroup, g.Type);
        Assert.Equal("ExceptionGroup('m', [ValueError(1), TypeError(2)])", Repr(g));
        Assert.Equal("m (2 sub-exceptions)", Ops.Str(g));
        Assert.Same(PyExc.BaseExceptionGroup, Make(PyExc.BaseExceptionGroup, S("m"), List(Make(PyExc.KeyboardInterrupt))).Type);
        Raises(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup", () => Make(PyExc.ExceptionGroup, S("m"), List(Make(PyExc.KeyboardInterrupt))));
        Raises(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence", () => Make(PyExc.ExceptionGroup, S("m"), List()));
        Raises(PyExc.ValueError, "Item 0 of second argument (exceptions) is not an exception", () => Make(PyExc.ExceptionGroup, S("m"), List(I(1))));
        Raises(PyExc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not int", () => Make(PyExc.ExceptionGroup, I(1), List(Make(PyExc.ValueError))));
        Raises(PyExc.TypeError, "second argument (exceptions) must be a sequence", () => Make(PyExc.ExceptionGroup, S("m"), I(1)));
        Raises(PyExc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)", () => Make(PyExc.ExceptionGroup, S("m")));
        Raises(PyExc.TypeError, "ExceptionGroup() takes no keyword arguments", () => MakeKw(PyExc.ExceptionGroup, [S("m"), List(Make(PyExc.ValueError))], ("x", I(3))));
        var myEg = Class("MyEG", PyTuple.Create(PyExc.ExceptionGroup));
        Raises(PyExc.TypeError, "Cannot nest BaseExceptions in 'MyEG'", () => Make(myEg, S("m"), List(Make(PyExc.KeyboardInterrupt))));
        Assert.Equal("ExceptionGroup[int]", Repr(Ops.GetItem(PyExc.ExceptionGroup, PyTypes.Int)));
        Assert.Equal("(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
            Repr(Attr(PyExc.ExceptionGroup, "__mro__")));
    }

    [Fact]
    public void ExceptionGroupSplitAndSubgroup()
    {
        var inner = Make(PyExc.ExceptionGroup, S("inner"), new PyList(new PyObject[] { Make(PyExc.ValueError, I(3)) }));
        var eg = Make(PyExc.ExceptionGroup, S("msg"), new PyList(new PyObject[] { Make(PyExc.ValueError, I(1)), Make(PyExc.TypeError, I(2)), inner }));
        Assert.Equal("msg (3 sub-exceptions)", Ops.Str(eg));
        Assert.Equal("(ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)]))", Repr(Attr(eg, "exceptions")));
        Assert.Equal("ExceptionGroup('msg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])", Repr(Ops.CallMethod(eg, "subgroup", PyExc.ValueError)));
        Assert.Same(PyNone.Instance, Ops.CallMethod(eg, "subgroup", PyExc.OSError));
        Assert.Same(eg, Ops.CallMethod(eg, "subgroup", PyExc.ExceptionGroup));
        Assert.Equal("(ExceptionGroup('msg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])]), ExceptionGroup('msg', [TypeError(2)]))",
            Repr(Ops.CallMethod(eg, "split", PyTuple.Create(PyExc.ValueError))));
        var isType = new PyBuiltinFunction("pred", (a, _) => PyBool.From(a[0].Type == PyExc.TypeError));
        Assert.Equal("ExceptionGroup('msg', [TypeError(2)])", Repr(Ops.CallMethod(eg, "subgroup", isType)));
        Raises(PyExc.TypeError, "expected a function, exception type or tuple of exception types", () => Ops.CallMethod(eg, "split", I(3)));
        Assert.Equal("ExceptionGroup('msg', [KeyError(1)])", Repr(Ops.CallMethod(eg, "derive", new PyList(new PyObject[] { Make(PyExc.KeyError, I(1)) }))));

        Ops.CallMethod(eg, "add_note", S("note"));
        var sub = (PyBaseException)Ops.CallMethod(eg, "subgroup", PyExc.ValueError);
        Assert.Equal("['note']", Repr(Attr(sub, "__notes__")));
        Assert.NotSame(Attr(eg, "__notes__"), Attr(sub, "__notes__"));
    }
}
