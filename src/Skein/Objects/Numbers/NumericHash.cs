namespace Skein.Objects.Numbers;

/// <summary>
/// CPython's numeric hash: a rational value m/n hashes to m * n^-1 modulo the Mersenne prime 2**61 - 1,
/// with the sign carried separately, so that equal numbers of different types (1, 1.0, True, 1+0j)
/// hash alike and mixed numeric dict keys work. -1 is reserved and becomes -2.
/// </summary>
public static class NumericHash
{
    public const int Bits = 61;
    public const long Modulus = (1L << Bits) - 1;
    public const long Infinity = 314159;
    /// <summary>The multiplier of the imaginary part in a complex hash.</summary>
    public const ulong Imag = 1000003;

    public static long OfLong(long v)
    {
        if (v > -Modulus && v < Modulus) return v == -1 ? -2 : v;
        var magnitude = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        var h = (long)(magnitude % (ulong)Modulus);
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long OfBig(BigInteger v)
    {
        var h = (long)BigInteger.Remainder(BigInteger.Abs(v), Modulus);
        if (v.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /// <summary>Hash of a finite or infinite double; NaN is hashed by identity by the caller (as in 3.10+).</summary>
    public static long OfDouble(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? Infinity : -Infinity;
        if (v == 0) return 0;
        var bits = BitConverter.DoubleToInt64Bits(v);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1;
        else mantissa |= 1L << 52;
        // |v| = mantissa * 2**e; since 2**61 == 1 (mod P), multiplying by 2**e is a rotation by e mod 61 within 61 bits.
        var e = exponent - 1075;
        var shift = e % Bits;
        if (shift < 0) shift += Bits;
        var x = (ulong)mantissa;
        if (shift != 0) x = ((x << shift) & (ulong)Modulus) | (x >> (Bits - shift));
        if (x >= (ulong)Modulus) x -= (ulong)Modulus;
        var h = (long)x;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long OfComplex(double real, double imag, PyObject owner)
    {
        var hr = double.IsNaN(real) ? Ops.Id(owner) >> 4 : OfDouble(real);
        var hi = double.IsNaN(imag) ? Ops.Id(owner) >> 4 : OfDouble(imag);
        var combined = unchecked((long)((ulong)hr + Imag * (ulong)hi));
        return combined == -1 ? -2 : combined;
    }
}
