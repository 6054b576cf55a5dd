using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Vm.VmTestHost;

namespace Skein.Tests.Vm;

public class FinalizationAndCodeTests
{
    [Fact]
    public void GeneratorOwnedByALoopIsClosedWhenTheLoopIsLeftEarly()
    {
        var src = """
            def gen():
                try:
                    yield 1
                    yield 2
                finally:
                    print("cleanup")
            for v in gen():
                break
            print("after break")
            def ret():
                for v in gen():
                    return v
            print(ret())
            def raiser():
                for v in gen():
                    raise KeyError(v)
            try:
                raiser()
            except KeyError:
                print("caught")
            g = gen()
            for v in g:
                break
            print("kept", next(g))
            """;
        Assert.Equal("cleanup\nafter break\ncleanup\n1\ncleanup\ncaught\nkept 2", Printed(src));
    }

    [Fact]
    public void CodeReplaceChangesFlagsAndNames()
    {
        var src = """
            def f(a, b):
                return a
            c = f.__code__
            r = c.replace(co_flags=c.co_flags | 0x100, co_name="g")
            print(r.co_name, r.co_flags & 0x100, c.co_flags & 0x100, r.co_varnames)
            try:
                c.replace(bogus=1)
            except TypeError as e:
                print(e)
            try:
                c.replace(co_varnames=("x",))
            except ValueError as e:
                print(e)
            """;
        Assert.Equal("g 256 0 ('a', 'b')\n'bogus' is an invalid keyword argument for replace()\ncode: co_varnames is too small", Printed(src));
    }

    [Fact]
    public void CellConstructorAndComparison()
    {
        var src = """
            def outer():
                x = 1
                def inner():
                    return x
                return inner
            cell = type(outer().__closure__[0])
            print(cell(5).cell_contents, cell(1) == cell(1), cell() < cell(0))
            try:
                cell(1, 2)
            except TypeError as e:
                print(e)
            """;
        Assert.Equal("5 True True\ncell expected at most 1 argument, got 2", Printed(src));
    }

    [Fact]
    public void CallErrorsNameTheFunction()
    {
        var src = """
            def g(*a, **k):
                pass
            for call in (lambda: g(*5), lambda: g(**{"a": 1}, **{"a": 2}), lambda: g(**{1: 2})):
                try:
                    call()
                except TypeError as e:
                    print(e)
            """;
        Assert.Equal("__main__.g() argument after * must be an iterable, not int\n__main__.g() got multiple values for keyword argument 'a'\nkeywords must be strings", Printed(src));
    }
}
