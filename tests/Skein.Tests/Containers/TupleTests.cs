using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Containers.T;

namespace Skein.Tests.Containers;

public class TupleTests
{
    [Fact]
    public void Basics()
    {
        Assert.Equal("()", Repr(PyTuple.Empty));
        Assert.Equal("(1,)", Repr(Tup(1)));
        Assert.Equal("(1, 2)", Repr(Tup(1, 2)));
        Assert.Same(PyTuple.Empty, Ops.Call(PyTypes.Tuple));
        var t = Tup(1, 2, 3);
        Assert.Same(t, Ops.Call(PyTypes.Tuple, t));
        Assert.Same(t, Ops.GetItem(t, Sl(null, null)));
        Assert.Equal("(3, 1)", Repr(Ops.GetItem(t, Sl(null, null, -2))));
        Raises("IndexError: tuple index out of range", () => Ops.GetItem(t, I(5)));
        Raises("TypeError: tuple indices must be integers or slices, not str", () => Ops.GetItem(t, S("a")));
        Raises("TypeError: tuple expected at most 1 argument, got 2", () => Ops.Call(PyTypes.Tuple, I(1), I(2)));
        Raises("ValueError: tuple.index(x): x not in tuple", () => Call(t, "index", I(7)));
        Raises("TypeError: tuple.count() takes exactly one argument (0 given)", () => Call(t, "count"));
        Raises("TypeError: can only concatenate tuple (not \"list\") to tuple", () => Ops.BinaryOp(t, L(), BinaryOp.Add));
        Raises("TypeError: 'tuple' object does not support item assignment", () => Ops.SetItem(t, I(0), I(1)));
        Assert.Same(I(1), Call(t, "index", I(2)));
        Assert.Same(I(1), Call(Tup(1, 2, 1), "count", I(2)));
        Assert.Equal("(1, 2, 3, 1, 2, 3)", Repr(Ops.BinaryOp(I(2), t, BinaryOp.Mul)));
        Assert.Same(t, Ops.BinaryOp(t, I(1), BinaryOp.Mul));
        Assert.True(Ops.IsTrue(Ops.RichCompare(Tup(1, 2), Tup(1, 3), CompareOp.Lt)));
        Assert.Equal("((1, 2, 3),)", Repr(Call(t, "__getnewargs__")));
        Assert.Equal("tuple[int, ...]", Repr(Ops.GetItem(PyTypes.Tuple, PyTuple.Create(PyTypes.Int, PyEllipsis.Instance))));
        Assert.Equal("tuple_iterator", Ops.GetIter(t).Type.Name);
    }

    [Fact]
    public void NamedTupleStyleSubclass()
    {
        // What collections.namedtuple builds: class Point(tuple) with __slots__ = () and a __new__ calling tuple.__new__(cls, iterable).
        var ns = new PyDict();
        ns.SetItem("__slots__", PyTuple.Empty);
        var point = TypeType.CreateClass(PyTypes.Type, "Point", PyTuple.Create(PyTypes.Tuple), ns);
        var tupleNew = Ops.GetAttr(PyTypes.Tuple, "__new__");
        var p = Ops.Call(tupleNew, point, L(1, 2));
        Assert.Same(point, p.Type);
        Assert.Equal("(1, 2)", Repr(p));
        Assert.Same(I(2), Ops.GetItem(p, I(1)));
        Assert.Equal("tuple", Ops.GetItem(p, Sl(0, 1)).Type.Name);
        Assert.True(Ops.Eq(p, Tup(1, 2)));
        Assert.Equal(Ops.Hash(Tup(1, 2)), Ops.Hash(p));
        Assert.Null(p.InstanceDict);
        var withDict = TypeType.CreateClass(PyTypes.Type, "T", PyTuple.Create(PyTypes.Tuple), new PyDict());
        var w = Ops.Call(withDict, L(1));
        Ops.SetAttr(w, "x", I(1));
        Assert.Same(I(1), Ops.GetAttr(w, "x"));
    }
}
