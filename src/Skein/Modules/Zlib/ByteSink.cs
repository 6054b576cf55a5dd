namespace Skein.Modules.Zlib;

/// <summary>A growable byte buffer collecting (de)compressor output.</summary>
public sealed class ByteSink
{
    private byte[] _buffer;
    private int _length;

    public ByteSink(int capacity = 256) => _buffer = new byte[Math.Max(16, capacity)];

    public long Length => _length;

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    private void Reserve(int extra)
    {
        if (_length + extra <= _buffer.Length) return;
        var needed = (long)_length + extra;
        if (needed > Array.MaxLength) throw Errors.New(PyExc.MemoryError);
        var grown = new byte[Math.Min(Array.MaxLength, Math.Max(needed, (long)_buffer.Length * 2))];
        _buffer.AsSpan(0, _length).CopyTo(grown);
        _buffer = grown;
    }

    public void Append(byte b)
    {
        if (_length == _buffer.Length) Reserve(1);
        _buffer[_length++] = b;
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        Reserve(data.Length);
        data.CopyTo(_buffer.AsSpan(_length));
        _length += data.Length;
    }

    public PyBytes ToBytes() => PyBytes.From(Span);
}
