namespace Skein.Modules.Regex;

/// <summary>
/// re.RegexFlag: an int subclass whose values print as CPython 3.11's global enum does
/// (re.IGNORECASE|re.MULTILINE), and which |, &amp;, ^ and ~ keep as flags.
/// </summary>
public sealed class PyRegexFlag : PyInt
{
    public static readonly PyType FlagType = PyTypes.Define("RegexFlag", PyTypes.Int, InitType, module: "re");

    private const int AllFlags = 511;
    private static readonly PyRegexFlag[] s_cache = BuildCache();

    static PyRegexFlag()
    {
        // Members are instances of the type, so they can only be added once the type exists.
        FlagType.DefAttr("NOFLAG", Of(0));
        foreach (var (name, bit) in RegexFlags.ByDefinition) FlagType.DefAttr(name, Of(bit));
    }

    private PyRegexFlag(long value) : base(FlagType, value)
    {
    }

    private static PyRegexFlag[] BuildCache()
    {
        var cache = new PyRegexFlag[AllFlags + 1];
        for (var i = 0; i <= AllFlags; i++) cache[i] = new PyRegexFlag(i);
        return cache;
    }

    public static PyRegexFlag Of(long value) => value is >= 0 and <= AllFlags ? s_cache[value] : new PyRegexFlag(value);

    public static string ReprOf(long value)
    {
        if (value == 0) return "re.NOFLAG";
        if (value < 0) return $"re.RegexFlag({value})";
        var names = new List<string>();
        var rest = value;
        foreach (var (name, bit) in RegexFlags.ByDefinition)
        {
            if ((rest & bit) == 0) continue;
            names.Add("re." + name);
            rest &= ~bit;
        }
        if (rest != 0) names.Add($"0x{rest:x}");
        return string.Join('|', names);
    }

    private static BinarySlot Bitwise(Func<long, long, long> op) => (a, b) =>
    {
        if (a is not PyInt x || b is not PyInt y || !x.TryGetLong(out var xv) || !y.TryGetLong(out var yv)) return PyNotImplemented.Instance;
        return Of(op(xv, yv));
    };

    private static new void InitType(PyType t)
    {
        t.Repr = self => new PyStr(ReprOf(((PyInt)self).Small));
        t.Str = self => new PyStr(ReprOf(((PyInt)self).Small));
        t.Number[(int)BinaryOp.Or] = Bitwise((a, b) => a | b);
        t.Number[(int)BinaryOp.And] = Bitwise((a, b) => a & b);
        t.Number[(int)BinaryOp.Xor] = Bitwise((a, b) => a ^ b);
        t.Unary[(int)UnaryOp.Invert] = self => Of(AllFlags & ~((PyInt)self).Small);
        t.New = (_, args, kw) =>
        {
            var a = ArgParser.Parse("RegexFlag", args, kw, ["value"], 1);
            return a[0] is PyRegexFlag f ? f : Of(Ops.AsLong(a[0]!));
        };
    }
}
