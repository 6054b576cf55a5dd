using System.Security.Cryptography;

namespace Skein.Modules.Hashing;

/// <summary>
/// The running state of one message digest. Digest() does not finish the state (Python hash objects may be
/// updated after digest()), and Clone() gives an independent copy for hash.copy().
/// </summary>
public abstract class HashState
{
    public abstract void Update(ReadOnlySpan<byte> data);

    /// <summary>The digest of everything appended so far; <paramref name="length"/> is used only by extendable-output functions.</summary>
    public abstract byte[] Digest(int length = 0);

    public abstract HashState Clone();
}

/// <summary>A digest computed by the platform (OpenSSL on Linux) through IncrementalHash.</summary>
public sealed class PlatformHashState(IncrementalHash hash) : HashState
{
    public override void Update(ReadOnlySpan<byte> data) => hash.AppendData(data);

    public override byte[] Digest(int length = 0) => hash.GetCurrentHash();

    public override HashState Clone() => new PlatformHashState(hash.Clone());
}

/// <summary>SHAKE128/SHAKE256, whose digest length is chosen by the caller.</summary>
public sealed class ShakeState : HashState
{
    private readonly Shake128? _shake128;
    private readonly Shake256? _shake256;

    public ShakeState(bool is256)
    {
        if (is256) _shake256 = new Shake256();
        else _shake128 = new Shake128();
    }

    private ShakeState(Shake128? s128, Shake256? s256)
    {
        _shake128 = s128;
        _shake256 = s256;
    }

    public override void Update(ReadOnlySpan<byte> data)
    {
        if (_shake128 != null) _shake128.AppendData(data);
        else _shake256!.AppendData(data);
    }

    public override byte[] Digest(int length = 0) =>
        length == 0 ? [] : _shake128 != null ? _shake128.GetCurrentHash(length) : _shake256!.GetCurrentHash(length);

    public override HashState Clone() => new ShakeState(_shake128?.Clone(), _shake256?.Clone());
}
