"""The io module provides the Python interfaces to stream handling.

The implementation lives in the runtime's _io module; this module re-exports
it and registers the concrete classes with the io ABCs.
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

import _io
import abc

from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation,
                 open, FileIO, BytesIO, StringIO, BufferedReader,
                 BufferedWriter, BufferedRandom, TextIOWrapper)

for _name in ('open_code', 'BufferedRWPair', 'IncrementalNewlineDecoder', 'text_encoding'):
    if hasattr(_io, _name):
        globals()[_name] = getattr(_io, _name)

if 'open_code' not in globals():
    def open_code(path):
        """Opens the provided file with the intent to import the contents."""
        return open(path, 'rb')

if 'text_encoding' not in globals():
    def text_encoding(encoding, stacklevel=2):
        """Return "locale" or the given encoding ("utf-8" in UTF-8 mode)."""
        if encoding is None:
            import sys
            return 'utf-8' if getattr(sys.flags, 'utf8_mode', 0) else 'locale'
        return encoding

try:
    OpenWrapper = _io.open
except AttributeError:
    pass

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


# The runtime's base classes are concrete; the ABCs below let isinstance()
# checks against io.IOBase etc. work for both native and registered classes.
class IOBase(_io._IOBase if hasattr(_io, '_IOBase') else _io.IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io.IOBase.__doc__


class RawIOBase(_io.RawIOBase if not hasattr(_io, '_RawIOBase') else _io._RawIOBase, IOBase):
    __doc__ = _io.RawIOBase.__doc__


class BufferedIOBase(_io.BufferedIOBase if not hasattr(_io, '_BufferedIOBase') else _io._BufferedIOBase, IOBase):
    __doc__ = _io.BufferedIOBase.__doc__


class TextIOBase(_io.TextIOBase if not hasattr(_io, '_TextIOBase') else _io._TextIOBase, IOBase):
    __doc__ = _io.TextIOBase.__doc__


for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
if 'BufferedRWPair' not in globals():
    class BufferedRWPair(BufferedIOBase):
        """A buffered reader and a buffered writer over two raw streams, used as one (socket.makefile('rwb'))."""

        def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
            if not reader.readable():
                raise UnsupportedOperation('"reader" argument must be readable.')
            if not writer.writable():
                raise UnsupportedOperation('"writer" argument must be writable.')
            self.reader = BufferedReader(reader, buffer_size)
            self.writer = BufferedWriter(writer, buffer_size)

        def read(self, size=-1):
            return self.reader.read(-1 if size is None else size)

        def readinto(self, b):
            return self.reader.readinto(b)

        def readline(self, size=-1):
            return self.reader.readline(size)

        def write(self, b):
            return self.writer.write(b)

        def peek(self, size=0):
            return self.reader.peek(size)

        def read1(self, size=-1):
            return self.reader.read1(size)

        def readable(self):
            return self.reader.readable()

        def writable(self):
            return self.writer.writable()

        def flush(self):
            return self.writer.flush()

        def close(self):
            try:
                self.writer.close()
            finally:
                self.reader.close()

        def isatty(self):
            return self.reader.isatty() or self.writer.isatty()

        @property
        def closed(self):
            return self.writer.closed
BufferedIOBase.register(BufferedRWPair)
RawIOBase.register(FileIO)
# sys.stdin/stdout/stderr are the runtime's own native text streams.
import sys as _sys
TextIOBase.register(type(_sys.__stdout__))
del _klass, _name, _sys
