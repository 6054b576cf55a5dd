using System.Numerics;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Containers.T;

namespace Skein.Tests.Containers;

public class ListTests
{
    [Fact]
    public void ReprAndRecursion()
    {
        Assert.Equal("[]", Repr(L()));
        Assert.Equal("[1, 2, 3]", Repr(L(1, 2, 3)));
        var a = L(1);
        a.Append(a);
        Assert.Equal("[1, [...]]", Repr(a));
        Assert.Equal("([1, [...]],)", Repr(PyTuple.Create(a)));
    }

    [Fact]
    public void Indexing()
    {
        var a = L(1, 2, 3);
        Assert.Same(I(3), Ops.GetItem(a, I(-1)));
        Raises("IndexError: list index out of range", () => Ops.GetItem(a, I(3)));
        Raises("IndexError: list index out of range", () => Ops.GetItem(a, I(-4)));
        Raises("TypeError: list indices must be integers or slices, not str", () => Ops.GetItem(a, S("x")));
        Raises("IndexError: cannot fit 'int' into an index-sized integer", () => Ops.GetItem(a, PyInt.From(BigInteger.Pow(10, 20))));
        Ops.SetItem(a, I(-1), I(9));
        Assert.Equal("[1, 2, 9]", Repr(a));
        Raises("IndexError: list assignment index out of range", () => Ops.SetItem(a, I(3), I(0)));
        Ops.DelItem(a, I(0));
        Assert.Equal("[2, 9]", Repr(a));
        Raises("IndexError: list assignment index out of range", () => Ops.DelItem(a, I(5)));
    }

    [Fact]
    public void Slices()
    {
        var a = L(1, 2, 3, 4, 5);
        Assert.Equal("[2, 3]", Repr(Ops.GetItem(a, Sl(1, 3))));
        Assert.Equal("[5, 3, 1]", Repr(Ops.GetItem(a, Sl(null, null, -2))));
        Assert.Equal("[]", Repr(Ops.GetItem(a, Sl(10, 20))));
        Raises("ValueError: slice step cannot be zero", () => Ops.GetItem(a, Sl(null, null, 0)));

        a = L(1, 2, 3, 4, 5);
        Ops.SetItem(a, Sl(1, 1), L(9, 9));
        Assert.Equal("[1, 9, 9, 2, 3, 4, 5]", Repr(a));
        a = L(1, 2, 3, 4, 5);
        Ops.SetItem(a, Sl(3, 1), L(9));
        Assert.Equal("[1, 2, 3, 9, 4, 5]", Repr(a));
        a = L(1, 2, 3, 4, 5);
        Ops.DelItem(a, Sl(null, null, -2));
        Assert.Equal("[2, 4]", Repr(a));
        a = L(1, 2, 3, 4, 5);
        Ops.SetItem(a, Sl(null, null, -2), L(7, 8, 9));
        Assert.Equal("[9, 2, 8, 4, 7]", Repr(a));
        Raises("ValueError: attempt to assign sequence of size 2 to extended slice of size 3", () => Ops.SetItem(a, Sl(null, null, 2), L(1, 2)));
        Raises("TypeError: can only assign an iterable", () => Ops.SetItem(a, Sl(1, 3), I(5)));
        Raises("TypeError: must assign iterable to extended slice", () => Ops.SetItem(a, Sl(null, null, 2), I(5)));
        a = L(1, 2, 3);
        Ops.SetItem(a, Sl(null, null), a);
        Assert.Equal("[1, 2, 3]", Repr(a));
        Ops.SetItem(a, Sl(1, null), a);
        Assert.Equal("[1, 1, 2, 3]", Repr(a));
        a = L(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Ops.DelItem(a, Sl(1, 8, 3));
        Assert.Equal("[0, 2, 3, 5, 6, 8, 9]", Repr(a));
        Ops.SetItem(a, Sl(2, 5), L());
        Assert.Equal("[0, 2, 8, 9]", Repr(a));
    }

    [Fact]
    public void Methods()
    {
        var a = L(3, 1, 2);
        Call(a, "append", I(4));
        Call(a, "insert", I(-100), I(0));
        Call(a, "insert", I(100), I(5));
        Assert.Equal("[0, 3, 1, 2, 4, 5]", Repr(a));
        Assert.Same(I(5), Call(a, "pop"));
        Assert.Same(I(3), Call(a, "pop", I(1)));
        Raises("IndexError: pop index out of range", () => Call(a, "pop", I(10)));
        Raises("IndexError: pop from empty list", () => Call(L(), "pop"));
        Raises("TypeError: pop expected at most 1 argument, got 2", () => Call(a, "pop", I(1), I(2)));
        Raises("TypeError: list.append() takes exactly one argument (0 given)", () => Call(a, "append"));
        Raises("TypeError: insert expected 2 arguments, got 1", () => Call(a, "insert", I(1)));
        Raises("TypeError: list.copy() takes no arguments (1 given)", () => Call(a, "copy", I(1)));
        Call(a, "remove", I(1));
        Assert.Equal("[0, 2, 4]", Repr(a));
        Raises("ValueError: list.remove(x): x not in list", () => Call(a, "remove", I(7)));
        Assert.Same(I(2), Call(a, "index", I(4)));
        Raises("ValueError: 4 is not in list", () => Call(a, "index", I(4), I(0), I(2)));
        Raises("ValueError: 'a' is not in list", () => Call(a, "index", S("a")));
        Raises("TypeError: slice indices must be integers or have an __index__ method", () => Call(a, "index", I(1), S("a")));
        Assert.Same(I(1), Call(a, "index", I(2), I(-2)));
        Assert.Same(I(3), Call(L(1, 2, 1, 1), "count", I(1)));
        var c = (PyList)Call(a, "copy");
        Call(a, "clear");
        Assert.Equal("[]", Repr(a));
        Assert.Equal("[0, 2, 4]", Repr(c));
        Call(c, "reverse");
        Assert.Equal("[4, 2, 0]", Repr(c));
        Call(c, "extend", PyTuple.Create(I(7), I(8)));
        Call(c, "extend", c);
        Assert.Equal("[4, 2, 0, 7, 8, 4, 2, 0, 7, 8]", Repr(c));
        Raises("TypeError: 'int' object is not iterable", () => Call(c, "extend", I(1)));
    }

    [Fact]
    public void Operators()
    {
        Assert.Equal("[1, 2, 3]", Repr(Ops.BinaryOp(L(1), L(2, 3), BinaryOp.Add)));
        Raises("TypeError: can only concatenate list (not \"tuple\") to list", () => Ops.BinaryOp(L(1), Tup(2), BinaryOp.Add));
        Assert.Equal("[1, 2, 1, 2]", Repr(Ops.BinaryOp(L(1, 2), I(2), BinaryOp.Mul)));
        Assert.Equal("[1, 2, 1, 2]", Repr(Ops.BinaryOp(I(2), L(1, 2), BinaryOp.Mul)));
        Assert.Equal("[]", Repr(Ops.BinaryOp(L(1, 2), I(-1), BinaryOp.Mul)));
        Raises("OverflowError: cannot fit 'int' into an index-sized integer", () => Ops.BinaryOp(L(1), PyInt.From(BigInteger.Pow(10, 20)), BinaryOp.Mul));
        Raises("TypeError: can't multiply sequence by non-int of type 'list'", () => Ops.BinaryOp(L(1), L(1), BinaryOp.Mul));
        var a = L(1);
        Assert.Same(a, Ops.InPlaceOp(a, Tup(2, 3), BinaryOp.Add));
        Assert.Same(a, Ops.InPlaceOp(a, I(2), BinaryOp.Mul));
        Assert.Equal("[1, 2, 3, 1, 2, 3]", Repr(a));
        Assert.True(Ops.IsTrue(Ops.RichCompare(L(1, 2), L(1, 2, 3), CompareOp.Lt)));
        Assert.True(Ops.IsTrue(Ops.RichCompare(L(2), L(1, 5), CompareOp.Gt)));
        Assert.True(Ops.Eq(L(1, 2), L(1, 2)));
        Assert.False(Ops.Eq(L(1, 2), Tup(1, 2)));
        Assert.True(Ops.Contains(L(1, 2), I(2)));
        Assert.False(Ops.Contains(L(1, 2), I(3)));
        Assert.Equal(2, Ops.Len(L(1, 2)));
        Raises("TypeError: unhashable type: 'list'", () => Ops.Hash(L()));
        Assert.Same(PyNone.Instance, PyTypes.List.Dict.GetItemOrNull("__hash__"));
    }

    [Fact]
    public void Iteration()
    {
        var a = L(1, 2, 3);
        var it = Ops.GetIter(a);
        Assert.Equal("list_iterator", it.Type.Name);
        Assert.Same(I(1), Ops.Next(it));
        Assert.Same(I(2), Call(it, "__length_hint__"));
        a.Append(I(4));
        Assert.Same(I(2), Ops.Next(it));
        Assert.Same(I(3), Ops.Next(it));
        Assert.Same(I(4), Ops.Next(it));
        Assert.Null(Ops.Next(it));
        a.Append(I(5));
        Assert.Null(Ops.Next(it));
        var r = Call(a, "__reversed__");
        Assert.Equal("list_reverseiterator", r.Type.Name);
        Assert.Equal("5 4 3 2 1", string.Join(" ", Ops.Iterate(r).Select(Repr)));
    }

    [Fact]
    public void Sorting()
    {
        var a = L(5, 3, 9, 1, 3, 7, 0);
        a.Sort(null, false);
        Assert.Equal("[0, 1, 3, 3, 5, 7, 9]", Repr(a));
        a.Sort(null, true);
        Assert.Equal("[9, 7, 5, 3, 3, 1, 0]", Repr(a));
        // Stability with a key, forward and reversed.
        var words = new PyList(new PyObject[] { S("bb"), S("a"), S("cc"), S("d"), S("ee") });
        var len = Fn(o => I(((PyStr)o).Value.Length));
        CallKw(words, "sort", [], ("key", len));
        Assert.Equal("['a', 'd', 'bb', 'cc', 'ee']", Repr(words));
        CallKw(words, "sort", [], ("key", len), ("reverse", PyBool.True));
        Assert.Equal("['bb', 'cc', 'ee', 'a', 'd']", Repr(words));
        Raises("TypeError: sort() takes no positional arguments", () => Call(words, "sort", I(1)));
        Raises("TypeError: 'x' is an invalid keyword argument for sort()", () => CallKw(words, "sort", [], ("x", I(1))));

        // Big inputs with runs and duplicates against a reference stable sort.
        var rng = new Random(5);
        foreach (var n in new[] { 0, 1, 2, 31, 32, 33, 100, 1000, 5000 })
        {
            var values = Enumerable.Range(0, n).Select(i => i % 7 == 0 ? i : rng.Next(50)).ToArray();
            var list = new PyList(values.Select(v => (PyObject)new PyTuple([I(v / 3), I(v)])).ToArray());
            CallKw(list, "sort", [], ("key", Fn(o => ((PyTuple)o).Items[0])));
            var expected = values.OrderBy(v => v / 3).ToArray();
            Assert.Equal(expected, list.ToArray().Select(o => (int)((PyInt)((PyTuple)o).Items[1]).Small).ToArray());
        }
    }

    [Fact]
    public void SortErrorsLeaveTheListIntact()
    {
        var a = new PyList(new PyObject[] { I(3), S("a"), I(1) });
        Raises("TypeError: '<' not supported between instances of 'str' and 'int'", () => a.Sort(null, false));
        Assert.Equal("[3, 'a', 1]", Repr(a));
        var b = L(3, 2, 1);
        var seen = new List<string>();
        Raises("ValueError: list modified during sort", () => b.Sort(Fn(x => { seen.Add(Repr(b)); b.Append(I(0)); return x; }), false));
        Assert.Equal("[]", seen[0]);
        Assert.Equal("[1, 2, 3]", Repr(b));
        var c = L(3, 2, 1);
        c.Sort(Fn(x => { c.Clear(); return x; }), false);
        Assert.Equal("[1, 2, 3]", Repr(c));
        var d = L(3, 2, 1);
        Raises("ValueError: boom", () => d.Sort(Fn(x => throw Errors.ValueError("boom")), false));
        Assert.Equal("[3, 2, 1]", Repr(d));
    }

    [Fact]
    public void ConstructionAndSubclass()
    {
        var l = Ops.Call(PyTypes.List, Tup(1, 2));
        Assert.Equal("[1, 2]", Repr(l));
        Raises("TypeError: list expected at most 1 argument, got 2", () => Ops.Call(PyTypes.List, I(1), I(2)));
        var kw = new PyDict();
        kw.SetItem("x", I(1));
        Raises("TypeError: list() takes no keyword arguments", () => Ops.Call(PyTypes.List, [], kw));
        var sub = TypeType.CreateClass(PyTypes.Type, "L", PyTuple.Create(PyTypes.List), new PyDict());
        var s = Ops.Call(sub, L(1, 2));
        Assert.Same(sub, s.Type);
        Assert.Equal("[1, 2]", Repr(s));
        Ops.SetAttr(s, "x", I(1));
        Assert.Equal("list[int]", Repr(Ops.GetItem(PyTypes.List, PyTypes.Int)));
    }

    [Fact]
    public void ConcurrentAppendsLoseNothing()
    {
        var list = new PyList();
        const int threads = 8, per = 100_000;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var i = 0; i < per; i++) list.Append(I(i % 1000));
        });
        Assert.Equal(threads * per, list.Count);
        Assert.Equal(threads * per, list.ToArray().Count(x => x != null));
    }

    [Fact]
    public async Task ConcurrentReadersAndWritersNeverFault()
    {
        var list = L(Enumerable.Range(0, 100).Select(i => (long)i).ToArray());
        var stop = false;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 200_000; i++)
            {
                list.Append(I(i));
                list.Pop(0);
                if (i % 1000 == 0) list.Sort(null, i % 2000 == 0);
                if (i % 777 == 0) Ops.DelItem(list, Sl(0, 5));
                if (i % 777 == 1) Ops.SetItem(list, Sl(0, 0), L(1, 2, 3, 4, 5));
            }
            Volatile.Write(ref stop, true);
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                foreach (var x in Ops.Iterate(list)) Assert.NotNull(x);
                Ops.Contains(list, I(-1));
                Ops.Repr(list);
                try
                {
                    Ops.GetItem(list, I(50));
                }
                catch (PyException e) when (e.Is(PyExc.IndexError))
                {
                }
            }
        })).ToArray();
        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(100, list.Count);
    }
}
