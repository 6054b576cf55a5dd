using Skein.Modules.Binascii;

namespace Skein.Modules.Zlib;

/// <summary>
/// A resumable DEFLATE decoder (RFC 1951) with the zlib (RFC 1950) and gzip (RFC 1952) wrappers.
///
/// Skein decodes itself rather than through System.IO.Compression because zlib's streaming interface
/// needs what DeflateStream hides: exactly where the compressed stream ended (unused_data), whether it
/// ended (eof), stopping after a given amount of output (max_length / unconsumed_tail), and zlib's
/// error messages. Input may arrive in pieces of any size: each step starts from a checkpoint (the
/// input position and bit buffer at the start of a symbol or header) and, when the input runs out
/// mid-step, rewinds to it and waits for more.
/// </summary>
public sealed class Inflater
{
    public enum Wrapper { Raw, Zlib, Gzip, Auto }

    private enum Stage { Header, BlockHeader, Stored, Codes, Copy, Trailer, Done }

    private const int WindowSize = 1 << 15;
    private const int WindowMask = WindowSize - 1;
    private const int MaxBits = 15;

    private static readonly ushort[] s_lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly byte[] s_lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly ushort[] s_distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly byte[] s_distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly byte[] s_codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private static readonly Huffman s_fixedLiterals = FixedLiterals();
    private static readonly Huffman s_fixedDistances = FixedDistances();

    private Wrapper _wrapper;
    private byte[] _in = new byte[256];
    private int _inPos, _inEnd;
    private ulong _bits;
    private int _bitCount;

    private readonly byte[] _window = new byte[WindowSize];
    private long _total;

    private Stage _stage = Stage.Header;
    private bool _lastBlock;
    private int _storedLeft;
    private Huffman? _literals, _distances;
    private int _copyLength, _copyDistance;
    private uint _check;

    public Inflater(Wrapper wrapper)
    {
        _wrapper = wrapper;
        if (wrapper == Wrapper.Raw) _stage = Stage.BlockHeader;
    }

    public bool Finished => _stage == Stage.Done;

    /// <summary>Input bytes given but not yet consumed (after the end of the stream: the bytes that followed it).</summary>
    public ReadOnlySpan<byte> Pending => _in.AsSpan(_inPos, _inEnd - _inPos);

    public void Feed(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return;
        if (_inEnd + data.Length > _in.Length)
        {
            var live = _inEnd - _inPos;
            var target = _in;
            if (live + data.Length > _in.Length) target = new byte[Math.Max(live + data.Length, _in.Length * 2)];
            _in.AsSpan(_inPos, live).CopyTo(target);
            _in = target;
            _inPos = 0;
            _inEnd = live;
        }
        data.CopyTo(_in.AsSpan(_inEnd));
        _inEnd += data.Length;
    }

    /// <summary>Removes and returns the input not yet consumed (for unconsumed_tail).</summary>
    public byte[] TakePending()
    {
        var rest = Pending.ToArray();
        _inPos = _inEnd = 0;
        return rest;
    }

    /// <summary>
    /// Decodes as much as the input allows, appending to output, until the stream ends, the input runs
    /// out, or output holds maxOutput bytes (0: no limit). Throws ZlibError.Data for corrupt input.
    /// </summary>
    public void Run(ByteSink output, long maxOutput)
    {
        while (true)
        {
            if (maxOutput > 0 && output.Length >= maxOutput && _stage is Stage.Stored or Stage.Codes or Stage.Copy) break;
            var progressed = _stage switch
            {
                Stage.Header => Header(),
                Stage.BlockHeader => BlockHeader(),
                Stage.Stored => Stored(output, maxOutput),
                Stage.Codes => Codes(output, maxOutput),
                Stage.Copy => Copy(output, maxOutput),
                Stage.Trailer => Trailer(),
                _ => false,
            };
            if (!progressed) break;
        }
        // Whole bytes still in the bit buffer belong to the input: give them back, so Pending is exact and
        // Feed, which keeps only the bytes from _inPos on, never drops bytes the bit buffer stands for.
        ReturnWholeBytes();
    }

    private void ReturnWholeBytes()
    {
        var whole = _bitCount >> 3;
        _inPos -= whole;
        _bitCount -= whole << 3;
        _bits &= (1UL << _bitCount) - 1;
    }

    // ---- bit input with checkpoints --------------------------------------------------------------------

    private int _savedPos, _savedBitCount;
    private ulong _savedBits;

    private void Save() => (_savedPos, _savedBits, _savedBitCount) = (_inPos, _bits, _bitCount);

    private bool Rewind()
    {
        (_inPos, _bits, _bitCount) = (_savedPos, _savedBits, _savedBitCount);
        return false;
    }

    private bool Need(int n)
    {
        while (_bitCount < n)
        {
            if (_inPos == _inEnd) return false;
            _bits |= (ulong)_in[_inPos++] << _bitCount;
            _bitCount += 8;
        }
        return true;
    }

    private int Take(int n)
    {
        var v = (int)(_bits & ((1UL << n) - 1));
        _bits >>= n;
        _bitCount -= n;
        return v;
    }

    private bool TryBits(int n, out int value)
    {
        if (!Need(n))
        {
            value = 0;
            return false;
        }
        value = Take(n);
        return true;
    }

    private void AlignToByte() => Take(_bitCount & 7);

    // ---- wrappers -----------------------------------------------------------------------------------

    private bool Header()
    {
        Save();
        if (_wrapper == Wrapper.Auto)
        {
            if (!Need(16)) return Rewind();
            _wrapper = (_bits & 0xffff) == 0x8b1f ? Wrapper.Gzip : Wrapper.Zlib;
        }
        if (_wrapper == Wrapper.Zlib)
        {
            if (!Need(16)) return Rewind();
            var cmf = Take(8);
            var flg = Take(8);
            if (((cmf << 8) | flg) % 31 != 0) throw ZlibError.Data("incorrect header check");
            if ((cmf & 0x0f) != 8) throw ZlibError.Data("unknown compression method");
            if ((cmf >> 4) + 8 > MaxBits) throw ZlibError.Data("invalid window size");
            if ((flg & 0x20) != 0) throw ZlibError.NeedDictionary();
            _check = 1;
        }
        else if (!GzipHeader()) return Rewind();
        _stage = Stage.BlockHeader;
        return true;
    }

    private bool GzipHeader()
    {
        if (!Need(32)) return false;
        if (Take(16) != 0x8b1f) throw ZlibError.Data("incorrect header check");
        if (Take(8) != 8) throw ZlibError.Data("unknown compression method");
        var flags = Take(8);
        if ((flags & 0xe0) != 0) throw ZlibError.Data("unknown header flags set");
        // mtime (4), xfl (1), os (1)
        for (var i = 0; i < 6; i++)
            if (!TryBits(8, out _)) return false;
        if ((flags & 4) != 0)
        {
            if (!TryBits(16, out var extra)) return false;
            for (var i = 0; i < extra; i++)
                if (!TryBits(8, out _)) return false;
        }
        for (var field = 8; field <= 16; field <<= 1)
        {
            if ((flags & field) == 0) continue;
            int b;
            do
            {
                if (!TryBits(8, out b)) return false;
            } while (b != 0);
        }
        if ((flags & 2) != 0 && !TryBits(16, out _)) return false;
        _check = 0;
        return true;
    }

    private bool Trailer()
    {
        Save();
        AlignToByte();
        if (_wrapper == Wrapper.Zlib)
        {
            if (!Need(32)) return Rewind();
            var expected = (uint)Take(8) << 24 | (uint)Take(8) << 16 | (uint)Take(8) << 8 | (uint)Take(8);
            if (expected != _check) throw ZlibError.Data("incorrect data check");
        }
        else if (_wrapper == Wrapper.Gzip)
        {
            if (!Need(32)) return Rewind();
            var crc = (uint)Take(16) | (uint)Take(16) << 16;
            if (!Need(32)) return Rewind();
            var size = (uint)Take(16) | (uint)Take(16) << 16;
            if (crc != _check) throw ZlibError.Data("incorrect data check");
            if (size != (uint)_total) throw ZlibError.Data("incorrect length check");
        }
        _stage = Stage.Done;
        return true;
    }

    private void UpdateCheck(ReadOnlySpan<byte> data)
    {
        if (_wrapper == Wrapper.Zlib) _check = Checksums.Adler32(data, _check);
        else if (_wrapper == Wrapper.Gzip) _check = Checksums.Crc32(data, _check);
    }

    // ---- blocks -------------------------------------------------------------------------------------

    private bool BlockHeader()
    {
        Save();
        if (!Need(3)) return Rewind();
        _lastBlock = Take(1) == 1;
        switch (Take(2))
        {
            case 0:
                AlignToByte();
                if (!Need(32)) return Rewind();
                var len = Take(16);
                var nlen = Take(16);
                if (len != (~nlen & 0xffff)) throw ZlibError.Data("invalid stored block lengths");
                _storedLeft = len;
                _stage = Stage.Stored;
                return true;
            case 1:
                _literals = s_fixedLiterals;
                _distances = s_fixedDistances;
                _stage = Stage.Codes;
                return true;
            case 2:
                if (!DynamicTables()) return Rewind();
                _stage = Stage.Codes;
                return true;
            default:
                throw ZlibError.Data("invalid block type");
        }
    }

    private void EndBlock() => _stage = _lastBlock ? Stage.Trailer : Stage.BlockHeader;

    private bool Stored(ByteSink output, long maxOutput)
    {
        if (_storedLeft == 0)
        {
            EndBlock();
            return true;
        }
        // The bit buffer is byte-aligned here; drain it before reading bytes directly.
        var start = output.Length;
        while (_storedLeft > 0 && _bitCount >= 8 && (maxOutput <= 0 || output.Length < maxOutput))
        {
            Emit(output, (byte)Take(8));
            _storedLeft--;
        }
        var n = Math.Min(_storedLeft, _inEnd - _inPos);
        if (maxOutput > 0) n = (int)Math.Min(n, maxOutput - output.Length);
        if (n > 0)
        {
            var chunk = _in.AsSpan(_inPos, n);
            output.Append(chunk);
            for (var i = 0; i < n; i++) _window[(int)((_total + i) & WindowMask)] = chunk[i];
            _total += n;
            _inPos += n;
            _storedLeft -= n;
        }
        UpdateCheck(output.Span[(int)start..]);
        return output.Length > start || _storedLeft == 0;
    }

    private void Emit(ByteSink output, byte b)
    {
        output.Append(b);
        _window[(int)(_total & WindowMask)] = b;
        _total++;
    }

    private bool Codes(ByteSink output, long maxOutput)
    {
        var start = output.Length;
        var literals = _literals!;
        var distances = _distances!;
        var result = true;
        while (maxOutput <= 0 || output.Length < maxOutput)
        {
            Save();
            var symbol = Decode(literals);
            if (symbol < 0)
            {
                if (symbol == -2) throw ZlibError.Data("invalid literal/length code");
                result = Rewind();
                break;
            }
            if (symbol < 256)
            {
                Emit(output, (byte)symbol);
                continue;
            }
            if (symbol == 256)
            {
                EndBlock();
                break;
            }
            symbol -= 257;
            if (symbol >= 29) throw ZlibError.Data("invalid literal/length code");
            if (!TryBits(s_lengthExtra[symbol], out var extra))
            {
                result = Rewind();
                break;
            }
            var length = s_lengthBase[symbol] + extra;
            var d = Decode(distances);
            if (d < 0)
            {
                if (d == -2) throw ZlibError.Data("invalid distance code");
                result = Rewind();
                break;
            }
            if (d >= 30) throw ZlibError.Data("invalid distance code");
            if (!TryBits(s_distExtra[d], out extra))
            {
                result = Rewind();
                break;
            }
            var distance = s_distBase[d] + extra;
            if (distance > _total) throw ZlibError.Data("invalid distance too far back");
            _copyLength = length;
            _copyDistance = distance;
            _stage = Stage.Copy;
            CopyMatch(output, maxOutput);
            if (_stage == Stage.Copy) break;
        }
        UpdateCheck(output.Span[(int)start..]);
        return result && (output.Length > start || _stage != Stage.Codes);
    }

    private bool Copy(ByteSink output, long maxOutput)
    {
        var start = output.Length;
        CopyMatch(output, maxOutput);
        UpdateCheck(output.Span[(int)start..]);
        return true;
    }

    private void CopyMatch(ByteSink output, long maxOutput)
    {
        var n = _copyLength;
        if (maxOutput > 0) n = (int)Math.Min(n, maxOutput - output.Length);
        for (var i = 0; i < n; i++) Emit(output, _window[(int)((_total - _copyDistance) & WindowMask)]);
        _copyLength -= n;
        if (_copyLength == 0) _stage = Stage.Codes;
    }

    private bool DynamicTables()
    {
        if (!Need(14)) return false;
        var nlen = Take(5) + 257;
        var ndist = Take(5) + 1;
        var ncode = Take(4) + 4;
        if (nlen > 286 || ndist > 30) throw ZlibError.Data("too many length or distance symbols");
        Span<byte> lengths = stackalloc byte[320];
        lengths.Clear();
        for (var i = 0; i < ncode; i++)
        {
            if (!TryBits(3, out var v)) return false;
            lengths[s_codeLengthOrder[i]] = (byte)v;
        }
        var codeLengths = new Huffman(lengths[..19]);
        if (codeLengths.Left != 0) throw ZlibError.Data("invalid code lengths set");
        var index = 0;
        while (index < nlen + ndist)
        {
            var symbol = Decode(codeLengths);
            if (symbol == -1) return false;
            if (symbol < 0) throw ZlibError.Data("invalid code lengths set");
            if (symbol < 16)
            {
                lengths[index++] = (byte)symbol;
                continue;
            }
            byte repeated = 0;
            int count;
            if (symbol == 16)
            {
                if (index == 0) throw ZlibError.Data("invalid bit length repeat");
                repeated = lengths[index - 1];
                if (!TryBits(2, out count)) return false;
                count += 3;
            }
            else if (symbol == 17)
            {
                if (!TryBits(3, out count)) return false;
                count += 3;
            }
            else
            {
                if (!TryBits(7, out count)) return false;
                count += 11;
            }
            if (index + count > nlen + ndist) throw ZlibError.Data("invalid bit length repeat");
            while (count-- > 0) lengths[index++] = repeated;
        }
        if (lengths[256] == 0) throw ZlibError.Data("invalid code -- missing end-of-block");
        var literals = new Huffman(lengths[..nlen]);
        if (literals.Left < 0 || (literals.Left > 0 && nlen - literals.Count[0] != 1)) throw ZlibError.Data("invalid literal/lengths set");
        var distances = new Huffman(lengths.Slice(nlen, ndist));
        if (distances.Left < 0 || (distances.Left > 0 && ndist - distances.Count[0] != 1)) throw ZlibError.Data("invalid distances set");
        _literals = literals;
        _distances = distances;
        return true;
    }

    /// <summary>One symbol of a canonical Huffman code: -1 when the input runs out, -2 for a code not in the set.</summary>
    private int Decode(Huffman h)
    {
        int code = 0, first = 0, index = 0;
        for (var len = 1; len <= MaxBits; len++)
        {
            if (!Need(1)) return -1;
            code |= Take(1);
            int count = h.Count[len];
            if (code - first < count) return h.Symbols[index + code - first];
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        return -2;
    }

    private static Huffman FixedLiterals()
    {
        var lengths = new byte[288];
        for (var i = 0; i < 288; i++) lengths[i] = (byte)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
        return new Huffman(lengths);
    }

    private static Huffman FixedDistances()
    {
        var lengths = new byte[30];
        Array.Fill(lengths, (byte)5);
        return new Huffman(lengths);
    }

    /// <summary>A canonical Huffman code as counts of codes per length and symbols ordered by code.</summary>
    private sealed class Huffman
    {
        public readonly short[] Count = new short[MaxBits + 1];
        public readonly short[] Symbols;
        /// <summary>Codes left unused: 0 for a complete code, negative when over-subscribed.</summary>
        public readonly int Left;

        public Huffman(ReadOnlySpan<byte> lengths)
        {
            Symbols = new short[lengths.Length];
            foreach (var l in lengths) Count[l]++;
            var left = 1;
            for (var len = 1; len <= MaxBits; len++)
            {
                left = (left << 1) - Count[len];
                if (left < 0) break;
            }
            Left = left;
            Span<short> offsets = stackalloc short[MaxBits + 2];
            for (var len = 1; len <= MaxBits; len++) offsets[len + 1] = (short)(offsets[len] + Count[len]);
            for (short s = 0; s < lengths.Length; s++)
                if (lengths[s] != 0) Symbols[offsets[lengths[s]]++] = s;
        }
    }
}
