using Skein.Objects;
using Skein.Objects.Containers;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Containers.T;

namespace Skein.Tests.Containers;

public class SetTests
{
    private static PySet Set(params long[] values)
    {
        var s = new PySet();
        foreach (var v in values) s.Add(I(v));
        return s;
    }

    [Fact]
    public void OrderMatchesCPython()
    {
        var s = Set(100, 5, 37, 1000, 8, 64, 3);
        // Expected values are what CPython 3.11 prints for the same sequence of add() calls.
        Assert.Equal("{64, 3, 100, 37, 5, 1000, 8}", Repr(s));
        Assert.Equal("{64, 3, 100, 37, 5, 1000, 8}", Repr(Ops.Call(PyTypes.Set, s)));
        Assert.Equal("{64, 3, 100, 37, 5, 1000, 8}", Repr(Call(s, "copy")));
        Assert.Equal("frozenset({64, 3, 100, 37, 5, 1000, 8})", Repr(Ops.Call(PyTypes.FrozenSet, s)));
        Assert.Equal("{64, 3, 100, 37, 5, 1000, 8, 9}", Repr(Ops.BinaryOp(s, Set(9), BinaryOp.Or)));
        Assert.Equal("{3, 100, 5}", Repr(Ops.BinaryOp(s, Set(3, 100, 5), BinaryOp.And)));
        Assert.Equal("{3, 100, 5}", Repr(Ops.BinaryOp(Set(3, 100, 5), s, BinaryOp.And)));
        Assert.Equal("{64, 100, 5, 37, 1000, 8}", Repr(Ops.BinaryOp(s, Set(3), BinaryOp.Sub)));
        Assert.Equal("{64, 2, 3, 100, 37, 5, 8}", Repr(Ops.BinaryOp(s, Set(1000, 2), BinaryOp.Xor)));
        Assert.Equal("{1, 3}", Repr(Ops.BinaryOp(Set(1, 2), Set(2, 3), BinaryOp.Xor)));

        var r = Set(Enumerable.Range(0, 20).Select(i => (long)i).ToArray());
        Assert.Same(I(0), Call(r, "pop"));
        Assert.Same(I(1), Call(r, "pop"));
        for (var i = 0; i < 20; i += 2) Call(r, "discard", I(i));
        Assert.Equal("{3, 5, 7, 9, 11, 13, 15, 17, 19}", Repr(r));
        Assert.Equal("{3, 5, 7, 9, 11, 13, 15, 17, 19}", Repr(Call(r, "copy")));
    }

    [Fact]
    public void ReprAndErrors()
    {
        Assert.Equal("set()", Repr(new PySet()));
        Assert.Equal("frozenset()", Repr(new PyFrozenSet()));
        var sub = TypeType.CreateClass(PyTypes.Type, "S", PyTuple.Create(PyTypes.Set), new PyDict());
        Assert.Equal("S({1, 2})", Repr(Ops.Call(sub, L(1, 2))));
        Assert.Equal("S()", Repr(Ops.Call(sub)));
        Raises("TypeError: S expected at most 1 argument, got 2", () => Ops.Call(sub, I(1), I(2)));
        Raises("TypeError: set expected at most 1 argument, got 2", () => Ops.Call(PyTypes.Set, I(1), I(2)));
        Raises("TypeError: 'int' object is not iterable", () => Ops.Call(PyTypes.Set, I(1)));
        Raises("KeyError: 'pop from an empty set'", () => Call(new PySet(), "pop"));
        Raises("KeyError: 5", () => Call(Set(1), "remove", I(5)));
        Raises("TypeError: unhashable type: 'list'", () => Call(Set(1), "remove", L()));
        Raises("TypeError: set.add() takes exactly one argument (0 given)", () => Call(Set(1), "add"));
        Raises("TypeError: set.symmetric_difference() takes exactly one argument (0 given)", () => Call(Set(1), "symmetric_difference"));
        Raises("TypeError: unhashable type: 'set'", () => Ops.Hash(Set(1)));
        Raises("TypeError: '<' not supported between instances of 'set' and 'list'", () => Ops.RichCompare(Set(1), L(1), CompareOp.Lt));
        Raises("TypeError: unsupported operand type(s) for |: 'set' and 'list'", () => Ops.BinaryOp(Set(1), L(1), BinaryOp.Or));
        Raises("TypeError: unsupported operand type(s) for |=: 'set' and 'list'", () => Ops.InPlaceOp(Set(1), L(1), BinaryOp.Or));
        Assert.Equal("set[int]", Repr(Ops.GetItem(PyTypes.Set, PyTypes.Int)));
        Assert.Equal("(<class 'set'>, ([1, 2],), None)", Repr(Call(Set(1, 2), "__reduce__")));
    }

    [Fact]
    public void Algebra()
    {
        var a = Set(1, 2, 3);
        Assert.True(Ops.Eq(a, Ops.Call(PyTypes.FrozenSet, L(3, 2, 1))));
        Assert.False(Ops.Eq(a, L(1, 2, 3)));
        Assert.True(Ops.IsTrue(Ops.RichCompare(Set(1), a, CompareOp.Le)));
        Assert.False(Ops.IsTrue(Ops.RichCompare(a, a, CompareOp.Lt)));
        Assert.True(Ops.IsTrue(Ops.RichCompare(a, Set(1), CompareOp.Gt)));
        Assert.Same(PyBool.True, Call(a, "issubset", L(1, 2, 3, 4)));
        Assert.Same(PyBool.True, Call(a, "issuperset", L(1, 2)));
        Assert.Same(PyBool.True, Call(a, "isdisjoint", L(7)));
        Assert.Equal("{1, 2, 3, 4, 5}", Repr(Call(a, "union", L(4), Tup(5))));
        Assert.Equal("{2}", Repr(Call(a, "intersection", L(2, 3), L(2))));
        Assert.Equal("{1}", Repr(Call(a, "difference", L(2), L(3))));
        Assert.Equal("frozenset({1, 4})", Repr(Ops.BinaryOp(Ops.Call(PyTypes.FrozenSet, a), Set(2, 3, 4), BinaryOp.Xor)));
        Assert.Equal("set", Ops.BinaryOp(a, new PyFrozenSet(), BinaryOp.Or).Type.Name);
        var b = Set(1, 2, 3, 4);
        Call(b, "intersection_update", L(2, 3, 4, 5));
        Assert.Equal("{2, 3, 4}", Repr(b));
        Call(b, "difference_update", L(2));
        Assert.Equal("{3, 4}", Repr(b));
        Call(b, "symmetric_difference_update", L(4, 5));
        Assert.Equal("{3, 5}", Repr(b));
        Assert.Same(b, Ops.InPlaceOp(b, Set(9), BinaryOp.Or));
        Assert.Same(b, Ops.InPlaceOp(b, Set(9, 3), BinaryOp.And));
        Assert.Equal("{9, 3}", Repr(b));
        // A set is found in a set of frozensets.
        var ff = new PySet();
        ff.Add(Ops.Call(PyTypes.FrozenSet, L(1)));
        Assert.True(Ops.Contains(ff, Set(1)));
        Assert.Equal("{frozenset({1})}", Repr(ff));
    }

    [Fact]
    public void FrozenSetHashMatchesCPython()
    {
        Assert.Equal(133146708735736L, Ops.Hash(new PyFrozenSet()));
        Assert.Equal(-272375401224217160L, Ops.Hash(Ops.Call(PyTypes.FrozenSet, L(1, 2, 3))));
        var f = (PyFrozenSet)Ops.Call(PyTypes.FrozenSet, L(1));
        Assert.Same(f, Ops.Call(PyTypes.FrozenSet, f));
        Assert.Same(f, Call(f, "copy"));
    }

    [Fact]
    public void IterationDetectsResize()
    {
        var s = Set(1, 2, 3);
        var it = Ops.GetIter(s);
        Assert.Equal("set_iterator", it.Type.Name);
        Assert.Same(I(3), Call(it, "__length_hint__"));
        Ops.Next(it);
        s.Add(I(99));
        Raises("RuntimeError: Set changed size during iteration", () => Ops.Next(it));
    }

    [Fact]
    public async Task ConcurrentAdds()
    {
        var s = new PySet();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 50_000; i++)
            {
                s.Add(I(t * 1_000_000 + i));
                s.Add(I(i % 1000));
                s.Contains(I(i));
            }
        })));
        // Thread 0's own keys 0..49999 include the shared keys 0..999.
        Assert.Equal(8 * 50_000, s.Count);
        Assert.Equal(8 * 50_000, Ops.Iterate(s).Count());
    }
}
