using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Vm.VmTestHost;

namespace Skein.Tests.Vm;

public class GeneratorTests
{
    [Fact]
    public void GeneratorsSendThrowClose()
    {
        var src = """
            def gen(n):
                for i in range(n):
                    x = yield i
                    if x:
                        print("got", x)
                return "end"
            print([v for v in gen(3)])
            g = gen(3)
            print(next(g), g.send("hi"), next(g))
            try:
                next(g)
            except StopIteration as e:
                print("stop", e.value)
            def catcher():
                try:
                    yield 1
                except ValueError as e:
                    yield "caught " + str(e)
                finally:
                    print("cleanup")
            c = catcher()
            next(c)
            print(c.throw(ValueError("boom")))
            c.close()
            def inner():
                r = yield 1
                yield r
                return "inner-done"
            def outer():
                v = yield from inner()
                yield v
            o = outer()
            print(next(o), o.send("sent"), next(o))
            print(o.gi_yieldfrom, repr(o), o.__qualname__)
            def bad():
                raise StopIteration
                yield
            try:
                next(bad())
            except RuntimeError as e:
                print(e)
            ge = (x * x for x in range(4))
            print(list(ge) if False else [y for y in ge])
            def ignorer():
                while True:
                    try:
                        yield
                    except GeneratorExit:
                        pass
            ig = ignorer()
            next(ig)
            try:
                ig.close()
            except RuntimeError as e:
                print(e)
            """;
        Assert.Equal("[0, 1, 2]\ngot hi\n0 1 2\nstop end\ncaught boom\ncleanup\n1 sent inner-done\nNone <generator object outer at 0x> outer" +
                     "\ngenerator raised StopIteration\n[0, 1, 4, 9]\ngenerator ignored GeneratorExit",
            System.Text.RegularExpressions.Regex.Replace(Printed(src), "0x[0-9a-f]+", "0x"));
    }

    [Fact]
    public void CoroutinesAndAsyncGenerators()
    {
        var src = """
            class Future:
                def __await__(self):
                    x = yield "suspend"
                    return x
            async def leaf():
                v = await Future()
                return v * 2
            async def main():
                a = await leaf()
                total = 0
                async for i in agen(3):
                    total += i
                async with Mgr() as m:
                    pass
                return (a, total, m, [x async for x in agen(2)])
            async def agen(n):
                for i in range(n):
                    await Future()
                    yield i
            class Mgr:
                async def __aenter__(self):
                    return "entered"
                async def __aexit__(self, *a):
                    print("exit", a)
            def run(coro):
                value = None
                while True:
                    try:
                        y = coro.send(value)
                        value = 21
                    except StopIteration as e:
                        return e.value
            print(run(main()))
            print(repr(main()))
            """;
        Assert.Equal("exit (None, None, None)\n(42, 3, 'entered', [0, 1])\n<coroutine object main at 0x>",
            System.Text.RegularExpressions.Regex.Replace(Printed(src), "0x[0-9a-f]+", "0x"));
    }

    [Fact]
    public void GeneratorAlreadyExecutingFromTwoThreads()
    {
        var src = """
            def g():
                while True:
                    yield slow()
            """;
        var globals = NewGlobals();
        var barrier = new System.Threading.ManualResetEventSlim();
        var entered = new System.Threading.ManualResetEventSlim();
        globals.SetItem("slow", new PyBuiltinFunction("slow", (_, _) =>
        {
            entered.Set();
            barrier.Wait();
            return PyNone.Instance;
        }));
        Skein.Vm.Executor.Run(Skein.Compiler.PythonCompiler.CompileSource(src, "<t>", Skein.Compiler.CompileMode.Exec), globals);
        var gen = Ops.Call(globals.GetItemOrNull("g")!);
        var t = new System.Threading.Thread(() => Ops.Next(gen));
        t.Start();
        entered.Wait();
        var e = Assert.Throws<PyException>(() => Ops.Next(gen));
        Assert.Equal("ValueError: generator already executing", e.Message);
        barrier.Set();
        t.Join();
    }
}
