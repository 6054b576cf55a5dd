namespace Skein.Objects;

/// <summary>Python float: an IEEE double.</summary>
public class PyFloat : PyObject
{
    public readonly double Value;

    public PyFloat(double value) : base(PyTypes.Float) => Value = value;
    public PyFloat(PyType type, double value) : base(type) => Value = value;

    internal static void InitType(PyType t)
    {
    }
}
