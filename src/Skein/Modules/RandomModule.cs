using System.Security.Cryptography;
using Skein.Modules.Random;

namespace Skein.Modules;

/// <summary>
/// _random: the Random type the random module subclasses, a Mersenne Twister whose seeding, output and
/// state tuples match CPython's. Each instance has its own lock, so one generator shared by many threads
/// never corrupts its state (the sequence interleaving between threads is of course unspecified).
/// </summary>
[BuiltinModule("_random")]
public static class RandomModule
{
    public static readonly PyType RandomType = PyTypes.Define("Random", null, InitType, isBaseType: true, module: "_random");

    public static void Init(PyModule m) => m.Set("Random", RandomType);

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyRandom(type);
        t.Init = (self, args, kw) =>
        {
            if (ReferenceEquals(self.Type, RandomType) && kw != null && kw.Count > 0) throw Errors.TypeError("Random() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError("Random() requires 0 or 1 argument");
            ((PyRandom)self).Seed(args.Length == 1 ? args[0] : null);
        };
        t.DefMethod("seed", (self, args, _) =>
        {
            ArgParser.Range("seed", args, 0, 1);
            ((PyRandom)self).Seed(args.Length == 1 ? args[0] : null);
            return PyNone.Instance;
        });
        t.DefMethod("random", (self, args, _) =>
        {
            ArgParser.Exactly("random", args, 0);
            return new PyFloat(((PyRandom)self).NextDouble());
        });
        t.DefMethod("getrandbits", (self, args, _) =>
        {
            ArgParser.Exactly("getrandbits", args, 1);
            var k = Ops.AsLong(args[0]);
            if (k < 0) throw Errors.ValueError("number of bits must be non-negative");
            return PyInt.From(((PyRandom)self).GetRandBits(k));
        });
        t.DefMethod("getstate", (self, args, _) =>
        {
            ArgParser.Exactly("getstate", args, 0);
            return ((PyRandom)self).GetState();
        });
        t.DefMethod("setstate", (self, args, _) =>
        {
            ArgParser.Exactly("setstate", args, 1);
            ((PyRandom)self).SetState(args[0]);
            return PyNone.Instance;
        });
    }
}

public sealed class PyRandom : PyObject
{
    private readonly MersenneTwister _mt = new();
    private readonly Lock _lock = new();
    private PyDict? _dict;

    public PyRandom(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict
    {
        get => _dict;
        set => _dict = value;
    }

    /// <summary>
    /// seed(None) draws 624 words from the OS; an int seeds with its absolute value split into 32-bit
    /// words (least significant first); str, bytes and bytearray use CPython's version-2 rule
    /// (int.from_bytes(s + sha512(s), 'big'), the text UTF-8 encoded); anything else seeds with its hash.
    /// </summary>
    public void Seed(PyObject? arg)
    {
        if (arg is null or PyNone)
        {
            var bytes = new byte[MersenneTwister.N * 4];
            RandomNumberGenerator.Fill(bytes);
            var words = new uint[MersenneTwister.N];
            Buffer.BlockCopy(bytes, 0, words, 0, bytes.Length);
            lock (_lock) _mt.InitByArray(words);
            return;
        }
        BigInteger n;
        if (arg is PyInt i) n = BigInteger.Abs(i.Value);
        else if (arg is PyStr or PyBytes or PyByteArray)
        {
            var data = arg is PyStr s ? System.Text.Encoding.UTF8.GetBytes(s.Value) : Io.BytesLike.Read(arg);
            n = new BigInteger([.. data, .. SHA512.HashData(data)], isUnsigned: true, isBigEndian: true);
        }
        else n = new BigInteger(unchecked((ulong)Ops.Hash(arg)));
        var key = ToWords(n);
        lock (_lock) _mt.InitByArray(key);
    }

    private static uint[] ToWords(BigInteger n)
    {
        if (n.IsZero) return [0];
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = new uint[(bytes.Length + 3) / 4];
        Buffer.BlockCopy(bytes, 0, words, 0, bytes.Length);
        return words;
    }

    public double NextDouble()
    {
        lock (_lock) return _mt.NextDouble();
    }

    public BigInteger GetRandBits(long k)
    {
        if (k == 0) return BigInteger.Zero;
        if (k <= 32)
        {
            lock (_lock) return _mt.NextUInt32() >> (int)(32 - k);
        }
        if (k > int.MaxValue) throw Errors.OverflowError("getrandbits() bit count too large");
        var wordCount = (int)((k - 1) / 32 + 1);
        var words = new uint[wordCount];
        lock (_lock)
        {
            // Words fill from the least significant end; the last one keeps only its top bits.
            for (var i = 0; i < wordCount; i++, k -= 32)
            {
                var r = _mt.NextUInt32();
                if (k < 32) r >>= (int)(32 - k);
                words[i] = r;
            }
        }
        var bytes = new byte[wordCount * 4];
        Buffer.BlockCopy(words, 0, bytes, 0, bytes.Length);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    public PyTuple GetState()
    {
        var items = new PyObject[MersenneTwister.N + 1];
        lock (_lock)
        {
            for (var i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.From((long)_mt.State[i]);
            items[MersenneTwister.N] = PyInt.From(_mt.Index);
        }
        return new PyTuple(items);
    }

    public void SetState(PyObject state)
    {
        if (state is not PyTuple t) throw Errors.TypeError("state vector must be a tuple");
        if (t.Count != MersenneTwister.N + 1) throw Errors.ValueError("state vector is the wrong size");
        var words = new uint[MersenneTwister.N];
        for (var i = 0; i < MersenneTwister.N; i++)
        {
            var v = Ops.Index(t[i]).Value;
            if (v.Sign < 0) throw Errors.OverflowError("can't convert negative value to unsigned int");
            if (v > ulong.MaxValue) throw Errors.OverflowError("Python int too large to convert to C unsigned long");
            words[i] = (uint)(ulong)v;
        }
        var index = Ops.AsLong(t[MersenneTwister.N]);
        if (index < 0 || index > MersenneTwister.N) throw Errors.ValueError("invalid state");
        lock (_lock)
        {
            words.CopyTo(_mt.State, 0);
            _mt.Index = (int)index;
        }
    }
}
