namespace Skein.Vm;

/// <summary>A compiled code object (stub: the compiler engineer replaces this file, keeping these members).</summary>
public sealed class PyCode : PyObject
{
    public string Filename = "<string>";
    public string Name = "<module>";
    public string QualName = "<module>";
    public int FirstLineNo = 1;

    public PyCode() : base(PyTypes.Code)
    {
    }

    internal static void InitType(PyType t)
    {
    }
}
