namespace Skein.Runtime;

/// <summary>Binds the arguments of a native function to its parameters, with CPython's error messages.</summary>
public static class ArgParser
{
    /// <summary>
    /// Binds positional and keyword arguments to the named parameters. The first <paramref name="required"/>
    /// parameters must be given; the rest come back null when absent. Parameters before
    /// <paramref name="positionalOnly"/> cannot be passed by keyword; those from <paramref name="keywordOnlyFrom"/> on only by keyword.
    /// </summary>
    public static PyObject?[] Parse(string function, ReadOnlySpan<PyObject> args, PyDict? kwargs, string[] names,
        int required = 0, int positionalOnly = 0, int keywordOnlyFrom = int.MaxValue)
    {
        var maxPositional = Math.Min(names.Length, keywordOnlyFrom);
        if (args.Length > maxPositional)
        {
            throw Errors.TypeError(maxPositional == required
                ? $"{function}() takes {Plural(maxPositional, "positional argument")} but {args.Length} {(args.Length == 1 ? "was" : "were")} given"
                : $"{function}() takes at most {Plural(maxPositional, "argument")} ({args.Length} given)");
        }
        var result = new PyObject?[names.Length];
        for (var i = 0; i < args.Length; i++) result[i] = args[i];
        if (kwargs != null)
        {
            foreach (var pair in kwargs.Snapshot())
            {
                var key = ((PyStr)pair.Key).Value;
                var index = Array.IndexOf(names, key);
                if (index < 0 || index < positionalOnly)
                {
                    throw Errors.TypeError(index < 0
                        ? $"{function}() got an unexpected keyword argument '{key}'"
                        : $"{function}() got some positional-only arguments passed as keyword arguments: '{key}'");
                }
                if (result[index] != null) throw Errors.TypeError($"{function}() got multiple values for argument '{key}'");
                result[index] = pair.Value;
            }
        }
        for (var i = 0; i < required; i++)
        {
            if (result[i] == null)
            {
                throw Errors.TypeError(i < positionalOnly || kwargs == null
                    ? $"{function}() missing required argument '{names[i]}' (pos {i + 1})"
                    : $"{function}() missing required argument '{names[i]}'");
            }
        }
        return result;
    }

    public static void Exactly(string function, ReadOnlySpan<PyObject> args, int count)
    {
        if (args.Length == count) return;
        throw count switch
        {
            0 => Errors.TypeError($"{function}() takes no arguments ({args.Length} given)"),
            1 => Errors.TypeError($"{function}() takes exactly one argument ({args.Length} given)"),
            _ => Errors.TypeError($"{function} expected {count} arguments, got {args.Length}"),
        };
    }

    public static void Range(string function, ReadOnlySpan<PyObject> args, int min, int max)
    {
        if (args.Length < min)
            throw Errors.TypeError($"{function} expected {(min == max ? "" : "at least ")}{Plural(min, "argument")}, got {args.Length}");
        if (args.Length > max)
            throw Errors.TypeError($"{function} expected {(min == max ? "" : "at most ")}{Plural(max, "argument")}, got {args.Length}");
    }

    public static void NoKeywords(string function, PyDict? kwargs)
    {
        if (kwargs != null && kwargs.Count > 0) throw Errors.TypeError($"{function}() takes no keyword arguments");
    }

    private static string Plural(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
