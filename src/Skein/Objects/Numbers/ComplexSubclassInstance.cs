namespace Skein.Objects.Numbers;

/// <summary>An instance of a Python subclass of complex, carrying an instance dict when the class has one.</summary>
public sealed class ComplexSubclassInstance : PyComplex
{
    private PyDict? _dict;

    public ComplexSubclassInstance(PyType type, double real, double imag) : base(type, real, imag)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }
}
