using System.Text;
using Skein.Objects.Text;

namespace Skein.Modules.Binascii;

/// <summary>binascii: conversions between binary data and ASCII encodings (hex, base64) and the CRC checksums.</summary>
[BuiltinModule("binascii")]
public static class BinasciiModule
{
    public static readonly PyType Error = PyTypes.Define("Error", PyExc.ValueError, _ => { }, isBaseType: true, module: "binascii");
    public static readonly PyType Incomplete = PyTypes.Define("Incomplete", PyExc.Exception, _ => { }, isBaseType: true, module: "binascii");

    private static ReadOnlySpan<byte> Base64Alphabet => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"u8;

    public static void Init(PyModule m)
    {
        m.Set("Error", Error);
        m.Set("Incomplete", Incomplete);
        m.DefFunction("hexlify", Hexlify, "Hexadecimal representation of binary data.");
        m.DefFunction("b2a_hex", Hexlify, "Hexadecimal representation of binary data.");
        m.DefFunction("unhexlify", (args, kw) => Unhexlify("unhexlify", args, kw), "Binary data of hexadecimal representation.");
        m.DefFunction("a2b_hex", (args, kw) => Unhexlify("a2b_hex", args, kw), "Binary data of hexadecimal representation.");
        m.DefFunction("b2a_base64", B2aBase64, "Base64-code line of data.");
        m.DefFunction("a2b_base64", A2bBase64, "Decode a line of base64 data.");
        m.DefFunction("crc32", (args, kw) =>
        {
            var a = ArgParser.Parse("crc32", args, kw, ["data", "crc"], 1, positionalOnly: 2);
            var start = a[1] == null ? 0u : (uint)(ulong)(Ops.Index(a[1]!).Value & uint.MaxValue);
            return PyInt.From(Checksums.Crc32(Buffer(a[0]!), start));
        }, "Compute CRC-32 incrementally.");
        m.DefFunction("crc_hqx", (args, kw) =>
        {
            var a = ArgParser.Parse("crc_hqx", args, kw, ["data", "crc"], 2, positionalOnly: 2);
            var start = (ushort)(ulong)(Ops.Index(a[1]!).Value & 0xffff);
            return PyInt.From(Checksums.CrcHqx(Buffer(a[0]!), start));
        }, "Compute CRC-CCITT incrementally.");
    }

    private static ReadOnlySpan<byte> Buffer(PyObject o)
    {
        if (Buffers.TryGetBytes(o, out var bytes)) return bytes;
        throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
    }

    /// <summary>The a2b_* argument: bytes-like, or a str of ASCII characters only.</summary>
    private static ReadOnlySpan<byte> AsciiData(PyObject o)
    {
        if (o is PyStr s)
        {
            foreach (var c in s.Value)
                if (c > 127) throw Errors.ValueError("string argument should contain only ASCII characters");
            return Encoding.ASCII.GetBytes(s.Value);
        }
        if (Buffers.TryGetBytes(o, out var bytes)) return bytes;
        throw Errors.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'");
    }

    private static PyObject Hexlify(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("hexlify", args, kwargs, ["data", "sep", "bytes_per_sep"], 1);
        var data = Buffer(a[0]!);
        var hex = Convert.ToHexStringLower(data);
        if (a[1] is null or PyNone) return PyBytes.From(Encoding.ASCII.GetBytes(hex));
        byte sep;
        if (a[1] is PyStr ss)
        {
            if (ss.Value.Length != 1) throw Errors.ValueError("sep must be length 1.");
            if (ss.Value[0] > 127) throw Errors.ValueError("sep must be ASCII.");
            sep = (byte)ss.Value[0];
        }
        else
        {
            var sb = Buffer(a[1]!);
            if (sb.Length != 1) throw Errors.ValueError("sep must be length 1.");
            sep = sb[0];
        }
        var perSep = a[2] == null ? 1 : Ops.AsInt32(a[2]!);
        if (perSep == 0 || data.Length == 0) return PyBytes.From(Encoding.ASCII.GetBytes(hex));
        var group = Math.Abs(perSep);
        var result = new List<byte>(hex.Length + data.Length);
        // A positive count groups from the right end (the first group may be short), a negative one from the left.
        var firstGroup = perSep > 0 ? (data.Length % group == 0 ? group : data.Length % group) : group;
        for (var i = 0; i < data.Length; i++)
        {
            if (i > 0 && (i - firstGroup) % group == 0 && i >= firstGroup) result.Add(sep);
            result.Add((byte)hex[2 * i]);
            result.Add((byte)hex[2 * i + 1]);
        }
        return PyBytes.From(result.ToArray());
    }

    private static PyObject Unhexlify(string name, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse(name, args, kwargs, ["hexstr"], 1, positionalOnly: 1);
        var data = AsciiData(a[0]!);
        if (data.Length % 2 != 0) throw Errors.New(Error, "Odd-length string");
        var result = new byte[data.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            int hi = HexValue(data[2 * i]), lo = HexValue(data[2 * i + 1]);
            if (hi < 0 || lo < 0) throw Errors.New(Error, "Non-hexadecimal digit found");
            result[i] = (byte)(hi << 4 | lo);
        }
        return PyBytes.From(result);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PyObject B2aBase64(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("b2a_base64", args, kwargs, ["data", "newline"], 1, positionalOnly: 1, keywordOnlyFrom: 1);
        var data = Buffer(a[0]!);
        var newline = a[1] == null || Ops.IsTrue(a[1]!);
        var encoded = Convert.ToBase64String(data);
        var result = new byte[encoded.Length + (newline ? 1 : 0)];
        for (var i = 0; i < encoded.Length; i++) result[i] = (byte)encoded[i];
        if (newline) result[^1] = (byte)'\n';
        return PyBytes.From(result);
    }

    private static int Base64Value(byte c) => Base64Alphabet.IndexOf(c);

    /// <summary>
    /// Decodes as CPython's binascii does: outside strict mode, characters outside the alphabet are skipped and
    /// decoding stops at the first complete padding; a dangling single character or a short quad is an error.
    /// </summary>
    private static PyObject A2bBase64(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("a2b_base64", args, kwargs, ["data", "strict_mode"], 1, positionalOnly: 1, keywordOnlyFrom: 1);
        var data = AsciiData(a[0]!);
        var strict = a[1] != null && Ops.IsTrue(a[1]!);
        var result = new List<byte>(data.Length * 3 / 4);
        int quadPos = 0, pads = 0, left = 0, dataChars = 0;
        var paddingStarted = false;
        if (strict && data.Length > 0 && data[0] == '=') throw Errors.New(Error, "Leading padding not allowed");
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < data.Length) throw Errors.New(Error, "Excess data after padding");
                    return PyBytes.From(result.ToArray());
                }
                continue;
            }
            var v = Base64Value(c);
            if (v < 0)
            {
                if (strict) throw Errors.New(Error, "Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw Errors.New(Error, "Discontinuous padding not allowed");
            pads = 0;
            dataChars++;
            switch (quadPos)
            {
                case 0:
                    left = v;
                    quadPos = 1;
                    break;
                case 1:
                    result.Add((byte)((left << 2) | (v >> 4)));
                    left = v & 0xf;
                    quadPos = 2;
                    break;
                case 2:
                    result.Add((byte)((left << 4) | (v >> 2)));
                    left = v & 0x3;
                    quadPos = 3;
                    break;
                default:
                    result.Add((byte)((left << 6) | v));
                    quadPos = 0;
                    break;
            }
        }
        if (quadPos == 1)
            throw Errors.New(Error, $"Invalid base64-encoded string: number of data characters ({dataChars}) cannot be 1 more than a multiple of 4");
        if (quadPos != 0) throw Errors.New(Error, "Incorrect padding");
        return PyBytes.From(result.ToArray());
    }
}
