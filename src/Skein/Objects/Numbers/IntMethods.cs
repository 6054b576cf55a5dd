namespace Skein.Objects.Numbers;

/// <summary>The larger methods of int: rounding, byte conversions and size.</summary>
public static class IntMethods
{
    /// <summary>int.__round__(ndigits): a negative ndigits rounds to a multiple of 10**-ndigits, ties to even.</summary>
    public static PyInt Round(PyInt self, PyObject? ndigits)
    {
        if (ndigits == null) return self.AsExact();
        var n = Ops.Index(ndigits);
        if (IntArithmetic.Sign(n) >= 0) return self.AsExact();
        var value = self.Value;
        // 10**k exceeds 2*|value| once k is past the digit count, and then everything rounds to zero.
        var digits = (long)(BigInteger.Abs(value).GetBitLength() * 0.30103) + 2;
        if (!n.TryGetLong(out var nd) || -nd > digits) return PyInt.From(0);
        var scale = BigInteger.Pow(10, (int)-nd);
        var q = IntArithmetic.FloorDivMod(value, scale, out var r);
        var twice = r * 2;
        if (twice > scale || (twice == scale && !q.IsEven)) q += 1;
        return PyInt.From(q * scale);
    }

    /// <summary>CPython's size: a 24-byte header plus 4 bytes per 30-bit digit (at least one).</summary>
    public static long SizeOf(PyInt self)
    {
        var bits = IntArithmetic.BitLength(self);
        return 24 + 4 * Math.Max(1, (bits + 29) / 30);
    }

    private static bool LittleEndian(PyObject? byteorder, string function)
    {
        if (byteorder == null) return false;
        if (byteorder is not PyStr s) throw Errors.TypeError($"{function}() argument 'byteorder' must be str, not {byteorder.Type.Name}");
        return s.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw Errors.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    public static PyBytes ToBytes(PyInt self, PyObject? length, PyObject? byteorder, PyObject? signed)
    {
        var n = length == null ? 1 : Ops.AsLong(length);
        if (n < 0) throw Errors.ValueError("length argument must be non-negative");
        var little = LittleEndian(byteorder, "to_bytes");
        var isSigned = signed != null && Ops.IsTrue(signed);
        var value = self.Value;
        if (!isSigned && value.Sign < 0) throw Errors.OverflowError("can't convert negative int to unsigned");
        var needed = isSigned ? value.GetByteCount(isUnsigned: false) : value.GetByteCount(isUnsigned: true);
        if (value.IsZero) needed = 0;
        if (needed > n) throw Errors.OverflowError("int too big to convert");
        if (n > int.MaxValue) throw Errors.MemoryError("");
        var result = new byte[n];
        if (value.Sign < 0) Array.Fill(result, (byte)0xFF);
        if (needed > 0)
        {
            var bytes = value.ToByteArray(isUnsigned: !isSigned, isBigEndian: false);
            var count = Math.Min(bytes.Length, (int)n);
            for (var i = 0; i < count; i++) result[little ? i : (int)n - 1 - i] = bytes[i];
        }
        return new PyBytes(result);
    }

    public static PyObject FromBytes(PyType cls, PyObject bytes, PyObject? byteorder, PyObject? signed)
    {
        var little = LittleEndian(byteorder, "from_bytes");
        var isSigned = signed != null && Ops.IsTrue(signed);
        var data = BytesLike.FromBytesArgument(bytes);
        var value = new BigInteger(data, isUnsigned: !isSigned, isBigEndian: !little);
        var result = PyInt.From(value);
        if (ReferenceEquals(cls, PyTypes.Int)) return result;
        return Ops.Call(cls, result);
    }
}
