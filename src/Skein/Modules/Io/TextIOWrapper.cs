using System.Text;

namespace Skein.Modules.Io;

/// <summary>
/// _io.TextIOWrapper: text over a binary buffer. Bytes are decoded a chunk at a time, always on whole
/// characters (an incomplete tail waits in <c>_pending</c>), and the decoded text is kept untranslated, so
/// the position of any character is a plain byte offset: tell() cookies are byte positions. Newline
/// translation (universal newlines on read, '\n' to the newline argument on write) happens as text is
/// consumed or written. One lock per object serialises reads and writes.
/// </summary>
public sealed class PyTextIOWrapper : PyIOBase
{
    public static readonly PyType TextIOWrapperType = PyTypes.Define("TextIOWrapper", IOBaseTypes.TextIOBase, InitType, isBaseType: true, module: "_io");

    private const int ChunkSize = 8192;
    private const int SeenCR = 1, SeenLF = 2, SeenCRLF = 4;

    private readonly Lock _gate = new();
    private PyObject? _buffer;
    private PyBuffered? _native;
    private TextCodec _codec = TextCodec.Get("utf-8", "strict");
    private string? _newlineArg;
    private bool _universal, _translate;
    private string? _writeNewline;
    private bool _lineBuffering, _writeThrough;
    private bool _preambleChecked;
    private bool _readStarted;

    private string _text = "";
    private int _textPos;
    private byte[] _pending = [];
    private bool _eof;
    private int _seen;

    public PyTextIOWrapper(PyType type) : base(type)
    {
    }

    public PyObject Buffer => _buffer ?? throw Errors.ValueError("underlying buffer has been detached");

    public void Configure(PyObject buffer, string? encoding, string? errors, PyObject? newline, bool lineBuffering, bool writeThrough)
    {
        _buffer = buffer;
        _native = buffer is PyBuffered b && (ReferenceEquals(b.Type, PyBuffered.ReaderType) || ReferenceEquals(b.Type, PyBuffered.WriterType)
            || ReferenceEquals(b.Type, PyBuffered.RandomType)) ? b : null;
        _codec = TextCodec.Get(encoding ?? "locale", errors ?? "strict");
        SetNewline(newline);
        _lineBuffering = lineBuffering;
        _writeThrough = writeThrough;
        ResetReadState();
    }

    private void SetNewline(PyObject? newline)
    {
        string? nl;
        if (newline is null or PyNone) nl = null;
        else if (newline is PyStr s) nl = s.Value;
        else throw Errors.TypeError($"TextIOWrapper() argument 'newline' must be str or None, not {newline.Type.Name}");
        if (nl is not (null or "" or "\n" or "\r" or "\r\n")) throw Errors.ValueError($"illegal newline value: {nl}");
        _newlineArg = nl;
        _universal = nl is null or "";
        _translate = nl is null;
        _writeNewline = nl is null or "" or "\n" ? null : nl;
    }

    private void ResetReadState()
    {
        _text = "";
        _textPos = 0;
        _pending = [];
        _eof = false;
    }

    // ---- buffer access --------------------------------------------------------------------------

    private bool BufferClosed => _native != null ? _native.RawClosed : Ops.IsTrue(Ops.GetAttr(Buffer, "closed"));

    private void CheckClosed()
    {
        if (BufferClosed) throw IOBaseTypes.ClosedError();
    }

    private void CheckReadable()
    {
        if (_native != null ? !_native.CanRead : !Ops.IsTrue(Ops.CallMethod(Buffer, "readable"))) throw IOBaseTypes.Unsupported("not readable");
    }

    private void CheckWritable()
    {
        if (_native != null ? !_native.CanWrite : !Ops.IsTrue(Ops.CallMethod(Buffer, "writable"))) throw IOBaseTypes.Unsupported("not writable");
    }

    private byte[] BufferRead1(int size)
    {
        if (_native != null) return _native.Read1(size);
        var r = Ops.GetAttrOrNull(Buffer, "read1") is { } read1 ? Ops.Call(read1, PyInt.From(size)) : Ops.CallMethod(Buffer, "read", PyInt.From(size));
        return r is PyNone ? [] : BytesLike.Read(r);
    }

    private byte[] BufferReadAll()
    {
        if (_native != null) return _native.Read(-1) ?? [];
        var r = Ops.CallMethod(Buffer, "read");
        return r is PyNone ? [] : BytesLike.Read(r);
    }

    private void BufferWrite(byte[] data)
    {
        if (_native != null) _native.Write(data);
        else Ops.CallMethod(Buffer, "write", new PyBytes(data));
    }

    private void BufferFlush()
    {
        if (_native != null)
        {
            if (_native.CanWrite) _native.Flush();
        }
        else Ops.CallMethod(Buffer, "flush");
    }

    private long BufferTell() => _native != null ? _native.Tell() : Ops.AsLong(Ops.CallMethod(Buffer, "tell"));

    private long BufferSeek(long offset, int whence) =>
        _native != null ? _native.Seek(offset, whence) : Ops.AsLong(Ops.CallMethod(Buffer, "seek", PyInt.From(offset), PyInt.From(whence)));

    private bool Seekable() => Ops.IsTrue(Ops.CallMethod(Buffer, "seekable"));

    // ---- decoding -------------------------------------------------------------------------------

    private int Available => _text.Length - _textPos;

    /// <summary>Decodes one more chunk into the text buffer; false at end of file.</summary>
    private bool ReadChunk(byte[]? all = null)
    {
        if (_eof) return false;
        _readStarted = true;
        var input = all ?? BufferRead1(ChunkSize);
        var atEof = input.Length == 0 || all != null;
        byte[] data = _pending.Length == 0 ? input : [.. _pending, .. input];
        if (!_preambleChecked)
        {
            _preambleChecked = true;
            var pre = _codec.Preamble;
            if (pre.Length > 0 && data.AsSpan().StartsWith(pre) && Seekable() && BufferTell() - data.Length == 0) data = data[pre.Length..];
        }
        var complete = atEof ? data.Length : _codec.CompletePrefixLength(data);
        var decoded = _codec.Decode(data.AsSpan(0, complete));
        _pending = complete == data.Length ? [] : data[complete..];
        // A '\r' at the end of a chunk may be the first half of "\r\n": keep it for the next chunk.
        if (_universal && !atEof && decoded.Length > 0 && decoded[^1] == '\r')
        {
            decoded = decoded[..^1];
            _pending = [.. _codec.Encode("\r"), .. _pending];
        }
        if (atEof) _eof = true;
        if (_universal) NoteNewlines(decoded);
        _text = _textPos >= _text.Length ? decoded : string.Concat(_text.AsSpan(_textPos), decoded);
        _textPos = 0;
        return decoded.Length > 0 || !atEof;
    }

    private void NoteNewlines(string s)
    {
        for (var i = s.IndexOfAny(['\r', '\n']); i >= 0 && i < s.Length; i = s.IndexOfAny(['\r', '\n'], i + 1))
        {
            if (s[i] == '\n') _seen |= SeenLF;
            else if (i + 1 < s.Length && s[i + 1] == '\n')
            {
                _seen |= SeenCRLF;
                i++;
            }
            else _seen |= SeenCR;
        }
    }

    private string Translate(string s) => _translate && s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;

    public string Read(long size)
    {
        lock (_gate)
        {
            CheckClosed();
            CheckReadable();
            if (size < 0)
            {
                var rest = BufferReadAll();
                ReadChunk(rest);
                var all = Translate(_text[_textPos..]);
                _text = "";
                _textPos = 0;
                return all;
            }
            var sb = new StringBuilder();
            var count = 0L;
            while (count < size)
            {
                if (Available == 0 && !ReadChunk()) break;
                if (Available == 0) continue;
                // Fast path: a run with nothing to translate and no surrogate pairs is copied whole.
                var run = (int)Math.Min(Available, size - count);
                var span = _text.AsSpan(_textPos, run);
                var stop = FirstSpecial(span);
                if (stop != 0)
                {
                    var n = stop < 0 ? run : stop;
                    sb.Append(span[..n]);
                    _textPos += n;
                    count += n;
                    continue;
                }
                var c = _text[_textPos];
                if (_translate && c == '\r')
                {
                    // A '\r' ends the text only at end of file (ReadChunk holds it back otherwise), so the look-ahead is safe.
                    _textPos += _textPos + 1 < _text.Length && _text[_textPos + 1] == '\n' ? 2 : 1;
                    sb.Append('\n');
                }
                else if (char.IsHighSurrogate(c) && _textPos + 1 < _text.Length)
                {
                    sb.Append(c).Append(_text[_textPos + 1]);
                    _textPos += 2;
                }
                else
                {
                    sb.Append(c);
                    _textPos++;
                }
                count++;
            }
            return sb.ToString();
        }
    }

    /// <summary>Index of the first character Read must handle one at a time (a '\r' to translate, a surrogate), or -1.</summary>
    private int FirstSpecial(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
            if ((_translate && s[i] == '\r') || char.IsSurrogate(s[i])) return i;
        return -1;
    }

    public string ReadLine(long limit)
    {
        lock (_gate)
        {
            CheckClosed();
            CheckReadable();
            StringBuilder? acc = null;
            while (true)
            {
                if (Available == 0 && !ReadChunk()) break;
                var (end, found) = FindLineEnd(_text, _textPos);
                if (!found && !_eof && limit < 0)
                {
                    // Need more text; keep what we have in the buffer (ReadChunk appends to it).
                    if (ReadChunk()) continue;
                    (end, found) = FindLineEnd(_text, _textPos);
                }
                var piece = _text[_textPos..end];
                if (limit >= 0)
                {
                    var room = (int)limit - (acc?.Length ?? 0);
                    if (piece.Length > room)
                    {
                        piece = piece[..room];
                        found = true;
                    }
                }
                _textPos += piece.Length;
                piece = Translate(piece);
                if (acc == null && (found || _eof)) return piece;
                acc ??= new StringBuilder();
                acc.Append(piece);
                if (found || (limit >= 0 && acc.Length >= limit)) break;
            }
            return acc?.ToString() ?? "";
        }
    }

    /// <summary>End index (exclusive) of the line starting at start, and whether a line ending was found there.</summary>
    private (int End, bool Found) FindLineEnd(string s, int start)
    {
        if (_universal)
        {
            var i = s.IndexOfAny(['\r', '\n'], start);
            if (i < 0) return (s.Length, false);
            if (s[i] == '\r')
            {
                if (i + 1 < s.Length) return (s[i + 1] == '\n' ? i + 2 : i + 1, true);
                return _eof ? (i + 1, true) : (s.Length, false);
            }
            return (i + 1, true);
        }
        var nl = _newlineArg ?? "\n";
        var j = s.IndexOf(nl, start, StringComparison.Ordinal);
        return j < 0 ? (s.Length, false) : (j + nl.Length, true);
    }

    // ---- writing --------------------------------------------------------------------------------

    public int Write(string text)
    {
        lock (_gate)
        {
            CheckClosed();
            CheckWritable();
            // As CPython: decoded-but-unread text is dropped, so a write after a read lands where the buffer's reading stopped.
            if (Available > 0 || _pending.Length > 0) ResetReadState();
            var outText = _writeNewline != null && text.Contains('\n') ? text.Replace("\n", _writeNewline) : text;
            var bytes = _codec.Encode(outText);
            if (!_preambleChecked)
            {
                _preambleChecked = true;
                if (_codec.Preamble.Length > 0 && (!Seekable() || BufferTell() == 0)) bytes = [.. _codec.Preamble, .. bytes];
            }
            BufferWrite(bytes);
            if (_lineBuffering && (text.Contains('\n') || text.Contains('\r'))) BufferFlush();
            return CodePoints(text);
        }
    }

    private static int CodePoints(string s)
    {
        var n = s.Length;
        for (var i = 1; i < s.Length; i++)
            if (char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1])) n--;
        return n;
    }

    // ---- positioning ----------------------------------------------------------------------------

    private long TellLocked()
    {
        var pos = BufferTell();
        if (Available == 0 && _pending.Length == 0) return pos;
        return pos - _pending.Length - _codec.ByteCount(_text[_textPos..]);
    }

    public long Tell()
    {
        lock (_gate)
        {
            CheckClosed();
            if (!Seekable()) throw IOBaseTypes.Unsupported("underlying stream is not seekable");
            BufferFlush();
            return TellLocked();
        }
    }

    public long Seek(PyObject cookieArg, int whence)
    {
        lock (_gate)
        {
            CheckClosed();
            if (!Seekable()) throw IOBaseTypes.Unsupported("underlying stream is not seekable");
            var cookie = Ops.Index(cookieArg).Value;
            switch (whence)
            {
                case 1:
                    if (!cookie.IsZero) throw IOBaseTypes.Unsupported("can't do nonzero cur-relative seeks");
                    BufferFlush();
                    return TellLocked();
                case 2:
                {
                    if (!cookie.IsZero) throw IOBaseTypes.Unsupported("can't do nonzero end-relative seeks");
                    BufferFlush();
                    ResetReadState();
                    _preambleChecked = true;
                    return BufferSeek(0, 2);
                }
                case 0:
                    break;
                default:
                    throw Errors.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            }
            if (cookie.Sign < 0) throw Errors.ValueError($"negative seek position {cookie}");
            if (cookie > long.MaxValue) throw Errors.OverflowError("Python int too large to convert to C long");
            BufferFlush();
            ResetReadState();
            _preambleChecked = !cookie.IsZero;
            BufferSeek((long)cookie, 0);
            return (long)cookie;
        }
    }

    public PyObject Truncate(PyObject? pos)
    {
        lock (_gate)
        {
            CheckClosed();
            BufferFlush();
            var at = pos is null or PyNone ? PyInt.From(TellLocked()) : pos;
            return Ops.CallMethod(Buffer, "truncate", at);
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            CheckClosed();
            BufferFlush();
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            if (_buffer == null || BufferClosed) return;
            try
            {
                BufferFlush();
            }
            finally
            {
                Ops.CallMethod(Buffer, "close");
            }
        }
    }

    private PyObject Newlines => _seen switch
    {
        0 => PyNone.Instance,
        SeenCR => new PyStr("\r"),
        SeenLF => new PyStr("\n"),
        SeenCRLF => new PyStr("\r\n"),
        SeenCR | SeenLF => PyTuple.Create(new PyStr("\r"), new PyStr("\n")),
        SeenCR | SeenCRLF => PyTuple.Create(new PyStr("\r"), new PyStr("\r\n")),
        SeenLF | SeenCRLF => PyTuple.Create(new PyStr("\n"), new PyStr("\r\n")),
        _ => PyTuple.Create(new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n")),
    };

    private void Reconfigure(PyDict? kw)
    {
        lock (_gate)
        {
            var encoding = kw?.GetItemOrNull("encoding");
            var errors = kw?.GetItemOrNull("errors");
            var newline = kw?.GetItemOrNull("newline");
            if ((encoding is not (null or PyNone) || newline != null) && _readStarted)
                throw IOBaseTypes.Unsupported("It is not possible to set the encoding or newline of stream after the first read");
            BufferFlush();
            if (encoding is not (null or PyNone) || errors is not (null or PyNone))
            {
                var name = encoding is PyStr es ? es.Value : _codec.Name;
                var handler = errors is PyStr ers ? ers.Value : encoding is not (null or PyNone) ? "strict" : _codec.Errors;
                _codec = TextCodec.Get(name, handler);
            }
            if (newline != null) SetNewline(newline);
            if (kw?.GetItemOrNull("line_buffering") is { } lb && lb is not PyNone) _lineBuffering = Ops.IsTrue(lb);
            if (kw?.GetItemOrNull("write_through") is { } wt && wt is not PyNone) _writeThrough = Ops.IsTrue(wt);
        }
    }

    // ---- type -----------------------------------------------------------------------------------

    private static PyTextIOWrapper Self(PyObject o) => (PyTextIOWrapper)o;

    private static string? OptionalStr(PyObject? o, string what) => o switch
    {
        null or PyNone => null,
        PyStr s => s.Value,
        _ => throw Errors.TypeError($"TextIOWrapper() argument '{what}' must be str or None, not {o.Type.Name}"),
    };

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PyTextIOWrapper(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("TextIOWrapper", args, kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
            Self(self).Configure(a[0]!, OptionalStr(a[1], "encoding"), OptionalStr(a[2], "errors"), a[3],
                a[4] != null && Ops.IsTrue(a[4]!), a[5] != null && Ops.IsTrue(a[5]!));
        };
        t.DefGetter("buffer", self => Self(self).Buffer);
        t.DefGetter("closed", self => PyBool.From(Self(self).BufferClosed));
        t.DefGetter("name", self => Ops.GetAttr(Self(self).Buffer, "name"));
        t.DefGetter("encoding", self => new PyStr(Self(self)._codec.Name));
        t.DefGetter("errors", self => new PyStr(Self(self)._codec.Errors));
        t.DefGetter("newlines", self => Self(self).Newlines);
        t.DefGetter("line_buffering", self => PyBool.From(Self(self)._lineBuffering));
        t.DefGetter("write_through", self => PyBool.From(Self(self)._writeThrough));
        t.DefGetter("_CHUNK_SIZE", _ => PyInt.From(ChunkSize));
        t.DefMethod("fileno", (self, _, _) => Ops.CallMethod(Self(self).Buffer, "fileno"));
        t.DefMethod("isatty", (self, _, _) => Ops.CallMethod(Self(self).Buffer, "isatty"));
        t.DefMethod("readable", (self, _, _) => Ops.CallMethod(Self(self).Buffer, "readable"));
        t.DefMethod("writable", (self, _, _) => Ops.CallMethod(Self(self).Buffer, "writable"));
        t.DefMethod("seekable", (self, _, _) => Ops.CallMethod(Self(self).Buffer, "seekable"));
        t.DefMethod("read", (self, args, kw) =>
        {
            var a = ArgParser.Parse("read", args, kw, ["size"]);
            return new PyStr(Self(self).Read(IOBaseTypes.SizeArg(a[0])));
        });
        t.DefMethod("readline", (self, args, kw) =>
        {
            var a = ArgParser.Parse("readline", args, kw, ["size"]);
            return new PyStr(Self(self).ReadLine(IOBaseTypes.SizeArg(a[0])));
        });
        t.DefMethod("write", (self, args, _) =>
        {
            ArgParser.Exactly("write", args, 1);
            var s = args[0] as PyStr ?? throw Errors.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            return PyInt.From(Self(self).Write(s.Value));
        });
        t.DefMethod("flush", (self, _, _) =>
        {
            Self(self).Flush();
            return PyNone.Instance;
        });
        t.DefMethod("close", (self, _, _) =>
        {
            Self(self).Close();
            return PyNone.Instance;
        });
        t.DefMethod("tell", (self, _, _) => PyInt.From(Self(self).Tell()));
        t.DefMethod("seek", (self, args, _) =>
        {
            ArgParser.Range("seek", args, 1, 2);
            return PyInt.From(Self(self).Seek(args[0], args.Length > 1 ? Ops.AsInt32(args[1]) : 0));
        });
        t.DefMethod("truncate", (self, args, _) =>
        {
            ArgParser.Range("truncate", args, 0, 1);
            return Self(self).Truncate(args.Length > 0 ? args[0] : null);
        });
        t.DefMethod("detach", (self, _, _) =>
        {
            var w = Self(self);
            w.Flush();
            var b = w.Buffer;
            w._buffer = null;
            w._native = null;
            return b;
        });
        t.DefMethod("reconfigure", (self, args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"reconfigure() takes no positional arguments");
            Self(self).Reconfigure(kw);
            return PyNone.Instance;
        });
        t.Iter = self =>
        {
            Self(self).CheckClosed();
            return self;
        };
        t.Next = self =>
        {
            var line = Self(self).ReadLine(-1);
            return line.Length == 0 ? null : new PyStr(line);
        };
        t.Repr = self =>
        {
            var sb = new StringBuilder("<").Append(self.Type.FullName);
            try
            {
                if (Ops.GetAttrOrNull(self, "name") is { } name) sb.Append(" name=").Append(Ops.Repr(name));
            }
            catch (PyException e) when (e.Is(PyExc.ValueError))
            {
                // A detached wrapper has no name to show.
            }
            if (Ops.GetAttrOrNull(self, "mode") is { } mode) sb.Append(" mode=").Append(Ops.Repr(mode));
            sb.Append(" encoding=").Append(Ops.Repr(new PyStr(Self(self)._codec.Name))).Append('>');
            return new PyStr(sb.ToString());
        };
    }
}
