using Skein.Objects.Text;

namespace Skein.Modules.Zlib;

/// <summary>zlib.Decompress: a streaming decompressor with unused_data, unconsumed_tail and eof.</summary>
public sealed class ZlibDecompressor : PyObject
{
    public static readonly PyType DecompressType = PyTypes.Define("Decompress", null, Init, module: "zlib");

    private readonly Lock _lock = new();
    private readonly Inflater _inflater;
    private PyBytes _unusedData = PyBytes.Empty;
    private PyBytes _unconsumedTail = PyBytes.Empty;
    private bool _eof;

    public ZlibDecompressor(Inflater.Wrapper wrapper) : base(DecompressType) => _inflater = new Inflater(wrapper);

    private static ZlibDecompressor Self(PyObject o) => o as ZlibDecompressor ?? throw Errors.TypeError($"descriptor requires a 'zlib.Decompress' object but received '{o.Type.Name}'");

    /// <summary>Runs the inflater over input; callers hold the lock.</summary>
    private PyBytes Inflate(ReadOnlySpan<byte> input, long maxLength)
    {
        if (_eof)
        {
            // After the end of the stream, further input is only more unused data (as zlib reports it).
            if (!input.IsEmpty) _unusedData = Concat(_unusedData.Value, input);
            return PyBytes.Empty;
        }
        _inflater.Feed(input);
        var output = new ByteSink(Math.Min(Math.Max(input.Length * 3, 64), ZlibModule.DefaultBufferSize));
        _inflater.Run(output, maxLength);
        _unconsumedTail = PyBytes.Empty;
        if (_inflater.Finished)
        {
            _eof = true;
            _unusedData = Concat(_unusedData.Value, _inflater.TakePending());
        }
        else if (maxLength > 0 && output.Length >= maxLength)
            _unconsumedTail = PyBytes.From(_inflater.TakePending());
        return output.ToBytes();
    }

    private static PyBytes Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var result = new byte[a.Length + b.Length];
        a.CopyTo(result);
        b.CopyTo(result.AsSpan(a.Length));
        return new PyBytes(result);
    }

    private static void Init(PyType t)
    {
        t.DefMethod("decompress", (self, args, kw) =>
        {
            var a = ArgParser.Parse("decompress", args, kw, ["data", "max_length"], 1, positionalOnly: 1);
            var data = Buffers.Require(a[0]!);
            var maxLength = a[1] == null ? 0 : Ops.AsLong(a[1]!);
            if (maxLength < 0) throw Errors.ValueError("max_length must be non-negative");
            var d = Self(self);
            lock (d._lock) return d.Inflate(data, maxLength);
        }, "Return a bytes object containing the decompressed version of the data.\n\n  data\n    The binary data to decompress.\n  max_length\n    The maximum allowable length of the decompressed data.\n    Unconsumed input data will be stored in\n    the unconsumed_tail attribute.\n\nAfter calling this function, some of the input data may still be stored in\ninternal buffers for later processing.\nCall the flush() method to clear these buffers.");
        t.DefMethod("flush", (self, args, kw) =>
        {
            ArgParser.NoKeywords("flush", kw);
            ArgParser.Range("flush", args, 0, 1);
            if (args.Length > 0 && Ops.AsLong(args[0]) <= 0) throw Errors.ValueError("length must be greater than zero");
            var d = Self(self);
            lock (d._lock)
            {
                var tail = d._unconsumedTail.Value;
                return d._eof ? PyBytes.Empty : d.Inflate(tail, 0);
            }
        }, "Return a bytes object containing any remaining decompressed data.\n\n  length\n    the initial size of the output buffer.");
        t.DefGetter("unused_data", self => Self(self)._unusedData);
        t.DefGetter("unconsumed_tail", self => Self(self)._unconsumedTail);
        t.DefGetter("eof", self => PyBool.From(Self(self)._eof));
    }
}
