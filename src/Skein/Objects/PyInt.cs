namespace Skein.Objects;

/// <summary>
/// Python int: a machine long when the value fits, a boxed BigInteger otherwise (never both: a value that
/// fits in a long is always stored small, so equality of representations is equality of values).
/// </summary>
public class PyInt : PyObject
{
    private readonly long _small;
    private readonly object? _big;

    private const int CacheMin = -5, CacheMax = 1024;
    private static readonly PyInt[] s_cache = BuildCache();

    private static PyInt[] BuildCache()
    {
        var cache = new PyInt[CacheMax - CacheMin + 1];
        for (var i = 0; i < cache.Length; i++) cache[i] = new PyInt(PyTypes.Int, (long)(i + CacheMin));
        return cache;
    }

    protected PyInt(PyType type, long value) : base(type) => _small = value;

    protected PyInt(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) _small = (long)value;
        else _big = value;
    }

    public static PyInt From(long value) =>
        value >= CacheMin && value <= CacheMax ? s_cache[value - CacheMin] : new PyInt(PyTypes.Int, value);

    public static PyInt From(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new PyInt(PyTypes.Int, value);

    public static PyInt From(int value) => From((long)value);

    public bool IsSmall => _big == null;

    /// <summary>The value as a long; only valid when <see cref="IsSmall"/>.</summary>
    public long Small => _small;

    public BigInteger Value => _big is BigInteger b ? b : _small;

    public bool TryGetLong(out long value)
    {
        value = _small;
        return _big == null;
    }

    internal static void InitType(PyType t)
    {
    }
}
