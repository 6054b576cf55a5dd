namespace Skein.Objects;

/// <summary>Python slice object: start, stop, step as arbitrary objects (None when omitted).</summary>
public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step) : base(PyTypes.Slice) => (Start, Stop, Step) = (start, stop, step);

    internal static void InitType(PyType t)
    {
    }
}
