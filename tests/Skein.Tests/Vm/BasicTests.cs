using System.Numerics;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Vm.VmTestHost;

namespace Skein.Tests.Vm;

public class BasicTests
{
    [Fact]
    public void ArithmeticAndPrint()
    {
        Assert.Equal("3 7 -1 12 2 1 2.5", Printed("print(1 + 2, 3 + 4, 2 - 3, 3 * 4, 7 // 3, 7 % 3, 5 / 2)"));
    }

    [Fact]
    public void IntOverflowToBigInteger()
    {
        Assert.Equal("18446744073709551616 -9223372036854775809 85070591730234615847396907784232501249",
            Printed("a = 9223372036854775807\nprint((a + 1) * 2, -a - 2, a * a)"));
    }

    [Fact]
    public void ControlFlow()
    {
        var src = """
            total = 0
            i = 0
            while i < 10:
                i += 1
                if i == 3:
                    continue
                if i == 8:
                    break
                total += i
            else:
                total = -1
            print(total)
            for x in [1, 2, 3]:
                pass
            else:
                print("done", x)
            print(1 if total > 5 else 2, total > 1 and total < 100, 0 or 5, not total)
            print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
            """;
        Assert.Equal("25\ndone 3\n1 True 5 False\nTrue False True", Printed(src));
    }
}
