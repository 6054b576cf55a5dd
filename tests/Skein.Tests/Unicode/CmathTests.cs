using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Unicode;

/// <summary>cmath against CPython 3.11: branch cuts, scaling, special values and errors.</summary>
public class CmathTests
{
    private static readonly PyModule s_cmath = Create();

    private static PyModule Create()
    {
        var m = new PyModule("cmath");
        CmathModule.Init(m);
        return m;
    }

    private static string Call(string function, double re, double im)
    {
        try
        {
            return Ops.Repr(Ops.Call(s_cmath.Dict.GetItemOrNull(function)!, new PyComplex(re, im)));
        }
        catch (PyException e)
        {
            return e.Value.Type.Name + ": " + Ops.StrObj(e.Value).Value;
        }
    }

    [Theory]
    [InlineData("sqrt", -1.0, 0.0, "1j")]
    [InlineData("sqrt", -1.0, -0.0, "-1j")]
    [InlineData("sqrt", 3.0, -4.0, "(2-1j)")]
    [InlineData("log", 0.0, 0.0, "ValueError: math domain error")]
    [InlineData("log", -1.0, 0.0, "3.141592653589793j")]
    [InlineData("log", 1.0000000001, 0.0, "(1.0000000826903709e-10+0j)")]
    [InlineData("exp", 710.0, 0.0, "OverflowError: math range error")]
    [InlineData("exp", double.PositiveInfinity, 1.0, "(inf+infj)")]
    [InlineData("exp", 1.0, double.PositiveInfinity, "ValueError: math domain error")]
    [InlineData("atanh", 1.0, 0.0, "ValueError: math domain error")]
    [InlineData("acos", 2.0, 0.0, "-1.3169578969248166j")]
    [InlineData("acos", 2.0, -0.0, "1.3169578969248166j")]
    [InlineData("asin", 1e300, 1e300, "(0.7853981633974483+691.8152486690535j)")]
    [InlineData("tanh", 1000.0, 1.0, "(1+0j)")]
    [InlineData("cos", 0.0, 1000.0, "OverflowError: math range error")]
    [InlineData("sqrt", double.NegativeInfinity, double.NaN, "(nan+infj)")]
    [InlineData("phase", 1e200, 1e-310, "OverflowError: math range error")]
    public void MatchesCPython(string function, double re, double im, string expected) => Assert.Equal(expected, Call(function, re, im));
}
