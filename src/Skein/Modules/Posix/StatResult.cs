using System.Runtime.InteropServices;

namespace Skein.Modules.Posix;

/// <summary>
/// os.stat_result: a 10-item tuple (the last three items are the integer times) with further fields only
/// reachable by name (float times, nanosecond times, st_blksize, st_blocks, st_rdev), as CPython's
/// struct sequence with unnamed fields. Its repr labels the integer times st_atime etc., as CPython's does.
/// </summary>
public sealed class PyStatResult : PyTuple
{
    public readonly PyObject[] Hidden;

    public PyStatResult(PyType type, PyObject[] visible, PyObject[] hidden) : base(type, visible) => Hidden = hidden;

    private static readonly string[] s_visibleNames =
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];
    private static readonly string[] s_hiddenNames =
        ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"];

    public static readonly PyType StatResultType = PyTypes.Define("stat_result", PyTypes.Tuple, InitType, module: "os");

    private static new void InitType(PyType t)
    {
        for (var i = 0; i < 7; i++)
        {
            var index = i;
            t.DefGetter(s_visibleNames[i], self => ((PyTuple)self).Items[index]);
        }
        for (var i = 0; i < s_hiddenNames.Length; i++)
        {
            var index = i;
            t.DefGetter(s_hiddenNames[i], self => ((PyStatResult)self).Hidden[index]);
        }
        t.DefAttr("n_sequence_fields", PyInt.From(10));
        t.DefAttr("n_fields", PyInt.From(19));
        t.DefAttr("n_unnamed_fields", PyInt.From(3));
        t.Repr = self =>
        {
            var items = ((PyTuple)self).Items;
            var parts = new string[items.Length];
            for (var i = 0; i < items.Length; i++) parts[i] = $"{s_visibleNames[i]}={Ops.Repr(items[i])}";
            return new PyStr($"os.stat_result({string.Join(", ", parts)})");
        };
        t.New = (type, args, kw) =>
        {
            var a = ArgParser.Parse("stat_result", args, kw, ["sequence", "dict"], 1);
            var items = Ops.ToArray(a[0]!);
            if (items.Length < 10) throw Errors.TypeError($"os.stat_result() takes an at least 10-sequence ({items.Length}-sequence given)");
            if (items.Length > 19) throw Errors.TypeError($"os.stat_result() takes an at most 19-sequence ({items.Length}-sequence given)");
            var dict = a[1] as PyDict;
            var hidden = new PyObject[s_hiddenNames.Length];
            for (var i = 0; i < hidden.Length; i++)
                hidden[i] = 10 + i < items.Length ? items[10 + i] : dict?.GetItemOrNull(s_hiddenNames[i]) ?? PyNone.Instance;
            // As CPython: missing float times default to the integer times.
            for (var i = 0; i < 3; i++)
                if (hidden[i] is PyNone) hidden[i] = items[7 + i];
            return new PyStatResult(type, items[..10], hidden);
        };
        t.DefMethod("__reduce__", (self, _, _) =>
        {
            var r = (PyStatResult)self;
            var dict = new PyDict();
            for (var i = 0; i < s_hiddenNames.Length; i++) dict.SetItem(s_hiddenNames[i], r.Hidden[i]);
            return PyTuple.Create(r.Type, PyTuple.Create(new PyTuple(r.Items), dict));
        });
    }

    /// <summary>Builds a stat_result from a struct stat filled by the C library.</summary>
    public static unsafe PyStatResult FromNative(byte* st)
    {
        ulong dev, ino, nlink, rdev;
        uint mode, uid, gid;
        long size, blksize, blocks;
        long* times;
        if (RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
        {
            dev = *(ulong*)st;
            ino = *(ulong*)(st + 8);
            mode = *(uint*)(st + 16);
            nlink = *(uint*)(st + 20);
            uid = *(uint*)(st + 24);
            gid = *(uint*)(st + 28);
            rdev = *(ulong*)(st + 32);
            size = *(long*)(st + 48);
            blksize = *(int*)(st + 56);
            blocks = *(long*)(st + 64);
            times = (long*)(st + 72);
        }
        else
        {
            dev = *(ulong*)st;
            ino = *(ulong*)(st + 8);
            nlink = *(ulong*)(st + 16);
            mode = *(uint*)(st + 24);
            uid = *(uint*)(st + 28);
            gid = *(uint*)(st + 32);
            rdev = *(ulong*)(st + 40);
            size = *(long*)(st + 48);
            blksize = *(long*)(st + 56);
            blocks = *(long*)(st + 64);
            times = (long*)(st + 72);
        }
        var visible = new PyObject[10];
        visible[0] = PyInt.From(mode);
        visible[1] = PyInt.From(new BigInteger(ino));
        visible[2] = PyInt.From(new BigInteger(dev));
        visible[3] = PyInt.From(new BigInteger(nlink));
        visible[4] = PyInt.From(uid);
        visible[5] = PyInt.From(gid);
        visible[6] = PyInt.From(size);
        var hidden = new PyObject[9];
        for (var i = 0; i < 3; i++)
        {
            var sec = times[2 * i];
            var nsec = times[2 * i + 1];
            visible[7 + i] = PyInt.From(sec);
            hidden[i] = new PyFloat(sec + nsec * 1e-9);
            hidden[3 + i] = PyInt.From(new BigInteger(sec) * 1_000_000_000 + nsec);
        }
        hidden[6] = PyInt.From(blksize);
        hidden[7] = PyInt.From(blocks);
        hidden[8] = PyInt.From(new BigInteger(rdev));
        return new PyStatResult(StatResultType, visible, hidden);
    }

    public long Mode => ((PyInt)Items[0]).Small;
    public PyObject Ino => Items[1];
}
