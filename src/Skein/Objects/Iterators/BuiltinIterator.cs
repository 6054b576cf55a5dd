namespace Skein.Objects.Iterators;

/// <summary>
/// Base of the iterator builtins that Python code may subclass (enumerate, zip, map, filter, reversed):
/// it carries the instance dict a subclass needs. Their state is advanced without a lock; an iterator
/// shared between threads may skip or repeat items but never faults.
/// </summary>
public abstract class BuiltinIterator : PyObject
{
    private PyDict? _dict;

    protected BuiltinIterator(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    /// <summary>Fills the slots every such iterator type shares.</summary>
    internal static void InitIterator(PyType t, NextSlot next)
    {
        t.Iter = self => self;
        t.Next = next;
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        }, "See PEP 585");
    }
}
