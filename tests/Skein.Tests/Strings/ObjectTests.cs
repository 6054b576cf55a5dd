using Skein.Modules;
using Skein.Objects;
using Skein.Objects.Text;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Strings;

public class ObjectTests
{
    private static PyObject E(string expr) => MiniEval.Eval(expr);

    private static string R(PyObject o) => MiniEval.Repr(o);

    private static PyObject Call(PyObject self, string name, params PyObject[] args) => Ops.CallMethod(self, name, args);

    [Fact]
    public void StrHashMatchesDictHashAndEquality()
    {
        var a = new PyStr("héllo😀");
        var b = new PyStr("héllo" + "😀");
        Assert.Equal(PyDict.HashOf(a), Ops.Hash(a));
        Assert.Equal(Ops.Hash(a), Ops.Hash(b));
        var d = new PyDict();
        d.SetItem(a, PyInt.From(1));
        Assert.Same(PyInt.From(1), d.GetItemOrNull(b));
        Assert.Equal(0, PyStr.Empty.Length);
        Assert.Equal(6, a.Length);
        Assert.True(a.HasSurrogatePairs);
    }

    [Fact]
    public void StrIterationYieldsCodePoints()
    {
        var it = Ops.GetIter(new PyStr("a😀b"));
        Assert.Equal("str_iterator", it.Type.Name);
        var items = new List<string>();
        while (Ops.Next(it) is PyStr s) items.Add(s.Value);
        Assert.Equal(["a", "😀", "b"], items);
        Assert.Null(Ops.Next(it));
        Assert.Equal("str_ascii_iterator", Ops.GetIter(new PyStr("ab")).Type.Name);
        Assert.Same(Ops.Next(Ops.GetIter(new PyStr("é"))), Ops.Next(Ops.GetIter(new PyStr("é"))));
    }

    [Fact]
    public void StrSubclassKeepsTypeAndDict()
    {
        var cls = TypeType.CreateClass(PyTypes.Type, "S", PyTuple.Create(PyTypes.Str), new PyDict());
        var obj = Ops.Call(cls, new PyStr("abc"));
        Assert.Same(cls, obj.Type);
        Assert.Equal("abc", ((PyStr)obj).Value);
        Ops.SetAttr(obj, "tag", PyInt.From(3));
        Assert.Same(PyInt.From(3), Ops.GetAttr(obj, "tag"));
        var upper = Call(obj, "upper");
        Assert.Same(PyTypes.Str, upper.Type);
        Assert.Same(PyTypes.Str, Ops.StrObj(obj).Type);
        Assert.Equal("'abc'", Ops.Repr(obj));
        Assert.True(Ops.Eq(obj, new PyStr("abc")));
        Assert.Equal(Ops.Hash(new PyStr("abc")), Ops.Hash(obj));
    }

    [Fact]
    public void BytesSubclassAndConversion()
    {
        var cls = TypeType.CreateClass(PyTypes.Type, "B", PyTuple.Create(PyTypes.Bytes), new PyDict());
        var obj = Ops.Call(cls, new PyBytes("ab"u8.ToArray()));
        Assert.Same(cls, obj.Type);
        Assert.Equal("b'ab'", Ops.Repr(obj));
        Assert.Same(PyTypes.Bytes, Call(obj, "upper").Type);
        var ba = TypeType.CreateClass(PyTypes.Type, "BA", PyTuple.Create(PyTypes.ByteArray), new PyDict());
        Assert.Equal("BA(b'xy')", Ops.Repr(Ops.Call(ba, new PyBytes("xy"u8.ToArray()))));
    }

    [Fact]
    public void ByteArrayMutation()
    {
        var b = (PyByteArray)E("bytearray(b'abcdef')");
        Ops.SetItem(b, new PySlice(PyInt.From(1), PyInt.From(3), PyNone.Instance), E("b'XYZ'"));
        Assert.Equal("bytearray(b'aXYZdef')", Ops.Repr(b));
        Ops.SetItem(b, new PySlice(PyNone.Instance, PyNone.Instance, PyInt.From(2)), E("b'1234'"));
        Assert.Equal("bytearray(b'1X2Z3e4')", Ops.Repr(b));
        var e = Assert.Throws<PyException>(() => Ops.SetItem(b, new PySlice(PyNone.Instance, PyNone.Instance, PyInt.From(2)), E("b'12'")));
        Assert.Equal("ValueError: attempt to assign bytes of size 2 to extended slice of size 4", e.Message);
        e = Assert.Throws<PyException>(() => Ops.SetItem(b, new PySlice(PyInt.From(0), PyInt.From(1), PyNone.Instance), PyInt.From(5)));
        Assert.Equal("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)", e.Message);
        e = Assert.Throws<PyException>(() => Ops.SetItem(b, PyInt.From(0), E("b'a'")));
        Assert.Equal("TypeError: 'bytes' object cannot be interpreted as an integer", e.Message);
        e = Assert.Throws<PyException>(() => Ops.SetItem(b, PyInt.From(0), PyInt.From(256)));
        Assert.Equal("ValueError: byte must be in range(0, 256)", e.Message);
        e = Assert.Throws<PyException>(() => Ops.DelItem(b, PyInt.From(10)));
        Assert.Equal("IndexError: bytearray index out of range", e.Message);
        Ops.DelItem(b, new PySlice(PyNone.Instance, PyNone.Instance, PyInt.From(2)));
        Assert.Equal("bytearray(b'XZe')", Ops.Repr(b));
        Ops.SetItem(b, new PySlice(PyInt.From(0), PyInt.From(0), PyNone.Instance), E("[65, 66]"));
        Assert.Equal("bytearray(b'ABXZe')", Ops.Repr(b));
        Ops.SetItem(b, PyInt.From(-1), PyInt.From(33));
        Assert.Same(Ops.InPlaceOp(b, E("b'?'"), BinaryOp.Add), b);
        Assert.Equal("bytearray(b'ABXZ!?')", Ops.Repr(b));
        e = Assert.Throws<PyException>(() => Ops.InPlaceOp(b, PyInt.From(1), BinaryOp.Add));
        Assert.Equal("TypeError: can't concat int to bytearray", e.Message);
        Ops.InPlaceOp(b, PyInt.From(2), BinaryOp.Mul);
        Assert.Equal("bytearray(b'ABXZ!?ABXZ!?')", Ops.Repr(b));
        Ops.SetItem(b, new PySlice(PyInt.From(5), PyInt.From(2), PyNone.Instance), E("b'Q'"));
        Assert.Equal("bytearray(b'ABXZ!Q?ABXZ!?')", Ops.Repr(b));

        var c = (PyByteArray)E("bytearray(b'abc')");
        Call(c, "append", PyInt.From(100));
        Call(c, "extend", E("[101, 102]"));
        Call(c, "extend", E("b'gh'"));
        Call(c, "insert", PyInt.From(-1), PyInt.From(33));
        Assert.Equal("bytearray(b'abcdefg!h')", Ops.Repr(c));
        Assert.Equal("104", R(Call(c, "pop")));
        Assert.Equal("97", R(Call(c, "pop", PyInt.From(0))));
        Call(c, "remove", PyInt.From(33));
        Call(c, "reverse");
        Assert.Equal("bytearray(b'gfedcb')", Ops.Repr(c));
        var copy = Call(c, "copy");
        Call(c, "clear");
        Assert.Equal("bytearray(b'')", Ops.Repr(c));
        Assert.Equal("bytearray(b'gfedcb')", Ops.Repr(copy));
        e = Assert.Throws<PyException>(() => Call(c, "pop"));
        Assert.Equal("IndexError: pop from empty bytearray", e.Message);
        e = Assert.Throws<PyException>(() => Call(c, "remove", PyInt.From(1)));
        Assert.Equal("ValueError: value not found in bytearray", e.Message);
        e = Assert.Throws<PyException>(() => Call(c, "extend", PyInt.From(1)));
        Assert.Equal("TypeError: can't extend bytearray with int", e.Message);
        e = Assert.Throws<PyException>(() => Ops.Hash(c));
        Assert.Equal("TypeError: unhashable type: 'bytearray'", e.Message);
    }

    [Fact]
    public void ByteArrayIterationSeesGrowth()
    {
        var b = (PyByteArray)E("bytearray(b'ab')");
        var it = Ops.GetIter(b);
        Assert.Equal("bytearray_iterator", it.Type.Name);
        Assert.Equal("97", R(Ops.Next(it)!));
        b.Append(99);
        Assert.Equal("98", R(Ops.Next(it)!));
        Assert.Equal("99", R(Ops.Next(it)!));
        Assert.Null(Ops.Next(it));
    }

    [Fact]
    public void MemoryViewOverByteArray()
    {
        var b = (PyByteArray)E("bytearray(b'abc')");
        var m = Ops.Call(PyTypes.MemoryView, b);
        Ops.SetItem(m, PyInt.From(0), PyInt.From(120));
        Assert.Equal("bytearray(b'xbc')", Ops.Repr(b));
        Ops.SetItem(m, new PySlice(PyInt.From(1), PyInt.From(3), PyNone.Instance), E("b'zz'"));
        Assert.Equal("bytearray(b'xzz')", Ops.Repr(b));
        var e = Assert.Throws<PyException>(() => Ops.SetItem(m, PyInt.From(0), PyInt.From(256)));
        Assert.Equal("ValueError: memoryview: invalid value for format 'B'", e.Message);
        e = Assert.Throws<PyException>(() => Ops.SetItem(m, new PySlice(PyInt.From(0), PyInt.From(1), PyNone.Instance), E("b'xy'")));
        Assert.Equal("ValueError: memoryview assignment: lvalue and rvalue have different structures", e.Message);
        e = Assert.Throws<PyException>(() => Ops.Hash(m));
        Assert.Equal("ValueError: cannot hash writable memoryview object", e.Message);
        var ro = Ops.Call(PyTypes.MemoryView, E("b'abc'"));
        Assert.Equal(Ops.Hash(E("b'abc'")), Ops.Hash(ro));
        e = Assert.Throws<PyException>(() => Ops.SetItem(ro, PyInt.From(0), PyInt.From(1)));
        Assert.Equal("TypeError: cannot modify read-only memory", e.Message);
        Call(m, "release");
        e = Assert.Throws<PyException>(() => Ops.Len(m));
        Assert.Equal("ValueError: operation forbidden on released memoryview object", e.Message);
        Assert.StartsWith("<released memory at 0x", Ops.Repr(m));
        Assert.False(Ops.Eq(m, E("b'xzz'")));
        var w = Ops.Call(PyTypes.MemoryView, E("b'q'"));
        Assert.Same(w, Call(w, "__enter__"));
        Call(w, "__exit__", PyNone.Instance, PyNone.Instance, PyNone.Instance);
        Assert.True(Ops.IsTrue(Ops.GetAttr(w, "released")));
    }

    [Fact]
    public async Task ConcurrentByteArrayWritersAndReaders()
    {
        var b = new PyByteArray([]);
        var stop = false;
        var readers = Enumerable.Range(0, 4).Select(k => Task.Run(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                _ = Ops.Repr(b);
                _ = Ops.Len(b);
                _ = Call(b, "find", PyInt.From(1));
                foreach (var item in Ops.Iterate(b)) Assert.IsType<PyInt>(item);
            }
        })).ToArray();
        var writers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                b.Append((byte)t);
                if (i % 3 == 0) Call(b, "insert", PyInt.From(0), PyInt.From(t));
                if (i % 5 == 0) Call(b, "pop");
            }
        })).ToArray();
        await Task.WhenAll(writers);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(readers);
        Assert.Equal(4 * (2000 + 667 - 400), b.Count);
    }

    [Fact]
    public void ConcurrentStrIteratorHandsOutEachCharacterOnce()
    {
        var text = new string('x', 100000);
        var it = Ops.GetIter(new PyStr(text));
        var counts = new int[4];
        Parallel.For(0, 4, k =>
        {
            while (Ops.Next(it) != null) counts[k]++;
        });
        Assert.Equal(100000, counts.Sum());
    }

    [Fact]
    public void CodecsModule()
    {
        var m = BuiltinModules.Create("_codecs")!;
        var t = (PyTuple)Ops.Call(m.Dict.GetItemOrNull("utf_8_decode")!, [E("b'a\\xc3'"), PyNone.Instance, PyBool.False]);
        Assert.Equal("('a', 1)", R(t));
        t = (PyTuple)Ops.Call(m.Dict.GetItemOrNull("utf_8_encode")!, new PyStr("é"));
        Assert.Equal("(b'\\xc3\\xa9', 1)", R(t));
        Assert.Equal("b'\\xff\\xfea\\x00'", R(Ops.Call(m.Dict.GetItemOrNull("encode")!, new PyStr("a"), new PyStr("UTF16"))));
        Assert.Equal("'é'", R(Ops.Call(m.Dict.GetItemOrNull("decode")!, E("b'\\xe9'"), new PyStr("latin1"))));
        var e = Assert.Throws<PyException>(() => Ops.Call(m.Dict.GetItemOrNull("lookup")!, new PyStr("xyz")));
        Assert.Equal("LookupError: unknown encoding: xyz", e.Message);
        e = Assert.Throws<PyException>(() => Ops.Call(m.Dict.GetItemOrNull("lookup_error")!, new PyStr("nope")));
        Assert.Equal("LookupError: unknown error handler name 'nope'", e.Message);
        Assert.Equal(4, ((PyTuple)Ops.Call(m.Dict.GetItemOrNull("lookup")!, new PyStr("U8"))).Count);
        var handler = new PyBuiltinFunction("h", (a, _) => PyTuple.Create(new PyStr("<?>"), PyInt.From(1)));
        Ops.Call(m.Dict.GetItemOrNull("register_error")!, new PyStr("test.custom"), handler);
        Assert.Equal("b'<?>b'", R(E("'éb'.encode('ascii', 'test.custom')")));
        Assert.Equal("'<?>b'", R(E("b'\\xffb'.decode('ascii', 'test.custom')")));
    }

    [Fact]
    public void FormatSpecIsReusable()
    {
        var spec = FormatSpec.Parse("*>+#010,.3f", '\0', "float", '>');
        Assert.Equal("*", spec.Fill);
        Assert.Equal('>', spec.Align);
        Assert.Equal('+', spec.Sign);
        Assert.True(spec.Alternate);
        Assert.Equal(10, spec.Width);
        Assert.Equal(',', spec.Grouping);
        Assert.Equal(3, spec.Precision);
        Assert.Equal('f', spec.Type);
        Assert.Equal("******12.5", spec.Pad("12.5", 4, '>'));
    }
}
