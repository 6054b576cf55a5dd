namespace Skein.Modules.Cmath;

/// <summary>The C errno outcome CPython's cmath reports: EDOM as ValueError, ERANGE as OverflowError.</summary>
internal enum CmathError { None, Domain, Range }

/// <summary>One special-value result: the complex value, or the error CPython raises instead.</summary>
internal readonly record struct Entry(double Real, double Imag, CmathError Error = CmathError.None);

/// <summary>
/// CPython's special-value tables (C99 Annex G with its own choices), indexed by the classes of the real
/// and imaginary parts: -inf, negative finite, -0, +0, positive finite, +inf, nan.
/// </summary>
internal static partial class SpecialValues
{
    public static int Class(double x)
    {
        if (double.IsNaN(x)) return 6;
        if (double.IsInfinity(x)) return x > 0 ? 5 : 0;
        if (x == 0) return double.IsNegative(x) ? 2 : 3;
        return x > 0 ? 4 : 1;
    }

    public static Entry Lookup(Entry[] table, double real, double imag) => table[Class(real) * 7 + Class(imag)];
}
