namespace Skein.Modules.Builtins;

/// <summary>abs, bin, oct, hex, divmod, pow, round and sum.</summary>
internal static class NumericFunctions
{
    private static readonly string[] s_powParams = ["base", "exp", "mod"];
    private static readonly string[] s_roundParams = ["number", "ndigits"];
    private static readonly string[] s_sumParams = ["iterable", "start"];

    public static void AddTo(PyModule m)
    {
        m.DefFunction("abs", (args, kw) =>
        {
            ArgParser.NoKeywords("abs", kw);
            ArgParser.Exactly("abs", args, 1);
            return Abs(args[0]);
        }, "Return the absolute value of the argument.");
        m.DefFunction("bin", (args, kw) => ToBase("bin", args, kw, 1, "0b"), "Return the binary representation of an integer.");
        m.DefFunction("oct", (args, kw) => ToBase("oct", args, kw, 3, "0o"), "Return the octal representation of an integer.");
        m.DefFunction("hex", (args, kw) => ToBase("hex", args, kw, 4, "0x"), "Return the hexadecimal representation of an integer.");
        m.DefFunction("divmod", (args, kw) =>
        {
            ArgParser.NoKeywords("divmod", kw);
            ArgParser.Exactly("divmod", args, 2);
            return Ops.BinaryOp(args[0], args[1], BinaryOp.DivMod);
        }, "Return the tuple (x//y, x%y).");
        m.DefFunction("pow", (args, kw) =>
        {
            var a = ArgParser.Parse("pow", args, kw, s_powParams, required: 2);
            return Ops.Power(a[0]!, a[1]!, a[2]);
        }, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments");
        m.DefFunction("round", (args, kw) =>
        {
            var a = ArgParser.Parse("round", args, kw, s_roundParams, required: 1);
            return Round(a[0]!, a[1]);
        }, "Round a number to a given precision in decimal digits.");
        m.DefFunction("sum", (args, kw) =>
        {
            if (args.Length == 0) throw Errors.TypeError("sum() takes at least 1 positional argument (0 given)");
            var a = ArgParser.Parse("sum", args, kw, s_sumParams, required: 1, positionalOnly: 1);
            return Sum(a[0]!, a[1]);
        }, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers");
    }

    private static PyObject Abs(PyObject x)
    {
        if (x is PyInt i && ReferenceEquals(i.Type, PyTypes.Int))
        {
            if (i.IsSmall && i.Small >= 0) return i;
            if (i.IsSmall && i.Small != long.MinValue) return PyInt.From(-i.Small);
            return PyInt.From(BigInteger.Abs(i.Value));
        }
        if (x is PyFloat f && ReferenceEquals(f.Type, PyTypes.Float)) return f.Value < 0 || double.IsNegative(f.Value) ? new PyFloat(Math.Abs(f.Value)) : f;
        return Ops.UnaryOp(x, UnaryOp.Abs);
    }

    private static PyObject ToBase(string name, ReadOnlySpan<PyObject> args, PyDict? kw, int bitsPerDigit, string prefix)
    {
        ArgParser.NoKeywords(name, kw);
        ArgParser.Exactly(name, args, 1);
        return new PyStr(FormatPowerOfTwo(Ops.Index(args[0]).Value, bitsPerDigit, prefix));
    }

    /// <summary>An integer in base 2, 8 or 16 with CPython's prefix and a leading '-' for negatives (-0x1f).</summary>
    internal static string FormatPowerOfTwo(BigInteger value, int bitsPerDigit, string prefix)
    {
        var negative = value.Sign < 0;
        var magnitude = BigInteger.Abs(value);
        if (magnitude.IsZero) return prefix + "0";
        var bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        var totalBits = (int)magnitude.GetBitLength();
        var digits = (totalBits + bitsPerDigit - 1) / bitsPerDigit;
        var chars = new char[(negative ? 1 : 0) + prefix.Length + digits];
        var pos = 0;
        if (negative) chars[pos++] = '-';
        foreach (var c in prefix) chars[pos++] = c;
        for (var d = digits - 1; d >= 0; d--)
        {
            var digit = 0;
            for (var b = bitsPerDigit - 1; b >= 0; b--)
            {
                var bit = d * bitsPerDigit + b;
                var set = bit < bytes.Length * 8 && (bytes[bit >> 3] >> (bit & 7) & 1) != 0;
                digit = digit << 1 | (set ? 1 : 0);
            }
            chars[pos++] = "0123456789abcdef"[digit];
        }
        return new string(chars);
    }

    private static PyObject Round(PyObject number, PyObject? ndigits)
    {
        if (number is PyInt i && ReferenceEquals(i.Type, PyTypes.Int) && ndigits is null or PyNone) return i;
        var round = Ops.LookupSpecial(number, Names.__round__)
            ?? throw Errors.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        return ndigits is null or PyNone ? Ops.Call(round) : Ops.Call(round, ndigits);
    }

    /// <summary>
    /// CPython 3.11's sum: exact ints are added natively, then exact floats with plain (uncompensated)
    /// addition, and anything else through the + operator, each phase handing over to the next.
    /// </summary>
    private static PyObject Sum(PyObject iterable, PyObject? start)
    {
        var result = start ?? PyInt.From(0);
        switch (result)
        {
            case PyStr: throw Errors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            case PyBytes: throw Errors.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
            case PyByteArray: throw Errors.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        var items = new ItemSource(iterable);
        if (result is PyInt ri && (ReferenceEquals(ri.Type, PyTypes.Int)))
        {
            var small = ri.IsSmall;
            var acc = ri.Small;
            var big = small ? BigInteger.Zero : ri.Value;
            while (true)
            {
                var item = items.Next();
                if (item == null) return small ? PyInt.From(acc) : PyInt.From(big);
                if (item is PyInt x && (ReferenceEquals(x.Type, PyTypes.Int) || x is PyBool))
                {
                    if (small && x.IsSmall)
                    {
                        var sum = acc + x.Small;
                        if (((acc ^ sum) & (x.Small ^ sum)) >= 0)
                        {
                            acc = sum;
                            continue;
                        }
                    }
                    if (small)
                    {
                        big = acc;
                        small = false;
                    }
                    big += x.Value;
                    continue;
                }
                result = Ops.BinaryOp(small ? PyInt.From(acc) : PyInt.From(big), item, BinaryOp.Add);
                break;
            }
        }
        if (result is PyFloat rf && ReferenceEquals(rf.Type, PyTypes.Float))
        {
            var acc = rf.Value;
            while (true)
            {
                var item = items.Next();
                if (item == null) return new PyFloat(acc);
                if (item is PyFloat x && ReferenceEquals(x.Type, PyTypes.Float))
                {
                    acc += x.Value;
                    continue;
                }
                if (item is PyInt xi && xi.IsSmall)
                {
                    acc += xi.Small;
                    continue;
                }
                result = Ops.BinaryOp(new PyFloat(acc), item, BinaryOp.Add);
                break;
            }
        }
        while (items.Next() is { } item) result = Ops.BinaryOp(result, item, BinaryOp.Add);
        return result;
    }
}
