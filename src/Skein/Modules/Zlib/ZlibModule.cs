using System.IO.Compression;
using Skein.Modules.Binascii;
using Skein.Objects.Text;

namespace Skein.Modules.Zlib;

/// <summary>
/// zlib: DEFLATE compression through System.IO.Compression (so compressed bytes may differ from CPython's,
/// while staying valid zlib/gzip/raw streams), decompression through Skein's own resumable
/// <see cref="Inflater"/>, and the crc32/adler32 checksums binascii shares.
/// </summary>
[BuiltinModule("zlib")]
public static class ZlibModule
{
    public const int DefaultBufferSize = 16384;

    public static readonly PyType ErrorType = CreateError();

    private static PyType CreateError()
    {
        var t = PyType.CreateBuiltin("error", PyExc.Exception);
        t.Dict.SetItem(Names.__module__, new PyStr("zlib"));
        t.FinishBuiltin();
        t.HasInstanceDict = true;
        return t;
    }

    public static void Init(PyModule m)
    {
        m.Set("error", ErrorType);
        m.Set("Compress", ZlibCompressor.CompressType);
        m.Set("Decompress", ZlibDecompressor.DecompressType);
        foreach (var (name, value) in new (string, int)[]
                 {
                     ("DEFLATED", 8), ("DEF_BUF_SIZE", DefaultBufferSize), ("DEF_MEM_LEVEL", 8), ("MAX_WBITS", 15),
                     ("Z_BEST_COMPRESSION", 9), ("Z_BEST_SPEED", 1), ("Z_BLOCK", 5), ("Z_DEFAULT_COMPRESSION", -1),
                     ("Z_DEFAULT_STRATEGY", 0), ("Z_FILTERED", 1), ("Z_FINISH", 4), ("Z_FIXED", 4), ("Z_FULL_FLUSH", 3),
                     ("Z_HUFFMAN_ONLY", 2), ("Z_NO_COMPRESSION", 0), ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_RLE", 3),
                     ("Z_SYNC_FLUSH", 2), ("Z_TREES", 6),
                 })
            m.Set(name, PyInt.From(value));
        m.Set("ZLIB_VERSION", new PyStr("1.2.13"));
        m.Set("ZLIB_RUNTIME_VERSION", new PyStr("1.2.13"));

        m.DefFunction("crc32", (args, kw) =>
        {
            ArgParser.NoKeywords("crc32", kw);
            ArgParser.Range("crc32", args, 1, 2);
            var start = args.Length > 1 ? UnsignedValue(args[1]) : 0u;
            return PyInt.From(Checksums.Crc32(Buffers.Require(args[0]), start));
        }, "Compute a CRC-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.");
        m.DefFunction("adler32", (args, kw) =>
        {
            ArgParser.NoKeywords("adler32", kw);
            ArgParser.Range("adler32", args, 1, 2);
            var start = args.Length > 1 ? UnsignedValue(args[1]) : 1u;
            return PyInt.From(Checksums.Adler32(Buffers.Require(args[0]), start));
        }, "Compute an Adler-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.");
        m.DefFunction("compress", (args, kw) =>
        {
            var a = ArgParser.Parse("compress", args, kw, ["data", "level", "wbits"], 1, positionalOnly: 1);
            var data = Buffers.Require(a[0]!);
            var level = a[1] == null ? -1 : Ops.AsInt32(a[1]!);
            var wbits = a[2] == null ? 15 : Ops.AsInt32(a[2]!);
            if (level is < -1 or > 9 || !ZlibCompressor.ValidWbits(wbits)) throw Error("Bad compression level");
            using var output = new MemoryStream();
            using (var stream = ZlibCompressor.Open(output, level, wbits, 0)) stream.Write(data);
            if (output.Length == 0) ZlibCompressor.WriteEmptyStream(output, wbits);
            return PyBytes.From(output.GetBuffer().AsSpan(0, (int)output.Length));
        }, "Returns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n  level\n    Compression level, in 0-9 or -1.\n  wbits\n    The window buffer size and container format.");
        m.DefFunction("decompress", (args, kw) =>
        {
            var a = ArgParser.Parse("decompress", args, kw, ["data", "wbits", "bufsize"], 1, positionalOnly: 1);
            var data = Buffers.Require(a[0]!);
            var wbits = a[1] == null ? 15 : Ops.AsInt32(a[1]!);
            var bufsize = a[2] == null ? DefaultBufferSize : Ops.AsLong(a[2]!);
            if (bufsize < 0) throw Errors.ValueError("bufsize must be non-negative");
            var wrapper = DecompressWrapper(wbits) ?? throw Error("Error -2 while preparing to decompress data: inconsistent stream state");
            var inflater = new Inflater(wrapper);
            inflater.Feed(data);
            var output = new ByteSink((int)Math.Min(Math.Max(bufsize, data.Length * 3L), 1 << 20));
            inflater.Run(output, 0);
            if (!inflater.Finished) throw Error("Error -5 while decompressing data: incomplete or truncated stream");
            return output.ToBytes();
        }, "Returns a bytes object containing the uncompressed data.\n\n  data\n    Compressed data.\n  wbits\n    The window buffer size and container format.\n  bufsize\n    The initial output buffer size.");
        m.DefFunction("compressobj", (args, kw) =>
        {
            var a = ArgParser.Parse("compressobj", args, kw, ["level", "method", "wbits", "memLevel", "strategy", "zdict"]);
            var level = a[0] == null ? -1 : Ops.AsInt32(a[0]!);
            var method = a[1] == null ? 8 : Ops.AsInt32(a[1]!);
            var wbits = a[2] == null ? 15 : Ops.AsInt32(a[2]!);
            var memLevel = a[3] == null ? 8 : Ops.AsInt32(a[3]!);
            var strategy = a[4] == null ? 0 : Ops.AsInt32(a[4]!);
            if (level is < -1 or > 9 || method != 8 || !ZlibCompressor.ValidWbits(wbits) || memLevel is < 1 or > 9 || strategy is < 0 or > 4)
                throw Errors.ValueError("Invalid initialization option");
            if (a[5] != null && a[5] is not PyNone) throw Error("zdict is not supported by Skein's zlib");
            return new ZlibCompressor(level, wbits, strategy);
        }, "Return a compressor object.");
        m.DefFunction("decompressobj", (args, kw) =>
        {
            var a = ArgParser.Parse("decompressobj", args, kw, ["wbits", "zdict"]);
            var wbits = a[0] == null ? 15 : Ops.AsInt32(a[0]!);
            var wrapper = DecompressWrapper(wbits) ?? throw Errors.ValueError("Invalid initialization option");
            if (a[1] != null && a[1] is not PyNone) throw Error("zdict is not supported by Skein's zlib");
            return new ZlibDecompressor(wrapper);
        }, "Return a decompressor object.\n\n  wbits\n    The window buffer size and container format.\n  zdict\n    The predefined compression dictionary.");
    }

    public static PyException Error(string message) => Errors.New(ErrorType, message);

    /// <summary>The container a decompression wbits value selects, or null when zlib would reject it.</summary>
    public static Inflater.Wrapper? DecompressWrapper(int wbits) => wbits switch
    {
        0 or (>= 8 and <= 15) => Inflater.Wrapper.Zlib,
        >= -15 and <= -8 => Inflater.Wrapper.Raw,
        >= 24 and <= 31 => Inflater.Wrapper.Gzip,
        32 or (>= 40 and <= 47) => Inflater.Wrapper.Auto,
        _ => null,
    };

    /// <summary>A checksum starting value: any int, reduced modulo 2**32 as CPython's unsigned-int converter does.</summary>
    private static uint UnsignedValue(PyObject o)
    {
        var i = Ops.Index(o);
        if (i.TryGetLong(out var v)) return (uint)v;
        return (uint)(ulong)(i.Value & uint.MaxValue);
    }
}
