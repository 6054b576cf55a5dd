using System.Numerics;
using Skein.Objects;
using Skein.Objects.Containers;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Containers.T;

namespace Skein.Tests.Containers;

public class RangeSliceTests
{
    private static PyObject R(params long[] args) => Ops.Call(PyTypes.Range, args.Select(a => (PyObject)I(a)).ToArray(), null);

    private static PyInt Big(string s) => PyInt.From(BigInteger.Parse(s));

    [Fact]
    public void RangeBasics()
    {
        Raises("TypeError: range expected at least 1 argument, got 0", () => Ops.Call(PyTypes.Range));
        Raises("TypeError: range expected at most 3 arguments, got 4", () => R(1, 2, 3, 4));
        Raises("ValueError: range() arg 3 must not be zero", () => R(1, 2, 0));
        Raises("TypeError: 'str' object cannot be interpreted as an integer", () => Ops.Call(PyTypes.Range, S("a")));
        Assert.Equal("range(0, 10)", Repr(R(10)));
        Assert.Equal("range(0, 10, 2)", Repr(R(0, 10, 2)));
        Assert.Equal("range(2, 8, 2)", Repr(Ops.GetItem(R(0, 10, 2), Sl(1, 4))));
        Assert.Equal("range(9, -1, -1)", Repr(Ops.GetItem(R(10), Sl(null, null, -1))));
        Assert.Equal("range(9, -3, -6)", Repr(Ops.GetItem(R(0, 10, 3), Sl(null, null, -2))));
        Assert.Equal("range(5, 5)", Repr(Ops.GetItem(R(5), Sl(10, 20))));
        Assert.Same(I(7), Ops.GetItem(R(10), I(-3)));
        Raises("IndexError: range object index out of range", () => Ops.GetItem(R(3), I(5)));
        Raises("TypeError: range indices must be integers or slices, not str", () => Ops.GetItem(R(3), S("a")));
        var huge = Ops.Call(PyTypes.Range, Big("100000000000000000000"));
        Assert.Equal("10000000000000000000", Repr(Ops.GetItem(huge, Big("10000000000000000000"))));
        Raises("OverflowError: Python int too large to convert to C ssize_t", () => Ops.Len(huge));
        Assert.True(Ops.IsTrue(huge));
        Assert.Equal("longrange_iterator", Ops.GetIter(huge).Type.Name);
        Assert.Equal(5, Ops.Len(R(0, 10, 2)));
        Assert.Equal(0, Ops.Len(R(5, 0)));
        Assert.Equal(4, Ops.Len(R(10, 0, -3)));
    }

    [Fact]
    public void RangeSearchAndIteration()
    {
        Assert.True(Ops.Contains(R(0, 10, 3), I(3)));
        Assert.False(Ops.Contains(R(0, 10, 3), I(4)));
        Assert.False(Ops.Contains(R(0, 10, 3), I(12)));
        Assert.True(Ops.Contains(R(10, 0, -3), I(4)));
        Assert.Same(I(2), Call(R(10, 0, -3), "index", I(4)));
        Raises("ValueError: 5 is not in range", () => Call(R(3), "index", I(5)));
        Raises("ValueError: sequence.index(x): x not in sequence", () => Call(R(3), "index", S("a")));
        Assert.Same(I(1), Call(R(3), "count", I(2)));
        Assert.Equal("9 6 3 0", string.Join(" ", Ops.Iterate(Call(R(0, 10, 3), "__reversed__")).Select(Repr)));
        Assert.Equal("range_iterator", Call(R(3), "__reversed__").Type.Name);
        var it = Ops.GetIter(R(5));
        Assert.Equal("range_iterator", it.Type.Name);
        Ops.Next(it);
        Assert.Same(I(4), Call(it, "__length_hint__"));
        Assert.Equal("0 1 2 3 4", string.Join(" ", Ops.Iterate(R(5)).Select(Repr)));
        Assert.Equal("(<class 'range'>, (0, 3, 1))", Repr(Call(R(3), "__reduce__")));
        Assert.Same(I(1), Ops.GetAttr(R(1, 5, 2), "start"));
        Assert.Same(I(5), Ops.GetAttr(R(1, 5, 2), "stop"));
        Assert.Same(I(2), Ops.GetAttr(R(1, 5, 2), "step"));
        Assert.Equal("-9223372036854775808 -1 9223372036854775806", string.Join(" ", Ops.Iterate(R(long.MinValue, long.MaxValue, long.MaxValue)).Select(Repr)));
        Assert.Equal("9223372036854775806 -1 -9223372036854775808", string.Join(" ", Ops.Iterate(Call(R(long.MinValue, long.MaxValue, long.MaxValue), "__reversed__")).Select(Repr)));
    }

    [Fact]
    public void RangeEqualityAndHash()
    {
        Assert.True(Ops.Eq(R(0), R(5, 2)));
        Assert.True(Ops.Eq(R(0, 3, 2), R(0, 4, 2)));
        Assert.False(Ops.Eq(R(0, 3), R(0, 4)));
        Assert.False(Ops.Eq(R(3), L(0, 1, 2)));
        Assert.Equal(-6143170332311272345L, Ops.Hash(R(0, 10, 2)));
        Assert.Equal(5795932985296280846L, Ops.Hash(R(5)));
        Assert.Equal(Ops.Hash(R(0, 3, 2)), Ops.Hash(R(0, 4, 2)));
    }

    [Fact]
    public void TupleHashMatchesCPython()
    {
        Assert.Equal(-3550055125485641917L, Ops.Hash(Tup(1, 2)));
        Assert.Equal(5740354900026072187L, Ops.Hash(PyTuple.Empty));
        Assert.Equal(-6644214454873602895L, Ops.Hash(Tup(1)));
        Assert.Equal(8078679518589016365L, Ops.Hash(Tup(-1)));
        Assert.Equal(-333907151259015829L, Ops.Hash(PyTuple.Create(Tup(1, 2), I(3))));
    }

    [Fact]
    public void Slices()
    {
        Raises("TypeError: slice expected at least 1 argument, got 0", () => Ops.Call(PyTypes.Slice));
        Raises("TypeError: slice expected at most 3 arguments, got 4", () => Ops.Call(PyTypes.Slice, [I(1), I(2), I(3), I(4)], null));
        Raises("TypeError: unhashable type: 'slice'", () => Ops.Hash(Sl(1, 2)));
        Assert.Equal("slice(1, 2, None)", Repr(Sl(1, 2)));
        Assert.Equal("slice(None, 1, None)", Repr(Ops.Call(PyTypes.Slice, I(1))));
        Assert.Equal("(9, -1, -1)", Repr(Call(Sl(null, null, -1), "indices", I(10))));
        Assert.True(Ops.Eq(Sl(1, 2), Sl(1, 2)));
        Assert.True(Ops.IsTrue(Ops.RichCompare(Sl(1, 2), Sl(1, 3), CompareOp.Lt)));
        Assert.Equal("(<class 'slice'>, (1, 2, 3))", Repr(Call(Sl(1, 2, 3), "__reduce__")));
        Raises("ValueError: length should not be negative", () => Call(Sl(1, 2), "indices", I(-1)));
        Raises("ValueError: slice step cannot be zero", () => Call(Sl(0, 1, 0), "indices", I(5)));
        Raises("TypeError: slice indices must be integers or None or have an __index__ method", () => Call(new PySlice(S("a"), PyNone.Instance, PyNone.Instance), "indices", I(5)));
        var big = new PySlice(I(-100), Big("1000000000000000000000000000000"), I(3));
        Assert.Equal("(9999999999999999999999900, 10000000000000000000000000, 3)", Repr(Call(big, "indices", Big("10000000000000000000000000"))));
        Assert.Same(I(1), Ops.GetAttr(Sl(1, 2), "start"));
        Assert.Same(PyNone.Instance, Ops.GetAttr(Sl(1, 2), "step"));
    }

    [Fact]
    public void SliceIndicesHelper()
    {
        SliceIndices.Compute(Sl(null, null, -1), 5, out var start, out var stop, out var step, out var count);
        Assert.Equal((4L, -1L, -1L, 5L), (start, stop, step, count));
        SliceIndices.Compute(new PySlice(Big("-100000000000000000000"), Big("100000000000000000000"), PyNone.Instance), 5, out start, out stop, out step, out count);
        Assert.Equal((0L, 5L, 1L, 5L), (start, stop, step, count));
        SliceIndices.Compute(Sl(1, 10, 4), 8, out start, out stop, out step, out count);
        Assert.Equal((1L, 8L, 4L, 2L), (start, stop, step, count));
    }
}
