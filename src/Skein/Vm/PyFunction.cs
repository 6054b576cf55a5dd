namespace Skein.Vm;

/// <summary>A function defined in Python (stub: the VM engineer replaces this file, keeping these members).</summary>
public sealed class PyFunction : PyObject
{
    public PyCode Code;
    public PyDict Globals;
    public string Name;
    public string QualName;

    public PyFunction(PyCode code, PyDict globals) : base(PyTypes.Function)
    {
        Code = code;
        Globals = globals;
        Name = code.Name;
        QualName = code.QualName;
    }

    internal static void InitType(PyType t)
    {
    }
}
