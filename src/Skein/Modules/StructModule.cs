using Skein.Modules.Io;
using Skein.Modules.Struct;
using Skein.Objects.Text;

namespace Skein.Modules;

/// <summary>_struct: packing values to and from C structs described by format strings (struct.pack, Struct, ...).</summary>
[BuiltinModule("_struct")]
public static class StructModule
{
    public static readonly PyType ErrorType = CreateError();
    public static readonly PyType StructType = PyTypes.Define("Struct", null, InitStructType, isBaseType: true, module: "_struct");
    public static readonly PyType UnpackIteratorType = PyTypes.Define("unpack_iterator", null, InitIteratorType, module: "_struct");

    private static PyType CreateError()
    {
        var t = PyType.CreateBuiltin("error", PyExc.Exception);
        t.Dict.SetItem(Names.__module__, new PyStr("struct"));
        t.FinishBuiltin();
        t.HasInstanceDict = true;
        return t;
    }

    public static void Init(PyModule m)
    {
        m.Set("error", ErrorType);
        m.Set("Struct", StructType);
        m.DefFunction("calcsize", (args, _) =>
        {
            ArgParser.Exactly("calcsize", args, 1);
            return PyInt.From(FormatOf(args[0]).Size);
        });
        m.DefFunction("pack", (args, _) =>
        {
            if (args.Length == 0) throw Errors.TypeError("pack expected at least 1 argument, got 0");
            return Pack(FormatOf(args[0]), args[1..]);
        });
        m.DefFunction("pack_into", (args, _) =>
        {
            if (args.Length < 3) throw Errors.TypeError($"pack_into expected at least 3 arguments, got {args.Length}");
            PackInto(FormatOf(args[0]), args[1], args[2], args[3..]);
            return PyNone.Instance;
        });
        m.DefFunction("unpack", (args, _) =>
        {
            if (args.Length != 2) throw Errors.TypeError($"unpack expected 2 arguments, got {args.Length}");
            return Unpack(FormatOf(args[0]), args[1]);
        });
        m.DefFunction("unpack_from", (args, kw) =>
        {
            var a = ArgParser.Parse("unpack_from", args, kw, ["format", "buffer", "offset"], 2, positionalOnly: 1);
            return UnpackFrom(FormatOf(a[0]!), a[1]!, a[2]);
        });
        m.DefFunction("iter_unpack", (args, _) =>
        {
            if (args.Length != 2) throw Errors.TypeError($"iter_unpack expected 2 arguments, got {args.Length}");
            return IterUnpack(FormatOf(args[0]), args[1]);
        });
        m.DefFunction("_clearcache", (_, _) =>
        {
            StructFormat.ClearCache();
            return PyNone.Instance;
        });
    }

    private static StructFormat FormatOf(PyObject format, string function = "Struct()") => format switch
    {
        PyStr s => StructFormat.Get(s.Value),
        PyBytes b => StructFormat.Get(System.Text.Encoding.Latin1.GetString(b.Value)),
        _ => throw Errors.TypeError($"{function} argument 1 must be a str or bytes object, not {format.Type.Name}"),
    };

    private static PyObject Pack(StructFormat f, ReadOnlySpan<PyObject> values)
    {
        var buffer = new byte[f.Size];
        f.Pack(buffer, values);
        return new PyBytes(buffer);
    }

    private static void PackInto(StructFormat f, PyObject buffer, PyObject offsetArg, ReadOnlySpan<PyObject> values)
    {
        if (values.Length != f.ValueCount) throw StructFormat.Error($"pack_into expected {f.ValueCount} items for packing (got {values.Length})");
        if (buffer is not (PyByteArray or PyMemoryView or INativeBuffer)) throw Errors.TypeError($"argument must be read-write bytes-like object, not {buffer.Type.Name}");
        var length = BytesLike.Length(buffer);
        var offset = Ops.AsLong(offsetArg);
        if (offset < 0)
        {
            if (offset + f.Size > 0) throw StructFormat.Error($"no space to pack {f.Size} bytes at offset {offset}");
            if (offset + length < 0) throw StructFormat.Error($"offset {offset} out of range for {length}-byte buffer");
            offset += length;
        }
        if (length - offset < f.Size)
            throw StructFormat.Error($"pack_into requires a buffer of at least {f.Size + offset} bytes for packing {f.Size} bytes at offset {offset} (actual buffer size is {length})");
        var packed = new byte[f.Size];
        f.Pack(packed, values);
        BytesLike.WriteInto(buffer, (int)offset, packed);
    }

    private static PyObject Unpack(StructFormat f, PyObject buffer)
    {
        var data = BytesLike.Read(buffer);
        if (data.Length != f.Size) throw StructFormat.Error($"unpack requires a buffer of {f.Size} bytes");
        return f.Unpack(data);
    }

    private static PyObject UnpackFrom(StructFormat f, PyObject buffer, PyObject? offsetArg)
    {
        var data = BytesLike.Read(buffer);
        var offset = offsetArg == null ? 0 : Ops.AsLong(offsetArg);
        var length = data.Length;
        if (offset < 0)
        {
            if (offset + length < 0) throw StructFormat.Error($"offset {offset} out of range for {length}-byte buffer");
            if (-offset < f.Size) throw StructFormat.Error($"not enough data to unpack {f.Size} bytes at offset {offset}");
            offset += length;
        }
        else if (length - offset < f.Size)
            throw StructFormat.Error($"unpack_from requires a buffer of at least {f.Size + offset} bytes for unpacking {f.Size} bytes at offset {offset} (actual buffer size is {length})");
        return f.Unpack(data.AsSpan((int)offset));
    }

    private sealed class UnpackIterator(StructFormat format, byte[] data) : PyObject(UnpackIteratorType)
    {
        public readonly StructFormat Format = format;
        public readonly byte[] Data = data;
        public int Position;
    }

    private static PyObject IterUnpack(StructFormat f, PyObject buffer)
    {
        if (f.Size == 0) throw StructFormat.Error("cannot iteratively unpack with a struct of length 0");
        var data = BytesLike.Read(buffer);
        if (data.Length % f.Size != 0) throw StructFormat.Error($"iterative unpacking requires a buffer of a multiple of {f.Size} bytes");
        return new UnpackIterator(f, data);
    }

    private static void InitIteratorType(PyType t)
    {
        t.Iter = self => self;
        t.Next = self =>
        {
            var it = (UnpackIterator)self;
            while (true)
            {
                var pos = Volatile.Read(ref it.Position);
                if (pos + it.Format.Size > it.Data.Length) return null;
                if (Interlocked.CompareExchange(ref it.Position, pos + it.Format.Size, pos) == pos)
                    return it.Format.Unpack(it.Data.AsSpan(pos));
            }
        };
        t.DefMethod("__length_hint__", (self, _, _) =>
        {
            var it = (UnpackIterator)self;
            return PyInt.From((it.Data.Length - Volatile.Read(ref it.Position)) / it.Format.Size);
        });
    }

    // ---- Struct objects -------------------------------------------------------------------------

    private sealed class PyStruct : PyObject
    {
        public StructFormat Format;
        public PyObject FormatObject;
        private PyDict? _dict;

        public PyStruct(PyType type, StructFormat format, PyObject formatObject) : base(type)
        {
            Format = format;
            FormatObject = formatObject;
            if (type.HasInstanceDict) _dict = new PyDict();
        }

        public override PyDict? InstanceDict
        {
            get => _dict;
            set => _dict = value;
        }
    }

    private static StructFormat F(PyObject self) => ((PyStruct)self).Format;

    private static void InitStructType(PyType t)
    {
        t.New = (type, args, kw) =>
        {
            var a = ArgParser.Parse("Struct", args, kw, ["format"], 1);
            var f = FormatOf(a[0]!);
            return new PyStruct(type, f, new PyStr(f.Format));
        };
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("Struct", args, kw, ["format"], 1);
            var s = (PyStruct)self;
            s.Format = FormatOf(a[0]!);
            s.FormatObject = new PyStr(s.Format.Format);
        };
        t.DefGetter("format", self => ((PyStruct)self).FormatObject);
        t.DefGetter("size", self => PyInt.From(F(self).Size));
        t.DefMethod("pack", (self, args, kw) =>
        {
            ArgParser.NoKeywords("pack", kw);
            return Pack(F(self), args);
        });
        t.DefMethod("pack_into", (self, args, kw) =>
        {
            ArgParser.NoKeywords("pack_into", kw);
            if (args.Length < 2) throw Errors.TypeError($"pack_into expected buffer argument");
            PackInto(F(self), args[0], args[1], args[2..]);
            return PyNone.Instance;
        });
        t.DefMethod("unpack", (self, args, _) =>
        {
            ArgParser.Exactly("unpack", args, 1);
            return Unpack(F(self), args[0]);
        });
        t.DefMethod("unpack_from", (self, args, kw) =>
        {
            var a = ArgParser.Parse("unpack_from", args, kw, ["buffer", "offset"], 1);
            return UnpackFrom(F(self), a[0]!, a[1]);
        });
        t.DefMethod("iter_unpack", (self, args, _) =>
        {
            ArgParser.Exactly("iter_unpack", args, 1);
            return IterUnpack(F(self), args[0]);
        });
        t.DefMethod("__sizeof__", (self, _, _) => PyInt.From(64 + 16 * F(self).Items.Length));
    }
}
