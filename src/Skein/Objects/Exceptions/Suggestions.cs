using System.Text;

namespace Skein.Objects;

/// <summary>
/// The "Did you mean: 'x'?" hint CPython 3.11 appends to NameError and AttributeError messages: the
/// closest candidate name by a Levenshtein distance where a case change costs less than an edit.
/// </summary>
public static class Suggestions
{
    private const int MaxCandidates = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The suggested name for this exception, or null.</summary>
    public static string? For(PyBaseException e)
    {
        if (e is PyAttributeError ae) return ForAttribute(ae);
        if (e is PyNameError ne) return ForName(ne);
        return null;
    }

    private static string? ForAttribute(PyAttributeError e)
    {
        if (e.Name is not PyStr name || !ReferenceEquals(name.Type, PyTypes.Str) || e.Obj == null) return null;
        // dir() order matters: the first of equally close candidates wins.
        var dir = Modules.Builtins.ObjectFunctions.Dir(e.Obj).ToArray();
        return Closest(dir, name.Value);
    }

    private static string? ForName(PyNameError e)
    {
        if (e.Name is not PyStr name || !ReferenceEquals(name.Type, PyTypes.Str)) return null;
        if (e.Traceback is not Vm.PyTraceback tb) return null;
        while (tb.Next != null) tb = tb.Next;
        var globals = tb.Frame.Globals;
        var found = Closest(globals.KeysSnapshot().ToArray(), name.Value);
        if (found != null) return found;
        var builtins = globals.GetItemOrNull(Names.__builtins__) switch
        {
            PyModule m => m.Dict,
            PyDict d => d,
            _ => ((PyModule?)PythonRuntime.Builtins)?.Dict,
        };
        return builtins == null ? null : Closest(builtins.KeysSnapshot().ToArray(), name.Value);
    }

    private static string? Closest(PyObject[] candidates, string name)
    {
        if (candidates.Length >= MaxCandidates) return null;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new int[MaxStringSize];
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            if (c is not PyStr item || item.Value == name) continue;
            var itemBytes = Encoding.UTF8.GetBytes(item.Value);
            // No more than 1/3 of the involved characters should need changing, and never worse than the best so far.
            var maxDistance = Math.Min((nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6, bestDistance - 1);
            var distance = Distance(nameBytes, itemBytes, maxDistance, buffer);
            if (distance > maxDistance) continue;
            if (best == null || distance < bestDistance)
            {
                best = item.Value;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if (a == b) return 0;
        return ToLower(a) == ToLower(b) ? CaseCost : MoveCost;
    }

    private static byte ToLower(byte c) => c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c + 32) : c;

    /// <summary>Edit distance with early exit: any result above maxCost comes back as maxCost + 1.</summary>
    private static int Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost, int[] buffer)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        for (var i = 0; i < a.Length; i++) buffer[i] = (i + 1) * MoveCost;
        var result = 0;
        for (var bi = 0; bi < b.Length; bi++)
        {
            var code = b[bi];
            var distance = result = bi * MoveCost;
            var minimum = int.MaxValue;
            for (var ai = 0; ai < a.Length; ai++)
            {
                var substitute = distance + SubstitutionCost(code, a[ai]);
                distance = buffer[ai];
                var insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[ai] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
