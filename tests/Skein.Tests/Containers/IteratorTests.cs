using System.Numerics;
using Skein.Objects;
using Skein.Objects.Iterators;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Containers.T;

namespace Skein.Tests.Containers;

public class IteratorTests
{
    private static string Items(PyObject iterable) => string.Join(" ", Ops.Iterate(iterable).Select(Repr));

    private static PyObject Kw(PyType type, PyObject[] args, params (string, PyObject)[] kw)
    {
        var d = new PyDict();
        foreach (var (k, v) in kw) d.SetItem(k, v);
        return Ops.Call(type, args, d);
    }

    [Fact]
    public void EnumerateZipMapFilter()
    {
        Assert.Equal("(0, 1) (1, 2)", Items(Ops.Call(Enumerate.EnumerateType, L(1, 2))));
        Assert.Equal("(100000000000000000000, 1) (100000000000000000001, 2)",
            Items(Ops.Call(Enumerate.EnumerateType, L(1, 2), PyInt.From(BigInteger.Pow(10, 20)))));
        Assert.Equal("(9223372036854775807, 1) (9223372036854775808, 2)", Items(Ops.Call(Enumerate.EnumerateType, L(1, 2), I(long.MaxValue))));
        Raises("TypeError: enumerate() missing required argument 'iterable'", () => Ops.Call(Enumerate.EnumerateType));
        Raises("TypeError: 'str' object cannot be interpreted as an integer", () => Ops.Call(Enumerate.EnumerateType, L(), S("a")));
        Raises("TypeError: enumerate() takes at most 2 arguments (3 given)", () => Ops.Call(Enumerate.EnumerateType, [L(), I(1), I(2)], null));
        Assert.Equal("(1, 3) (2, 4)", Items(Ops.Call(Zip.ZipType, L(1, 2), L(3, 4, 5))));
        Assert.Equal("", Items(Ops.Call(Zip.ZipType)));
        Raises("ValueError: zip() argument 2 is shorter than argument 1", () => Items(Kw(Zip.ZipType, [L(1, 2), L(1)], ("strict", PyBool.True))));
        Raises("ValueError: zip() argument 3 is shorter than arguments 1-2", () => Items(Kw(Zip.ZipType, [L(1, 2), L(1, 2), L(1)], ("strict", PyBool.True))));
        Raises("ValueError: zip() argument 2 is longer than argument 1", () => Items(Kw(Zip.ZipType, [L(1), L(1, 2)], ("strict", PyBool.True))));
        Assert.Equal("(1, 1)", Items(Kw(Zip.ZipType, [L(1), L(1)], ("strict", PyBool.True))));
        Raises("TypeError: 'x' is an invalid keyword argument for zip()", () => Kw(Zip.ZipType, [], ("x", I(1))));
        Raises("TypeError: 'int' object is not iterable", () => Ops.Call(Zip.ZipType, I(1)));
        var add = new PyBuiltinFunction("add", (a, _) => I(((PyInt)a[0]).Small + ((PyInt)a[1]).Small));
        Assert.Equal("11 22", Items(Ops.Call(Map.MapType, [add, L(1, 2, 3), L(10, 20)], null)));
        Raises("TypeError: map() must have at least two arguments.", () => Ops.Call(Map.MapType, add));
        Raises("TypeError: map() takes no keyword arguments", () => Kw(Map.MapType, [add, L()], ("x", I(1))));
        Assert.Equal("1 2", Items(Ops.Call(Filter.FilterType, PyNone.Instance, L(0, 1, 2, 0))));
        Assert.Equal("0 0", Items(Ops.Call(Filter.FilterType, Fn(x => PyBool.From(((PyInt)x).Small == 0)), L(0, 1, 2, 0))));
        Raises("TypeError: filter expected 2 arguments, got 1", () => Ops.Call(Filter.FilterType, PyNone.Instance));
    }

    [Fact]
    public void ReversedBuiltin()
    {
        Assert.Equal("3 2 1", Items(Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType, L(1, 2, 3))));
        Assert.Equal("list_reverseiterator", Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType, L(1)).Type.Name);
        Assert.Equal("3 2 1", Items(Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType, Tup(1, 2, 3))));
        Assert.Equal("reversed", Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType, Tup(1, 2, 3)).Type.Name);
        Assert.Same(I(3), Call(Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType, Tup(1, 2, 3)), "__length_hint__"));
        Raises("TypeError: 'int' object is not reversible", () => Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType, I(1)));
        Raises("TypeError: reversed expected 1 argument, got 0", () => Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType));
        var d = new PyDict();
        d.SetItem(I(1), I(2));
        Assert.Equal("dict_reversekeyiterator", Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType, d).Type.Name);
        var ns = new PyDict();
        ns.SetItem("__reversed__", PyNone.Instance);
        var cls = TypeType.CreateClass(PyTypes.Type, "NoRev", PyTuple.Create(PyTypes.List), ns);
        Raises("TypeError: 'NoRev' object is not reversible", () => Ops.Call(Skein.Objects.Iterators.Reversed.ReversedType, Ops.Call(cls)));
    }

    [Fact]
    public void Builtins()
    {
        var m = new PyModule("builtins");
        ContainerBuiltins.AddTo(m);
        foreach (var name in new[] { "list", "tuple", "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map", "filter", "reversed" })
            Assert.Equal(name, ((PyType)m.Dict.GetItemOrNull(name)!).Name);
    }

    [Fact]
    public async Task SharedIteratorsNeverFault()
    {
        var list = new PyList(Enumerable.Range(0, 100_000).Select(i => (PyObject)I(i)).ToArray());
        var iterators = new[] { Ops.GetIter(list), Ops.GetIter(Ops.Call(PyTypes.Tuple, list)), Ops.GetIter(Ops.Call(PyTypes.Range, I(100_000))),
            Ops.Call(Enumerate.EnumerateType, list), Ops.Call(Zip.ZipType, list, list) };
        foreach (var it in iterators)
        {
            var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            {
                var n = 0;
                while (Ops.Next(it) != null) n++;
                return n;
            })));
            Assert.InRange(counts.Sum(), 1, 200_000);
        }
    }
}
