"""Codec registry and base classes, over Skein's native _codecs module.

The text encodings Skein implements natively (UTF-8/16/32, ASCII, Latin-1, cp1252, unicode-escape,
raw-unicode-escape) are answered by _codecs; rot13 and hex, the bytes-to-bytes and str-to-str codecs
CPython ships in its encodings package, are defined here in Python.
"""

import _codecs
from _codecs import *
from _codecs import (register, unregister, register_error, lookup_error, strict_errors, ignore_errors,
                     replace_errors, backslashreplace_errors, xmlcharrefreplace_errors, namereplace_errors,
                     surrogateescape_errors)
import sys as _sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error", "unregister"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes; as a 4-tuple it is (encode, decode, streamreader, streamwriter)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """Keeps the input the encoder could not yet use (self.buffer) for the next call."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes the decoder could not yet use (an incomplete sequence) for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()
        self.linebuffer = None

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            new = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + new
            if not data:
                break
            try:
                text, consumed = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                text, consumed = self.decode(data[:exc.start], self.errors)
                lines = text.splitlines(keepends=True)
                if len(lines) <= 1:
                    raise
            self.bytebuffer = data[consumed:]
            self.charbuffer += text
            if not new:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else line.splitlines(keepends=False)[0]
        line = self._empty_charbuffer
        while True:
            data = self.read(72, firstline=True)
            line += data
            if not data or line.splitlines(keepends=True)[0] != line or (size is not None and len(line) >= size):
                break
        lines = line.splitlines(keepends=True)
        if not lines:
            return line
        first = lines[0]
        self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
        return first if keepends else first.splitlines(keepends=False)[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder(StreamReaderWriter):
    """Reads and writes data_encoding on the outside, file_encoding on the stream."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        StreamReaderWriter.__init__(self, stream, Reader, Writer, errors)
        self.encode = encode
        self.decode = decode

    def read(self, size=-1):
        data, _ = self.encode(self.reader.read(size), self.errors)
        return data

    def readline(self, size=None):
        data, _ = self.encode(self.reader.readline(size), self.errors)
        return data

    def readlines(self, sizehint=None):
        data, _ = self.encode(self.reader.read(), self.errors)
        return data.splitlines(keepends=True)

    def write(self, data):
        text, _ = self.decode(data, self.errors)
        return self.writer.write(text)

    def writelines(self, list):
        self.write(b''.join(list))


# ---- the registry ------------------------------------------------------------------------------

_cache = {}


def _native_codec(name):
    """CodecInfo for a codec _codecs implements, or None."""
    canonical = _codecs._native_name(name)
    if canonical is None:
        return None
    prefix = 'latin_1' if canonical == 'iso8859-1' else canonical.replace('-', '_')
    if prefix == 'utf_8_sig':
        encode_fn, decode_fn = _utf_8_sig_encode, _utf_8_sig_decode
    else:
        encode_fn = getattr(_codecs, prefix + '_encode')
        decode_fn = getattr(_codecs, prefix + '_decode')

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_fn(input, errors, final)

    class Writer(StreamWriter):
        encode = staticmethod(encode_fn)

    class Reader(StreamReader):
        decode = staticmethod(decode_fn)

    for cls in (Encoder, Decoder, Writer, Reader):
        cls.__qualname__ = cls.__name__ = {Encoder: 'IncrementalEncoder', Decoder: 'IncrementalDecoder',
                                           Writer: 'StreamWriter', Reader: 'StreamReader'}[cls]
    return CodecInfo(encode_fn, decode_fn, Reader, Writer, Encoder, Decoder, name=canonical)


def _utf_8_sig_encode(input, errors='strict'):
    return BOM_UTF8 + _codecs.utf_8_encode(input, errors)[0], len(input)


def _utf_8_sig_decode(input, errors='strict', final=False):
    data = bytes(input)
    prefix = 0
    if data[:3] == BOM_UTF8:
        prefix = 3
    elif not final and BOM_UTF8.startswith(data):
        return "", 0
    text, consumed = _codecs.utf_8_decode(data[prefix:], errors, final)
    return text, consumed + prefix


def lookup(encoding):
    """The CodecInfo for an encoding name; LookupError if no codec knows it."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower()
    info = _cache.get(key)
    if info is not None:
        return info
    info = _native_codec(encoding)
    if info is None:
        result = _codecs.lookup(encoding)
        info = result if isinstance(result, CodecInfo) else CodecInfo(*result)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except (TypeError, ValueError) as exc:
        if type(exc) not in (TypeError, ValueError):
            raise
        raise type(exc)("encoding with %r codec failed (%s: %s)" % (info.name, type(exc).__name__, exc)) from exc
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except (TypeError, ValueError) as exc:
        if type(exc) not in (TypeError, ValueError):
            raise
        raise type(exc)("decoding with %r codec failed (%s: %s)" % (info.name, type(exc).__name__, exc)) from exc
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = __import__('builtins').open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader, file_info.streamwriter,
                       errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ---- codecs written in Python: str-to-str and bytes-to-bytes -----------------------------------

def _rot13_encode(input, errors='strict'):
    return input.translate(_ROT13), len(input)


_ROT13 = {c: (c - base + 13) % 26 + base for base in (ord('a'), ord('A')) for c in range(base, base + 26)}


def _hex_encode(input, errors='strict'):
    assert errors == 'strict'
    data = memoryview(input).tobytes()
    return data.hex().encode('ascii'), len(data)


def _hex_decode(input, errors='strict'):
    assert errors == 'strict'
    data = memoryview(input).tobytes()
    try:
        return bytes.fromhex(data.decode('ascii')), len(data)
    except ValueError:
        # CPython raises binascii.Error, a ValueError; Skein has no binascii module.
        raise ValueError("Non-hexadecimal digit found") from None


def _stateless_codec(name, encode_fn, decode_fn):
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input, self.errors)[0]

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode_fn(input, self.errors)[0]

    return CodecInfo(encode_fn, decode_fn, name=name, incrementalencoder=Encoder, incrementaldecoder=Decoder,
                     _is_text_encoding=False)


_PYTHON_CODECS = {
    'rot_13': lambda: _stateless_codec('rot-13', _rot13_encode, _rot13_encode),
    'rot13': lambda: _stateless_codec('rot-13', _rot13_encode, _rot13_encode),
    'hex': lambda: _stateless_codec('hex', _hex_encode, _hex_decode),
    'hex_codec': lambda: _stateless_codec('hex', _hex_encode, _hex_decode),
}


def _search(name):
    make = _PYTHON_CODECS.get(name)
    return make() if make is not None else None


register(_search)
