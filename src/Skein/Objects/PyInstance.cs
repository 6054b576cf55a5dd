namespace Skein.Objects;

/// <summary>An instance of a class defined in Python whose bases are all plain classes (no built-in layout).</summary>
public sealed class PyInstance : PyObject, ISlotStorage
{
    private PyDict? _dict;

    /// <summary>Storage of the __slots__ declared along the MRO; null when the class has none.</summary>
    public PyObject?[]? SlotValues { get; }

    public PyInstance(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) SlotValues = new PyObject?[type.SlotCount];
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }
}
