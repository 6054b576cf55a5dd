namespace Skein.Objects;

/// <summary>
/// Instances of BaseException and all its subclasses, built-in or defined in Python. Subclass-specific
/// attributes (OSError.errno, StopIteration.value, SystemExit.code, ...) live in the instance dict,
/// set by the subclass's init (see PyExc).
/// </summary>
public class PyBaseException : PyObject
{
    public PyTuple Args = PyTuple.Empty;
    /// <summary>A Vm.PyTraceback or null (None).</summary>
    public PyObject? Traceback;
    public PyObject? Cause;
    public PyObject? Context;
    public bool SuppressContext;
    private PyDict? _dict;

    public PyBaseException(PyType type) : base(type)
    {
    }

    public override PyDict? InstanceDict
    {
        get => _dict ??= new PyDict();
        set => _dict = value;
    }

    public static PyBaseException Create(PyType type, params PyObject[] args)
    {
        var e = (PyBaseException)Ops.Call(type, args, null);
        return e;
    }

    /// <summary>str(exception) without risking another exception (used for CLR-side messages).</summary>
    public string StrForMessage()
    {
        try
        {
            return Ops.Str(this);
        }
        catch (PyException)
        {
            return "<exception str() failed>";
        }
    }
}
