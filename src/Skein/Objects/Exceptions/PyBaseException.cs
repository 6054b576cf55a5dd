namespace Skein.Objects;

/// <summary>
/// Instances of BaseException and of its subclasses that add no C-level fields (ValueError, user classes).
/// Families with fields of their own (OSError, SyntaxError, ImportError, the Unicode errors, exception
/// groups, ...) are CLR subclasses, so the fields never show in the instance __dict__, as in CPython.
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
        get
        {
            var d = _dict;
            if (d != null) return d;
            Interlocked.CompareExchange(ref _dict, new PyDict(), null);
            return _dict;
        }
        set => _dict = value;
    }

    /// <summary>The instance dict if one was ever created (reading __dict__ or setting an attribute creates it).</summary>
    public PyDict? ExistingDict => _dict;

    public static PyBaseException Create(PyType type, params PyObject[] args)
    {
        var r = Ops.Call(type, args, null);
        return r as PyBaseException ?? throw Errors.TypeError($"calling {type.Name} should have returned an instance of BaseException, not {r.Type.Name}");
    }

    /// <summary>The __notes__ attribute when it is set (any object), else null.</summary>
    public PyObject? Notes => _dict?.GetItemOrNull(Names.__notes__);

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
