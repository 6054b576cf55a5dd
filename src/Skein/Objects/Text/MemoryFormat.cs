using System.Numerics;
using System.Runtime.InteropServices;

namespace Skein.Objects.Text;

/// <summary>
/// The native single-character struct formats a memoryview can be cast to ("@" prefix allowed): sizes,
/// and packing and unpacking one item in native byte order, with memoryview's error messages.
/// </summary>
public static class MemoryFormat
{
    /// <summary>The format's code letter, without the optional '@'; '\0' when it is not a single native code.</summary>
    public static char Code(string format) => format.Length switch
    {
        1 => format[0],
        2 when format[0] == '@' => format[1],
        _ => '\0',
    };

    /// <summary>The item size of a native format, or -1 when memoryview does not support the format.</summary>
    public static int ItemSize(string format) => Code(format) switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'P' or 'd' => 8,
        _ => -1,
    };

    public static bool IsByteFormat(string format) => Code(format) is 'B' or 'b' or 'c';

    public static PyObject Unpack(string format, ReadOnlySpan<byte> item) => Code(format) switch
    {
        'B' => PyInt.From(item[0]),
        'b' => PyInt.From((sbyte)item[0]),
        'c' => new PyBytes([item[0]]),
        '?' => PyBool.From(item[0] != 0),
        'h' => PyInt.From(MemoryMarshal.Read<short>(item)),
        'H' => PyInt.From(MemoryMarshal.Read<ushort>(item)),
        'i' => PyInt.From(MemoryMarshal.Read<int>(item)),
        'I' => PyInt.From(MemoryMarshal.Read<uint>(item)),
        'l' or 'q' or 'n' => PyInt.From(MemoryMarshal.Read<long>(item)),
        'L' or 'Q' or 'N' or 'P' => PyInt.From(new BigInteger(MemoryMarshal.Read<ulong>(item))),
        'e' => new PyFloat((double)MemoryMarshal.Read<Half>(item)),
        'f' => new PyFloat(MemoryMarshal.Read<float>(item)),
        _ => new PyFloat(MemoryMarshal.Read<double>(item)),
    };

    /// <summary>Packs value as one item of the format into destination (at least 8 bytes long).</summary>
    public static void Pack(string format, PyObject value, Span<byte> destination)
    {
        var code = Code(format);
        switch (code)
        {
            case '?':
                destination[0] = Ops.IsTrue(value) ? (byte)1 : (byte)0;
                return;
            case 'c':
                if (value is not PyBytes b) throw InvalidType(format);
                if (b.Value.Length != 1) throw InvalidValue(format);
                destination[0] = b.Value[0];
                return;
            case 'e' or 'f' or 'd':
            {
                if (value is not (PyFloat or PyInt) && value.Type.Float == null && value.Type.Index == null) throw InvalidType(format);
                var x = Ops.AsDouble(value);
                if (code == 'd') MemoryMarshal.Write(destination, in x);
                else if (code == 'f')
                {
                    var f = (float)x;
                    if (float.IsInfinity(f) && double.IsFinite(x)) throw Errors.OverflowError("float too large to pack with f format");
                    MemoryMarshal.Write(destination, in f);
                }
                else
                {
                    var h = (Half)x;
                    if (Half.IsInfinity(h) && double.IsFinite(x)) throw Errors.OverflowError("float too large to pack with e format");
                    MemoryMarshal.Write(destination, in h);
                }
                return;
            }
        }
        if (value is not PyInt && value.Type.Index == null) throw InvalidType(format);
        var n = Ops.Index(value).Value;
        var (min, max) = code switch
        {
            'B' => (byte.MinValue, byte.MaxValue),
            'b' => (sbyte.MinValue, sbyte.MaxValue),
            'h' => (short.MinValue, short.MaxValue),
            'H' => (ushort.MinValue, ushort.MaxValue),
            'i' => (int.MinValue, int.MaxValue),
            'I' => (uint.MinValue, uint.MaxValue),
            'l' or 'q' or 'n' => (long.MinValue, long.MaxValue),
            _ => (BigInteger.Zero, (BigInteger)ulong.MaxValue),
        };
        if (n < min || n > max) throw InvalidValue(format);
        var bits = (ulong)(n & ulong.MaxValue);
        MemoryMarshal.Write(destination, in bits);
    }

    private static PyException InvalidType(string format) => Errors.TypeError($"memoryview: invalid type for format '{format}'");

    private static PyException InvalidValue(string format) => Errors.ValueError($"memoryview: invalid value for format '{format}'");
}
