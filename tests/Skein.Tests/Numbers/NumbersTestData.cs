using System.Globalization;
using System.Numerics;
using System.Text;
using Skein.Objects;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Numbers;

/// <summary>
/// Decodes the values in GeneratedCases (expected results printed by CPython 3.11.7; the generator script
/// lives outside the repository) and encodes Skein's results the same way, so they compare as strings.
/// Encoding: i:decimal, b:True/False, f:IEEE bits as a signed 64-bit integer, c:bits,bits, t:items joined
/// by '|', s:text, y:hex bytes, n (None), N (NotImplemented), e:TypeName: message for an exception.
/// </summary>
internal static class NumbersTestData
{
    public static PyObject Decode(string s)
    {
        if (s == "n") return PyNone.Instance;
        var body = s[2..];
        return s[0] switch
        {
            'i' => PyInt.From(BigInteger.Parse(body, CultureInfo.InvariantCulture)),
            'b' => PyBool.From(body == "True"),
            'f' => new PyFloat(BitConverter.Int64BitsToDouble(long.Parse(body, CultureInfo.InvariantCulture))),
            'c' => new PyComplex(Bits(body.Split(',')[0]), Bits(body.Split(',')[1])),
            's' => new PyStr(body),
            'y' => new PyBytes(Convert.FromHexString(body)),
            _ => throw new ArgumentException(s),
        };
    }

    private static double Bits(string s) => BitConverter.Int64BitsToDouble(long.Parse(s, CultureInfo.InvariantCulture));

    private static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString(CultureInfo.InvariantCulture);

    public static string Encode(PyObject o) => o switch
    {
        PyBool b => "b:" + (b.IsTrue ? "True" : "False"),
        PyInt i => "i:" + i.Value.ToString(CultureInfo.InvariantCulture),
        PyFloat f => "f:" + Bits(f.Value),
        PyComplex c => "c:" + Bits(c.Real) + "," + Bits(c.Imag),
        PyTuple t => "t:" + string.Join("|", t.Items.Select(Encode)),
        PyStr s => "s:" + s.Value,
        PyBytes y => "y:" + Convert.ToHexString(y.Value).ToLowerInvariant(),
        PyNone => "n",
        PyNotImplemented => "N",
        _ => "?" + o.Type.Name,
    };

    public static string Run(Func<PyObject> f)
    {
        try
        {
            return Encode(f());
        }
        catch (PyException e)
        {
            return "e:" + e.Message;
        }
    }

    public static string RunText(Func<string> f)
    {
        try
        {
            return f();
        }
        catch (PyException e)
        {
            return "e:" + e.Message;
        }
    }

    /// <summary>
    /// Until str and tuple reprs are merged, messages quoting a string or holding several arguments
    /// cannot be rendered in this branch: those compare up to the quoted part.
    /// </summary>
    private static readonly bool s_fullReprs = Ops.Repr(new PyStr("a")) == "'a'" && Ops.Repr(PyTuple.Create(PyInt.From(1), PyInt.From(2))) == "(1, 2)";

    public static bool Matches(string expected, string actual)
    {
        if (expected == actual) return true;
        if (expected.StartsWith("f:") && actual.StartsWith("f:")) return SameNaN(expected[2..], actual[2..]);
        if (expected.StartsWith("c:") && actual.StartsWith("c:"))
        {
            var e = expected[2..].Split(',');
            var a = actual[2..].Split(',');
            return SameNaN(e[0], a[0]) && SameNaN(e[1], a[1]);
        }
        if (expected.StartsWith("t:") && actual.StartsWith("t:"))
        {
            var e = expected[2..].Split('|');
            var a = actual[2..].Split('|');
            return e.Length == a.Length && e.Zip(a).All(p => Matches(p.First, p.Second));
        }
        if (!s_fullReprs && expected.StartsWith("e:"))
        {
            var cut = expected.IndexOfAny(['\'', '(']);
            if (cut > 0) return actual.StartsWith(expected[..cut], StringComparison.Ordinal);
        }
        return false;
    }

    private static bool SameNaN(string e, string a) => e == a || (double.IsNaN(Bits(e)) && double.IsNaN(Bits(a)));

    /// <summary>Runs every case and fails with the first mismatches, so one test covers a whole table.</summary>
    public static void Check(string[][] cases, Func<string[], string> actual, Func<string[], string> expected, Func<string[], string> describe)
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var c in cases)
        {
            string got;
            try
            {
                got = actual(c);
            }
            catch (Exception ex)
            {
                got = "CLR exception " + ex.GetType().Name + ": " + ex.Message;
            }
            var want = expected(c);
            if (Matches(want, got)) continue;
            if (++count <= 25) failures.AppendLine($"{describe(c)}: expected {want}, got {got}");
        }
        if (count > 0) Assert.Fail($"{count} of {cases.Length} cases failed:\n{failures}");
    }
}
