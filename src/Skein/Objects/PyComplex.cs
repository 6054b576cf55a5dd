namespace Skein.Objects;

/// <summary>Python complex: a pair of doubles.</summary>
public class PyComplex : PyObject
{
    public readonly double Real, Imag;

    public PyComplex(double real, double imag) : base(PyTypes.Complex) => (Real, Imag) = (real, imag);
    public PyComplex(PyType type, double real, double imag) : base(type) => (Real, Imag) = (real, imag);

    internal static void InitType(PyType t)
    {
    }
}
