namespace Skein.Objects.Text;

/// <summary>
/// Argument checks for the str/bytes methods, reproducing the two message styles CPython's methods use
/// (Argument Clinic's "center expected at least 1 argument, got 0" and the older "find() takes at least
/// 1 argument (0 given)").
/// </summary>
internal static class MethodArgs
{
    /// <summary>A method taking no arguments: "str.upper() takes no arguments (1 given)".</summary>
    public static void None(string qualName, ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        ArgParser.NoKeywords(qualName, kw);
        if (args.Length != 0) throw Errors.TypeError($"{qualName}() takes no arguments ({args.Length} given)");
    }

    /// <summary>A method taking exactly one positional argument: "str.join() takes exactly one argument (0 given)".</summary>
    public static PyObject One(string qualName, ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        ArgParser.NoKeywords(qualName, kw);
        if (args.Length != 1) throw Errors.TypeError($"{qualName}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>Argument Clinic positional-only methods: "center expected at least 1 argument, got 0".</summary>
    public static void Clinic(string name, string qualName, ReadOnlySpan<PyObject> args, PyDict? kw, int min, int max)
    {
        ArgParser.NoKeywords(qualName, kw);
        if (args.Length < min)
            throw Errors.TypeError($"{name} expected {(min == max ? "" : "at least ")}{Plural(min)}, got {args.Length}");
        if (args.Length > max)
            throw Errors.TypeError($"{name} expected {(min == max ? "" : "at most ")}{Plural(max)}, got {args.Length}");
    }

    /// <summary>The older tuple-parsing methods (find, count, startswith...): "find() takes at least 1 argument (0 given)".</summary>
    public static void Legacy(string name, string qualName, ReadOnlySpan<PyObject> args, PyDict? kw, int min, int max)
    {
        ArgParser.NoKeywords(qualName, kw);
        if (args.Length < min) throw Errors.TypeError($"{name}() takes at least {Plural(min)} ({args.Length} given)");
        if (args.Length > max) throw Errors.TypeError($"{name}() takes at most {Plural(max)} ({args.Length} given)");
    }

    /// <summary>Methods accepting keywords (split, encode, expandtabs...): unknown keywords get "'x' is an invalid keyword argument for f()".</summary>
    public static PyObject?[] Keywords(string name, ReadOnlySpan<PyObject> args, PyDict? kw, string[] names, int required = 0)
    {
        if (kw != null)
            foreach (var key in kw.KeysSnapshot())
                if (key is not PyStr k || Array.IndexOf(names, k.Value) < 0)
                    throw Errors.TypeError($"{Ops.Repr(key)} is an invalid keyword argument for {name}()");
        if (args.Length > names.Length) throw Errors.TypeError($"{name}() takes at most {Plural(names.Length)} ({args.Length} given)");
        return ArgParser.Parse(name, args, kw, names, required);
    }

    private static string Plural(int n) => n == 1 ? "1 argument" : $"{n} arguments";

    /// <summary>An integer argument via __index__ (width, count, tabsize...).</summary>
    public static long Int(PyObject o) => o is PyInt i && i.TryGetLong(out var v) ? v : Ops.AsLong(o);

    public static string Str(PyObject o, string message) => o is PyStr s ? s.Value : throw Errors.TypeError(message);
}
