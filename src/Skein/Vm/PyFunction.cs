namespace Skein.Vm;

/// <summary>A function defined in Python (stub: the VM engineer replaces this file).</summary>
public sealed class PyFunction : PyObject
{
    public PyFunction() : base(PyTypes.Function)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
