using Skein.Objects;
using Skein.Runtime;
using Skein.Vm;
using Xunit;
using static Skein.Tests.Vm.VmTestHost;

namespace Skein.Tests.Vm;

public class ExceptionTests
{
    [Fact]
    public void TryExceptElseFinally()
    {
        var src = """
            def f(x):
                try:
                    if x == 0:
                        raise ValueError("zero")
                    r = 10 // x
                except ValueError as e:
                    print("value", e)
                    return "v"
                except (TypeError, ZeroDivisionError):
                    print("other")
                else:
                    print("else", r)
                finally:
                    print("finally", x)
                return "end"
            print(f(0), f(2))
            def g():
                for i in range(3):
                    try:
                        if i == 1:
                            continue
                        if i == 2:
                            break
                    finally:
                        print("fin", i)
                try:
                    return 1
                finally:
                    print("ret")
            print(g())
            def h():
                try:
                    return "try"
                finally:
                    return "finally wins"
            print(h())
            try:
                try:
                    raise KeyError("k")
                except KeyError:
                    raise
            except LookupError as e:
                print("reraised", repr(e))
            try:
                e
            except NameError as ne:
                print(ne)
            """;
        Assert.Equal("value zero\nfinally 0\nelse 5\nfinally 2\nv end\nfin 0\nfin 1\nfin 2\nret\n1\nfinally wins\nreraised KeyError('k')\nname 'e' is not defined", Printed(src));
    }

    [Fact]
    public void ChainingAndSysExcInfo()
    {
        var src = """
            try:
                try:
                    1 // 0
                except ZeroDivisionError:
                    raise ValueError("second")
            except ValueError as e:
                print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
            try:
                try:
                    raise KeyError(1)
                except KeyError as k:
                    raise ValueError("x") from k
            except ValueError as e:
                print(repr(e.__cause__), e.__suppress_context__)
            try:
                raise ValueError from None
            except ValueError as e:
                print(e.__cause__, e.__suppress_context__)
            """;
        Assert.Equal("ZeroDivisionError None False\nKeyError(1) True\nNone True", Printed(src));
    }

    [Fact]
    public void TracebackLinesInnermostLast()
    {
        var src = "def a():\n    b()\ndef b():\n    x = 1\n    raise ValueError('deep')\na()\n";
        var e = Fails(src);
        var lines = new List<int>();
        for (var tb = e.Value.Traceback as PyTraceback; tb != null; tb = tb.Next) lines.Add(tb.LineNo);
        Assert.Equal([6, 2, 5], lines);
        var tb0 = (PyTraceback)e.Value.Traceback!;
        Assert.Equal("<module>", tb0.Frame.Code.Name);
        Assert.Equal("b", tb0.Next!.Next!.Frame.Code.Name);
    }

    [Fact]
    public void NativeErrorsGetTracebacks()
    {
        var e = Fails("def f(d):\n    return d['missing']\nf({})\n");
        Assert.Same(PyExc.KeyError, e.Value.Type);
        var lines = new List<int>();
        for (var tb = e.Value.Traceback as PyTraceback; tb != null; tb = tb.Next) lines.Add(tb.LineNo);
        Assert.Equal([3, 2], lines);
    }

    [Fact]
    public void WithStatement()
    {
        var src = """
            class CM:
                def __init__(self, name, suppress=False):
                    self.name = name
                    self.suppress = suppress
                def __enter__(self):
                    print("enter", self.name)
                    return self.name
                def __exit__(self, t, v, tb):
                    print("exit", self.name, t.__name__ if t else None)
                    return self.suppress
            with CM("a") as a, CM("b") as b:
                print("body", a, b)
            with CM("s", True):
                raise ValueError
            print("after")
            def f():
                with CM("r"):
                    return "returned"
            print(f())
            try:
                with CM("x"):
                    1 // 0
            except ZeroDivisionError:
                print("propagated")
            """;
        Assert.Equal("enter a\nenter b\nbody a b\nexit b None\nexit a None\nenter s\nexit s ValueError\nafter\nenter r\nexit r None\nreturned\nenter x\nexit x ZeroDivisionError\npropagated", Printed(src));
    }

    [Fact]
    public void AssertAndUnpacking()
    {
        Assert.Equal("AssertionError: bad 2", Fails("x = 2\nassert x == 1, 'bad ' + str(x)").Message);
        Assert.Equal("ValueError: not enough values to unpack (expected 3, got 2)", Fails("a, b, c = [1, 2]").Message);
        Assert.Equal("ValueError: too many values to unpack (expected 2)", Fails("a, b = (1, 2, 3)").Message);
        Assert.Equal("1 [2, 3] 4", Printed("a, *b, c = [1, 2, 3, 4]\nprint(a, b, c)"));
        Assert.Equal("UnboundLocalError: cannot access local variable 'x' where it is not associated with a value",
            Fails("def f():\n    print(x)\n    x = 1\nf()").Message);
    }
}
