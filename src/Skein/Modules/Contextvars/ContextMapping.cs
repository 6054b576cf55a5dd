namespace Skein.Modules.Contextvars;

/// <summary>
/// The immutable variable → value mapping of a Context. Setting a variable makes a new mapping, so a
/// copy of a Context shares its mapping until one side writes (copy_context is one allocation, as asyncio
/// copies the context for every task and callback). Contexts hold a handful of variables, so the entries
/// are a flat array searched by identity, kept in the order the variables were first set.
/// </summary>
internal sealed class ContextMapping
{
    public static readonly ContextMapping Empty = new([], []);

    private readonly PyContextVar[] _vars;
    private readonly PyObject[] _values;

    private ContextMapping(PyContextVar[] vars, PyObject[] values)
    {
        _vars = vars;
        _values = values;
    }

    public int Count => _vars.Length;

    public PyContextVar VarAt(int i) => _vars[i];

    public PyObject ValueAt(int i) => _values[i];

    public PyObject? Get(PyContextVar var)
    {
        var vars = _vars;
        for (var i = 0; i < vars.Length; i++)
            if (ReferenceEquals(vars[i], var)) return _values[i];
        return null;
    }

    public ContextMapping Set(PyContextVar var, PyObject value)
    {
        var index = Array.IndexOf(_vars, var);
        if (index >= 0)
        {
            if (ReferenceEquals(_values[index], value)) return this;
            var values = (PyObject[])_values.Clone();
            values[index] = value;
            return new ContextMapping(_vars, values);
        }
        var n = _vars.Length;
        var newVars = new PyContextVar[n + 1];
        var newValues = new PyObject[n + 1];
        _vars.CopyTo(newVars, 0);
        _values.CopyTo(newValues, 0);
        newVars[n] = var;
        newValues[n] = value;
        return new ContextMapping(newVars, newValues);
    }

    public ContextMapping Remove(PyContextVar var)
    {
        var index = Array.IndexOf(_vars, var);
        if (index < 0) return this;
        if (_vars.Length == 1) return Empty;
        var newVars = new PyContextVar[_vars.Length - 1];
        var newValues = new PyObject[_vars.Length - 1];
        for (int i = 0, j = 0; i < _vars.Length; i++)
        {
            if (i == index) continue;
            newVars[j] = _vars[i];
            newValues[j++] = _values[i];
        }
        return new ContextMapping(newVars, newValues);
    }
}
