using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace Skein.Modules.Struct;

/// <summary>
/// A compiled struct format: the codes with their offsets, the total size and the number of values.
/// Native mode ('@', the default) uses the platform's sizes and alignment (x86-64 / AArch64 LP64);
/// '=', '&lt;', '&gt;' and '!' use standard sizes with no alignment. Compiled formats are immutable and cached.
/// </summary>
public sealed class StructFormat
{
    public readonly struct Item(char code, int offset, int size, int count)
    {
        public readonly char Code = code;
        public readonly int Offset = offset;
        /// <summary>Byte size of one value (for 's' and 'p', of the whole string field).</summary>
        public readonly int Size = size;
        /// <summary>For 's' and 'p' the field length; otherwise 1.</summary>
        public readonly int Count = count;
    }

    public readonly string Format;
    public readonly int Size;
    public readonly int ValueCount;
    public readonly Item[] Items;
    public readonly bool Native;
    public readonly bool LittleEndian;

    private static readonly ConcurrentDictionary<string, StructFormat> s_cache = new();

    private StructFormat(string format, int size, int valueCount, Item[] items, bool native, bool littleEndian)
    {
        Format = format;
        Size = size;
        ValueCount = valueCount;
        Items = items;
        Native = native;
        LittleEndian = littleEndian;
    }

    public static PyException Error(string message) => new(PyBaseException.Create(StructModule.ErrorType, new PyStr(message)));

    public static void ClearCache() => s_cache.Clear();

    public static StructFormat Get(string format)
    {
        if (s_cache.TryGetValue(format, out var f)) return f;
        f = Compile(format);
        if (s_cache.Count > 100) s_cache.Clear();
        s_cache[format] = f;
        return f;
    }

    private static int NativeSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
        _ => 0,
    };

    private static int StandardSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => 0,
    };

    private static StructFormat Compile(string format)
    {
        var pos = 0;
        var native = true;
        var little = BitConverter.IsLittleEndian;
        if (format.Length > 0)
        {
            switch (format[0])
            {
                case '@':
                    pos = 1;
                    break;
                case '=':
                    native = false;
                    pos = 1;
                    break;
                case '<':
                    native = false;
                    little = true;
                    pos = 1;
                    break;
                case '>' or '!':
                    native = false;
                    little = false;
                    pos = 1;
                    break;
            }
        }
        var items = new List<Item>();
        long size = 0;
        var values = 0;
        while (pos < format.Length)
        {
            var c = format[pos];
            if (char.IsWhiteSpace(c))
            {
                pos++;
                continue;
            }
            long count = 1;
            if (c is >= '0' and <= '9')
            {
                count = 0;
                while (pos < format.Length && format[pos] is >= '0' and <= '9')
                {
                    count = count * 10 + (format[pos] - '0');
                    if (count > int.MaxValue) throw Error("total struct size too long");
                    pos++;
                }
                if (pos >= format.Length) throw Error("repeat count given without format specifier");
                c = format[pos];
            }
            pos++;
            var itemSize = native ? NativeSize(c) : StandardSize(c);
            if (itemSize == 0) throw Error("bad char in struct format");
            if (native && c is not ('s' or 'p' or 'x' or 'c')) size = (size + itemSize - 1) / itemSize * itemSize;
            switch (c)
            {
                case 's' or 'p':
                    items.Add(new Item(c, (int)size, (int)count, (int)count));
                    size += count;
                    values++;
                    break;
                case 'x':
                    size += count;
                    break;
                default:
                    for (var i = 0; i < count; i++)
                    {
                        items.Add(new Item(c, (int)(size + i * itemSize), itemSize, 1));
                        values++;
                    }
                    size += count * itemSize;
                    break;
            }
            if (size > int.MaxValue) throw Error("total struct size too long");
        }
        return new StructFormat(format, (int)size, values, [.. items], native, little);
    }

    // ---- packing --------------------------------------------------------------------------------

    public void Pack(Span<byte> buffer, ReadOnlySpan<PyObject> values)
    {
        if (values.Length != ValueCount) throw Error($"pack expected {ValueCount} items for packing (got {values.Length})");
        buffer[..Size].Clear();
        for (var i = 0; i < Items.Length; i++) PackItem(buffer, Items[i], values[i]);
    }

    private void PackItem(Span<byte> buffer, Item item, PyObject v)
    {
        var dest = buffer.Slice(item.Offset, item.Size);
        switch (item.Code)
        {
            case 'c':
                if (v is PyBytes { Value.Length: 1 } b1) dest[0] = b1.Value[0];
                else if (v is PyByteArray && Ops.Len(v) == 1) dest[0] = Io.BytesLike.Read(v)[0];
                else throw Error("char format requires a bytes object of length 1");
                return;
            case '?':
                dest[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0;
                return;
            case 's':
            case 'p':
            {
                if (v is not (PyBytes or PyByteArray)) throw Error($"argument for '{item.Code}' must be a bytes object");
                var data = Io.BytesLike.Read(v);
                if (item.Code == 's')
                {
                    data.AsSpan(0, Math.Min(data.Length, item.Size)).CopyTo(dest);
                    return;
                }
                if (item.Size == 0) return;
                var n = Math.Min(Math.Min(data.Length, item.Size - 1), 255);
                data.AsSpan(0, n).CopyTo(dest[1..]);
                dest[0] = (byte)n;
                return;
            }
            case 'e':
                WriteUInt(dest, HalfBits(ToDouble(v)));
                return;
            case 'f':
            {
                var d = ToDouble(v);
                var f = (float)d;
                if (!Native && float.IsInfinity(f) && double.IsFinite(d)) throw Errors.OverflowError("float too large to pack with f format");
                WriteUInt(dest, BitConverter.SingleToUInt32Bits(f));
                return;
            }
            case 'd':
                WriteUInt(dest, BitConverter.DoubleToUInt64Bits(ToDouble(v)));
                return;
            default:
                WriteUInt(dest, IntegerBits(item.Code, item.Size, v));
                return;
        }
    }

    private void WriteUInt(Span<byte> dest, ulong bits)
    {
        switch (dest.Length)
        {
            case 1:
                dest[0] = (byte)bits;
                break;
            case 2:
                if (LittleEndian) BinaryPrimitives.WriteUInt16LittleEndian(dest, (ushort)bits);
                else BinaryPrimitives.WriteUInt16BigEndian(dest, (ushort)bits);
                break;
            case 4:
                if (LittleEndian) BinaryPrimitives.WriteUInt32LittleEndian(dest, (uint)bits);
                else BinaryPrimitives.WriteUInt32BigEndian(dest, (uint)bits);
                break;
            default:
                if (LittleEndian) BinaryPrimitives.WriteUInt64LittleEndian(dest, bits);
                else BinaryPrimitives.WriteUInt64BigEndian(dest, bits);
                break;
        }
    }

    private static double ToDouble(PyObject v)
    {
        if (v is PyFloat f) return f.Value;
        if (v is PyInt || v.Type.Float != null || v.Type.Index != null) return Ops.AsDouble(v);
        throw Error("required argument is not a float");
    }

    /// <summary>IEEE half precision, round-half-even; NaN keeps its sign as a quiet NaN.</summary>
    private static ulong HalfBits(double d)
    {
        if (double.IsNaN(d)) return double.IsNegative(d) ? 0xFE00u : 0x7E00u;
        var h = (Half)d;
        if (Half.IsInfinity(h) && double.IsFinite(d)) throw Errors.OverflowError("float too large to pack with e format");
        return BitConverter.HalfToUInt16Bits(h);
    }

    private static BigInteger IntegerArgument(PyObject v)
    {
        if (v is PyInt i) return i.Value;
        if (v.Type.Index == null) throw Error("required argument is not an integer");
        return Ops.Index(v).Value;
    }

    /// <summary>The two's-complement bits of an integer value, with CPython's range errors per code.</summary>
    private ulong IntegerBits(char code, int size, PyObject v)
    {
        var n = IntegerArgument(v);
        var signed = code is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (code == 'P')
        {
            if (n < long.MinValue || n > ulong.MaxValue) throw Error("argument out of range");
            return n.Sign < 0 ? (ulong)(long)n : (ulong)n;
        }
        if (code is 'b' or 'B' or 'h' or 'H')
        {
            if (n < long.MinValue || n > long.MaxValue) throw Error("argument out of range");
            var (lo, hi) = signed ? (-(1L << (size * 8 - 1)), (1L << (size * 8 - 1)) - 1) : (0L, (1L << (size * 8)) - 1);
            if (n < lo || n > hi)
            {
                var name = code switch { 'b' => "byte", 'B' => "ubyte", 'h' => "short", _ => "ushort" };
                throw Error($"{name} format requires {lo} <= number <= {hi}");
            }
            return (ulong)(long)n;
        }
        if (signed)
        {
            if (n < long.MinValue || n > long.MaxValue) throw Error("argument out of range");
            var l = (long)n;
            if (size == 4 && l is < int.MinValue or > int.MaxValue)
                throw Error($"'{code}' format requires {int.MinValue} <= number <= {int.MaxValue}");
            return (ulong)l;
        }
        if (n.Sign < 0 || n > ulong.MaxValue) throw Error("argument out of range");
        var u = (ulong)n;
        if (size == 4 && u > uint.MaxValue) throw Error($"'{code}' format requires 0 <= number <= {uint.MaxValue}");
        return u;
    }

    // ---- unpacking ------------------------------------------------------------------------------

    public PyTuple Unpack(ReadOnlySpan<byte> data)
    {
        var result = new PyObject[ValueCount];
        for (var i = 0; i < Items.Length; i++) result[i] = UnpackItem(data, Items[i]);
        return new PyTuple(result);
    }

    private ulong ReadUInt(ReadOnlySpan<byte> src) => src.Length switch
    {
        1 => src[0],
        2 => LittleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src),
        4 => LittleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(src) : BinaryPrimitives.ReadUInt32BigEndian(src),
        _ => LittleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(src) : BinaryPrimitives.ReadUInt64BigEndian(src),
    };

    private PyObject UnpackItem(ReadOnlySpan<byte> data, Item item)
    {
        var src = data.Slice(item.Offset, item.Size);
        switch (item.Code)
        {
            case 'c':
                return new PyBytes([src[0]]);
            case '?':
                return PyBool.From(src[0] != 0);
            case 's':
                return new PyBytes(src.ToArray());
            case 'p':
                if (item.Size == 0) return PyBytes.Empty;
                return new PyBytes(src.Slice(1, Math.Min(src[0], item.Size - 1)).ToArray());
            case 'e':
                return new PyFloat((double)BitConverter.UInt16BitsToHalf((ushort)ReadUInt(src)));
            case 'f':
                return new PyFloat(BitConverter.UInt32BitsToSingle((uint)ReadUInt(src)));
            case 'd':
                return new PyFloat(BitConverter.UInt64BitsToDouble(ReadUInt(src)));
        }
        var bits = ReadUInt(src);
        if (item.Code is 'b' or 'h' or 'i' or 'l' or 'q' or 'n')
        {
            var shift = 64 - item.Size * 8;
            return PyInt.From((long)(bits << shift) >> shift);
        }
        return bits <= long.MaxValue ? PyInt.From((long)bits) : PyInt.From(new BigInteger(bits));
    }
}
