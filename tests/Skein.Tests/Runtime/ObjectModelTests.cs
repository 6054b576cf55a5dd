using Skein.Objects;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Runtime;

public class ObjectModelTests
{
    [Fact]
    public void BuiltinTypesInitialise()
    {
        Assert.Equal("type", PyTypes.Type.Name);
        Assert.Same(PyTypes.Type, PyTypes.Type.Type);
        Assert.Equal(new[] { PyTypes.Bool, PyTypes.Int, PyTypes.Object }, PyTypes.Bool.Mro);
        Assert.NotNull(PyTypes.Object.Dict.GetItemOrNull("__init__"));
        Assert.Equal("<class 'int'>", Ops.Repr(PyTypes.Int));
    }

    [Fact]
    public void ClassesAndInstances()
    {
        var a = TypeType.CreateClass(PyTypes.Type, "A", PyTuple.Empty, new PyDict());
        var b = TypeType.CreateClass(PyTypes.Type, "B", PyTuple.Create(a), new PyDict());
        Assert.Equal(new[] { b, a, PyTypes.Object }, b.Mro);
        var obj = Ops.Call(b);
        Ops.SetAttr(obj, "x", PyInt.From(5));
        Assert.Same(PyInt.From(5), Ops.GetAttr(obj, "x"));
        Assert.Null(Ops.GetAttrOrNull(obj, "y"));
        var e = Assert.Throws<PyException>(() => Ops.GetAttr(obj, "y"));
        Assert.Equal("AttributeError: 'B' object has no attribute 'y'", e.Message);
        Assert.True(Ops.IsInstance(obj, a));
    }

    [Fact]
    public void ExceptionsAndDicts()
    {
        var e = Errors.TypeError("boom");
        Assert.Same(PyExc.TypeError, e.Value.Type);
        Assert.True(e.Is(PyExc.Exception));
        var d = new PyDict();
        for (var i = 0; i < 1000; i++) d.SetItem(PyInt.From(i), PyInt.From(i * 2));
        for (var i = 0; i < 1000; i += 2) d.Remove(PyInt.From(i));
        Assert.Equal(500, d.Count);
        Assert.Same(PyInt.From(2), d.GetItemOrNull(PyInt.From(1)));
        Assert.Null(d.GetItemOrNull(PyInt.From(2)));
    }
}
