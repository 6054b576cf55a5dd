using Skein.Modules;
using Skein.Objects;
using Skein.Objects.Containers;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Containers.T;

namespace Skein.Tests.Containers;

public class DequeTests
{
    private static PyDeque Dq(params long[] items) => (PyDeque)Ops.Call(CollectionsModule.DequeType, L(items));

    private static PyDeque DqMax(long maxlen, params long[] items) => (PyDeque)Ops.Call(CollectionsModule.DequeType, L(items), I(maxlen));

    [Fact]
    public void ReprAndBasics()
    {
        Assert.Equal("deque([1, 2, 3], maxlen=3)", Repr(DqMax(3, 1, 2, 3)));
        Assert.Equal("deque([])", Repr(Dq()));
        Assert.Equal("deque([2, 3], maxlen=2)", Repr(DqMax(2, 1, 2, 3)));
        Raises("IndexError: pop from an empty deque", () => Call(Dq(), "pop"));
        Raises("IndexError: pop from an empty deque", () => Call(Dq(), "popleft"));
        Raises("IndexError: deque index out of range", () => Ops.GetItem(Dq(1), I(5)));
        Raises("TypeError: sequence index must be integer, not 'str'", () => Ops.GetItem(Dq(1), S("a")));
        Raises("ValueError: maxlen must be non-negative", () => DqMax(-1, 1));
        Raises("ValueError: 5 is not in deque", () => Call(Dq(1), "index", I(5)));
        Raises("ValueError: 5 is not in deque", () => Call(Dq(1), "remove", I(5)));
        Raises("ValueError: 2 is not in deque", () => Call(Dq(1, 2, 3), "index", I(2), I(0), I(1)));
        Raises("IndexError: deque already at its maximum size", () => Call(DqMax(1, 1), "insert", I(0), I(5)));
        Raises("TypeError: can only concatenate deque (not \"list\") to deque", () => Ops.BinaryOp(Dq(1), L(1), BinaryOp.Add));
        Raises("TypeError: 'int' object is not iterable", () => Ops.Call(CollectionsModule.DequeType, I(1)));
        Raises("TypeError: an integer is required", () => Ops.Call(CollectionsModule.DequeType, L(1), S("a")));
        Assert.Equal("deque([1, 2, 1, 2])", Repr(Ops.BinaryOp(Dq(1, 2), I(2), BinaryOp.Mul)));
        Assert.Equal("deque([3, 1, 2, 3], maxlen=4)", Repr(Ops.BinaryOp(I(3), DqMax(4, 1, 2, 3), BinaryOp.Mul)));
        Assert.Equal("deque([2, 3, 5, 6], maxlen=4)", Repr(Ops.BinaryOp(DqMax(4, 1, 2, 3), Dq(5, 6), BinaryOp.Add)));
        Assert.True(Ops.IsTrue(Ops.RichCompare(Dq(1), Dq(2), CompareOp.Lt)));
        Assert.False(Ops.Eq(Dq(1), L(1)));
        Assert.Same(I(3), Ops.GetItem(Dq(1, 2, 3), I(-1)));
        Assert.Same(PyNone.Instance, Ops.GetAttr(Dq(), "maxlen"));
        Assert.Same(I(5), Ops.GetAttr(DqMax(5), "maxlen"));
        Assert.Equal("collections.deque[int]", Repr(Ops.GetItem(CollectionsModule.DequeType, PyTypes.Int)));
        Assert.Equal("_deque_iterator", Ops.GetIter(Dq()).Type.Name);
        Assert.Equal("_deque_reverse_iterator", Call(Dq(), "__reversed__").Type.Name);
        var reduced = (PyTuple)Call(DqMax(2, 1), "__reduce__");
        Assert.Equal("((), 2)", Repr(reduced.Items[1]));
        Raises("TypeError: unhashable type: 'deque'", () => Ops.Hash(Dq()));
    }

    [Fact]
    public void Mutations()
    {
        var d = Dq(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Call(d, "rotate", I(3));
        Assert.Equal("deque([7, 8, 9, 0, 1, 2, 3, 4, 5, 6])", Repr(d));
        Call(d, "rotate", I(-4));
        Assert.Equal("deque([1, 2, 3, 4, 5, 6, 7, 8, 9, 0])", Repr(d));
        d = Dq(1, 2, 3);
        Call(d, "extendleft", L(4, 5));
        Assert.Equal("deque([5, 4, 1, 2, 3])", Repr(d));
        Ops.DelItem(d, I(1));
        Assert.Equal("deque([5, 1, 2, 3])", Repr(d));
        Ops.SetItem(d, I(0), I(9));
        Call(d, "reverse");
        Assert.Equal("deque([3, 2, 1, 9])", Repr(d));
        Assert.Same(d, Ops.InPlaceOp(d, I(2), BinaryOp.Mul));
        Assert.Same(d, Ops.InPlaceOp(d, L(7), BinaryOp.Add));
        Assert.Equal("deque([3, 2, 1, 9, 3, 2, 1, 9, 7])", Repr(d));
        d.Append(d);
        Assert.Equal("deque([3, 2, 1, 9, 3, 2, 1, 9, 7, [...]])", Repr(d));
        var z = DqMax(0);
        Call(z, "append", I(1));
        Assert.Equal("deque([], maxlen=0)", Repr(z));
        var m = DqMax(3, 1, 2, 3);
        Ops.InPlaceOp(m, I(3), BinaryOp.Mul);
        Assert.Equal("deque([1, 2, 3], maxlen=3)", Repr(m));
        Call(m, "appendleft", I(0));
        Assert.Equal("deque([0, 1, 2], maxlen=3)", Repr(m));
        Raises("IndexError: deque already at its maximum size", () => Call(m, "insert", I(1), I(5)));
    }

    [Fact]
    public void MutationDuringIteration()
    {
        var d = Dq(1, 2, 3);
        var it = Ops.GetIter(d);
        Ops.Next(it);
        d.Append(I(4));
        Raises("RuntimeError: deque mutated during iteration", () => Ops.Next(it));
        Assert.Equal("3 2 1", string.Join(" ", Ops.Iterate(Call(Dq(1, 2, 3), "__reversed__")).Select(Repr)));
        var copy = (PyDeque)Call(DqMax(4, 1, 2), "__copy__");
        Assert.Equal("deque([1, 2], maxlen=4)", Repr(copy));
    }

    [Fact]
    public async Task ConcurrentAppendAndPopLeft()
    {
        var d = Dq();
        const int producers = 4, per = 100_000;
        var popped = 0L;
        var producing = Enumerable.Range(0, producers).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < per; i++) d.Append(I(i));
        })).ToArray();
        var consumers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var mine = 0L;
            while (true)
            {
                try
                {
                    d.PopLeft();
                    mine++;
                }
                catch (PyException)
                {
                    if (producing.All(p => p.IsCompleted) && d.Count == 0) break;
                }
            }
            Interlocked.Add(ref popped, mine);
        })).ToArray();
        await Task.WhenAll([.. producing, .. consumers]);
        Assert.Equal(producers * per, popped);
        Assert.Equal(0, d.Count);
    }
}
