using System.Security.Cryptography;

namespace Skein.Modules.Hashing;

/// <summary>One digest algorithm hashlib offers: its Python name, sizes, and how to start a state.</summary>
public sealed record HashAlgorithm(string Name, int DigestSize, int BlockSize, Func<HashState> Create, HashAlgorithmName? Platform)
{
    public bool IsXof => DigestSize == 0;
}

/// <summary>The algorithms available in this process, by the lower-case names hashlib uses.</summary>
public static class HashAlgorithms
{
    private static readonly Dictionary<string, HashAlgorithm> s_byName = Build();

    public static IEnumerable<HashAlgorithm> All => s_byName.Values;

    private static Dictionary<string, HashAlgorithm> Build()
    {
        var list = new List<HashAlgorithm>
        {
            Platform("md5", 16, 64, HashAlgorithmName.MD5),
            Platform("sha1", 20, 64, HashAlgorithmName.SHA1),
            new("sha224", 28, 64, () => new Sha224State(), null),
            Platform("sha256", 32, 64, HashAlgorithmName.SHA256),
            Platform("sha384", 48, 128, HashAlgorithmName.SHA384),
            Platform("sha512", 64, 128, HashAlgorithmName.SHA512),
        };
        // SHA-3 and SHAKE come from OpenSSL 1.1.1+; present them only where the platform has them.
        if (SHA3_256.IsSupported) list.Add(Platform("sha3_256", 32, 136, HashAlgorithmName.SHA3_256));
        if (SHA3_384.IsSupported) list.Add(Platform("sha3_384", 48, 104, HashAlgorithmName.SHA3_384));
        if (SHA3_512.IsSupported) list.Add(Platform("sha3_512", 64, 72, HashAlgorithmName.SHA3_512));
        if (Shake128.IsSupported) list.Add(new("shake_128", 0, 168, () => new ShakeState(false), null));
        if (Shake256.IsSupported) list.Add(new("shake_256", 0, 136, () => new ShakeState(true), null));
        var map = new Dictionary<string, HashAlgorithm>();
        foreach (var a in list) map[a.Name] = a;
        return map;
    }

    private static HashAlgorithm Platform(string name, int digestSize, int blockSize, HashAlgorithmName platform) =>
        new(name, digestSize, blockSize, () => new PlatformHashState(IncrementalHash.CreateHash(platform)), platform);

    /// <summary>The algorithm for a name as hashlib.new accepts it (case-insensitive, OpenSSL's "SHA-256" spelling too), or null.</summary>
    public static HashAlgorithm? Find(string name)
    {
        if (s_byName.TryGetValue(name, out var a)) return a;
        var normal = name.ToLowerInvariant();
        if (normal.StartsWith("sha3-", StringComparison.Ordinal)) normal = "sha3_" + normal[5..];
        else if (normal.StartsWith("sha-", StringComparison.Ordinal)) normal = "sha" + normal[4..];
        return s_byName.GetValueOrDefault(normal);
    }
}
