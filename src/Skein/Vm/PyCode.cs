namespace Skein.Vm;

/// <summary>A compiled code object (stub: the compiler engineer replaces this file).</summary>
public sealed class PyCode : PyObject
{
    public PyCode() : base(PyTypes.Code)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
