namespace Skein.Objects;

/// <summary>Python bool: the two singletons, a final subclass of int.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    public readonly bool IsTrue;

    private PyBool(bool value) : base(PyTypes.Bool, value ? 1 : 0) => IsTrue = value;

    public static PyBool From(bool value) => value ? True : False;

    internal static new void InitType(PyType t)
    {
    }
}
