using System.Numerics;
using Skein.Objects;
using Skein.Objects.Formatting;
using Skein.Objects.Numbers;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Numbers;

/// <summary>Behaviour beyond the generated tables: subclasses, mixed-type hashing, the digit limit, conversion protocols.</summary>
[Collection(NumbersCollection.Name)]
public class NumberBehaviourTests
{
    private static PyInt I(long v) => PyInt.From(v);
    private static PyInt Big(string s) => PyInt.From(BigInteger.Parse(s));

    private static PyType Class(string name, PyType baseType, params (string Name, PyObject Value)[] members)
    {
        var ns = new PyDict();
        foreach (var (n, v) in members) ns.SetItem(n, v);
        return TypeType.CreateClass(PyTypes.Type, name, PyTuple.Create(baseType), ns);
    }

    /// <summary>A method body for classes built from C#: a builtin function ignores its (unbound) receiver.</summary>
    private static PyObject Returns(PyObject value) => new PyBuiltinFunction("m", (_, _) => value);

    private static string Message(Action a) => Assert.Throws<PyException>(a).Message;

    [Fact]
    public void IntSubclassesHaveDictsAndExactResults()
    {
        var myInt = Class("MyInt", PyTypes.Int);
        var x = Ops.Call(myInt, I(5));
        Assert.IsType<IntSubclassInstance>(x);
        Assert.Same(myInt, x.Type);
        Ops.SetAttr(x, "tag", I(1));
        Assert.Same(I(1), Ops.GetAttr(x, "tag"));
        var sum = Ops.BinaryOp(x, I(2), BinaryOp.Add);
        Assert.Same(PyTypes.Int, sum.Type);
        Assert.Equal("7", Ops.Repr(sum));
        Assert.Equal(5, Ops.Hash(x));
        Assert.Same(PyTypes.Int, Ops.Call(PyTypes.Int, x).Type);
        Assert.Same(PyTypes.Int, Ops.UnaryOp(x, UnaryOp.Pos).Type);
        var fromText = Ops.Call(myInt, new PyStr("ff"), I(16));
        Assert.Same(myInt, fromText.Type);
        Assert.Equal(255, ((PyInt)fromText).Small);
        var fromBytes = Ops.Call(Ops.GetAttr(myInt, "from_bytes"), new PyBytes([1, 0]));
        Assert.Same(myInt, fromBytes.Type);
        Assert.Equal(256, ((PyInt)fromBytes).Small);
    }

    [Fact]
    public void FloatAndComplexSubclasses()
    {
        var myFloat = Class("MyFloat", PyTypes.Float);
        var f = Ops.Call(myFloat, new PyStr("2.5"));
        Assert.IsType<FloatSubclassInstance>(f);
        Assert.Equal("2.5", Ops.Repr(f));
        Assert.Same(PyTypes.Float, Ops.BinaryOp(f, I(1), BinaryOp.Mul).Type);
        Assert.Same(myFloat, Ops.Call(Ops.GetAttr(myFloat, "fromhex"), new PyStr("0x1p-1")).Type);
        var myComplex = Class("MyComplex", PyTypes.Complex);
        var c = Ops.Call(myComplex, I(1), I(2));
        Assert.IsType<ComplexSubclassInstance>(c);
        Assert.Equal("(1+2j)", Ops.Repr(c));
    }

    [Fact]
    public void BoolIsFinalAndKeepsBoolForBitwiseOperators()
    {
        Assert.Same(PyBool.True, Ops.BinaryOp(PyBool.True, PyBool.True, BinaryOp.And));
        Assert.Same(PyBool.False, Ops.BinaryOp(PyBool.True, PyBool.True, BinaryOp.Xor));
        Assert.Same(PyBool.True, Ops.BinaryOp(PyBool.False, PyBool.True, BinaryOp.Or));
        Assert.Same(PyTypes.Int, Ops.BinaryOp(PyBool.True, I(0), BinaryOp.Or).Type);
        Assert.Equal("-2", Ops.Repr(Ops.UnaryOp(PyBool.True, UnaryOp.Invert)));
        Assert.Equal("True", Ops.Repr(PyBool.True));
        Assert.Equal("False", Ops.Str(PyBool.False));
        Assert.Same(PyBool.False, Ops.Call(PyTypes.Bool));
        Assert.Same(PyBool.True, Ops.Call(PyTypes.Bool, new PyFloat(0.5)));
        Assert.Equal("TypeError: bool expected at most 1 argument, got 2", Message(() => Ops.Call(PyTypes.Bool, I(1), I(2))));
        Assert.Equal("TypeError: type 'bool' is not an acceptable base type", Message(() => Class("B", PyTypes.Bool)));
    }

    [Fact]
    public void EqualNumbersHashAlikeAndShareDictKeys()
    {
        var d = new PyDict();
        d.SetItem(I(1), new PyStr("one"));
        Assert.NotNull(d.GetItemOrNull(new PyFloat(1.0)));
        Assert.NotNull(d.GetItemOrNull(PyBool.True));
        Assert.NotNull(d.GetItemOrNull(new PyComplex(1, 0)));
        var big = BigInteger.Pow(2, 100);
        Assert.Equal(549755813888, Ops.Hash(PyInt.From(big)));
        Assert.Equal(549755813888, Ops.Hash(new PyFloat(Math.Pow(2, 100))));
        Assert.Equal(549755813888, Ops.Hash(new PyComplex(Math.Pow(2, 100), 0)));
        Assert.Equal(Ops.Hash(PyInt.From(-big)), Ops.Hash(new PyFloat(-Math.Pow(2, 100))));
        Assert.Equal(-2, Ops.Hash(I(-1)));
        Assert.Equal(-2, Ops.Hash(new PyFloat(-1.0)));
        Assert.Equal(230584300921369408, Ops.Hash(new PyComplex(0.1, 0)));
        var nan = new PyFloat(double.NaN);
        Assert.Equal(Ops.Hash(nan), Ops.Hash(nan));
        d.SetItem(new PyFloat(2.5), I(3));
        Assert.Same(I(3), d.GetItemOrNull(new PyComplex(2.5, 0)));
    }

    [Fact]
    public void DigitLimitCanBeChanged()
    {
        var huge = PyInt.From(BigInteger.Pow(10, 5000));
        Assert.StartsWith("ValueError: Exceeds the limit (4300 digits) for integer string conversion;", Message(() => Ops.Repr(huge)));
        Assert.Equal("ValueError: maxdigits must be 0 or larger than 640", Message(() => PyInt.MaxStrDigits = 100));
        var text = new PyStr("1" + new string('0', 5000));
        var saved = PyInt.MaxStrDigits;
        try
        {
            PyInt.MaxStrDigits = 0;
            Assert.Equal(5001, Ops.Repr(huge).Length);
            Assert.Equal(huge.Value, ((PyInt)Ops.Call(PyTypes.Int, text)).Value);
            PyInt.MaxStrDigits = 6000;
            Assert.Equal(5001, Ops.Str(huge).Length);
        }
        finally
        {
            PyInt.MaxStrDigits = saved;
        }
        Assert.StartsWith("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5001 digits",
            Message(() => Ops.Call(PyTypes.Int, text)));
        // Power-of-two bases are not limited.
        Assert.Equal(4097, IntArithmetic.BitLength((PyInt)Ops.Call(PyTypes.Int, new PyStr("1" + new string('0', 4096)), I(2))));
    }

    [Fact]
    public void ConversionProtocols()
    {
        var withIndex = Class("WithIndex", PyTypes.Object, ("__index__", Returns(I(7))));
        var withInt = Class("WithInt", PyTypes.Object, ("__int__", Returns(I(9))));
        var withTrunc = Class("WithTrunc", PyTypes.Object, ("__trunc__", Returns(I(11))));
        var withFloat = Class("WithFloat", PyTypes.Object, ("__float__", Returns(new PyFloat(1.25))));
        var badInt = Class("BadInt", PyTypes.Object, ("__int__", Returns(new PyStr("x"))));
        var withComplex = Class("WithComplex", PyTypes.Object, ("__complex__", Returns(new PyComplex(2, 3))));
        Assert.Equal("7", Ops.Repr(Ops.Call(PyTypes.Int, Ops.Call(withIndex))));
        Assert.Equal("9", Ops.Repr(Ops.Call(PyTypes.Int, Ops.Call(withInt))));
        Assert.Equal("11", Ops.Repr(Ops.Call(PyTypes.Int, Ops.Call(withTrunc))));
        Assert.Equal("7.0", Ops.Repr(Ops.Call(PyTypes.Float, Ops.Call(withIndex))));
        Assert.Equal("1.25", Ops.Repr(Ops.Call(PyTypes.Float, Ops.Call(withFloat))));
        Assert.Equal("(1.25+7j)", Ops.Repr(Ops.Call(PyTypes.Complex, Ops.Call(withFloat), Ops.Call(withIndex))));
        Assert.Equal("(2+4j)", Ops.Repr(Ops.Call(PyTypes.Complex, Ops.Call(withComplex), I(1))));
        Assert.Equal("TypeError: __int__ returned non-int (type str)", Message(() => Ops.Call(PyTypes.Int, Ops.Call(badInt))));
        Assert.Equal("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
            Message(() => Ops.Call(PyTypes.Int, PyNone.Instance)));
        Assert.Equal("TypeError: float() argument must be a string or a real number, not 'NoneType'",
            Message(() => Ops.Call(PyTypes.Float, PyNone.Instance)));
        Assert.Equal("TypeError: complex() first argument must be a string or a number, not 'NoneType'",
            Message(() => Ops.Call(PyTypes.Complex, PyNone.Instance)));
        Assert.Equal("TypeError: complex() can't take second arg if first is a string", Message(() => Ops.Call(PyTypes.Complex, new PyStr("1"), I(1))));
        Assert.Equal("TypeError: int() can't convert non-string with explicit base", Message(() => Ops.Call(PyTypes.Int, I(12), I(16))));
        Assert.Equal("ValueError: int() base must be >= 2 and <= 36, or 0", Message(() => Ops.Call(PyTypes.Int, new PyStr("1"), I(37))));
        Assert.Equal("12", Ops.Repr(Ops.Call(PyTypes.Int, new PyBytes("12"u8.ToArray()))));
        Assert.Equal("0", Ops.Repr(Ops.Call(PyTypes.Int)));
        Assert.Equal("0.0", Ops.Repr(Ops.Call(PyTypes.Float)));
        Assert.Equal("0j", Ops.Repr(Ops.Call(PyTypes.Complex)));
        Assert.Equal("7", NumericFormat.Printf(Ops.Call(withIndex), 'x', "", -1, -1));
        Assert.Equal("9", NumericFormat.Printf(Ops.Call(withInt), 'd', "", -1, -1));
        Assert.Equal("TypeError: %x format: an integer is required, not WithInt", Message(() => NumericFormat.Printf(Ops.Call(withInt), 'x', "", -1, -1)));
        Assert.Equal("TypeError: %d format: a real number is required, not str", Message(() => NumericFormat.Printf(new PyStr("1"), 'd', "", -1, -1)));
        Assert.Equal("TypeError: must be real number, not str", Message(() => NumericFormat.Printf(new PyStr("1"), 'f', "", -1, -1)));
    }

    [Fact]
    public void PowerForms()
    {
        Assert.Equal("0.5", Ops.Repr(Ops.BinaryOp(I(2), I(-1), BinaryOp.Pow)));
        Assert.Equal("ZeroDivisionError: 0.0 cannot be raised to a negative power", Message(() => Ops.BinaryOp(I(0), I(-1), BinaryOp.Pow)));
        Assert.Equal("(1.0000000000000002+1.7320508075688772j)", Ops.Repr(Ops.BinaryOp(I(-8), new PyFloat(1.0 / 3), BinaryOp.Pow)));
        Assert.Equal("3", Ops.Repr(Ops.Call(Ops.GetAttr(I(2), "__pow__"), I(3), I(5))));
        Assert.Equal("ValueError: base is not invertible for the given modulus", Message(() => Ops.Power(I(2), I(-1), I(4))));
        Assert.Equal("4", Ops.Repr(Ops.Power(I(3), I(-1), I(11))));
        Assert.Equal("OverflowError: int too large to convert to float", Message(() => Ops.BinaryOp(Big("1" + new string('0', 400)), new PyFloat(1), BinaryOp.Add)));
        Assert.Equal("ValueError: negative shift count", Message(() => Ops.BinaryOp(I(1), I(-1), BinaryOp.LShift)));
    }

    [Fact]
    public void ComparisonsAreExactAcrossIntAndFloat()
    {
        var twoTo53PlusOne = Big("9007199254740993");
        var twoTo53 = new PyFloat(9007199254740992.0);
        Assert.True(Ops.RichCompareBool(twoTo53PlusOne, twoTo53, CompareOp.Gt));
        Assert.False(Ops.RichCompareBool(twoTo53PlusOne, twoTo53, CompareOp.Eq));
        Assert.True(Ops.RichCompareBool(twoTo53, twoTo53PlusOne, CompareOp.Lt));
        Assert.True(Ops.RichCompareBool(Big("1" + new string('0', 400)), new PyFloat(double.PositiveInfinity), CompareOp.Lt));
        Assert.False(Ops.RichCompareBool(I(1), new PyFloat(double.NaN), CompareOp.Eq));
        Assert.True(Ops.RichCompareBool(I(1), new PyFloat(double.NaN), CompareOp.Ne));
        Assert.Equal("TypeError: '<' not supported between instances of 'complex' and 'int'",
            Message(() => Ops.RichCompare(new PyComplex(1, 0), I(1), CompareOp.Lt)));
    }

    [Fact]
    public void IntToDoubleRoundsToNearestEven()
    {
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: ties go to the even mantissa.
        Assert.Equal(9007199254740992.0, Ops.IntToDouble(BigInteger.Parse("9007199254740993")));
        Assert.Equal(9007199254740996.0, Ops.IntToDouble(BigInteger.Parse("9007199254740995")));
        Assert.Equal(1e300, Ops.IntToDouble(BigInteger.Parse("1" + new string('0', 300))));
        Assert.Equal("OverflowError: int too large to convert to float", Message(() => Ops.IntToDouble(BigInteger.Pow(2, 1024))));
    }
}
