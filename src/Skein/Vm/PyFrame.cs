namespace Skein.Vm;

/// <summary>An executing frame (stub: the VM engineer replaces this file).</summary>
public sealed class PyFrame : PyObject
{
    public PyFrame() : base(PyTypes.Frame)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
