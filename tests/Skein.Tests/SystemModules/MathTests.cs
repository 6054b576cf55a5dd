using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.SystemModules.ModuleHelpers;

namespace Skein.Tests.SystemModules;

public class MathTests
{
    private static PyObject F(double d) => new PyFloat(d);
    private static double M(string f, params PyObject[] args) => D(Call("math", f, args));

    [Fact]
    public void ValuesMatchCPython()
    {
        // Expected values printed by CPython 3.11.7.
        Assert.Equal(5.0, M("dist", new PyList(new PyObject[] { I(0), I(0) }), PyTuple.Create(I(3), I(4))));
        Assert.Equal(921.0340371976182, M("log", PyInt.From(System.Numerics.BigInteger.Pow(10, 400))));
        Assert.Equal(2000.0, M("log2", PyInt.From(System.Numerics.BigInteger.Pow(2, 2000))));
        Assert.Equal(500.0, M("log10", PyInt.From(System.Numerics.BigInteger.Pow(10, 500))));
        Assert.Equal(3.0, M("log", I(8), I(2)));
        Assert.Equal(1.0, M("fsum", new PyList(Enumerable.Repeat((PyObject)F(0.1), 10).ToArray())));
        Assert.Equal(2.0, M("fsum", new PyList(new PyObject[] { I(1), F(1e100), I(1), F(-1e100) })));
        Assert.Equal(5.0, M("hypot", I(3), I(4)));
        Assert.Equal(1.4142135623730951e+308, M("hypot", F(1e308), F(1e308)));
        Assert.Equal(0.31622776601683794, M("hypot", Enumerable.Repeat((PyObject)F(0.1), 10).ToArray()));
        Assert.Equal(5.34696175411794, M("hypot", F(1.1), F(2.3), F(4.7)));
        Assert.Equal(0.5204998778130465, M("erf", F(0.5)));
        Assert.Equal(0.4795001221869535, M("erfc", F(0.5)));
        Assert.Equal(3.0000000000000004, M("cbrt", I(27)));
        Assert.Equal(1.00000000005e-10, M("expm1", F(1e-10)));
        Assert.Equal(2.220446049250313e-16, M("ulp", F(1.0)));
        Assert.Equal(1.0000000000000002, M("nextafter", I(1), I(2)));
        Assert.Equal(-1.0, M("remainder", I(5), I(3)));
        Assert.Equal(8.0, M("exp2", I(3)));
        double[] gammaArgs = [0.5, 1, 2, 3, 4.5, 5, 10, 20, 30, 100.5, 171, -0.5, -1.5, 1e-300];
        double[] gamma = [1.7724538509055159, 1.0, 1.0, 2.0, 11.631728396567446, 24.0, 362880.0, 1.21645100408832e+17, 8.841761993739703e+30,
            9.320963104082718e+156, 7.257415615307998e+306, -3.544907701811032, 2.3632718012073544, 9.999999999999999e+299];
        double[] lgamma = [0.5723649429247004, 0.0, 0.0, 0.693147180559945, 2.453736570842443, 3.178053830347945, 12.801827480081467,
            39.339884187199495, 71.257038967168, 361.4355404677776, 706.5730622457874, 1.265512123484645, 0.8600470153764812, 690.7755278982137];
        for (var i = 0; i < gammaArgs.Length; i++)
        {
            Assert.Equal(gamma[i], M("gamma", F(gammaArgs[i])), 1e-15 * Math.Abs(gamma[i]));
            Assert.Equal(lgamma[i], M("lgamma", F(gammaArgs[i])), 1e-15 * Math.Abs(lgamma[i]) + 1e-300);
        }
        var fr = (PyTuple)Call("math", "frexp", F(1e-310));
        Assert.Equal(0.5752618031559393, D(fr[0]));
        Assert.Equal(-1029, L(fr[1]));
        var mf = (PyTuple)Call("math", "modf", F(-3.5));
        Assert.Equal(-0.5, D(mf[0]));
        Assert.Equal(-3.0, D(mf[1]));
        Assert.True(double.IsPositiveInfinity(M("ulp", F(double.PositiveInfinity))));
        Assert.True(((PyBool)Call("math", "isclose", I(1), F(1.0000000001))).IsTrue);
    }

    [Fact]
    public void IntegerFunctions()
    {
        Assert.Equal(120, L(Call("math", "factorial", I(5))));
        var f100 = ((PyInt)Call("math", "factorial", I(100))).Value;
        var expected = System.Numerics.BigInteger.One;
        for (var i = 2; i <= 100; i++) expected *= i;
        Assert.Equal(expected, f100);
        Assert.Equal(120, L(Call("math", "comb", I(10), I(3))));
        Assert.Equal(0, L(Call("math", "comb", I(3), I(10))));
        Assert.Equal(120, L(Call("math", "perm", I(5))));
        Assert.Equal(20, L(Call("math", "perm", I(5), I(2))));
        Assert.Equal(System.Numerics.BigInteger.Pow(10, 20), ((PyInt)Call("math", "isqrt", PyInt.From(System.Numerics.BigInteger.Pow(10, 40) + 1))).Value);
        var big = System.Numerics.BigInteger.Pow(7, 301);
        var r = ((PyInt)Call("math", "isqrt", PyInt.From(big))).Value;
        Assert.True(r * r <= big && (r + 1) * (r + 1) > big);
        Assert.Equal(6, L(Call("math", "gcd", I(12), I(-18), I(0))));
        Assert.Equal(0, L(Call("math", "gcd")));
        Assert.Equal(0, L(Call("math", "lcm", I(4), I(6), I(0))));
        Assert.Equal(12, L(Call("math", "lcm", I(4), I(-6))));
        Assert.Equal(6, L(Call("math", "prod", new PyList(new PyObject[] { I(1), I(2), I(3) }))));
        Assert.Equal(5.0, D(Call("math", "prod", new PyList(new PyObject[] { F(2.5), I(2) }))));
        Assert.Equal(100000000000000000000m, (decimal)((PyInt)Call("math", "floor", F(1e20))).Value);
        Assert.Equal(-4, L(Call("math", "floor", F(-3.5))));
        Assert.Equal(-3, L(Call("math", "ceil", F(-3.5))));
        Assert.Equal(-3, L(Call("math", "trunc", F(-3.5))));
        Assert.Same(I(7), Call("math", "floor", I(7)));
    }

    [Fact]
    public void ErrorsMatchCPython()
    {
        void Err(PyType type, string message, string f, params PyObject[] args)
        {
            var e = Raises(type, () => Call("math", f, args));
            Assert.Equal(message, Str(e.Args[0]));
        }
        var nan = F(double.NaN);
        var inf = F(double.PositiveInfinity);
        Err(PyExc.ValueError, "math domain error", "sqrt", I(-1));
        Err(PyExc.OverflowError, "math range error", "exp", I(1000));
        Err(PyExc.ValueError, "math domain error", "log", I(0));
        Err(PyExc.ValueError, "math domain error", "log", F(-1.5));
        Err(PyExc.ZeroDivisionError, "float division by zero", "log", I(8), I(1));
        Err(PyExc.TypeError, "must be real number, not str", "floor", S("x"));
        Err(PyExc.TypeError, "must be real number, not str", "hypot", I(3), S("a"));
        Err(PyExc.ValueError, "factorial() not defined for negative values", "factorial", I(-1));
        Err(PyExc.TypeError, "'float' object cannot be interpreted as an integer", "factorial", F(5.0));
        Err(PyExc.OverflowError, "intermediate overflow in fsum", "fsum", new PyList(new PyObject[] { F(1e308), F(1e308) }));
        Err(PyExc.ValueError, "-inf + inf in fsum", "fsum", new PyList(new PyObject[] { inf, F(double.NegativeInfinity) }));
        Err(PyExc.ValueError, "n must be a non-negative integer", "comb", I(-1), I(3));
        Err(PyExc.ValueError, "isqrt() argument must be nonnegative", "isqrt", I(-1));
        Err(PyExc.OverflowError, "math range error", "ldexp", F(1.0), I(10_000_000_000));
        Err(PyExc.ValueError, "math domain error", "pow", I(0), I(-1));
        Err(PyExc.ValueError, "math domain error", "pow", I(-8), F(1.0 / 3));
        Err(PyExc.OverflowError, "math range error", "pow", I(10), I(400));
        Err(PyExc.ValueError, "math domain error", "fmod", I(1), I(0));
        var tol = Raises(PyExc.ValueError, () => CallKw("math", "isclose", [I(1), I(2)], ("rel_tol", F(-1))));
        Assert.Equal("tolerances must be non-negative", Str(tol.Args[0]));
        Err(PyExc.ValueError, "math domain error", "cos", inf);
        Err(PyExc.ValueError, "math domain error", "gamma", I(0));
        Err(PyExc.ValueError, "math domain error", "gamma", I(-1));
        Err(PyExc.OverflowError, "math range error", "gamma", I(200));
        Err(PyExc.ValueError, "math domain error", "lgamma", I(0));
        Err(PyExc.OverflowError, "cannot convert float infinity to integer", "ceil", inf);
        Err(PyExc.ValueError, "cannot convert float NaN to integer", "floor", nan);
        Err(PyExc.TypeError, "type str doesn't define __trunc__ method", "trunc", S("x"));
        Err(PyExc.OverflowError, "int too large to convert to float", "sqrt", PyInt.From(System.Numerics.BigInteger.Pow(10, 400)));
        Err(PyExc.ValueError, "math domain error", "atanh", I(1));
        Err(PyExc.ValueError, "math domain error", "log1p", I(-1));
        Err(PyExc.OverflowError, "math range error", "sinh", I(1000));
        Err(PyExc.ValueError, "both points must have the same number of dimensions", "dist", PyTuple.Create(I(0), I(0)), PyTuple.Create(I(3)));
        Err(PyExc.TypeError, "math.sqrt() takes exactly one argument (0 given)", "sqrt");
        Assert.True(double.IsNaN(M("sqrt", nan)));
        Assert.Equal(0.0, M("ldexp", F(1.0), I(-10_000_000_000)));
    }
}
