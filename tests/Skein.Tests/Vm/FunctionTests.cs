using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Vm.VmTestHost;

namespace Skein.Tests.Vm;

public class FunctionTests
{
    [Fact]
    public void ParameterKinds()
    {
        var src = """
            def f(a, b=2, /, c=3, *args, d, e=5, **kw):
                return (a, b, c, args, d, e, kw)
            print(f(1, d=4))
            print(f(1, 2, 3, 4, 5, d=6, z=7))
            def g(x, y):
                return x - y
            print(g(y=1, x=10), g(*[5, 3]), g(**{'x': 1, 'y': 2}))
            args = (1,)
            print(g(*args, **{'y': 9}))
            """;
        Assert.Equal("(1, 2, 3, (), 4, 5, {})\n(1, 2, 3, (4, 5), 6, 5, {'z': 7})\n9 2 -1\n-8", Printed(src));
    }

    [Theory]
    [InlineData("def f(x): pass\nf()", "f() missing 1 required positional argument: 'x'")]
    [InlineData("def f(a, b): pass\nf()", "f() missing 2 required positional arguments: 'a' and 'b'")]
    [InlineData("def f(a, b, c): pass\nf()", "f() missing 3 required positional arguments: 'a', 'b', and 'c'")]
    [InlineData("def f(a, b): pass\nf(1, 2, 3)", "f() takes 2 positional arguments but 3 were given")]
    [InlineData("def f(a, b=1): pass\nf(1, 2, 3)", "f() takes from 1 to 2 positional arguments but 3 were given")]
    [InlineData("def f(a): pass\nf(1, z=2)", "f() got an unexpected keyword argument 'z'")]
    [InlineData("def f(a): pass\nf(1, a=2)", "f() got multiple values for argument 'a'")]
    [InlineData("def f(a, /): pass\nf(a=1)", "f() got some positional-only arguments passed as keyword arguments: 'a'")]
    [InlineData("def f(*, k): pass\nf()", "f() missing 1 required keyword-only argument: 'k'")]
    [InlineData("class A:\n    def m(self, x): pass\nA().m()", "A.m() missing 1 required positional argument: 'x'")]
    [InlineData("def f(a, **k): pass\nf(1, **{'a': 2})", "f() got multiple values for argument 'a'")]
    [InlineData("def f(**k): pass\nf(a=1, **{'a': 2})", "__main__.f() got multiple values for keyword argument 'a'")]
    public void ArgumentErrors(string source, string message)
    {
        var e = Fails(source);
        Assert.Same(PyExc.TypeError, e.Value.Type);
        Assert.Equal(message, Ops.Str(e.Value));
    }

    [Fact]
    public void ClosuresAndNonlocal()
    {
        var src = """
            def counter():
                n = 0
                def inc(step=1):
                    nonlocal n
                    n += step
                    return n
                return inc
            c = counter()
            c(); c()
            print(c(10))
            def outer():
                x = 1
                def mid():
                    def inner():
                        return x
                    return inner
                return mid()()
            print(outer())
            fs = [lambda i=i: i * 2 for i in range(3)]
            print([f() for f in fs])
            def make():
                return [lambda: j for j in range(3)]
            print([f() for f in make()])
            g = 5
            def setg():
                global g
                g = 6
            setg()
            print(g)
            """;
        Assert.Equal("12\n1\n[0, 2, 4]\n[2, 2, 2]\n6", Printed(src));
    }

    [Fact]
    public void FunctionAttributes()
    {
        var src = """
            def f(a: int, b=1, *, c=2) -> str:
                "doc"
                def g(): pass
                return g
            print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
            print(f.__annotations__)
            print(f(1).__qualname__)
            print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
            class A:
                class B:
                    def m(self): pass
            print(A.B.m.__qualname__, A.B.__qualname__)
            print(f.__module__)
            """;
        Assert.Equal("f f doc (1,) {'c': 2}\n{'a': <class 'int'>, 'return': <class 'str'>}\nf.<locals>.g\n('a', 'b', 'c', 'g') 2 1\nA.B.m A.B\n__main__", Printed(src));
    }

    [Fact]
    public void DeepRecursionRaisesRecursionError()
    {
        var src = """
            def f(n):
                return f(n + 1)
            try:
                f(0)
            except RecursionError as e:
                print("caught", e)
            """;
        Assert.Equal("caught maximum recursion depth exceeded", Printed(src));
    }

    [Fact]
    public void HundredThousandDeepRecursionDoesNotOverflow()
    {
        var saved = Skein.Runtime.ThreadState.RecursionLimit;
        Skein.Runtime.ThreadState.RecursionLimit = 200000;
        try
        {
            var src = """
                def f(n):
                    if n == 0:
                        return 0
                    return 1 + f(n - 1)
                print(f(100000))
                def g(n):
                    return g(n + 1)
                try:
                    g(0)
                except RecursionError:
                    print("limit")
                """;
            Assert.Equal("100000\nlimit", Printed(src));
        }
        finally
        {
            Skein.Runtime.ThreadState.RecursionLimit = saved;
        }
    }

    [Fact]
    public void ExecEvalCompile()
    {
        var src = """
            ns = {}
            exec("x = 1 + 2\ndef f(): return x * 2", ns)
            print(ns['x'], ns['f'](), eval("x + 1", ns))
            code = compile("y = 5", "<s>", "exec")
            exec(code, ns)
            print(ns['y'])
            try:
                compile("1 +", "<s>", "eval")
            except SyntaxError as e:
                print("syntax", e.lineno)
            def loc():
                a = 1
                return sorted(locals().keys()), dir()
            print(loc())
            """;
        Assert.Equal("3 6 4\n5\nsyntax 1\n(['a'], ['a'])", Printed(src));
    }
}
