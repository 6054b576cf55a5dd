using Skein.Modules.Cmath;
using Skein.Objects.Numbers;

namespace Skein.Modules;

/// <summary>
/// The cmath module: CPython 3.11's functions, constants, branch cuts, special values and errors
/// ("math domain error" as ValueError, "math range error" as OverflowError). The functions themselves are
/// in Cmath/ComplexFunctions.
/// </summary>
[BuiltinModule("cmath")]
public static class CmathModule
{
    private static readonly PyStr s_complexName = PyStr.Intern("__complex__");

    public static void Init(PyModule m)
    {
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(Math.Tau));
        m.Set("inf", new PyFloat(double.PositiveInfinity));
        // CPython's NaN has a clear sign bit; .NET's double.NaN has it set.
        var nan = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
        m.Set("nan", new PyFloat(nan));
        m.Set("infj", new PyComplex(0.0, double.PositiveInfinity));
        m.Set("nanj", new PyComplex(0.0, nan));

        Unary(m, "sqrt", ComplexFunctions.Sqrt);
        Unary(m, "exp", ComplexFunctions.Exp);
        Unary(m, "log10", ComplexFunctions.Log10);
        Unary(m, "acos", ComplexFunctions.Acos);
        Unary(m, "asin", ComplexFunctions.Asin);
        Unary(m, "atan", ComplexFunctions.Atan);
        Unary(m, "cos", ComplexFunctions.Cos);
        Unary(m, "sin", ComplexFunctions.Sin);
        Unary(m, "tan", ComplexFunctions.Tan);
        Unary(m, "acosh", ComplexFunctions.Acosh);
        Unary(m, "asinh", ComplexFunctions.Asinh);
        Unary(m, "atanh", ComplexFunctions.Atanh);
        Unary(m, "cosh", ComplexFunctions.Cosh);
        Unary(m, "sinh", ComplexFunctions.Sinh);
        Unary(m, "tanh", ComplexFunctions.Tanh);

        m.DefFunction("log", (a, kw) =>
        {
            ArgParser.NoKeywords("log", kw);
            ArgParser.Range("log", a, 1, 2);
            var (x, y) = ToComplex(a[0]);
            var r = ComplexFunctions.Log(x, y);
            if (a.Length == 1) return Result(r);
            // CPython reports only the base's log and the division: log(0, 2) is (-inf+nanj), log(2, 0) an error.
            var (bx, by) = ToComplex(a[1]);
            var b = ComplexFunctions.Log(bx, by);
            if (b.Error != CmathError.None) throw Error(b.Error);
            var q = ComplexArithmetic.TryDivide(r.Real, r.Imag, b.Real, b.Imag) ?? throw Error(CmathError.Domain);
            return new PyComplex(q.Item1, q.Item2);
        });
        m.DefFunction("phase", (a, kw) =>
        {
            var (x, y) = OneArgument("phase", a, kw);
            var phi = Math.Atan2(y, x);
            // The C library reports an angle that underflows to zero (ERANGE), and CPython's phase raises it.
            if (phi == 0 && y != 0 && double.IsFinite(x) && double.IsFinite(y)) throw Error(CmathError.Range);
            return new PyFloat(phi);
        });
        m.DefFunction("polar", (a, kw) =>
        {
            var (x, y) = OneArgument("polar", a, kw);
            var r = ComplexFunctions.Abs(x, y, out var error);
            if (error != CmathError.None) throw Error(error);
            return PyTuple.Create(new PyFloat(r), new PyFloat(Math.Atan2(y, x)));
        });
        m.DefFunction("rect", (a, kw) =>
        {
            ArgParser.NoKeywords("rect", kw);
            ArgParser.Exactly("rect", a, 2);
            return Result(ComplexFunctions.Rect(Ops.AsDouble(a[0]), Ops.AsDouble(a[1])));
        });
        m.DefFunction("isfinite", (a, kw) =>
        {
            var (x, y) = OneArgument("isfinite", a, kw);
            return PyBool.From(double.IsFinite(x) && double.IsFinite(y));
        });
        m.DefFunction("isinf", (a, kw) =>
        {
            var (x, y) = OneArgument("isinf", a, kw);
            return PyBool.From(double.IsInfinity(x) || double.IsInfinity(y));
        });
        m.DefFunction("isnan", (a, kw) =>
        {
            var (x, y) = OneArgument("isnan", a, kw);
            return PyBool.From(double.IsNaN(x) || double.IsNaN(y));
        });
        m.DefFunction("isclose", (a, kw) =>
        {
            var p = ArgParser.Parse("isclose", a, kw, ["a", "b", "rel_tol", "abs_tol"], required: 2, keywordOnlyFrom: 2);
            var (ax, ay) = ToComplex(p[0]!);
            var (bx, by) = ToComplex(p[1]!);
            var relTol = p[2] == null ? 1e-09 : Ops.AsDouble(p[2]!);
            var absTol = p[3] == null ? 0.0 : Ops.AsDouble(p[3]!);
            return PyBool.From(IsClose(ax, ay, bx, by, relTol, absTol));
        });
    }

    private static bool IsClose(double ax, double ay, double bx, double by, double relTol, double absTol)
    {
        if (relTol < 0 || absTol < 0) throw Errors.ValueError("tolerances must be non-negative");
        if (ax == bx && ay == by) return true;
        // Two infinities are close only when equal (above); an infinity is close to nothing else.
        if (double.IsInfinity(ax) || double.IsInfinity(ay) || double.IsInfinity(bx) || double.IsInfinity(by)) return false;
        var diff = ComplexFunctions.Abs(ax - bx, ay - by, out _);
        return diff <= relTol * ComplexFunctions.Abs(bx, by, out _) || diff <= relTol * ComplexFunctions.Abs(ax, ay, out _) || diff <= absTol;
    }

    private static void Unary(PyModule m, string name, Func<double, double, Entry> f) =>
        m.DefFunction(name, (a, kw) =>
        {
            var (x, y) = OneArgument(name, a, kw);
            return Result(f(x, y));
        });

    private static (double, double) OneArgument(string name, ReadOnlySpan<PyObject> a, PyDict? kw)
    {
        ArgParser.NoKeywords("cmath." + name, kw);
        ArgParser.Exactly("cmath." + name, a, 1);
        return ToComplex(a[0]);
    }

    private static PyObject Result(Entry r) => r.Error == CmathError.None ? new PyComplex(r.Real, r.Imag) : throw Error(r.Error);

    private static PyException Error(CmathError error) => error == CmathError.Domain
        ? Errors.ValueError("math domain error")
        : Errors.OverflowError("math range error");

    /// <summary>A complex argument as CPython converts it: complex, __complex__, then anything float() takes.</summary>
    private static (double, double) ToComplex(PyObject o)
    {
        if (o is PyComplex c) return (c.Real, c.Imag);
        if (o is PyFloat f) return (f.Value, 0.0);
        var method = Ops.LookupSpecial(o, s_complexName);
        if (method != null)
        {
            var r = Ops.Call(method);
            if (r is PyComplex rc) return (rc.Real, rc.Imag);
            throw Errors.TypeError($"__complex__ returned non-complex (type {r.Type.Name})");
        }
        if (o is not PyInt && o.Type.Float == null && o.Type.Index == null) throw Errors.TypeError($"must be real number, not {o.Type.Name}");
        return (Ops.AsDouble(o), 0.0);
    }
}
