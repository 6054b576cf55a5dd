using Skein.Modules.Io;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.SystemModules.ModuleHelpers;

namespace Skein.Tests.SystemModules;

public class IoTests
{
    private static PyObject Open(string path, string mode, params (string, PyObject)[] kw) => CallKw("_io", "open", [S(path), S(mode)], kw);
    private static string ReadText(PyObject f, long n = -1) => Str(n < 0 ? Ops.CallMethod(f, "read") : Ops.CallMethod(f, "read", I(n)));

    [Fact]
    public void TextRoundTripTellSeek()
    {
        var path = Path.Combine(TempDir(), "t1.txt");
        var f = Open(path, "w");
        Assert.Equal(12, L(Ops.CallMethod(f, "write", S("héllo\nwörld\n"))));
        Assert.Equal(14, L(Ops.CallMethod(f, "tell")));
        Assert.Equal("w", Str(Ops.GetAttr(f, "mode")));
        Assert.Equal("UTF-8", Str(Ops.GetAttr(f, "encoding")));
        Assert.Equal("strict", Str(Ops.GetAttr(f, "errors")));
        Ops.CallMethod(f, "close");
        Assert.True(Ops.IsTrue(Ops.GetAttr(f, "closed")));
        var e = Raises(PyExc.ValueError, () => Ops.CallMethod(f, "write", S("x")));
        Assert.Equal("I/O operation on closed file.", Str(e.Args[0]));

        f = Open(path, "r");
        Assert.Equal("hél", ReadText(f, 3));
        Assert.Equal(4, L(Ops.CallMethod(f, "tell")));
        Assert.Equal("lo\n", Str(Ops.CallMethod(f, "readline")));
        Assert.Equal(7, L(Ops.CallMethod(f, "tell")));
        Assert.Equal("wörld\n", ReadText(f));
        Ops.CallMethod(f, "seek", I(7));
        Assert.Equal("wörld\n", Str(Ops.CallMethod(f, "readline")));
        Assert.Equal("", Str(Ops.CallMethod(f, "readline")));
        e = Raises(IOBaseTypes.UnsupportedOperation, () => Ops.CallMethod(f, "seek", I(1), I(1)));
        Assert.Equal("can't do nonzero cur-relative seeks", Str(e.Args[0]));
        e = Raises(IOBaseTypes.UnsupportedOperation, () => Ops.CallMethod(f, "write", S("x")));
        Assert.Equal("not writable", Str(e.Args[0]));
        Assert.True(e.Type.IsSubtypeOf(PyExc.ValueError));
        e = Raises(PyExc.ValueError, () => Ops.CallMethod(f, "seek", I(-1)));
        Assert.Equal("negative seek position -1", Str(e.Args[0]));
        Ops.CallMethod(f, "close");

        f = Open(path, "r+");
        Ops.CallMethod(f, "readline");
        Ops.CallMethod(f, "write", S("X"));
        Ops.CallMethod(f, "close");
        Assert.Equal("héllo\nwörld\nX", File.ReadAllText(path));
    }

    [Fact]
    public void NewlineTranslationAndIteration()
    {
        var path = Path.Combine(TempDir(), "nl.txt");
        File.WriteAllBytes(path, "ab\r\ncd\ref\n"u8.ToArray());
        var f = Open(path, "r");
        var lines = new List<string>();
        var it = Ops.GetIter(f);
        while (Ops.Next(it) is { } line) lines.Add(Str(line));
        Assert.Equal(new[] { "ab\n", "cd\n", "ef\n" }, lines);
        var nl = (PyTuple)Ops.GetAttr(f, "newlines");
        Assert.Equal(new[] { "\r", "\n", "\r\n" }, nl.Items.Select(Str));
        Ops.CallMethod(f, "close");

        f = Open(path, "r", ("newline", S("")));
        Assert.Equal("ab\r\n", Str(Ops.CallMethod(f, "readline")));
        Assert.Equal("cd\r", Str(Ops.CallMethod(f, "readline")));
        Assert.Equal("ef\n", Str(Ops.CallMethod(f, "readline")));
        Ops.CallMethod(f, "close");

        var w = Open(path, "w", ("newline", S("\r\n")));
        Ops.CallMethod(w, "write", S("a\nb\n"));
        Ops.CallMethod(w, "close");
        Assert.Equal("a\r\nb\r\n"u8.ToArray(), File.ReadAllBytes(path));
        f = Open(path, "r");
        Assert.Equal("a\nb\n", ReadText(f));
        Ops.CallMethod(f, "close");

        // A "\r\n" split across the 8192-byte chunk boundary is still one newline.
        var big = new string('x', 8191) + "\r\n" + "tail";
        File.WriteAllText(path, big);
        f = Open(path, "r");
        Assert.Equal(new string('x', 8191) + "\n", Str(Ops.CallMethod(f, "readline")));
        Assert.Equal("tail", Str(Ops.CallMethod(f, "readline")));
        Ops.CallMethod(f, "close");
        // A multi-byte character split across chunks decodes whole.
        var multi = new string('y', 8191) + "é" + "z";
        File.WriteAllText(path, multi);
        f = Open(path, "r");
        Assert.Equal(multi, ReadText(f, 100000));
        Ops.CallMethod(f, "close");
    }

    [Fact]
    public void BinaryModesAndErrors()
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "t3.bin");
        var f = Open(path, "wb+");
        Assert.Same(PyBuffered.RandomType, f.Type);
        Ops.CallMethod(f, "write", B("0123456789"));
        Ops.CallMethod(f, "seek", I(2));
        Assert.Equal("234", System.Text.Encoding.ASCII.GetString(Bytes(Ops.CallMethod(f, "read", I(3)))));
        Ops.CallMethod(f, "write", B("AB"));
        Ops.CallMethod(f, "seek", I(0));
        Assert.Equal("01234AB789", System.Text.Encoding.ASCII.GetString(Bytes(Ops.CallMethod(f, "read"))));
        Assert.Equal(10, L(Ops.CallMethod(f, "tell")));
        Assert.Equal("rb+", Str(Ops.GetAttr(Ops.GetAttr(f, "raw"), "mode")));
        Ops.CallMethod(f, "close");

        var e = Raises(PyExc.OSError, () => Open(path, "x"));
        Assert.Equal(17, L(e.Args[0]));
        e = Raises(PyExc.OSError, () => Open(Path.Combine(dir, "missing"), "r"));
        Assert.Equal(2, L(e.Args[0]));
        Assert.Equal(Path.Combine(dir, "missing"), Str(Ops.GetAttr(e, "filename")));
        e = Raises(PyExc.OSError, () => Open(dir, "r"));
        Assert.Equal(21, L(e.Args[0]));
        void ModeError(string mode, string message, params (string, PyObject)[] kw)
        {
            var err = Raises(PyExc.ValueError, () => Open(path, mode, kw));
            Assert.Equal(message, Str(err.Args[0]));
        }
        ModeError("rw", "must have exactly one of create/read/write/append mode");
        ModeError("rbt", "can't have text and binary mode at once");
        ModeError("z", "invalid mode: 'z'");
        ModeError("rb", "binary mode doesn't take an encoding argument", ("encoding", S("utf-8")));
        ModeError("r", "can't have unbuffered text I/O", ("buffering", I(0)));
        ModeError("r", "illegal newline value: x", ("newline", S("x")));
        var lookup = Raises(PyExc.LookupError, () => Open(path, "r", ("encoding", S("bogus"))));
        Assert.Equal("unknown encoding: bogus", Str(lookup.Args[0]));

        var raw = Open(path, "rb", ("buffering", I(0)));
        Assert.Same(PyFileIO.FileIOType, raw.Type);
        Assert.Equal("rb", Str(Ops.GetAttr(raw, "mode")));
        e = Raises(IOBaseTypes.UnsupportedOperation, () => Ops.CallMethod(raw, "write", B("x")));
        Assert.Equal("File not open for writing", Str(e.Args[0]));
        Ops.CallMethod(raw, "close");

        var r = Open(path, "rb");
        Ops.CallMethod(r, "close");
        e = Raises(PyExc.ValueError, () => Ops.CallMethod(r, "read"));
        Assert.Equal("read of closed file", Str(e.Args[0]));

        var a = Open(path, "a");
        Assert.Equal(10, L(Ops.CallMethod(a, "tell")));
        Ops.CallMethod(a, "write", S("!"));
        Ops.CallMethod(a, "close");
        Assert.Equal("01234AB789!", File.ReadAllText(path));

        var ascii = Open(path, "r", ("encoding", S("ascii")), ("errors", S("replace")));
        Assert.Equal("01234AB789!", ReadText(ascii));
        Ops.CallMethod(ascii, "close");
    }

    [Fact]
    public void StringIOBehaviour()
    {
        var s = Ops.Call(PyStringIO.StringIOType, S("a\nb"));
        Assert.Equal("a\n", Str(Ops.CallMethod(s, "readline")));
        Assert.Equal(2, L(Ops.CallMethod(s, "tell")));
        Assert.Equal("b", ReadText(s));
        var e = Raises(PyExc.ValueError, () => Ops.CallMethod(s, "seek", I(-1)));
        Assert.Equal("Negative seek position -1", Str(e.Args[0]));
        e = Raises(PyExc.OSError, () => Ops.CallMethod(s, "seek", I(1), I(1)));
        Assert.Equal("Can't do nonzero cur-relative seeks", Str(e.Args[0]));
        Ops.CallMethod(s, "seek", I(5));
        Ops.CallMethod(s, "write", S("d"));
        Assert.Equal("a\nb\0\0d", Str(Ops.CallMethod(s, "getvalue")));
        Ops.CallMethod(s, "close");
        e = Raises(PyExc.ValueError, () => Ops.CallMethod(s, "getvalue"));
        Assert.Equal("I/O operation on closed file", Str(e.Args[0]));

        var u = CallKw("_io", "StringIO", [S("a\r\nb\rc")], ("newline", PyNone.Instance));
        Assert.Equal("a\nb\nc", ReadText(u));
        var raw = CallKw("_io", "StringIO", [S("a\r\nb\rc")], ("newline", S("")));
        Assert.Equal("a\r\n", Str(Ops.CallMethod(raw, "readline")));
        Assert.Equal("b\r", Str(Ops.CallMethod(raw, "readline")));
        var crlf = CallKw("_io", "StringIO", [S("a\nb")], ("newline", S("\r\n")));
        Assert.Equal("a\r\nb", Str(Ops.CallMethod(crlf, "getvalue")));
        e = Raises(PyExc.TypeError, () => Call("_io", "StringIO", B("x")));
        Assert.Equal("initial_value must be str or None, not bytes", Str(e.Args[0]));
        e = Raises(PyExc.TypeError, () => Ops.CallMethod(Call("_io", "StringIO"), "write", B("x")));
        Assert.Equal("string argument expected, got 'bytes'", Str(e.Args[0]));
        Assert.Equal(new[] { PyStringIO.StringIOType, IOBaseTypes.TextIOBase, IOBaseTypes.IOBase, PyTypes.Object }, PyStringIO.StringIOType.Mro);
    }

    [Fact]
    public void BytesIOBehaviour()
    {
        var b = Call("_io", "BytesIO", B("abc"));
        var e = Raises(PyExc.ValueError, () => Ops.CallMethod(b, "seek", I(-1)));
        Assert.Equal("negative seek value -1", Str(e.Args[0]));
        Ops.CallMethod(b, "seek", I(5));
        Ops.CallMethod(b, "write", B("x"));
        Assert.Equal(new byte[] { 97, 98, 99, 0, 0, 120 }, Bytes(Ops.CallMethod(b, "getvalue")));
        e = Raises(PyExc.TypeError, () => Ops.CallMethod(b, "write", S("x")));
        Assert.Equal("a bytes-like object is required, not 'str'", Str(e.Args[0]));
        Ops.CallMethod(b, "seek", I(0));
        Assert.Equal(new byte[] { 97, 98 }, Bytes(Ops.CallMethod(b, "read", I(2))));
        Assert.Equal(2, L(Ops.CallMethod(b, "truncate")));
        Assert.Equal(new byte[] { 97, 98 }, Bytes(Ops.CallMethod(b, "getvalue")));
        var lines = Call("_io", "BytesIO", B("a\nb"));
        Assert.Equal("a\n", System.Text.Encoding.ASCII.GetString(Bytes(Ops.Next(lines)!)));
        Assert.Equal("b", System.Text.Encoding.ASCII.GetString(Bytes(Ops.Next(lines)!)));
        Assert.Null(Ops.Next(lines));
        Assert.True(IOBaseTypes.UnsupportedOperation.IsSubtypeOf(PyExc.OSError));
        Assert.True(IOBaseTypes.UnsupportedOperation.IsSubtypeOf(PyExc.ValueError));
    }

    [Fact]
    public void TextWrapperOverPythonLevelBuffer()
    {
        var bytesIO = Call("_io", "BytesIO", new PyBytes("x\ny\n"u8.ToArray()));
        var t = Ops.Call(PyTextIOWrapper.TextIOWrapperType, bytesIO);
        Assert.Equal("x\n", Str(Ops.CallMethod(t, "readline")));
        Assert.Equal("y\n", Str(Ops.CallMethod(t, "read")));
        var outBuf = Call("_io", "BytesIO");
        var w = CallKw("_io", "TextIOWrapper", [outBuf], ("encoding", S("utf-16-le")));
        Ops.CallMethod(w, "write", S("hi"));
        Ops.CallMethod(w, "flush");
        Assert.Equal(new byte[] { 104, 0, 105, 0 }, Bytes(Ops.CallMethod(outBuf, "getvalue")));
    }

    [Fact]
    public void ConcurrentWritesAreNotLost()
    {
        var path = Path.Combine(TempDir(), "c.txt");
        var f = Open(path, "w");
        Parallel.For(0, 8, i =>
        {
            for (var j = 0; j < 1000; j++) Ops.CallMethod(f, "write", S($"{i}:{j}\n"));
        });
        Ops.CallMethod(f, "close");
        Assert.Equal(8000, File.ReadAllLines(path).Length);
    }
}
