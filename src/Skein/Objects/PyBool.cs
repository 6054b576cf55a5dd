namespace Skein.Objects;

/// <summary>Python bool: the two singletons, a final subclass of int.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    public readonly bool IsTrue;

    private PyBool(bool value) : base(PyTypes.Bool, value ? 1 : 0) => IsTrue = value;

    public static PyBool From(bool value) => value ? True : False;

    private static readonly PyStr s_trueRepr = PyStr.Intern("True");
    private static readonly PyStr s_falseRepr = PyStr.Intern("False");

    internal static new void InitType(PyType t)
    {
        t.Repr = self => ((PyBool)self).IsTrue ? s_trueRepr : s_falseRepr;
        t.New = (_, args, kwargs) =>
        {
            ArgParser.NoKeywords("bool", kwargs);
            if (args.Length > 1) throw Errors.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? False : From(Ops.IsTrue(args[0]));
        };
        // Bitwise operators between two bools stay bool; any other pairing is int arithmetic.
        t.Number[(int)BinaryOp.And] = (a, b) => a is PyBool x && b is PyBool y ? From(x.IsTrue & y.IsTrue) : AndSlot(a, b);
        t.Number[(int)BinaryOp.Or] = (a, b) => a is PyBool x && b is PyBool y ? From(x.IsTrue | y.IsTrue) : OrSlot(a, b);
        t.Number[(int)BinaryOp.Xor] = (a, b) => a is PyBool x && b is PyBool y ? From(x.IsTrue ^ y.IsTrue) : XorSlot(a, b);
    }
}
