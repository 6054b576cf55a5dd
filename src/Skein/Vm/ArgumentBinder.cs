namespace Skein.Vm;

/// <summary>
/// Binds call arguments to a Python function's parameters, straight into the fast locals of its new
/// frame, with CPython's error messages (which name the function by its qualified name).
/// Keyword arguments come either as parallel name/value spans (from CALL_KW, no dict built) or as a dict.
/// </summary>
internal static class ArgumentBinder
{
    public static void Bind(PyFunction f, FrameSlots fast, ReadOnlySpan<PyObject> args, ReadOnlySpan<PyObject> kwValues, PyObject[]? kwNames, PyDict? kwargs)
    {
        var code = f.Code;
        var argc = code.ArgCount;
        var kwonly = code.KwOnlyArgCount;
        var total = argc + kwonly;
        var hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        var hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        var n = args.Length;

        // Fast path: exactly the positional parameters, nothing else to fill in.
        if (n == argc && kwNames == null && (kwargs == null || kwargs.Count == 0) && kwonly == 0 && !hasVarArgs && !hasVarKw)
        {
            for (var i = 0; i < n; i++) fast[i] = args[i];
            return;
        }

        PyDict? kwDict = null;
        if (hasVarKw)
        {
            kwDict = new PyDict();
            fast[total + (hasVarArgs ? 1 : 0)] = kwDict;
        }
        var npos = Math.Min(n, argc);
        for (var i = 0; i < npos; i++) fast[i] = args[i];
        if (hasVarArgs)
            fast[total] = n > argc ? new PyTuple(args[argc..].ToArray()) : PyTuple.Empty;

        List<string>? posOnlyAsKeyword = null;
        if (kwNames != null)
        {
            for (var k = 0; k < kwNames.Length; k++)
                BindKeyword(f, fast, kwNames[k], kwValues[k], kwDict, ref posOnlyAsKeyword);
        }
        else if (kwargs != null && kwargs.Count > 0)
        {
            foreach (var pair in kwargs.Snapshot())
                BindKeyword(f, fast, pair.Key, pair.Value, kwDict, ref posOnlyAsKeyword);
        }
        if (posOnlyAsKeyword != null)
            throw Errors.TypeError($"{f.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKeyword)}'");

        if (n > argc && !hasVarArgs) throw TooManyPositional(f, fast, n);

        if (n < argc)
        {
            var defaults = f.Defaults;
            var ndef = defaults?.Count ?? 0;
            var firstDefault = argc - ndef;
            List<string>? missing = null;
            for (var i = n; i < argc; i++)
            {
                if (fast[i] != null) continue;
                if (i >= firstDefault) fast[i] = defaults!.Items[i - firstDefault];
                else (missing ??= []).Add(code.VarNames[i].Value);
            }
            if (missing != null) throw Missing(f, missing, "positional");
        }
        if (kwonly > 0)
        {
            List<string>? missing = null;
            for (var i = argc; i < total; i++)
            {
                if (fast[i] != null) continue;
                var name = code.VarNames[i];
                var d = f.KwDefaults?.GetItemOrNull(name);
                if (d != null) fast[i] = d;
                else (missing ??= []).Add(name.Value);
            }
            if (missing != null) throw Missing(f, missing, "keyword-only");
        }
    }

    private static void BindKeyword(PyFunction f, FrameSlots fast, PyObject key, PyObject value, PyDict? kwDict, ref List<string>? posOnlyAsKeyword)
    {
        var code = f.Code;
        if (key is not PyStr name) throw Errors.TypeError("keywords must be strings");
        var total = code.ArgCount + code.KwOnlyArgCount;
        var names = code.VarNames;
        var index = -1;
        for (var i = code.PosOnlyArgCount; i < total; i++)
        {
            var vn = names[i];
            if (ReferenceEquals(vn, name) || vn.Value == name.Value)
            {
                index = i;
                break;
            }
        }
        if (index < 0)
        {
            if (kwDict != null)
            {
                kwDict.SetItem(name, value);
                return;
            }
            for (var i = 0; i < code.PosOnlyArgCount; i++)
            {
                if (names[i].Value != name.Value) continue;
                (posOnlyAsKeyword ??= []).Add(name.Value);
                return;
            }
            throw Errors.TypeError($"{f.QualName}() got an unexpected keyword argument '{name.Value}'");
        }
        if (fast[index] != null) throw Errors.TypeError($"{f.QualName}() got multiple values for argument '{name.Value}'");
        fast[index] = value;
    }

    private static PyException TooManyPositional(PyFunction f, FrameSlots fast, int given)
    {
        var code = f.Code;
        var argc = code.ArgCount;
        var defcount = f.DefaultCount;
        var kwonlyGiven = 0;
        for (var i = argc; i < argc + code.KwOnlyArgCount; i++)
            if (fast[i] != null) kwonlyGiven++;
        string sig;
        bool plural;
        if (defcount > 0)
        {
            plural = true;
            sig = $"from {argc - defcount} to {argc}";
        }
        else
        {
            plural = argc != 1;
            sig = argc.ToString();
        }
        var kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        var verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return Errors.TypeError($"{f.QualName}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {verb} given");
    }

    private static PyException Missing(PyFunction f, List<string> names, string kind)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} and {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1],
        };
        return Errors.TypeError($"{f.QualName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }
}
