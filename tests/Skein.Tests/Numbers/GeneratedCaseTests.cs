using System.Globalization;
using Skein.Objects;
using Skein.Objects.Formatting;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Numbers.NumbersTestData;

namespace Skein.Tests.Numbers;

/// <summary>Skein against the tables of CPython results in GeneratedCases.</summary>
[Collection(NumbersCollection.Name)]
public class GeneratedCaseTests
{
    private static readonly Dictionary<string, BinaryOp> s_binary = new()
    {
        ["+"] = BinaryOp.Add, ["-"] = BinaryOp.Sub, ["*"] = BinaryOp.Mul, ["/"] = BinaryOp.TrueDiv, ["//"] = BinaryOp.FloorDiv,
        ["%"] = BinaryOp.Mod, ["divmod"] = BinaryOp.DivMod, ["**"] = BinaryOp.Pow, ["<<"] = BinaryOp.LShift, [">>"] = BinaryOp.RShift,
        ["&"] = BinaryOp.And, ["|"] = BinaryOp.Or, ["^"] = BinaryOp.Xor,
    };

    private static readonly Dictionary<string, CompareOp> s_compare = new()
    {
        ["<"] = CompareOp.Lt, ["<="] = CompareOp.Le, ["=="] = CompareOp.Eq, ["!="] = CompareOp.Ne, [">"] = CompareOp.Gt, [">="] = CompareOp.Ge,
    };

    private static PyObject Binary(string op, PyObject a, PyObject b) =>
        s_binary.TryGetValue(op, out var bop) ? Ops.BinaryOp(a, b, bop) : Ops.RichCompare(a, b, s_compare[op]);

    [Fact]
    public void BinaryOperators() => Check(GeneratedCases.Binary,
        c => Run(() => Binary(c[0], Decode(c[1]), Decode(c[2]))), c => c[3], c => $"{c[1]} {c[0]} {c[2]}");

    [Fact]
    public void TernaryPow() => Check(GeneratedCases.TernaryPow,
        c => Run(() => Ops.Power(Decode(c[0]), Decode(c[1]), Decode(c[2]))), c => c[3], c => $"pow({c[0]}, {c[1]}, {c[2]})");

    private static string Unary(string op, PyObject a) => op switch
    {
        "-" => Run(() => Ops.UnaryOp(a, UnaryOp.Neg)),
        "+" => Run(() => Ops.UnaryOp(a, UnaryOp.Pos)),
        "~" => Run(() => Ops.UnaryOp(a, UnaryOp.Invert)),
        "abs" => Run(() => Ops.UnaryOp(a, UnaryOp.Abs)),
        "hash" => RunText(() => Ops.Hash(a).ToString(CultureInfo.InvariantCulture)),
        "repr" => RunText(() => Ops.Repr(a)),
        "bool" => RunText(() => Ops.IsTrue(a) ? "True" : "False"),
        "int" => Run(() => Ops.Call(PyTypes.Int, a)),
        _ => Run(() => Ops.Call(PyTypes.Float, a)),
    };

    [Fact]
    public void UnaryOperationsHashesAndConversions() => Check(GeneratedCases.Unary,
        c => Unary(c[0], Decode(c[1])), c => c[2], c => $"{c[0]}({c[1]})");

    [Fact]
    public void FloatRepr() => Check(GeneratedCases.FloatRepr,
        c => FloatFormatter.Repr(BitConverter.Int64BitsToDouble(long.Parse(c[0], CultureInfo.InvariantCulture))), c => c[1],
        c => $"repr({c[1]})");

    [Fact]
    public void Format() => Check(GeneratedCases.Format,
        c => RunText(() => ((PyStr)Ops.Format(Decode(c[0]), c[1])).Value), c => c[2], c => $"format({c[0]}, '{c[1]}')");

    [Fact]
    public void Printf() => Check(GeneratedCases.Printf,
        c => RunText(() => NumericFormat.Printf(Decode(c[0]), c[1][0], c[2], int.Parse(c[3], CultureInfo.InvariantCulture), int.Parse(c[4], CultureInfo.InvariantCulture))),
        c => c[5], c => $"%{c[2]}{c[3]}.{c[4]}{c[1]} % {c[0]}");

    [Fact]
    public void Round() => Check(GeneratedCases.Round,
        c => Run(() =>
        {
            var x = Decode(c[0]);
            var method = Ops.GetAttr(x, "__round__");
            return c[1] == "n" ? Ops.Call(method) : Ops.Call(method, PyInt.From(long.Parse(c[1], CultureInfo.InvariantCulture)));
        }),
        c => c[2], c => $"round({c[0]}, {c[1]})");

    [Fact]
    public void IntFromString() => Check(GeneratedCases.IntFromString,
        c => Run(() => Ops.Call(PyTypes.Int, new PyStr(c[0]), PyInt.From(int.Parse(c[1], CultureInfo.InvariantCulture)))),
        c => c[2], c => $"int({c[0][..Math.Min(c[0].Length, 40)]}, {c[1]})");

    [Fact]
    public void FloatFromString() => Check(GeneratedCases.FloatFromString,
        c => Run(() => Ops.Call(PyTypes.Float, new PyStr(c[0]))), c => c[1], c => $"float('{c[0]}')");

    [Fact]
    public void ComplexFromString() => Check(GeneratedCases.ComplexFromString,
        c => Run(() => Ops.Call(PyTypes.Complex, new PyStr(c[0]))), c => c[1], c => $"complex('{c[0]}')");

    [Fact]
    public void TrueDivisionAndConversionOfLargeInts() => Check(GeneratedCases.TrueDivide,
        c => Run(() => Ops.BinaryOp(Decode(c[0]), Decode(c[1]), BinaryOp.TrueDiv)), c => c[2], c => $"{c[0]} / {c[1]}");

    [Fact]
    public void Methods() => Check(GeneratedCases.Methods,
        c => Run(() =>
        {
            var self = Decode(c[0]);
            var args = c[2].Length == 0 ? [] : c[2].Split('|').Select(Decode).ToArray();
            PyDict? kwargs = null;
            if (c[3].Length > 0)
            {
                kwargs = new PyDict();
                foreach (var kv in c[3].Split('|'))
                {
                    var eq = kv.IndexOf('=');
                    kwargs.SetItem(kv[..eq], Decode(kv[(eq + 1)..]));
                }
            }
            return Ops.Call(Ops.GetAttr(self, c[1]), args, kwargs);
        }),
        c => c[4], c => $"{c[0]}.{c[1]}({c[2]}; {c[3]})");

    [Fact]
    public void FromHex() => Check(GeneratedCases.FromHex,
        c => Run(() => Ops.Call(Ops.GetAttr(PyTypes.Float, "fromhex"), new PyStr(c[0]))), c => c[1], c => $"float.fromhex('{c[0]}')");

    [Fact]
    public void FromBytes() => Check(GeneratedCases.FromBytes,
        c => Run(() =>
        {
            var kwargs = new PyDict();
            kwargs.SetItem("signed", PyBool.From(c[2] == "True"));
            return Ops.Call(Ops.GetAttr(PyTypes.Int, "from_bytes"), [new PyBytes(Convert.FromHexString(c[0])), new PyStr(c[1])], kwargs);
        }),
        c => c[3], c => $"int.from_bytes({c[0]}, {c[1]}, signed={c[2]})");
}
