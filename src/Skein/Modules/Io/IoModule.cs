using Skein.Modules.Posix;

namespace Skein.Modules.Io;

/// <summary>The _io module: open() and the stream classes the io module re-exports.</summary>
[BuiltinModule("_io")]
public static class IoModule
{
    public static void Init(PyModule m)
    {
        m.Set("DEFAULT_BUFFER_SIZE", PyInt.From(IOBaseTypes.DefaultBufferSize));
        m.Set("UnsupportedOperation", IOBaseTypes.UnsupportedOperation);
        m.Set("BlockingIOError", PyExc.BlockingIOError);
        foreach (var (name, type) in new[]
        {
            ("_IOBase", IOBaseTypes.IOBase), ("_RawIOBase", IOBaseTypes.RawIOBase), ("_BufferedIOBase", IOBaseTypes.BufferedIOBase),
            ("_TextIOBase", IOBaseTypes.TextIOBase), ("IOBase", IOBaseTypes.IOBase), ("RawIOBase", IOBaseTypes.RawIOBase),
            ("BufferedIOBase", IOBaseTypes.BufferedIOBase), ("TextIOBase", IOBaseTypes.TextIOBase), ("FileIO", PyFileIO.FileIOType),
            ("BufferedReader", PyBuffered.ReaderType), ("BufferedWriter", PyBuffered.WriterType), ("BufferedRandom", PyBuffered.RandomType),
            ("TextIOWrapper", PyTextIOWrapper.TextIOWrapperType), ("StringIO", PyStringIO.StringIOType), ("BytesIO", PyBytesIO.BytesIOType),
        })
            m.Set(name, type);
        m.DefFunction("open", Open);
        m.DefFunction("open_code", (args, kw) =>
        {
            var a = ArgParser.Parse("open_code", args, kw, ["path"], 1);
            if (a[0] is not PyStr) throw Errors.TypeError($"open_code() argument 'path' must be str, not {a[0]!.Type.Name}");
            return OpenFile(a[0]!, "rb", -1, null, null, null, true, null);
        });
        m.DefFunction("text_encoding", (args, kw) =>
        {
            var a = ArgParser.Parse("text_encoding", args, kw, ["encoding", "stacklevel"], 1);
            return a[0] is PyNone ? new PyStr("locale") : a[0]!;
        });
    }

    private static PyObject Open(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        var a = ArgParser.Parse("open", args, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        var mode = a[1] switch
        {
            null => "r",
            PyStr s => s.Value,
            _ => throw Errors.TypeError($"open() argument 'mode' must be str, not {a[1]!.Type.Name}"),
        };
        var buffering = a[2] == null ? -1 : Ops.AsLong(a[2]!);
        return OpenFile(a[0]!, mode, buffering, Optional(a[3], "encoding"), Optional(a[4], "errors"), a[5], a[6] == null || Ops.IsTrue(a[6]!), a[7]);
    }

    private static string? Optional(PyObject? o, string what) => o switch
    {
        null or PyNone => null,
        PyStr s => s.Value,
        _ => throw Errors.TypeError($"open() argument '{what}' must be str or None, not {o.Type.Name}"),
    };

    /// <summary>io.open: validates the mode, opens a FileIO, and stacks a buffer and a text wrapper on it as the mode asks.</summary>
    public static PyObject OpenFile(PyObject file, string mode, long buffering, string? encoding, string? errors, PyObject? newline, bool closeFd, PyObject? opener)
    {
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        var seen = new HashSet<char>();
        foreach (var c in mode)
        {
            if ("xrwab+t".IndexOf(c) < 0 || !seen.Add(c)) throw Errors.ValueError($"invalid mode: '{mode}'");
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }
        if (text && binary) throw Errors.ValueError("can't have text and binary mode at once");
        var kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds != 1) throw Errors.ValueError("must have exactly one of create/read/write/append mode");
        if (binary && encoding != null) throw Errors.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw Errors.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not (null or PyNone)) throw Errors.ValueError("binary mode doesn't take a newline argument");
        if (file is not (PyInt or PyStr or PyBytes))
        {
            if (file is PyFloat || Ops.LookupSpecial(file, Names.__fspath__) == null)
                throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}");
            file = FsPath.FsPathOf(file);
        }
        if (!binary && newline is PyStr nl && nl.Value is not ("" or "\n" or "\r" or "\r\n"))
            throw Errors.ValueError($"illegal newline value: {nl.Value}");

        var rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
        var raw = new PyFileIO(PyFileIO.FileIOType);
        raw.Open(file, rawMode, closeFd, opener);
        try
        {
            var lineBuffering = buffering == 1 || (buffering < 0 && raw.IsATty());
            if (buffering is 1 or < 0) buffering = raw.BlockSize;
            if (buffering == 0)
            {
                if (binary) return raw;
                throw Errors.ValueError("can't have unbuffered text I/O");
            }
            var bufferType = updating ? PyBuffered.RandomType : reading ? PyBuffered.ReaderType : PyBuffered.WriterType;
            var buffer = new PyBuffered(bufferType);
            buffer.Attach(raw, buffering, updating || reading, updating || !reading);
            if (binary) return buffer;
            var wrapper = new PyTextIOWrapper(PyTextIOWrapper.TextIOWrapperType);
            wrapper.Configure(buffer, encoding, errors, newline, lineBuffering, false);
            wrapper.InstanceDict!.SetItem("mode", new PyStr(mode));
            return wrapper;
        }
        catch
        {
            raw.Close();
            throw;
        }
    }
}
