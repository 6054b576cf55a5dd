namespace Skein.Objects;

/// <summary>
/// The root of every Python value. A value knows its Python type through a plain field, so a user
/// subclass of a built-in (class L(list)) is the built-in's CLR class with a different <see cref="Type"/>.
/// All behaviour is dispatched through the type's slots (see PyType and Ops), never through CLR virtuals,
/// so that a Python subclass overriding a dunder is always honoured.
/// </summary>
public abstract class PyObject
{
    public PyType Type;

    protected PyObject(PyType type) => Type = type;

    /// <summary>The instance __dict__, for the CLR classes that can carry one (user classes, and built-ins when subclassed).</summary>
    public virtual PyDict? InstanceDict
    {
        get => null;
        set => throw Errors.AttributeError($"'{Type.Name}' object has no attribute '__dict__'");
    }

    public override string ToString() => Ops.Repr(this);
}
