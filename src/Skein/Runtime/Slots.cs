namespace Skein.Runtime;

/// <summary>
/// Calling convention shared by every callable: positional arguments as a span (often a window on the
/// VM's value stack, so never keep it), keyword arguments as a dict or null when there are none.
/// </summary>
public delegate PyObject CallSlot(PyObject callable, ReadOnlySpan<PyObject> args, PyDict? kwargs);
public delegate PyObject NativeFunction(ReadOnlySpan<PyObject> args, PyDict? kwargs);
public delegate PyObject NativeMethod(PyObject self, ReadOnlySpan<PyObject> args, PyDict? kwargs);

public delegate PyObject UnarySlot(PyObject a);
/// <summary>A number slot: either operand may be the slot owner; returns NotImplemented when it cannot handle the pair.</summary>
public delegate PyObject BinarySlot(PyObject a, PyObject b);
public delegate PyObject TernarySlot(PyObject a, PyObject b, PyObject? c);
public delegate PyObject RichCompareSlot(PyObject a, PyObject b, CompareOp op);
public delegate long HashSlot(PyObject a);
public delegate long LenSlot(PyObject a);
public delegate bool BoolSlot(PyObject a);
public delegate bool ContainsSlot(PyObject container, PyObject item);
/// <summary>Attribute read that reports "not found" by returning null instead of raising, so getattr/hasattr with a default never throw.</summary>
public delegate PyObject? GetAttrSlot(PyObject obj, PyStr name);
/// <summary>Attribute write; a null value means delete.</summary>
public delegate void SetAttrSlot(PyObject obj, PyStr name, PyObject? value);
/// <summary>Item write; a null value means delete.</summary>
public delegate void SetItemSlot(PyObject obj, PyObject key, PyObject? value);
/// <summary>Iterator step: null means exhausted (no StopIteration is raised on this path).</summary>
public delegate PyObject? NextSlot(PyObject iterator);
public delegate PyObject DescrGetSlot(PyObject descr, PyObject? instance, PyType owner);
/// <summary>Descriptor write; a null value means delete.</summary>
public delegate void DescrSetSlot(PyObject descr, PyObject instance, PyObject? value);
public delegate PyObject NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyDict? kwargs);
public delegate void InitSlot(PyObject self, ReadOnlySpan<PyObject> args, PyDict? kwargs);

public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

/// <summary>The binary operators, in one order used by the compiler, the VM and the type slots.</summary>
public enum BinaryOp { Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, DivMod }

public enum UnaryOp { Neg, Pos, Invert, Abs }

public static class OperatorNames
{
    public static readonly string[] Dunder =
        ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__divmod__"];
    public static readonly string[] Reflected =
        ["__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__", "__rdivmod__"];
    public static readonly string[] InPlace =
        ["__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", ""];
    /// <summary>The operator as it appears in "unsupported operand type(s) for +: ..." messages.</summary>
    public static readonly string[] Symbol =
        ["+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "divmod()"];
    public static readonly string[] InPlaceSymbol =
        ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", ""];
    public static readonly string[] UnaryDunder = ["__neg__", "__pos__", "__invert__", "__abs__"];
    public static readonly string[] UnarySymbol = ["unary -", "unary +", "unary ~", "abs()"];
    public static readonly string[] CompareDunder = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    public static readonly string[] CompareSymbol = ["<", "<=", "==", "!=", ">", ">="];

    /// <summary>The operator with its operands swapped: a &lt; b is b &gt; a.</summary>
    public static CompareOp Swapped(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };
}
