namespace Skein.Vm;

/// <summary>Entry points into the VM (stub: the VM engineer replaces this file, keeping these members).</summary>
public static class Executor
{
    /// <summary>Runs module-level (or exec/eval) code with the given globals and locals (locals defaults to globals); returns the value for eval code.</summary>
    public static PyObject Run(PyCode code, PyDict globals, PyObject? locals = null) =>
        throw new NotImplementedException("VM not merged yet");
}
