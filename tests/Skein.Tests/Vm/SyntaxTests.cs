using Skein.Compiler;
using Skein.Objects;
using Skein.Runtime;
using PythonSyntaxError = Skein.Syntax.PythonSyntaxError;
using Xunit;
using static Skein.Tests.Vm.VmTestHost;

namespace Skein.Tests.Vm;

public class SyntaxTests
{
    [Theory]
    [InlineData("x = 1\nglobal x", "name 'x' is assigned to before global declaration")]
    [InlineData("print(x)\nglobal x", "name 'x' is used prior to global declaration")]
    [InlineData("def f():\n    nonlocal q", "no binding for nonlocal 'q' found")]
    [InlineData("return 1", "'return' outside function")]
    [InlineData("yield 1", "'yield' outside function")]
    [InlineData("def f():\n    await x", "'await' outside async function")]
    [InlineData("break", "'break' outside loop")]
    [InlineData("continue", "'continue' not properly in loop")]
    public void ScopeErrors(string source, string message)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonCompiler.CompileSource(source, "<t>", CompileMode.Exec));
        Assert.Equal(message, e.Msg);
        Assert.True(e.Lineno >= 1);
    }

    [Fact]
    public void ComprehensionsAndFStrings()
    {
        var src = """
            xs = [1, 2, 3, 4]
            print([x * 2 for x in xs if x % 2 == 0], {x: x * x for x in xs if x > 2})
            print([(x, y) for x in range(2) for y in range(2) if x != y])
            print([y := 5, y ** 2])
            print(sum_ if False else [z for z in range(3) if (w := z) > 0], w)
            name = "skein"
            print(f"{name!r}-{1 + 1}-{'x'!s}-{name!a}")
            class K:
                vals = [1, 2]
                doubled = [v * 2 for v in vals]
            print(K.doubled)
            """;
        Assert.Equal("[4, 8] {3: 9, 4: 16}\n[(0, 1), (1, 0)]\n[5, 25]\n[1, 2] 2\n'skein'-2-x-'skein'\n[2, 4]", Printed(src));
    }

    [Fact]
    public void MatchStatements()
    {
        var src = """
            class Point:
                __match_args__ = ('x', 'y')
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
            def m(v):
                match v:
                    case 0 | 1:
                        return "small"
                    case [a, *rest] if a > 5:
                        return f"seq {a} {rest}"
                    case (a, b):
                        return "pair"
                    case {"k": val, **others}:
                        return f"map {val} {others}"
                    case Point(x=0, y=yy):
                        return f"y-axis {yy}"
                    case Point(px, py):
                        return f"point {px} {py}"
                    case str() as s:
                        return "str " + s
                    case None:
                        return "none"
                    case _:
                        return "other"
            for v in [0, [9, 8, 7], (1, 2), {"k": 1, "j": 2}, Point(0, 3), Point(1, 2), "hi", None, 3.5, [1]]:
                print(m(v))
            """;
        Assert.Equal("small\nseq 9 [8, 7]\npair\nmap 1 {'j': 2}\ny-axis 3\npoint 1 2\nstr hi\nnone\nother\nother", Printed(src));
    }

    [Fact]
    public void OrPatternOfClassPatternsFailsToTheNextCase()
    {
        var src = """
            def m(v):
                match v:
                    case int() | float():
                        return "number"
                    case [int() | str(), *_]:
                        return "seq"
                    case _:
                        return "other"
            print(m(1), m(2.5), m(["a"]), m([None]), m(None))
            """;
        Assert.Equal("number number seq other other", Printed(src));
    }

    [Fact]
    public void SyntaxErrorFromExecIsPythonSyntaxError()
    {
        var e = Fails("exec('x = = 1')");
        Assert.Same(PyExc.SyntaxError, e.Value.Type);
    }
}
