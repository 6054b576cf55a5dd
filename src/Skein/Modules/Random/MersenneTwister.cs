namespace Skein.Modules.Random;

/// <summary>
/// MT19937 (Matsumoto and Nishimura), seeded and consumed exactly as CPython's _random does so that
/// the same seed yields the same sequence of random(), getrandbits() and getstate() values.
/// Not thread-safe by itself: the owning PyRandom serialises access.
/// </summary>
public sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908B0DF, UpperMask = 0x80000000, LowerMask = 0x7FFFFFFF;

    public readonly uint[] State = new uint[N];
    public int Index = N + 1;

    public void InitGenrand(uint seed)
    {
        var mt = State;
        mt[0] = seed;
        for (var i = 1; i < N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        Index = N;
    }

    public void InitByArray(ReadOnlySpan<uint> key)
    {
        InitGenrand(19650218u);
        var mt = State;
        int i = 1, j = 0;
        var keyLength = Math.Max(key.Length, 1);
        for (var k = Math.Max(N, keyLength); k > 0; k--)
        {
            var keyWord = key.Length == 0 ? 0u : key[j];
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + keyWord + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= keyLength) j = 0;
        }
        for (var k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000u;
    }

    public uint NextUInt32()
    {
        var mt = State;
        if (Index >= N)
        {
            if (Index == N + 1) InitGenrand(5489u);
            int kk;
            uint y;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            }
            y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            Index = 0;
        }
        var r = mt[Index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9D2C5680u;
        r ^= (r << 15) & 0xEFC60000u;
        r ^= r >> 18;
        return r;
    }

    /// <summary>A double in [0, 1) with 53 random bits: (a*2**26 + b) / 2**53 from a 27-bit and a 26-bit draw.</summary>
    public double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
}
