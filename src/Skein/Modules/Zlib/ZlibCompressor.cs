using System.IO.Compression;
using Skein.Objects.Text;

namespace Skein.Modules.Zlib;

/// <summary>zlib.Compress: a streaming compressor over a System.IO.Compression stream.</summary>
public sealed class ZlibCompressor : PyObject
{
    public static readonly PyType CompressType = PyTypes.Define("Compress", null, Init, module: "zlib");

    private readonly Lock _lock = new();
    private readonly MemoryStream _output = new();
    private readonly int _wbits;
    private Stream? _stream;
    private bool _wroteAnything;

    public ZlibCompressor(int level, int wbits, int strategy) : base(CompressType)
    {
        _wbits = wbits;
        _stream = Open(_output, level, wbits, strategy);
    }

    public static bool ValidWbits(int wbits) => wbits is (>= 9 and <= 15) or (>= -15 and <= -9) or (>= 25 and <= 31);

    /// <summary>A compressing stream for the container wbits selects; the window is always 32 KiB, which any reader accepts.</summary>
    public static Stream Open(Stream output, int level, int wbits, int strategy)
    {
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = level,
            CompressionStrategy = strategy switch
            {
                1 => ZLibCompressionStrategy.Filtered,
                2 => ZLibCompressionStrategy.HuffmanOnly,
                3 => ZLibCompressionStrategy.RunLengthEncoding,
                4 => ZLibCompressionStrategy.Fixed,
                _ => ZLibCompressionStrategy.Default,
            },
        };
        if (wbits < 0) return new DeflateStream(output, options, leaveOpen: true);
        if (wbits > 15) return new GZipStream(output, options, leaveOpen: true);
        return new ZLibStream(output, options, leaveOpen: true);
    }

    /// <summary>
    /// The bytes of a finished stream that never received data. System.IO.Compression writes nothing at all
    /// in that case, where zlib writes a header, an empty final block and the trailer.
    /// </summary>
    public static void WriteEmptyStream(Stream output, int wbits)
    {
        if (wbits < 0) output.Write([0x03, 0x00]);
        else if (wbits > 15) output.Write([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        else output.Write([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    }

    private PyBytes TakeOutput()
    {
        var result = PyBytes.From(_output.GetBuffer().AsSpan(0, (int)_output.Length));
        _output.SetLength(0);
        return result;
    }

    private static ZlibCompressor Self(PyObject o) => o as ZlibCompressor ?? throw Errors.TypeError($"descriptor requires a 'zlib.Compress' object but received '{o.Type.Name}'");

    private static void Init(PyType t)
    {
        t.DefMethod("compress", (self, args, kw) =>
        {
            ArgParser.NoKeywords("compress", kw);
            ArgParser.Exactly("compress", args, 1);
            var c = Self(self);
            var data = Buffers.Require(args[0]);
            lock (c._lock)
            {
                if (c._stream == null) throw ZlibModule.Error("Error -2 while compressing data: inconsistent stream state");
                c._stream.Write(data);
                c._wroteAnything |= !data.IsEmpty;
                return c.TakeOutput();
            }
        }, "Returns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n\nAfter calling this function, some of the input data may still\nbe stored in internal buffers for later processing.\nCall the flush() method to clear these buffers.");
        t.DefMethod("flush", (self, args, kw) =>
        {
            ArgParser.NoKeywords("flush", kw);
            ArgParser.Range("flush", args, 0, 1);
            var mode = args.Length > 0 ? Ops.AsInt32(args[0]) : 4;
            var c = Self(self);
            lock (c._lock)
            {
                if (mode == 0) return PyBytes.Empty;
                if (c._stream == null) throw ZlibModule.Error("Error -2 while flushing: inconsistent stream state");
                if (mode == 4)
                {
                    c._stream.Dispose();
                    c._stream = null;
                    if (!c._wroteAnything) WriteEmptyStream(c._output, c._wbits);
                }
                else
                {
                    c._stream.Flush();
                    c._wroteAnything |= c._output.Length > 0;
                }
                return c.TakeOutput();
            }
        }, "Return a bytes object containing any remaining compressed data.\n\n  mode\n    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.\n    If mode == Z_FINISH, the compressor object can no longer be\n    used after calling the flush() method.  Otherwise, more data\n    can still be compressed.");
    }
}
