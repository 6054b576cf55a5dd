namespace Skein.Vm;

/// <summary>One traceback entry: frame, line, next (stub: the VM engineer replaces this file).</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback() : base(PyTypes.Traceback)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
