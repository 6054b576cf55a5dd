using System.Runtime.CompilerServices;

namespace Skein.Vm;

internal static partial class Evaluator
{
    // PyTypes has an explicit static constructor (two-phase init), so in the ReadyToRun image every read of
    // PyTypes.X from the dispatch loop goes through a class-initialisation check; the loop's main invocation
    // never gets re-jitted, so it keeps paying it. Copies here (no static constructor) are plain loads.
    private static readonly PyType IntType = PyTypes.Int;
    private static readonly PyType FloatType = PyTypes.Float;
    private static readonly PyType DictType = PyTypes.Dict;

    /// <summary>
    /// An exact int (not a subclass, not bool) that fits in a long. Tests the CLR class by identity before
    /// casting: `is PyInt` on the non-sealed class is a call into the cast helper in ReadyToRun code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsExactSmallInt(PyObject o) =>
        o.GetType() == typeof(PyInt) && ReferenceEquals(o.Type, IntType) && Unsafe.As<PyInt>(o).IsSmall;
}
