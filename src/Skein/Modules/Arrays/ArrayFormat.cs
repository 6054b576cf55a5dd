using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Skein.Modules.Arrays;

/// <summary>
/// One array typecode: its C item size on 64-bit Linux (long is 8 bytes, wchar_t 4) and the conversions
/// between Python values and native-endian item bytes, with the range errors CPython's setitem
/// functions raise (each typecode goes through a different PyArg format, hence the varied wording).
/// </summary>
public sealed class ArrayFormat
{
    public const string TypeCodes = "bBuhHiIlLqQfd";

    private static readonly ArrayFormat[] s_formats = Build();

    public readonly char Code;
    public readonly int ItemSize;
    /// <summary>Items compare equal exactly when their bytes do (integer typecodes; not floats: NaN, -0.0).</summary>
    public readonly bool BytewiseEquality;

    private ArrayFormat(char code, int itemSize)
    {
        Code = code;
        ItemSize = itemSize;
        BytewiseEquality = code is not ('f' or 'd');
    }

    private static ArrayFormat[] Build()
    {
        var sizes = new[] { 1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8 };
        var result = new ArrayFormat[TypeCodes.Length];
        for (var i = 0; i < result.Length; i++) result[i] = new ArrayFormat(TypeCodes[i], sizes[i]);
        return result;
    }

    public static ArrayFormat? Find(char code)
    {
        var i = TypeCodes.IndexOf(code);
        return i < 0 ? null : s_formats[i];
    }

    public bool IsUnicode => Code == 'u';

    /// <summary>The item at item index i of data (data holds whole items).</summary>
    public PyObject Get(ReadOnlySpan<byte> data, int i)
    {
        var item = data.Slice(i * ItemSize, ItemSize);
        switch (Code)
        {
            case 'b': return PyInt.From((sbyte)item[0]);
            case 'B': return PyInt.From(item[0]);
            case 'h': return PyInt.From(MemoryMarshal.Read<short>(item));
            case 'H': return PyInt.From(MemoryMarshal.Read<ushort>(item));
            case 'i': return PyInt.From(MemoryMarshal.Read<int>(item));
            case 'I': return PyInt.From(MemoryMarshal.Read<uint>(item));
            case 'l':
            case 'q': return PyInt.From(MemoryMarshal.Read<long>(item));
            case 'L':
            case 'Q':
                var u = MemoryMarshal.Read<ulong>(item);
                return u <= long.MaxValue ? PyInt.From((long)u) : PyInt.From(new BigInteger(u));
            case 'f': return new PyFloat(MemoryMarshal.Read<float>(item));
            case 'd': return new PyFloat(MemoryMarshal.Read<double>(item));
            default: return PyStr.FromCodePoint(CodePoint(MemoryMarshal.Read<uint>(item)));
        }
    }

    /// <summary>A stored wchar_t as a code point; values past U+10FFFF (possible after frombytes) are an error as in CPython.</summary>
    public static int CodePoint(uint value)
    {
        if (value > 0x10FFFF) throw Errors.ValueError($"character U+{value:x} is not in range [U+0000; U+10ffff]");
        return (int)value;
    }

    /// <summary>Converts v and writes it into dest (ItemSize bytes).</summary>
    public void Set(PyObject v, Span<byte> dest)
    {
        switch (Code)
        {
            case 'b':
            {
                var x = ShortValue(v);
                if (x < sbyte.MinValue) throw Errors.OverflowError("signed char is less than minimum");
                if (x > sbyte.MaxValue) throw Errors.OverflowError("signed char is greater than maximum");
                dest[0] = (byte)(sbyte)x;
                return;
            }
            case 'B':
            {
                var x = LongValue(v);
                if (x < 0) throw Errors.OverflowError("unsigned byte integer is less than minimum");
                if (x > byte.MaxValue) throw Errors.OverflowError("unsigned byte integer is greater than maximum");
                dest[0] = (byte)x;
                return;
            }
            case 'h':
                MemoryMarshal.Write(dest, (short)ShortValue(v));
                return;
            case 'H':
            {
                var x = IntValue(v);
                if (x < 0) throw Errors.OverflowError("unsigned short is less than minimum");
                if (x > ushort.MaxValue) throw Errors.OverflowError("unsigned short is greater than maximum");
                MemoryMarshal.Write(dest, (ushort)x);
                return;
            }
            case 'i':
                MemoryMarshal.Write(dest, IntValue(v));
                return;
            case 'I':
            {
                var x = UnsignedLongValue(v, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long");
                if (x > uint.MaxValue) throw Errors.OverflowError("unsigned int is greater than maximum");
                MemoryMarshal.Write(dest, (uint)x);
                return;
            }
            case 'l':
                MemoryMarshal.Write(dest, LongValue(v));
                return;
            case 'L':
                MemoryMarshal.Write(dest, UnsignedLongValue(v, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"));
                return;
            case 'q':
            {
                var i = Ops.Index(v);
                if (!i.TryGetLong(out var x)) throw Errors.OverflowError("int too big to convert");
                MemoryMarshal.Write(dest, x);
                return;
            }
            case 'Q':
                MemoryMarshal.Write(dest, UnsignedLongValue(v, "can't convert negative int to unsigned", "int too big to convert"));
                return;
            case 'f':
                MemoryMarshal.Write(dest, (float)Ops.AsDouble(v));
                return;
            case 'd':
                MemoryMarshal.Write(dest, Ops.AsDouble(v));
                return;
            default:
                MemoryMarshal.Write(dest, (uint)UnicodeValue(v));
                return;
        }
    }

    private static long LongValue(PyObject v)
    {
        var i = Ops.Index(v);
        if (!i.TryGetLong(out var x)) throw Errors.OverflowError("Python int too large to convert to C long");
        return x;
    }

    private static int ShortValue(PyObject v)
    {
        var x = LongValue(v);
        if (x < short.MinValue) throw Errors.OverflowError("signed short integer is less than minimum");
        if (x > short.MaxValue) throw Errors.OverflowError("signed short integer is greater than maximum");
        return (int)x;
    }

    private static int IntValue(PyObject v)
    {
        var x = LongValue(v);
        if (x < int.MinValue) throw Errors.OverflowError("signed integer is less than minimum");
        if (x > int.MaxValue) throw Errors.OverflowError("signed integer is greater than maximum");
        return (int)x;
    }

    private static ulong UnsignedLongValue(PyObject v, string negative, string tooLarge)
    {
        var i = Ops.Index(v);
        if (i.TryGetLong(out var x))
        {
            if (x < 0) throw Errors.OverflowError(negative);
            return (ulong)x;
        }
        var big = i.Value;
        if (big.Sign < 0) throw Errors.OverflowError(negative);
        if (big > ulong.MaxValue) throw Errors.OverflowError(tooLarge);
        return (ulong)big;
    }

    private static int UnicodeValue(PyObject v)
    {
        if (v is PyStr s)
        {
            var text = s.Value;
            if (text.Length == 1) return text[0];
            if (text.Length == 2 && char.IsSurrogatePair(text[0], text[1])) return char.ConvertToUtf32(text[0], text[1]);
        }
        throw Errors.TypeError("array item must be unicode character");
    }

    /// <summary>The code points of s as 'u' items (a surrogate pair is one character, a lone surrogate stays itself).</summary>
    public static byte[] EncodeUnicode(string s)
    {
        var result = new byte[s.Length * 4];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            MemoryMarshal.Write(result.AsSpan(n), (uint)cp);
            n += 4;
        }
        return n == result.Length ? result : result.AsSpan(0, n).ToArray();
    }

    public static string DecodeUnicode(ReadOnlySpan<byte> data)
    {
        var sb = new System.Text.StringBuilder(data.Length / 4);
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            var cp = CodePoint(MemoryMarshal.Read<uint>(data.Slice(i)));
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    /// <summary>Reverses the bytes of every item in place.</summary>
    public void Byteswap(Span<byte> data)
    {
        switch (ItemSize)
        {
            case 2:
                var shorts = MemoryMarshal.Cast<byte, ushort>(data);
                BinaryPrimitives.ReverseEndianness(shorts, shorts);
                break;
            case 4:
                var ints = MemoryMarshal.Cast<byte, uint>(data);
                BinaryPrimitives.ReverseEndianness(ints, ints);
                break;
            case 8:
                var longs = MemoryMarshal.Cast<byte, ulong>(data);
                BinaryPrimitives.ReverseEndianness(longs, longs);
                break;
        }
    }
}
