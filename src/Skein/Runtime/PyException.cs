namespace Skein.Runtime;

/// <summary>
/// The CLR exception that carries a Python exception through native (C#) code. Python code raising and
/// catching inside the VM does not use it; only native code that fails throws it.
/// </summary>
public sealed class PyException : Exception
{
    public readonly PyBaseException Value;

    public PyException(PyBaseException value) => Value = value;

    public override string Message => Value.Type.Name + ": " + Value.StrForMessage();

    public bool Is(PyType type) => Value.Type.IsSubtypeOf(type);
}

/// <summary>Factories for the errors native code raises: <c>throw Errors.TypeError("...")</c>.</summary>
public static class Errors
{
    public static PyException New(PyType type, string message) => new(PyBaseException.Create(type, new PyStr(message)));
    public static PyException New(PyType type, params PyObject[] args) => new(PyBaseException.Create(type, args));

    public static PyException TypeError(string m) => New(PyExc.TypeError, m);
    public static PyException ValueError(string m) => New(PyExc.ValueError, m);
    public static PyException AttributeError(string m) => New(PyExc.AttributeError, m);
    public static PyException IndexError(string m) => New(PyExc.IndexError, m);
    public static PyException KeyError(PyObject key) => New(PyExc.KeyError, key);
    public static PyException NameError(string m) => New(PyExc.NameError, m);
    public static PyException RuntimeError(string m) => New(PyExc.RuntimeError, m);
    public static PyException NotImplementedError(string m) => New(PyExc.NotImplementedError, m);
    public static PyException ZeroDivisionError(string m) => New(PyExc.ZeroDivisionError, m);
    public static PyException OverflowError(string m) => New(PyExc.OverflowError, m);
    public static PyException RecursionError(string m = "maximum recursion depth exceeded") => New(PyExc.RecursionError, m);
    public static PyException StopIteration(PyObject? value = null) => value == null ? New(PyExc.StopIteration) : New(PyExc.StopIteration, value);
    public static PyException OSError(string m) => New(PyExc.OSError, m);
    public static PyException ImportError(string m) => New(PyExc.ImportError, m);
    public static PyException ModuleNotFoundError(string m) => New(PyExc.ModuleNotFoundError, m);
    public static PyException AssertionError(string m) => New(PyExc.AssertionError, m);
    public static PyException UnboundLocalError(string m) => New(PyExc.UnboundLocalError, m);
    public static PyException SystemError(string m) => New(PyExc.SystemError, m);
    public static PyException MemoryError(string m) => New(PyExc.MemoryError, m);
    public static PyException UnicodeError(string m) => New(PyExc.UnicodeError, m);
    public static PyException LookupError(string m) => New(PyExc.LookupError, m);

    /// <summary>"unsupported operand type(s) for +: 'int' and 'str'"</summary>
    public static PyException UnsupportedOperands(string symbol, PyObject a, PyObject b) =>
        TypeError($"unsupported operand type(s) for {symbol}: '{a.Type.Name}' and '{b.Type.Name}'");

    /// <summary>The AttributeError for a missing attribute, carrying name and obj for the "Did you mean" hint.</summary>
    public static PyException NoAttribute(PyObject obj, PyStr name)
    {
        var e = obj is PyType t
            ? New(PyExc.AttributeError, $"type object '{t.Name}' has no attribute '{name.Value}'")
            : obj is PyModule m
                ? New(PyExc.AttributeError, $"module '{m.Name}' has no attribute '{name.Value}'")
                : New(PyExc.AttributeError, $"'{obj.Type.Name}' object has no attribute '{name.Value}'");
        if (e.Value is PyAttributeError ae)
        {
            ae.Name = name;
            ae.Obj = obj;
        }
        return e;
    }

    /// <summary>NameError: name 'x' is not defined, carrying the name for the "Did you mean" hint.</summary>
    public static PyException NameNotDefined(string name)
    {
        var e = New(PyExc.NameError, $"name '{name}' is not defined");
        ((PyNameError)e.Value).Name = new PyStr(name);
        return e;
    }
}
