namespace Skein.Objects.Formatting;

/// <summary>printf-style conversion of numbers for str % and bytes % (stub: the numbers engineer fills it).</summary>
public static class NumericFormat
{
    /// <summary>
    /// Formats value for one '%' conversion. conversion is one of d i u o x X e E f F g G; flags holds any of
    /// "-+ #0"; width and precision are -1 when absent. Raises TypeError like CPython for a non-number
    /// ("%d format: a real number is required, not str").
    /// </summary>
    public static string Printf(PyObject value, char conversion, string flags, int width, int precision) =>
        throw new NotImplementedException("numeric printf formatting not merged yet");
}
