using Skein.Objects;
using Skein.Objects.Containers;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Containers.T;

namespace Skein.Tests.Containers;

public class DictTests
{
    private static PyDict D(params (string, long)[] pairs)
    {
        var d = new PyDict();
        foreach (var (k, v) in pairs) d.SetItem(S(k), I(v));
        return d;
    }

    [Fact]
    public void ItemsAndRepr()
    {
        var d = D(("a", 1), ("b", 2));
        Assert.Equal("{'a': 1, 'b': 2}", Repr(d));
        Assert.Equal("{}", Repr(new PyDict()));
        Assert.Same(I(2), Ops.GetItem(d, S("b")));
        Raises("KeyError: 'z'", () => Ops.GetItem(d, S("z")));
        Raises("TypeError: unhashable type: 'list'", () => Ops.GetItem(d, L()));
        Ops.DelItem(d, S("a"));
        Raises("KeyError: 'a'", () => Ops.DelItem(d, S("a")));
        Assert.True(Ops.Contains(d, S("b")));
        var x = new PyDict();
        x.SetItem(I(1), x);
        Assert.Equal("{1: {...}}", Repr(x));
        Assert.Equal("dict_items([(1, {1: {...}})])", Repr(Call(x, "items")));
        Raises("TypeError: unhashable type: 'dict'", () => Ops.Hash(d));
    }

    [Fact]
    public void Methods()
    {
        var d = D(("a", 1));
        Assert.Same(PyNone.Instance, Call(d, "get", S("x")));
        Assert.Same(I(5), Call(d, "get", S("x"), I(5)));
        Raises("TypeError: get expected at least 1 argument, got 0", () => Call(d, "get"));
        Raises("TypeError: get expected at most 2 arguments, got 3", () => Call(d, "get", I(1), I(2), I(3)));
        Assert.Same(I(1), Call(d, "setdefault", S("a"), I(9)));
        Assert.Same(I(9), Call(d, "setdefault", S("b"), I(9)));
        Assert.Same(I(9), Call(d, "pop", S("b")));
        Assert.Same(I(7), Call(d, "pop", S("b"), I(7)));
        Raises("KeyError: 'b'", () => Call(d, "pop", S("b")));
        Raises("TypeError: pop expected at least 1 argument, got 0", () => Call(d, "pop"));
        Assert.Equal("('a', 1)", Repr(Call(d, "popitem")));
        Raises("KeyError: 'popitem(): dictionary is empty'", () => Call(d, "popitem"));
        Call(d, "update", new PyList(new PyObject[] { PyTuple.Create(S("x"), I(1)), L(2, 3) }));
        Assert.Equal("{'x': 1, 2: 3}", Repr(d));
        CallKw(d, "update", [D(("y", 2))], ("z", I(3)));
        Assert.Equal("{'x': 1, 2: 3, 'y': 2, 'z': 3}", Repr(d));
        Raises("ValueError: dictionary update sequence element #0 has length 1; 2 is required", () => Call(d, "update", new PyList(new PyObject[] { L(1) })));
        Raises("TypeError: cannot convert dictionary update sequence element #0 to a sequence", () => Call(d, "update", L(1)));
        Raises("TypeError: update expected at most 1 argument, got 2", () => Call(d, "update", L(), L()));
        Raises("TypeError: 'int' object is not iterable", () => Call(d, "update", I(1)));
        var c = (PyDict)Call(d, "copy");
        Call(d, "clear");
        Assert.Equal(0, d.Count);
        Assert.Equal(4, c.Count);
        Assert.Equal("{'a': None, 'b': None}", Repr(Call(PyTypes.Dict, "fromkeys", S("a").Value == "a" ? new PyList(new PyObject[] { S("a"), S("b") }) : L())));
        Assert.Equal("{1: 0}", Repr(Call(PyTypes.Dict, "fromkeys", L(1), I(0))));
        Assert.Equal("dict[str, int]", Repr(Ops.GetItem(PyTypes.Dict, PyTuple.Create(PyTypes.Str, PyTypes.Int))));
    }

    [Fact]
    public void EqualityAndOr()
    {
        var a = D(("a", 1), ("b", 2));
        var b = D(("b", 2), ("a", 1));
        Assert.True(Ops.Eq(a, b));
        b.SetItem(S("a"), I(3));
        Assert.False(Ops.Eq(a, b));
        Assert.False(Ops.Eq(a, L()));
        var u = Ops.BinaryOp(a, b, BinaryOp.Or);
        Assert.Equal("{'a': 3, 'b': 2}", Repr(u));
        Raises("TypeError: unsupported operand type(s) for |: 'dict' and 'list'", () => Ops.BinaryOp(a, L(), BinaryOp.Or));
        Assert.Same(a, Ops.InPlaceOp(a, new PyList(new PyObject[] { PyTuple.Create(S("c"), I(3)) }), BinaryOp.Or));
        Assert.Equal("{'a': 1, 'b': 2, 'c': 3}", Repr(a));
    }

    [Fact]
    public void Views()
    {
        var d = D(("a", 1), ("b", 2));
        var keys = Call(d, "keys");
        var values = Call(d, "values");
        var items = Call(d, "items");
        Assert.Equal("dict_keys(['a', 'b'])", Repr(keys));
        Assert.Equal("dict_values([1, 2])", Repr(values));
        Assert.Equal("dict_items([('a', 1), ('b', 2)])", Repr(items));
        Assert.Equal("{'a': 1, 'b': 2}", Repr(Ops.GetAttr(keys, "mapping")).Replace("mappingproxy(", "").TrimEnd(')'));
        var sa = new PySet();
        sa.Add(S("a"));
        Assert.Equal("{'a'}", Repr(Ops.BinaryOp(keys, sa, BinaryOp.And)));
        Assert.Equal("{'a'}", Repr(Ops.BinaryOp(sa, keys, BinaryOp.And)));
        var sac = new PySet();
        sac.Add(S("a"));
        sac.Add(S("c"));
        Assert.Equal("{'c'}", Repr(Ops.BinaryOp(sac, keys, BinaryOp.Sub)));
        var pair = new PySet();
        pair.Add(PyTuple.Create(S("a"), I(1)));
        Assert.Equal("{('b', 2)}", Repr(Ops.BinaryOp(items, pair, BinaryOp.Xor)));
        Assert.Equal("set", Ops.BinaryOp(keys, new PySet(), BinaryOp.Sub).Type.Name);
        var ab = new PySet();
        ab.Add(S("a"));
        ab.Add(S("b"));
        Assert.True(Ops.Eq(keys, ab));
        Assert.False(Ops.Eq(keys, new PyList(new PyObject[] { S("a"), S("b") })));
        Assert.True(Ops.IsTrue(Ops.RichCompare(Call(d, "keys"), sac, CompareOp.Lt)) == false);
        Assert.True(Ops.Contains(items, PyTuple.Create(S("a"), I(1))));
        Assert.False(Ops.Contains(items, L(1)));
        Assert.True(Ops.Contains(values, I(1)));
        Assert.Same(PyBool.False, Call(keys, "isdisjoint", new PyList(new PyObject[] { S("a") })));
        Assert.Same(PyBool.True, Call(keys, "isdisjoint", L(5)));
        Raises("TypeError: unhashable type: 'dict_keys'", () => Ops.Hash(keys));
        Ops.Hash(values);
        Raises("TypeError: 'int' object is not iterable", () => Ops.BinaryOp(keys, I(1), BinaryOp.And));
        Assert.Equal(2, Ops.Len(keys));
    }

    [Fact]
    public void Iterators()
    {
        var d = D(("a", 1), ("b", 2), ("c", 3));
        Assert.Equal("dict_keyiterator", Ops.GetIter(d).Type.Name);
        Assert.Equal("dict_valueiterator", Ops.GetIter(Call(d, "values")).Type.Name);
        Assert.Equal("dict_itemiterator", Ops.GetIter(Call(d, "items")).Type.Name);
        var r = Call(d, "__reversed__");
        Assert.Equal("dict_reversekeyiterator", r.Type.Name);
        Assert.Equal("'c' 'b' 'a'", string.Join(" ", Ops.Iterate(r).Select(Repr)));
        Assert.Equal("('c', 3) ('b', 2) ('a', 1)", string.Join(" ", Ops.Iterate(Call(Call(d, "items"), "__reversed__")).Select(Repr)));
        var it = Ops.GetIter(d);
        Assert.Same(I(3), Call(it, "__length_hint__"));
        Ops.Next(it);
        d.SetItem(S("z"), I(0));
        Raises("RuntimeError: dictionary changed size during iteration", () => Ops.Next(it));
        Raises("RuntimeError: dictionary changed size during iteration", () => Ops.Next(it));
        // Same size, different keys: CPython reports it once more keys come than the dict had.
        var e = new PyDict();
        for (var i = 1; i <= 3; i++) e.SetItem(I(i), I(i));
        var seen = new List<string>();
        var ex = Assert.Throws<PyException>(() =>
        {
            var it2 = Ops.GetIter(e);
            while (Ops.Next(it2) is { } k)
            {
                seen.Add(Repr(k));
                if (seen.Count == 1)
                {
                    e.Remove(I(1));
                    e.SetItem(I(101), I(0));
                }
            }
        });
        Assert.Equal("RuntimeError: dictionary keys changed during iteration", ex.Message);
    }

    [Fact]
    public void SubclassMissing()
    {
        var ns = new PyDict();
        ns.SetItem("__missing__", new PyBuiltinFunction("__missing__", (args, _) => I(42)));
        var sub = TypeType.CreateClass(PyTypes.Type, "D", PyTuple.Create(PyTypes.Dict), ns);
        var d = Ops.Call(sub, [], new PyDict());
        Assert.Same(sub, d.Type);
        // A plain built-in function stored on the class is not bound: it receives only the key.
        Assert.Same(I(42), Ops.GetItem(d, S("x")));
        var kw = new PyDict();
        kw.SetItem("a", I(1));
        var d2 = Ops.Call(sub, [], kw);
        Assert.Equal("{'a': 1}", Repr(d2));
        Assert.Equal("dict", Ops.BinaryOp(d2, new PyDict(), BinaryOp.Or).Type.Name);
    }

    [Fact]
    public async Task ConcurrentWrites()
    {
        var d = new PyDict();
        // Disjoint keys: every one lands.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++) d.SetItem(I(t * 1_000_000 + i), I(i));
        })));
        Assert.Equal(160_000, d.Count);
        // Overlapping keys: the size is the number of distinct keys, and every value is one a thread wrote.
        var o = new PyDict();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                o.SetItem(I(i % 5000), I(t));
                if (i % 3 == 0) o.Remove(I((i + 7) % 5000));
                Call(o, "setdefault", I(i % 5000), I(t));
            }
        })));
        foreach (var p in o.Snapshot()) Assert.InRange(((PyInt)p.Value).Small, 0, 7);
        Assert.True(o.Count <= 5000);
        Assert.Equal(o.Count, Ops.Iterate(Call(o, "keys")).Count());
    }
}
