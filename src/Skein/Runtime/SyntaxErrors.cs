using Skein.Syntax;

namespace Skein.Runtime;

/// <summary>Turns the parser's and compiler's PythonSyntaxError into the Python SyntaxError (IndentationError, TabError) it stands for.</summary>
public static class SyntaxErrors
{
    public static PyException ToPython(PythonSyntaxError e)
    {
        var type = e.Kind switch
        {
            SyntaxErrorKind.IndentationError => PyExc.IndentationError,
            SyntaxErrorKind.TabError => PyExc.TabError,
            _ => PyExc.SyntaxError,
        };
        PyObject text = e.Text == null ? PyNone.Instance : new PyStr(e.Text);
        var details = PyTuple.Create(new PyStr(e.Filename), PyInt.From(e.Lineno), PyInt.From(e.Offset), text,
            PyInt.From(e.EndLineno), PyInt.From(e.EndOffset));
        var value = (PyBaseException)Ops.Call(type, [new PyStr(e.Msg), details]);
        return new PyException(value);
    }
}
