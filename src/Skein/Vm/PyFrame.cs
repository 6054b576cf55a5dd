namespace Skein.Vm;

/// <summary>An executing frame (stub: the VM engineer replaces this file, keeping these members).</summary>
public sealed class PyFrame : PyObject
{
    public PyCode Code;
    public PyDict Globals;
    public PyFrame? Back;

    public PyFrame(PyCode code, PyDict globals) : base(PyTypes.Frame)
    {
        Code = code;
        Globals = globals;
    }

    /// <summary>The line being executed.</summary>
    public int LineNo => Code.FirstLineNo;

    internal static void InitType(PyType t)
    {
    }
}
