namespace Skein.Vm;

/// <summary>Generators, coroutines and async generators (stub: the VM engineer replaces this file).</summary>
public sealed class PyGenerator : PyObject
{
    public PyGenerator(PyType type) : base(type)
    {
    }

    internal static void InitTypes(PyType generator, PyType coroutine, PyType asyncGenerator)
    {
    }
}
