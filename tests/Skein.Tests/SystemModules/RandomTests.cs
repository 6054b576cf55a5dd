using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.SystemModules.ModuleHelpers;

namespace Skein.Tests.SystemModules;

public class RandomTests
{
    private static PyObject New(PyObject? seed) => seed == null ? Ops.Call(Attr("_random", "Random")) : Ops.Call(Attr("_random", "Random"), seed);
    private static double Rand(PyObject r) => D(Ops.CallMethod(r, "random"));
    private static System.Numerics.BigInteger Bits(PyObject r, int k) => ((PyInt)Ops.CallMethod(r, "getrandbits", I(k))).Value;

    [Fact]
    public void SequencesMatchCPython()
    {
        // random.seed(42); random.random(), getrandbits(100), getrandbits(32), getrandbits(7), getrandbits(64) in CPython 3.11.7.
        var r = New(I(42));
        Assert.Equal(0.6394267984578837, Rand(r));
        Assert.Equal(System.Numerics.BigInteger.Parse("259474555368124611114247330513"), Bits(r, 100));
        Assert.Equal(958682846, (long)Bits(r, 32));
        Assert.Equal(17, (long)Bits(r, 7));
        Assert.Equal(1890702223848595625, (long)Bits(r, 64));
        Assert.Equal(0, (long)Bits(r, 0));
        Assert.Equal(0.44487310994347073, Rand(New(PyInt.From(System.Numerics.BigInteger.Pow(2, 100) + 12345))));
        Assert.Equal(0.8444218515250481, Rand(New(I(0))));
        Assert.Equal(0.6229016948897019, Rand(New(I(-5))));
        // str and bytes seeds follow CPython's random.seed version 2 (sha512) rule.
        Assert.Equal(0.3537754404730722, Rand(New(S("hello"))));
        Assert.Equal(0.3537754404730722, Rand(New(B("hello"))));
    }

    [Fact]
    public void StateRoundTrips()
    {
        var r = New(I(42));
        var state = (PyTuple)Ops.CallMethod(r, "getstate");
        Assert.Equal(625, state.Count);
        Assert.Equal(2147483648, L(state[0]));
        Assert.Equal(3564348608, L(state[1]));
        Assert.Equal(1266698288, L(state[2]));
        Assert.Equal(624, L(state[624]));
        Rand(r);
        Assert.Equal(2, L(((PyTuple)Ops.CallMethod(r, "getstate"))[624]));
        var a = Rand(r);
        Ops.CallMethod(r, "setstate", state);
        Rand(r);
        Assert.Equal(a, Rand(r));
        var e = Raises(PyExc.ValueError, () => Ops.CallMethod(r, "setstate", PyTuple.Create(I(1))));
        Assert.Equal("state vector is the wrong size", Str(e.Args[0]));
        e = Raises(PyExc.TypeError, () => Ops.CallMethod(r, "setstate", new PyList()));
        Assert.Equal("state vector must be a tuple", Str(e.Args[0]));
        e = Raises(PyExc.ValueError, () => Ops.CallMethod(r, "getrandbits", I(-1)));
        Assert.Equal("number of bits must be non-negative", Str(e.Args[0]));
        var unseeded = New(null);
        Assert.InRange(Rand(unseeded), 0.0, 1.0);
    }

    [Fact]
    public void SubclassGetsOwnTypeAndDict()
    {
        var sub = TypeType.CreateClass(PyTypes.Type, "MyRandom", PyTuple.Create(RandomModule.RandomType), new PyDict());
        var r = Ops.Call(sub, I(42));
        Assert.Same(sub, r.Type);
        Ops.SetAttr(r, "gauss_next", PyNone.Instance);
        Assert.Equal(0.6394267984578837, Rand(r));
    }

    [Fact]
    public void ConcurrentUseKeepsStateConsistent()
    {
        var r = New(I(1));
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 20000; i++) Assert.InRange(Rand(r), 0.0, 1.0);
        });
        var state = (PyTuple)Ops.CallMethod(r, "getstate");
        Assert.InRange(L(state[624]), 0, 624);
    }
}
