namespace Skein.Objects.Numbers;

/// <summary>An instance of a Python subclass of int (class MyInt(int)): the int value plus an instance dict when the class has one.</summary>
public sealed class IntSubclassInstance : PyInt
{
    private PyDict? _dict;

    public IntSubclassInstance(PyType type, BigInteger value) : base(type, value)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }
}
