namespace Skein.Objects.Numbers;

/// <summary>An instance of a Python subclass of float, carrying an instance dict when the class has one.</summary>
public sealed class FloatSubclassInstance : PyFloat
{
    private PyDict? _dict;

    public FloatSubclassInstance(PyType type, double value) : base(type, value)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }
}
