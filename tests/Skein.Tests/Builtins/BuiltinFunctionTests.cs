using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Builtins.TestSupport;

namespace Skein.Tests.Builtins;

public class BuiltinFunctionTests
{
    public BuiltinFunctionTests() => _ = TestSupport.Builtins;

    private static PyList List(params long[] items) => new(items.Select(i => (PyObject)I(i)).ToArray());

    [Fact]
    public void ModuleContents()
    {
        var b = TestSupport.Builtins;
        Assert.Equal("builtins", b.Name);
        foreach (var name in new[] { "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "delattr", "dir", "divmod", "format",
                     "getattr", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "len", "max", "min", "next", "oct",
                     "open", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "aiter", "anext", "__import__",
                     "object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "memoryview", "property",
                     "classmethod", "staticmethod", "super", "ValueError", "ExceptionGroup", "EnvironmentError", "IOError", "exit", "quit" })
            Assert.NotNull(b.Dict.GetItemOrNull(name));
        Assert.Same(PyNone.Instance, Fn("None"));
        Assert.Same(PyBool.True, Fn("__debug__"));
        Assert.Same(PyNotImplemented.Instance, Fn("NotImplemented"));
        Assert.Same(PyExc.OSError, Fn("IOError"));
        Assert.Equal("<built-in function len>", Repr(Fn("len")));
        Assert.Equal("Use exit() or Ctrl-D (i.e. EOF) to exit", Repr(Fn("exit")));
        var exit = Assert.Throws<PyException>(() => Ops.Call(Fn("exit"), I(3))).Value;
        Assert.Same(PyExc.SystemExit, exit.Type);
    }

    [Fact]
    public void Attributes()
    {
        var a = Class("A", PyTuple.Empty, ("foo", I(1)));
        var obj = Ops.Call(a);
        Assert.Equal("1", Repr(Call("getattr", obj, S("foo"))));
        Assert.Equal("2", Repr(Call("getattr", obj, S("bar"), I(2))));
        Assert.Same(PyBool.False, Call("hasattr", obj, S("bar")));
        Call("setattr", obj, S("bar"), I(3));
        Assert.Same(PyBool.True, Call("hasattr", obj, S("bar")));
        Call("delattr", obj, S("bar"));
        Raises(PyExc.AttributeError, "'A' object has no attribute 'bar'", () => Call("getattr", obj, S("bar")));
        Raises(PyExc.TypeError, "attribute name must be string, not 'int'", () => Call("getattr", I(1), I(2)));
        Raises(PyExc.TypeError, "attribute name must be string, not 'int'", () => Call("setattr", I(1), I(2), I(3)));
        Raises(PyExc.TypeError, "getattr expected at least 2 arguments, got 1", () => Call("getattr", I(1)));
        Raises(PyExc.TypeError, "getattr expected at most 3 arguments, got 4", () => Call("getattr", I(1), S("x"), I(2), I(3)));
        Assert.Same(PyBool.True, Call("callable", a));
        Assert.Same(PyBool.False, Call("callable", obj));
        Raises(PyExc.TypeError, "callable() takes exactly one argument (0 given)", () => Call("callable"));
        Raises(PyExc.TypeError, "isinstance expected 2 arguments, got 1", () => Call("isinstance", I(1)));
        Raises(PyExc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union", () => Call("isinstance", I(1), I(1)));
        Raises(PyExc.TypeError, "issubclass() arg 1 must be a class", () => Call("issubclass", I(1), PyTypes.Int));
        Assert.Same(PyBool.True, Call("issubclass", PyTypes.Bool, PyTypes.Int));
        var dir = (PyList)Call("dir", obj);
        var names = dir.ToArray().Select(o => ((PyStr)o).Value).ToList();
        Assert.Contains("foo", names);
        Assert.Equal(names.OrderBy(s => s, StringComparer.Ordinal).ToList(), names);
        Raises(PyExc.TypeError, "dir expected at most 1 argument, got 2", () => Call("dir", I(1), I(2)));
    }

    [Fact]
    public void Numbers()
    {
        Assert.Equal("5", Repr(Call("abs", I(-5))));
        Assert.Equal("1.5", Repr(Call("abs", new PyFloat(-1.5))));
        Raises(PyExc.TypeError, "bad operand type for abs(): 'str'", () => Call("abs", S("x")));
        Assert.Equal("'-0xff'", Repr(Call("hex", I(-255))));
        Assert.Equal("'0o10'", Repr(Call("oct", I(8))));
        Assert.Equal("'-0b101'", Repr(Call("bin", I(-5))));
        Assert.Equal("'0b0'", Repr(Call("bin", I(0))));
        Assert.Equal("'0x400000000000000000'", Repr(Call("hex", PyInt.From(System.Numerics.BigInteger.Pow(2, 70)))));
        Assert.Equal("'-0x8000000000000000'", Repr(Call("hex", I(long.MinValue))));
        Assert.Equal("'0o777777777777777777777'", Repr(Call("oct", I(long.MaxValue))));
        Raises(PyExc.TypeError, "'float' object cannot be interpreted as an integer", () => Call("bin", new PyFloat(1.5)));
        Raises(PyExc.TypeError, "unsupported operand type(s) for divmod(): 'str' and 'int'", () => Call("divmod", S("a"), I(1)));
        Raises(PyExc.TypeError, "divmod expected 2 arguments, got 1", () => Call("divmod", I(1)));
        Raises(PyExc.TypeError, "pow() missing required argument 'exp' (pos 2)", () => Call("pow", I(1)));
        Raises(PyExc.TypeError, "type str doesn't define __round__ method", () => Call("round", S("x")));
        Raises(PyExc.TypeError, "round() takes at most 2 arguments (3 given)", () => Call("round", I(1), I(2), I(3)));
        Assert.Equal("3", Repr(Call("round", I(3))));
    }

    [Fact]
    public void Sum()
    {
        Assert.Equal("13", Repr(CallKw("sum", [List(1, 2)], ("start", I(10)))));
        Assert.Equal("36893488147419103228", Repr(Call("sum", List(long.MaxValue, long.MaxValue, long.MaxValue, long.MaxValue))));
        Assert.Equal("3", Repr(Call("sum", new PyList(new PyObject[] { PyBool.True, PyBool.True, I(1) }))));
        var tenths = new PyList(Enumerable.Repeat((PyObject)new PyFloat(0.1), 10).ToArray());
        Assert.Equal(0.9999999999999999, ((PyFloat)Call("sum", tenths, new PyFloat(0.0))).Value);
        Raises(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]", () => Call("sum", new PyList(new PyObject[] { S("a") }), S("x")));
        Raises(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]", () => Call("sum", List(), PyBytes.Empty));
        Raises(PyExc.TypeError, "sum() takes at least 1 positional argument (0 given)", () => Call("sum"));
        Raises(PyExc.TypeError, "'int' object is not iterable", () => Call("sum", I(1)));
    }

    [Fact]
    public void MinMax()
    {
        Assert.Equal("3", Repr(Call("max", List(1, 3, 2))));
        Assert.Equal("1", Repr(Call("min", I(3), I(1), I(2))));
        var neg = new PyBuiltinFunction("neg", (a, _) => PyInt.From(-((PyInt)a[0]).Small));
        Assert.Equal("1", Repr(CallKw("max", [I(1), I(2)], ("key", neg))));
        Assert.Equal("1", Repr(CallKw("min", [List(3, 1, 2)], ("key", PyNone.Instance))));
        Assert.Equal("3", Repr(CallKw("max", [List()], ("default", I(3)))));
        Assert.Equal("'b'", Repr(Call("max", S("a"), S("b"))));
        Raises(PyExc.ValueError, "max() arg is an empty sequence", () => Call("max", List()));
        Raises(PyExc.ValueError, "min() arg is an empty sequence", () => Call("min", PyTuple.Empty));
        Raises(PyExc.TypeError, "max expected at least 1 argument, got 0", () => Call("max"));
        Raises(PyExc.TypeError, "'int' object is not iterable", () => Call("max", I(1)));
        Raises(PyExc.TypeError, "Cannot specify a default for max() with multiple positional arguments", () => CallKw("max", [I(1), I(2)], ("default", I(3))));
        Raises(PyExc.TypeError, "'foo' is an invalid keyword argument for max()", () => CallKw("max", [List(1)], ("foo", I(1))));
        Raises(PyExc.TypeError, "'int' object is not callable", () => CallKw("max", [I(1), I(2), I(3)], ("key", I(1))));
    }

    [Fact]
    public void IterationHelpers()
    {
        PyObject Bools(params bool[] b) => new PyList(b.Select(x => (PyObject)PyBool.From(x)).ToArray());
        Assert.Same(PyBool.True, Call("all", Bools(true, true)));
        Assert.Same(PyBool.False, Call("all", Bools(true, false)));
        Assert.Same(PyBool.True, Call("any", PyTuple.Create(PyBool.False, PyBool.True)));
        Assert.Same(PyBool.False, Call("any", List()));
        var n = 0;
        var counter = new PyBuiltinFunction("counter", (_, _) => PyInt.From(++n));
        var it = Call("iter", counter, I(4));
        Assert.Equal("callable_iterator", it.Type.Name);
        Assert.Equal("1", Repr(Call("next", it)));
        Assert.Equal("2", Repr(Call("next", it)));
        Assert.Equal("3", Repr(Call("next", it)));
        Assert.Equal("9", Repr(Call("next", it, I(9))));
        Raises(PyExc.StopIteration, "", () => Call("next", it));
        Assert.Equal(4, n);
        Raises(PyExc.TypeError, "iter(v, w): v must be callable", () => Call("iter", I(1), I(2)));
        Raises(PyExc.TypeError, "iter expected at least 1 argument, got 0", () => Call("iter"));
        Raises(PyExc.TypeError, "iter expected at most 2 arguments, got 3", () => Call("iter", I(1), I(2), I(3)));
        Raises(PyExc.TypeError, "'list' object is not an iterator", () => Call("next", List()));
        Raises(PyExc.TypeError, "'int' object is not an async iterable", () => Call("aiter", I(1)));
        Raises(PyExc.TypeError, "'int' object is not an async iterator", () => Call("anext", I(1)));
    }

    [Fact]
    public void Sorted()
    {
        Assert.Equal("['a', 'b', 'c']", Repr(Call("sorted", new PyList(new PyObject[] { S("c"), S("a"), S("b") }))));
        Assert.Equal("[3, 2, 1]", Repr(CallKw("sorted", [List(1, 3, 2)], ("reverse", PyBool.True))));
        Assert.Equal("['\\uffff', '\U00010000']", Repr(Call("sorted", new PyList(new PyObject[] { S("\U00010000"), S("\uffff") }))));
        Raises(PyExc.TypeError, "sorted expected 1 argument, got 0", () => Call("sorted"));
    }

    [Fact]
    public void Text()
    {
        Assert.Equal("'\\xe9\\u1234\\U00012345x'", ((PyStr)Call("ascii", S("\u00e9\u1234\U00012345x"))).Value[1..^1] is var inner ? $"'{inner}'" : "");
        Assert.Equal("'a'", Repr(Call("chr", I(97))));
        Assert.Equal("\U0001F600", ((PyStr)Call("chr", I(0x1F600))).Value);
        Raises(PyExc.ValueError, "chr() arg not in range(0x110000)", () => Call("chr", I(-1)));
        Raises(PyExc.OverflowError, "Python int too large to convert to C int", () => Call("chr", I(1L << 40)));
        Raises(PyExc.TypeError, "'str' object cannot be interpreted as an integer", () => Call("chr", S("a")));
        Assert.Equal("128512", Repr(Call("ord", S("\U0001F600"))));
        Assert.Equal("97", Repr(Call("ord", new PyBytes([97]))));
        Raises(PyExc.TypeError, "ord() expected a character, but string of length 2 found", () => Call("ord", S("ab")));
        Raises(PyExc.TypeError, "ord() expected a character, but string of length 0 found", () => Call("ord", S("")));
        Raises(PyExc.TypeError, "ord() expected string of length 1, but int found", () => Call("ord", I(1)));
        Raises(PyExc.TypeError, "ord() expected a character, but string of length 2 found", () => Call("ord", new PyBytes([1, 2])));
        Assert.Equal("'x'", Repr(Call("format", S("x"))));
        Raises(PyExc.TypeError, "format() argument 2 must be str, not int", () => Call("format", I(1), I(2)));
        Raises(PyExc.TypeError, "repr() takes exactly one argument (0 given)", () => Call("repr"));
    }

    [Fact]
    public void Print()
    {
        var r = new Recorder();
        CallKw("print", [I(1), S("a")], ("file", r));
        Assert.Equal("1 a\n", r.Text.ToString());
        CallKw("print", [I(1), I(2)], ("file", r), ("sep", S("-")), ("end", S("!")), ("flush", PyBool.True));
        Assert.Equal("1 a\n1-2!", r.Text.ToString());
        Assert.Equal(1, r.Flushes);
        CallKw("print", [], ("file", r), ("sep", PyNone.Instance), ("end", PyNone.Instance));
        Assert.Equal("1 a\n1-2!\n", r.Text.ToString());
        Raises(PyExc.TypeError, "sep must be None or a string, not int", () => CallKw("print", [I(1)], ("sep", I(1))));
        Raises(PyExc.TypeError, "end must be None or a string, not int", () => CallKw("print", [I(1)], ("end", I(1))));
        Raises(PyExc.TypeError, "'foo' is an invalid keyword argument for print()", () => CallKw("print", [I(1)], ("foo", I(1))));
        Raises(PyExc.TypeError, "input expected at most 1 argument, got 2", () => Call("input", I(1), I(2)));
    }
}
