namespace Skein.Modules.Posix;

/// <summary>
/// os.DirEntry: one entry yielded by os.scandir. The file type from readdir (d_type) answers is_dir /
/// is_file / is_symlink without a stat call when the file system provides it; stat results are cached
/// per entry (one for follow_symlinks=True, one for False), as in CPython.
/// </summary>
public sealed class DirEntry : PyObject
{
    private const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;
    private const long S_IFMT = 0xF000, S_IFDIR = 0x4000, S_IFREG = 0x8000, S_IFLNK = 0xA000;

    public static readonly PyType DirEntryType = PyTypes.Define("DirEntry", null, InitType, module: "posix");
    public static readonly PyType ScandirIteratorType = PyTypes.Define("ScandirIterator", null, InitIteratorType, module: "posix");

    private readonly PyObject _name, _path;
    private readonly byte[] _encodedPath;
    private readonly ulong _inode;
    private readonly byte _kind;
    private PyStatResult? _stat, _lstat;

    private DirEntry(PyObject name, PyObject path, byte[] encodedPath, ulong inode, byte kind) : base(DirEntryType)
    {
        _name = name;
        _path = path;
        _encodedPath = encodedPath;
        _inode = inode;
        _kind = kind;
    }

    private PyStatResult GetStat(bool follow)
    {
        if (!follow || !IsSymlink())
        {
            var cached = _lstat ??= PosixModule.TryStat(_encodedPath, false, out var errno) ?? throw OSErrors.FromErrno(errno, _path);
            if (!follow || (cached.Mode & S_IFMT) != S_IFLNK) return cached;
        }
        return _stat ??= PosixModule.TryStat(_encodedPath, true, out var e) ?? throw OSErrors.FromErrno(e, _path);
    }

    private bool IsSymlink() => _kind != DT_UNKNOWN ? _kind == DT_LNK : (GetStat(false).Mode & S_IFMT) == S_IFLNK;

    /// <summary>is_dir()/is_file(): a missing file answers False rather than raising, as CPython does.</summary>
    private bool TestMode(bool follow, byte kind, long mode)
    {
        if (_kind != DT_UNKNOWN && !(follow && _kind == DT_LNK)) return _kind == kind;
        try
        {
            return (GetStat(follow).Mode & S_IFMT) == mode;
        }
        catch (PyException e) when (e.Is(PyExc.FileNotFoundError))
        {
            return false;
        }
    }

    private static bool Follow(string function, ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse(function, args, kw, ["follow_symlinks"], 0, keywordOnlyFrom: 0);
        return a[0] == null || Ops.IsTrue(a[0]!);
    }

    private static void InitType(PyType t)
    {
        t.DefGetter("name", self => ((DirEntry)self)._name);
        t.DefGetter("path", self => ((DirEntry)self)._path);
        t.DefMethod("inode", (self, _, _) => PyInt.From(new BigInteger(((DirEntry)self)._inode)));
        t.DefMethod("is_dir", (self, args, kw) => PyBool.From(((DirEntry)self).TestMode(Follow("is_dir", args, kw), DT_DIR, S_IFDIR)));
        t.DefMethod("is_file", (self, args, kw) => PyBool.From(((DirEntry)self).TestMode(Follow("is_file", args, kw), DT_REG, S_IFREG)));
        t.DefMethod("is_symlink", (self, _, _) => PyBool.From(((DirEntry)self).IsSymlink()));
        t.DefMethod("is_junction", (_, _, _) => PyBool.False);
        t.DefMethod("stat", (self, args, kw) => ((DirEntry)self).GetStat(Follow("stat", args, kw)));
        t.DefMethod("__fspath__", (self, _, _) => ((DirEntry)self)._path);
        t.DefClassMethod("__class_getitem__", (cls, args, _) => GenericAlias.Create((PyType)cls, args[0]));
        t.Repr = self => new PyStr($"<DirEntry {Ops.Repr(((DirEntry)self)._name)}>");
    }

    // ---- scandir --------------------------------------------------------------------------------

    private sealed class ScandirIterator(nint dir, byte[] encodedPrefix, bool asBytes, bool fromFd) : PyObject(ScandirIteratorType)
    {
        private nint _dir = dir;
        private readonly Lock _lock = new();

        public PyObject? Next()
        {
            lock (_lock)
            {
                if (_dir == 0) return null;
                var raw = PosixModule.NextEntry(_dir);
                if (raw == null)
                {
                    CloseLocked();
                    return null;
                }
                var e = raw.Value;
                var name = FsPath.Result(e.Name, asBytes);
                byte[] encodedPath;
                PyObject path;
                if (fromFd)
                {
                    encodedPath = [.. e.Name, 0];
                    path = name;
                }
                else
                {
                    var sep = encodedPrefix.Length > 0 && encodedPrefix[^1] != '/';
                    encodedPath = [.. encodedPrefix, .. sep ? "/"u8.ToArray() : [], .. e.Name, 0];
                    path = FsPath.Result(encodedPath.AsSpan(0, encodedPath.Length - 1), asBytes);
                }
                return new DirEntry(name, path, encodedPath, e.Inode, e.Kind);
            }
        }

        public void Close()
        {
            lock (_lock) CloseLocked();
        }

        private void CloseLocked()
        {
            if (_dir == 0) return;
            LibC.CloseDir(_dir);
            _dir = 0;
        }

        ~ScandirIterator()
        {
            if (_dir != 0) LibC.CloseDir(_dir);
        }
    }

    private static readonly PyStr s_defaultPath = new(".");

    public static PyObject Scandir(PyObject? pathArg)
    {
        var path = pathArg is null or PyNone ? s_defaultPath : pathArg;
        if (path is PyInt fdObj)
        {
            var dup = LibC.Fcntl(PosixModule.Fd(fdObj), 1030, 0);
            if (dup < 0) throw OSErrors.Last();
            var fdDir = LibC.FdOpenDir(dup);
            if (fdDir == 0)
            {
                var errno = LibC.Errno;
                LibC.Close(dup);
                throw OSErrors.FromErrno(errno);
            }
            return new ScandirIterator(fdDir, [], false, true);
        }
        var encoded = FsPath.Encode(path, "scandir", allowFd: true);
        var dir = LibC.OpenDir(encoded);
        if (dir == 0) throw OSErrors.Last(path);
        return new ScandirIterator(dir, encoded[..^1], FsPath.IsBytesPath(path), false);
    }

    private static void InitIteratorType(PyType t)
    {
        t.Iter = self => self;
        t.Next = self => ((ScandirIterator)self).Next();
        t.DefMethod("close", (self, _, _) =>
        {
            ((ScandirIterator)self).Close();
            return PyNone.Instance;
        });
        t.DefMethod("__enter__", (self, _, _) => self);
        t.DefMethod("__exit__", (self, _, _) =>
        {
            ((ScandirIterator)self).Close();
            return PyBool.False;
        });
    }
}
