namespace Skein.Objects.Numbers;

/// <summary>
/// Integer arithmetic with Python semantics: machine-long fast paths with overflow checks that fall back to
/// BigInteger, floor division and modulo rounding toward negative infinity, and correctly rounded
/// conversions to double.
/// </summary>
public static class IntArithmetic
{
    public static PyInt Add(PyInt a, PyInt b)
    {
        if (a.TryGetLong(out var x) && b.TryGetLong(out var y))
        {
            var r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.From(r);
        }
        return PyInt.From(a.Value + b.Value);
    }

    public static PyInt Sub(PyInt a, PyInt b)
    {
        if (a.TryGetLong(out var x) && b.TryGetLong(out var y))
        {
            var r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.From(r);
        }
        return PyInt.From(a.Value - b.Value);
    }

    public static PyInt Mul(PyInt a, PyInt b)
    {
        if (a.TryGetLong(out var x) && b.TryGetLong(out var y))
        {
            var high = Math.BigMul(x, y, out var low);
            if (high == (low >> 63)) return PyInt.From(low);
        }
        return PyInt.From(a.Value * b.Value);
    }

    public static PyInt Neg(PyInt a) =>
        a.TryGetLong(out var x) && x != long.MinValue ? PyInt.From(-x) : PyInt.From(-a.Value);

    public static PyInt Abs(PyInt a) =>
        a.TryGetLong(out var x) && x != long.MinValue ? PyInt.From(Math.Abs(x)) : PyInt.From(BigInteger.Abs(a.Value));

    public static PyInt Invert(PyInt a) => a.TryGetLong(out var x) ? PyInt.From(~x) : PyInt.From(-a.Value - 1);

    public static int Sign(PyInt a) => a.TryGetLong(out var x) ? Math.Sign(x) : a.Value.Sign;

    public static bool IsZero(PyInt a) => a.TryGetLong(out var x) && x == 0;

    // ---- division -----------------------------------------------------------------------------------

    public static PyInt FloorDiv(PyInt a, PyInt b)
    {
        if (a.TryGetLong(out var x) && b.TryGetLong(out var y))
        {
            if (y == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
            if (y != -1 || x != long.MinValue) return PyInt.From(FloorDiv(x, y));
        }
        var bv = b.Value;
        if (bv.IsZero) throw Errors.ZeroDivisionError("integer division or modulo by zero");
        return PyInt.From(FloorDivMod(a.Value, bv, out _));
    }

    public static PyInt Mod(PyInt a, PyInt b)
    {
        if (a.TryGetLong(out var x) && b.TryGetLong(out var y))
        {
            if (y == 0) throw Errors.ZeroDivisionError("integer modulo by zero");
            return PyInt.From(Mod(x, y));
        }
        var bv = b.Value;
        if (bv.IsZero) throw Errors.ZeroDivisionError("integer modulo by zero");
        FloorDivMod(a.Value, bv, out var r);
        return PyInt.From(r);
    }

    public static PyTuple DivMod(PyInt a, PyInt b)
    {
        if (a.TryGetLong(out var x) && b.TryGetLong(out var y))
        {
            if (y == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
            if (y != -1 || x != long.MinValue) return new PyTuple([PyInt.From(FloorDiv(x, y)), PyInt.From(Mod(x, y))]);
        }
        var bv = b.Value;
        if (bv.IsZero) throw Errors.ZeroDivisionError("integer division or modulo by zero");
        var q = FloorDivMod(a.Value, bv, out var r);
        return new PyTuple([PyInt.From(q), PyInt.From(r)]);
    }

    /// <summary>Floor division of longs; the caller excludes long.MinValue // -1.</summary>
    public static long FloorDiv(long x, long y)
    {
        var q = x / y;
        if ((x ^ y) < 0 && q * y != x) q--;
        return q;
    }

    /// <summary>Modulo with the sign of the divisor.</summary>
    public static long Mod(long x, long y)
    {
        if (y == -1) return 0;
        var r = x % y;
        if (r != 0 && (r ^ y) < 0) r += y;
        return r;
    }

    public static BigInteger FloorDivMod(BigInteger x, BigInteger y, out BigInteger remainder)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0))
        {
            q -= 1;
            r += y;
        }
        remainder = r;
        return q;
    }

    private const long ExactInDouble = 1L << 53;

    /// <summary>a / b correctly rounded to the nearest double, however large the operands (CPython's long_true_divide).</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (a.TryGetLong(out var x) && b.TryGetLong(out var y))
        {
            if (y == 0) throw Errors.ZeroDivisionError("division by zero");
            if (x > -ExactInDouble && x < ExactInDouble && y > -ExactInDouble && y < ExactInDouble)
                return (double)x / y;
        }
        var bv = b.Value;
        if (bv.IsZero) throw Errors.ZeroDivisionError("division by zero");
        return TrueDivide(a.Value, bv);
    }

    private const int MantissaBits = 53;
    private const int MinExponent = -1021;
    private const int MaxExponent = 1024;

    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        var negative = (a.Sign < 0) != (b.Sign < 0);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        var diff = (long)a.GetBitLength() - (long)b.GetBitLength();
        // a / b lies in [2**(diff-1), 2**(diff+1)).
        if (diff > MaxExponent) throw Errors.OverflowError("integer division result too large for a float");
        if (diff < MinExponent - MantissaBits - 1) return negative ? -0.0 : 0.0;
        // Scale so the quotient has MantissaBits + 2 or 3 bits (fewer significant ones for subnormal results).
        var shift = (int)Math.Max(diff, MinExponent) - MantissaBits - 2;
        var q = (long)BigInteger.DivRem(shift < 0 ? a << -shift : a, shift > 0 ? b << shift : b, out var r);
        if (!r.IsZero) q |= 1;
        var result = RoundAndScale(q, shift);
        if (double.IsInfinity(result)) throw Errors.OverflowError("integer division result too large for a float");
        return negative ? -result : result;
    }

    /// <summary>
    /// q * 2**shift rounded half-to-even to a double, where q (below 2**63) carries a sticky bit in its lowest
    /// position and shift is at least MinExponent - MantissaBits - 2.
    /// </summary>
    private static double RoundAndScale(long q, int shift)
    {
        var bits = 64 - BitOperations.LeadingZeroCount((ulong)q);
        var extra = Math.Max(bits, MinExponent - shift) - MantissaBits;
        if (extra > 0)
        {
            var mask = (1L << extra) - 1;
            var low = q & mask;
            var half = 1L << (extra - 1);
            q -= low;
            if (low > half || (low == half && ((q >> extra) & 1) != 0)) q += 1L << extra;
        }
        return Math.ScaleB(q, shift);
    }

    /// <summary>int to float, correctly rounded; OverflowError when out of range (BigInteger's own cast truncates).</summary>
    public static double ToDouble(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return (long)v;
        var result = ScaleToDouble(BigInteger.Abs(v), 0);
        if (double.IsInfinity(result)) throw Errors.OverflowError("int too large to convert to float");
        return v.Sign < 0 ? -result : result;
    }

    /// <summary>m * 2**exponent (m non-negative) correctly rounded, half to even; +inf when it overflows.</summary>
    public static double ScaleToDouble(BigInteger m, long exponent)
    {
        if (m.IsZero) return 0.0;
        var top = (long)m.GetBitLength() + exponent;
        // The value lies in [2**(top-1), 2**top).
        if (top > MaxExponent) return double.PositiveInfinity;
        if (top < MinExponent - MantissaBits - 1) return 0.0;
        var shift = (int)Math.Max(top, MinExponent) - MantissaBits - 2;
        var d = exponent - shift;
        long q;
        if (d >= 0)
        {
            q = (long)(m << (int)d);
        }
        else
        {
            var s = (int)-d;
            q = (long)(m >> s);
            if (!(m & ((BigInteger.One << s) - 1)).IsZero) q |= 1;
        }
        return RoundAndScale(q, shift);
    }

    public static double ToDouble(PyInt a) => a.TryGetLong(out var x) ? x : ToDouble(a.Value);

    // ---- powers -------------------------------------------------------------------------------------

    /// <summary>a ** b; a negative exponent gives a float as in CPython.</summary>
    public static PyObject Pow(PyInt a, PyInt b)
    {
        if (Sign(b) < 0)
        {
            var x = ToDouble(a);
            if (x == 0) throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(FloatArithmetic.Pow(x, ToDouble(b)));
        }
        if (a.TryGetLong(out var bas) && b.TryGetLong(out var exp))
        {
            if (TryPowLong(bas, exp, out var r)) return PyInt.From(r);
        }
        var av = a.Value;
        if (av.IsZero || av.IsOne) return PyInt.From(av);
        if (av == BigInteger.MinusOne) return PyInt.From(b.Value.IsEven ? 1 : -1);
        if (!b.TryGetLong(out var e) || e > int.MaxValue) throw Errors.MemoryError("");
        return PyInt.From(BigInteger.Pow(av, (int)e));
    }

    private static bool TryPowLong(long bas, long exp, out long result)
    {
        result = 1;
        while (true)
        {
            if ((exp & 1) != 0)
            {
                var high = Math.BigMul(result, bas, out var low);
                if (high != (low >> 63)) return false;
                result = low;
            }
            exp >>= 1;
            if (exp == 0) return true;
            var h = Math.BigMul(bas, bas, out var l);
            if (h != (l >> 63)) return false;
            bas = l;
        }
    }

    /// <summary>pow(a, b, m): modular exponentiation; a negative b uses the inverse of a modulo m.</summary>
    public static PyInt PowMod(PyInt a, PyInt b, PyInt m)
    {
        var mod = m.Value;
        if (mod.IsZero) throw Errors.ValueError("pow() 3rd argument cannot be 0");
        var modAbs = BigInteger.Abs(mod);
        var bas = BigInteger.Remainder(a.Value, modAbs);
        if (bas.Sign < 0) bas += modAbs;
        var exp = b.Value;
        if (exp.Sign < 0)
        {
            bas = Inverse(bas, modAbs);
            exp = -exp;
        }
        if (modAbs.IsOne) return PyInt.From(0);
        var r = BigInteger.ModPow(bas, exp, modAbs);
        if (mod.Sign < 0 && !r.IsZero) r -= modAbs;
        return PyInt.From(r);
    }

    private static BigInteger Inverse(BigInteger a, BigInteger m)
    {
        BigInteger r0 = m, r1 = a, s0 = 0, s1 = 1;
        while (!r1.IsZero)
        {
            var q = BigInteger.DivRem(r0, r1, out var r2);
            (r0, r1) = (r1, r2);
            (s0, s1) = (s1, s0 - q * s1);
        }
        if (!r0.IsOne) throw Errors.ValueError("base is not invertible for the given modulus");
        return s0.Sign < 0 ? s0 + m : s0;
    }

    // ---- shifts and bits ----------------------------------------------------------------------------

    public static PyInt LShift(PyInt a, PyInt b)
    {
        if (Sign(b) < 0) throw Errors.ValueError("negative shift count");
        if (IsZero(a)) return PyInt.From(0);
        if (!b.TryGetLong(out var n) || n > int.MaxValue) throw Errors.OverflowError("too many digits in integer");
        if (a.TryGetLong(out var x) && n < 63)
        {
            var r = x << (int)n;
            if (r >> (int)n == x) return PyInt.From(r);
        }
        return PyInt.From(a.Value << (int)n);
    }

    public static PyInt RShift(PyInt a, PyInt b)
    {
        if (Sign(b) < 0) throw Errors.ValueError("negative shift count");
        var negative = Sign(a) < 0;
        if (!b.TryGetLong(out var n) || n > int.MaxValue) return PyInt.From(negative ? -1 : 0);
        if (a.TryGetLong(out var x)) return PyInt.From(x >> (int)Math.Min(n, 63));
        return PyInt.From(a.Value >> (int)n);
    }

    public static PyInt And(PyInt a, PyInt b) =>
        a.TryGetLong(out var x) && b.TryGetLong(out var y) ? PyInt.From(x & y) : PyInt.From(a.Value & b.Value);

    public static PyInt Or(PyInt a, PyInt b) =>
        a.TryGetLong(out var x) && b.TryGetLong(out var y) ? PyInt.From(x | y) : PyInt.From(a.Value | b.Value);

    public static PyInt Xor(PyInt a, PyInt b) =>
        a.TryGetLong(out var x) && b.TryGetLong(out var y) ? PyInt.From(x ^ y) : PyInt.From(a.Value ^ b.Value);

    public static long BitLength(PyInt a)
    {
        if (a.TryGetLong(out var x))
        {
            var magnitude = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
            return 64 - BitOperations.LeadingZeroCount(magnitude);
        }
        return (long)BigInteger.Abs(a.Value).GetBitLength();
    }

    public static long BitCount(PyInt a)
    {
        if (a.TryGetLong(out var x))
        {
            var magnitude = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
            return BitOperations.PopCount(magnitude);
        }
        long count = 0;
        foreach (var b in BigInteger.Abs(a.Value).ToByteArray(isUnsigned: true)) count += BitOperations.PopCount(b);
        return count;
    }

    public static int Compare(PyInt a, PyInt b) =>
        a.TryGetLong(out var x) && b.TryGetLong(out var y) ? x.CompareTo(y) : a.Value.CompareTo(b.Value);

    /// <summary>Exact comparison of an int with a non-NaN double: -1, 0 or 1.</summary>
    public static int CompareWithDouble(PyInt a, double d)
    {
        if (a.TryGetLong(out var x) && x > -ExactInDouble && x < ExactInDouble) return ((double)x).CompareTo(d);
        if (double.IsInfinity(d)) return d > 0 ? -1 : 1;
        var floor = Math.Floor(d);
        var c = a.Value.CompareTo(new BigInteger(floor));
        if (c != 0) return c;
        return floor == d ? 0 : -1;
    }
}
