using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.SystemModules.ModuleHelpers;

namespace Skein.Tests.SystemModules;

public class PosixTests
{
    [Fact]
    public void OpenWriteReadSeekClose()
    {
        var dir = TempDir();
        var path = S(Path.Combine(dir, "f.txt"));
        var flags = L(Attr("posix", "O_WRONLY")) | L(Attr("posix", "O_CREAT")) | L(Attr("posix", "O_TRUNC"));
        var fd = Call("posix", "open", path, I(flags), I(0x1A4));
        Assert.Equal(5, L(Call("posix", "write", fd, B("hello"))));
        Call("posix", "close", fd);
        fd = Call("posix", "open", path, I(0));
        Assert.Equal("hel", System.Text.Encoding.ASCII.GetString(Bytes(Call("posix", "read", fd, I(3)))));
        Assert.Equal(1, L(Call("posix", "lseek", fd, I(1), I(0))));
        Assert.Equal("ello", System.Text.Encoding.ASCII.GetString(Bytes(Call("posix", "read", fd, I(100)))));
        Assert.Empty(Bytes(Call("posix", "read", fd, I(100))));
        Assert.False(((PyBool)Call("posix", "get_inheritable", fd)).IsTrue);
        var st = (PyTuple)Call("posix", "fstat", fd);
        Assert.Equal(5, L(st.Items[6]));
        Assert.Equal(0x8000, L(st.Items[0]) & 0xF000);
        Assert.Equal(0x1A4, L(st.Items[0]) & 0x1FF & ~0);
        Call("posix", "close", fd);
        var e = Raises(PyExc.OSError, () => Call("posix", "close", fd));
        Assert.Equal(9, L(e.Args[0]));
        Assert.Equal("Bad file descriptor", Str(e.Args[1]));
    }

    [Fact]
    public void MissingFileGivesErrnoAndFilename()
    {
        var e = Raises(PyExc.OSError, () => Call("posix", "stat", S("/nonexistent/x")));
        Assert.Equal(2, L(e.Args[0]));
        Assert.Equal("No such file or directory", Str(e.Args[1]));
        Assert.Equal("/nonexistent/x", Str(Ops.GetAttr(e, "filename")));
        e = Raises(PyExc.TypeError, () => Call("posix", "stat", I(1).Type == PyTypes.Int ? new PyFloat(1.5) : I(0)));
        Assert.Equal("stat: path should be string, bytes, os.PathLike or integer, not float", Str(e.Args[0]));
        e = Raises(PyExc.ValueError, () => Call("posix", "stat", S("a\0b")));
        Assert.Equal("stat: embedded null character in path", Str(e.Args[0]));
    }

    [Fact]
    public void DirectoriesAndScandir()
    {
        var dir = TempDir();
        Call("posix", "mkdir", S(Path.Combine(dir, "sub")));
        File.WriteAllText(Path.Combine(dir, "file"), "x");
        Call("posix", "symlink", S("file"), S(Path.Combine(dir, "link")));
        var names = ((PyList)Call("posix", "listdir", S(dir))).ToArray().Select(Str).Order().ToArray();
        Assert.Equal(new[] { "file", "link", "sub" }, names);
        var bnames = ((PyList)Call("posix", "listdir", B(System.Text.Encoding.UTF8.GetBytes(dir)))).ToArray();
        Assert.All(bnames, n => Assert.IsType<PyBytes>(n));
        var it = Call("posix", "scandir", S(dir));
        var seen = new Dictionary<string, (bool dir, bool file, bool link)>();
        while (Ops.Next(it) is { } entry)
        {
            var name = Str(Ops.GetAttr(entry, "name"));
            Assert.Equal(Path.Combine(dir, name), Str(Ops.GetAttr(entry, "path")));
            seen[name] = (Ops.IsTrue(Ops.CallMethod(entry, "is_dir")), Ops.IsTrue(Ops.CallMethod(entry, "is_file")),
                Ops.IsTrue(Ops.CallMethod(entry, "is_symlink")));
            Assert.True(((PyInt)Ops.CallMethod(entry, "inode")).Value > 0);
        }
        Assert.Equal((true, false, false), seen["sub"]);
        Assert.Equal((false, true, false), seen["file"]);
        Assert.Equal((false, true, true), seen["link"]);
        Assert.Equal("file", Str(Call("posix", "readlink", S(Path.Combine(dir, "link")))));
        var lst = (PyTuple)Call("posix", "lstat", S(Path.Combine(dir, "link")));
        Assert.Equal(0xA000, L(lst.Items[0]) & 0xF000);
        Call("posix", "rename", S(Path.Combine(dir, "file")), S(Path.Combine(dir, "file2")));
        Assert.True(File.Exists(Path.Combine(dir, "file2")));
        Call("posix", "unlink", S(Path.Combine(dir, "file2")));
        Call("posix", "remove", S(Path.Combine(dir, "link")));
        Call("posix", "rmdir", S(Path.Combine(dir, "sub")));
        var e = Raises(PyExc.OSError, () => Call("posix", "mkdir", S(dir)));
        Assert.Equal(17, L(e.Args[0]));
        e = Raises(PyExc.OSError, () => Call("posix", "rmdir", S(dir + "/nope")));
        Assert.Equal(2, L(e.Args[0]));
        Assert.Empty(((PyList)Call("posix", "listdir", S(dir))).ToArray());
        e = Raises(PyExc.OSError, () => Call("posix", "rename", S(dir + "/a"), S(dir + "/b")));
        Assert.Equal(dir + "/b", Str(Ops.GetAttr(e, "filename2")));
    }

    [Fact]
    public void StatResultShape()
    {
        var st = Call("posix", "stat", S("/tmp"));
        var t = (PyTuple)st;
        Assert.Equal(10, t.Count);
        Assert.IsType<PyFloat>(Ops.GetAttr(st, "st_mtime"));
        Assert.IsType<PyInt>(t.Items[8]);
        var ns = ((PyInt)Ops.GetAttr(st, "st_mtime_ns")).Value;
        Assert.Equal((long)(ns / 1_000_000_000), L(t.Items[8]));
        Assert.StartsWith("os.stat_result(st_mode=", Ops.Repr(st));
        Assert.Contains(", st_ctime=", Ops.Repr(st));
        var made = Ops.Call(Attr("posix", "stat_result"), new PyTuple(Enumerable.Range(1, 10).Select(i => (PyObject)I(i)).ToArray()));
        Assert.Same(I(8), Ops.GetAttr(made, "st_atime"));
        var e = Raises(PyExc.TypeError, () => Ops.Call(Attr("posix", "stat_result"), PyTuple.Create(I(1), I(2))));
        Assert.Equal("os.stat_result() takes an at least 10-sequence (2-sequence given)", Str(e.Args[0]));
    }

    [Fact]
    public void ProcessAndMisc()
    {
        Assert.Equal(Environment.ProcessId, L(Call("posix", "getpid")));
        Assert.True(L(Call("posix", "getppid")) > 0);
        Assert.Equal(Directory.GetCurrentDirectory(), Str(Call("posix", "getcwd")));
        Assert.Equal("No such file or directory", Str(Call("posix", "strerror", I(2))));
        Assert.Equal(16, Bytes(Call("posix", "urandom", I(16))).Length);
        Raises(PyExc.ValueError, () => Call("posix", "urandom", I(-1)));
        Assert.True(L(Call("posix", "cpu_count")) >= 1);
        var p = (PyTuple)Call("posix", "pipe");
        Assert.Equal(3, L(Call("posix", "write", p.Items[1], B("abc"))));
        Assert.Equal("abc", System.Text.Encoding.ASCII.GetString(Bytes(Call("posix", "read", p.Items[0], I(10)))));
        Assert.True(((PyBool)Call("posix", "get_blocking", p.Items[0])).IsTrue);
        Call("posix", "set_blocking", p.Items[0], PyBool.False);
        Assert.False(((PyBool)Call("posix", "get_blocking", p.Items[0])).IsTrue);
        var d = Call("posix", "dup", p.Items[1]);
        Assert.False(((PyBool)Call("posix", "get_inheritable", d)).IsTrue);
        Call("posix", "close", d);
        Call("posix", "close", p.Items[0]);
        Call("posix", "close", p.Items[1]);
        Assert.False(((PyBool)Call("posix", "isatty", p.Items[0])).IsTrue);
        var u = (PyTuple)Call("posix", "uname");
        Assert.Equal("Linux", Str(u.Items[0]));
        Assert.True(((PyBool)Call("posix", "access", S("/tmp"), I(L(Attr("posix", "W_OK"))))).IsTrue);
        Assert.False(((PyBool)Call("posix", "access", S("/nonexistent"), I(0))).IsTrue);
        Assert.Equal("PATH", ((PyDict)Attr("posix", "environ")).KeysSnapshot().Select(Str).First(k => k == "PATH"));
        var e = Raises(PyExc.TypeError, () => Call("posix", "fspath", I(3)));
        Assert.Equal("expected str, bytes or os.PathLike object, not int", Str(e.Args[0]));
        Assert.Equal(3, L(Call("posix", "waitstatus_to_exitcode", I(3 << 8))));
        Assert.Equal(-9, L(Call("posix", "waitstatus_to_exitcode", I(9))));
        Assert.True(((PyBool)Call("posix", "WIFSIGNALED", I(9))).IsTrue);
        Assert.False(((PyBool)Call("posix", "WIFSIGNALED", I(3 << 8))).IsTrue);
        Assert.Equal(3, L(Call("posix", "WEXITSTATUS", I(3 << 8))));
        e = Raises(PyExc.OSError, () => Call("posix", "waitpid", I(1), I(1)));
        Assert.Equal(10, L(e.Args[0]));
        Raises(PyExc.OSError, () => Call("posix", "get_terminal_size", I(p.Items[0] is PyInt pi ? pi.Small : 0)));
    }

    [Fact]
    public void PathEncodingRoundTripsUndecodableBytes()
    {
        var raw = new byte[] { (byte)'a', 0xFF, (byte)'b' };
        var s = Skein.Modules.Posix.FsPath.Decode(raw);
        Assert.Equal("a\uDCFFb", s);
        Assert.Equal(raw, Skein.Modules.Posix.FsPath.EncodeString(s));
        Assert.Equal("é", Skein.Modules.Posix.FsPath.Decode(System.Text.Encoding.UTF8.GetBytes("é")));
    }
}
