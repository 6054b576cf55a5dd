namespace Skein.Vm;

/// <summary>One traceback entry (stub: the VM engineer replaces this file, keeping these members).</summary>
public sealed class PyTraceback : PyObject
{
    public readonly PyFrame Frame;
    public readonly int LineNo;
    public PyTraceback? Next;

    public PyTraceback(PyFrame frame, int lineNo, PyTraceback? next) : base(PyTypes.Traceback)
    {
        Frame = frame;
        LineNo = lineNo;
        Next = next;
    }

    internal static void InitType(PyType t)
    {
    }
}
