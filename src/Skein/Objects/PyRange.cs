namespace Skein.Objects;

/// <summary>Python range: start, stop, step as Python ints (arbitrary precision allowed).</summary>
public sealed class PyRange : PyObject
{
    public readonly PyInt Start, Stop, Step;

    public PyRange(PyInt start, PyInt stop, PyInt step) : base(PyTypes.Range) => (Start, Stop, Step) = (start, stop, step);

    internal static void InitType(PyType t)
    {
    }
}
