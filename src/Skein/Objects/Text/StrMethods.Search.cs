using System.Text;

namespace Skein.Objects.Text;

internal static partial class StrMethods
{
    private static void DefineSearch(PyType t)
    {
        t.DefMethod("find", (self, args, kw) => PyInt.From(FindArgs("find", S(self), args, kw, false)));
        t.DefMethod("rfind", (self, args, kw) => PyInt.From(FindArgs("rfind", S(self), args, kw, true)));
        t.DefMethod("index", (self, args, kw) => IndexResult(FindArgs("index", S(self), args, kw, false)));
        t.DefMethod("rindex", (self, args, kw) => IndexResult(FindArgs("rindex", S(self), args, kw, true)));
        t.DefMethod("count", (self, args, kw) =>
        {
            MethodArgs.Legacy("count", "str.count", args, kw, 1, 3);
            var s = S(self);
            var sub = SubArg(args[0]);
            SliceIndices.StartEnd(args, 1, s.Length, out var start, out var end);
            return PyInt.From(StrSearch.Count(s, sub, start, end));
        });
        t.DefMethod("startswith", (self, args, kw) => StartsOrEndsWith("startswith", S(self), args, kw, false));
        t.DefMethod("endswith", (self, args, kw) => StartsOrEndsWith("endswith", S(self), args, kw, true));
        t.DefMethod("partition", (self, args, kw) => Partition(S(self), MethodArgs.One("str.partition", args, kw), false));
        t.DefMethod("rpartition", (self, args, kw) => Partition(S(self), MethodArgs.One("str.rpartition", args, kw), true));
        t.DefMethod("removeprefix", (self, args, kw) =>
        {
            var s = S(self);
            var p = MethodArgs.Str(MethodArgs.One("str.removeprefix", args, kw), $"removeprefix() argument must be str, not {args[0].Type.Name}");
            return p.Length > 0 && s.Value.StartsWith(p, StringComparison.Ordinal) ? PyStr.From(s.Value[p.Length..]) : Result(s, s.Value);
        });
        t.DefMethod("removesuffix", (self, args, kw) =>
        {
            var s = S(self);
            var p = MethodArgs.Str(MethodArgs.One("str.removesuffix", args, kw), $"removesuffix() argument must be str, not {args[0].Type.Name}");
            return p.Length > 0 && s.Value.EndsWith(p, StringComparison.Ordinal) ? PyStr.From(s.Value[..^p.Length]) : Result(s, s.Value);
        });
        t.DefMethod("replace", Replace);
    }

    private static long FindArgs(string name, PyStr s, ReadOnlySpan<PyObject> args, PyDict? kw, bool reverse)
    {
        MethodArgs.Legacy(name, "str." + name, args, kw, 1, 3);
        var sub = SubArg(args[0]);
        SliceIndices.StartEnd(args, 1, s.Length, out var start, out var end);
        return StrSearch.Find(s, sub, start, end, reverse);
    }

    private static PyObject IndexResult(long i) => i >= 0 ? PyInt.From(i) : throw Errors.ValueError("substring not found");

    private static PyObject StartsOrEndsWith(string name, PyStr s, ReadOnlySpan<PyObject> args, PyDict? kw, bool atEnd)
    {
        MethodArgs.Legacy(name, "str." + name, args, kw, 1, 3);
        SliceIndices.StartEnd(args, 1, s.Length, out var start, out var end);
        if (args[0] is PyStr single) return PyBool.From(StrSearch.TailMatch(s, single.Value, start, end, atEnd));
        if (args[0] is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item is not PyStr candidate)
                    throw Errors.TypeError($"tuple for {name} must only contain str, not {item.Type.Name}");
                if (StrSearch.TailMatch(s, candidate.Value, start, end, atEnd)) return PyBool.True;
            }
            return PyBool.False;
        }
        throw Errors.TypeError($"{name} first arg must be str or a tuple of str, not {args[0].Type.Name}");
    }

    private static PyObject Partition(PyStr s, PyObject sepArg, bool reverse)
    {
        var sep = SubArg(sepArg);
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        var i = reverse ? s.Value.LastIndexOf(sep, StringComparison.Ordinal) : s.Value.IndexOf(sep, StringComparison.Ordinal);
        var sepObj = sepArg is PyStr so && ReferenceEquals(so.Type, PyTypes.Str) ? so : new PyStr(sep);
        if (i < 0)
        {
            var whole = Result(s, s.Value);
            return reverse ? PyTuple.Create(PyStr.Empty, PyStr.Empty, whole) : PyTuple.Create(whole, PyStr.Empty, PyStr.Empty);
        }
        return PyTuple.Create(PyStr.From(s.Value[..i]), sepObj, PyStr.From(s.Value[(i + sep.Length)..]));
    }

    private static PyObject Replace(PyObject self, ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        MethodArgs.Clinic("replace", "str.replace", args, kw, 2, 3);
        var s = S(self);
        var old = MethodArgs.Str(args[0], $"replace() argument 1 must be str, not {args[0].Type.Name}");
        var @new = MethodArgs.Str(args[1], $"replace() argument 2 must be str, not {args[1].Type.Name}");
        var count = args.Length > 2 ? MethodArgs.Int(args[2]) : -1;
        return Result(s, Replace(s.Value, old, @new, count));
    }

    public static string Replace(string value, string old, string @new, long count)
    {
        if (count == 0) return value;
        if (old.Length == 0)
        {
            // An empty pattern matches before every character and at the end.
            var sb = new StringBuilder(value.Length + @new.Length * (value.Length + 1));
            var i = 0;
            long done = 0;
            while (i < value.Length && (count < 0 || done < count))
            {
                sb.Append(@new);
                done++;
                var at = i;
                CodePoints.Next(value, ref i);
                sb.Append(value, at, i - at);
            }
            if (i < value.Length) sb.Append(value, i, value.Length - i);
            else if (count < 0 || done < count) sb.Append(@new);
            return sb.ToString();
        }
        if (count < 0) return value.Replace(old, @new, StringComparison.Ordinal);
        var result = new StringBuilder(value.Length);
        var pos = 0;
        while (count > 0)
        {
            var hit = value.IndexOf(old, pos, StringComparison.Ordinal);
            if (hit < 0) break;
            result.Append(value, pos, hit - pos).Append(@new);
            pos = hit + old.Length;
            count--;
        }
        if (pos == 0) return value;
        result.Append(value, pos, value.Length - pos);
        return result.ToString();
    }
}
