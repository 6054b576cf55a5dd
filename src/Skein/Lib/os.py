r"""OS routines for NT or Posix depending on what system we're on.

Skein builds os on the runtime's posix module, the way CPython does.
"""

import abc
import sys
import stat as st

from _collections_abc import _check_methods

GenericAlias = type(list[int])

_names = sys.builtin_module_names if hasattr(sys, 'builtin_module_names') else ('posix',)

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen",
           "extsep", "makedirs", "removedirs", "renames", "walk", "getenv",
           "environ", "PathLike", "error", "process_cpu_count"]


def _exists(name):
    return name in globals()


def _get_exports_list(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']


name = 'posix'
linesep = '\n'
from posix import *
try:
    from posix import _exit
    __all__.append('_exit')
except ImportError:
    pass
import posix
try:
    from posix import _have_functions
except ImportError:
    _have_functions = []
__all__.extend(_get_exports_list(posix))
del posix

import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

del _names

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = set()
supports_follow_symlinks = set()
supports_bytes_environ = True

if not _exists('getcwdb'):
    def getcwdb():
        """Return a bytes string representing the current working directory."""
        return fsencode(getcwd())

if not _exists('fspath'):
    def fspath(path):
        """Return the file system path representation of the object."""
        if isinstance(path, (str, bytes)):
            return path
        path_type = type(path)
        try:
            path_repr = path_type.__fspath__(path)
        except AttributeError:
            if hasattr(path_type, '__fspath__'):
                raise
            raise TypeError('expected str, bytes or os.PathLike object, not '
                            + path_type.__name__)
        if isinstance(path_repr, (str, bytes)):
            return path_repr
        raise TypeError('expected {}.__fspath__() to return str or bytes, '
                        'not {}'.format(path_type.__name__, type(path_repr).__name__))


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Defeats race condition when another thread created the path
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Cannot rely on checking for EEXIST, since the operating system
        # could give priority to other errors like EACCES or EROFS
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


__all__.extend(["makedirs", "removedirs", "renames"])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""


    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            # a (dirpath, dirnames, filenames) result deferred for bottom-up order
            yield top
            continue

        dirs = []
        nondirs = []
        walk_dirs = []

        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue

        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break

                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False

                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)

                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue

        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


__all__.append("walk")


# ---------------------------------------------------------------- environment

from _collections_abc import MutableMapping, Mapping


class _Environ(MutableMapping):
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        _putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        _unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{self.decodekey(key)!r}: {self.decodevalue(value)!r}"
            for key, value in list(self._data.items()))
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _noop_env(*args):
    pass


import posix as _posix
_putenv = getattr(_posix, 'putenv', _noop_env)
_unsetenv = getattr(_posix, 'unsetenv', _noop_env)
_native_environ = _posix.environ
del _posix


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


def _identity(value):
    return value


def _create_environ():
    data = _native_environ
    if data and isinstance(next(iter(data)), bytes):
        # A bytes-keyed native environ: expose str through fsdecode.
        def encode(value):
            return fsencode(_check_str(value))
        return _Environ(data, encode, fsdecode, encode, fsdecode)
    return _Environ(data, _check_str, _identity, _check_str, _identity)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


__all__.extend(("getenv", "supports_bytes_environ"))


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


class _BytesEnviron(MutableMapping):
    """environb: a bytes view onto os.environ."""

    def __getitem__(self, key):
        try:
            return fsencode(environ[fsdecode(_check_bytes(key))])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        environ[fsdecode(_check_bytes(key))] = fsdecode(_check_bytes(value))

    def __delitem__(self, key):
        try:
            del environ[fsdecode(_check_bytes(key))]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(environ):
            yield fsencode(key)

    def __len__(self):
        return len(environ)

    def __repr__(self):
        return 'environ(%r)' % (dict(self),)

    def copy(self):
        return dict(self)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    key, default and the result are bytes."""
    return environb.get(key, default)


__all__.extend(("environb", "getenvb"))


def _fscodec():
    encoding = 'utf-8'
    errors = 'surrogateescape'
    getenc = getattr(sys, 'getfilesystemencoding', None)
    if getenc is not None:
        encoding = getenc()
        errors = sys.getfilesystemencodeerrors()

    def fsencode(filename):
        """Encode filename (an os.PathLike, bytes, or str) to the filesystem
        encoding with 'surrogateescape' error handler, return bytes unchanged."""
        filename = fspath(filename)
        if isinstance(filename, str):
            return filename.encode(encoding, errors)
        return filename

    def fsdecode(filename):
        """Decode filename (an os.PathLike, bytes, or str) from the filesystem
        encoding with 'surrogateescape' error handler, return str unchanged."""
        filename = fspath(filename)
        if isinstance(filename, bytes):
            return filename.decode(encoding, errors)
        return filename

    return fsencode, fsdecode


fsencode, fsdecode = _fscodec()
del _fscodec

environ = _create_environ()
del _create_environ
environb = _BytesEnviron()


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def _fspath(path):
    return fspath(path)


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


if not _exists('cpu_count'):
    def cpu_count():
        return None


def process_cpu_count():
    """Get the number of logical CPUs usable by the current process."""
    sched = globals().get('sched_getaffinity')
    if sched is not None:
        try:
            return len(sched(0))
        except OSError:
            pass
    return cpu_count()


if not _exists('get_terminal_size'):
    def get_terminal_size(fd=1):
        raise OSError('get_terminal_size is not available')


if _exists('waitpid') and not _exists('waitstatus_to_exitcode'):
    def waitstatus_to_exitcode(status):
        """Convert a wait status to an exit code."""
        if status & 0x7f == 0:
            return (status >> 8) & 0xff
        if ((status & 0xff) + 1) >> 1 > 0 and status & 0xff != 0x7f:
            return -(status & 0x7f)
        raise ValueError("invalid wait status: %r" % status)
