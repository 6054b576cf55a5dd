"""Object-oriented filesystem paths.

Skein implements the POSIX flavour only: PurePath() and Path() build
PurePosixPath and PosixPath. Behaviour and messages follow CPython 3.11.
"""

import fnmatch
import io
import os
import posixpath
import sys
from _collections_abc import Sequence
from errno import ENOENT, ENOTDIR, EBADF, ELOOP, EINVAL
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]

# Errors that mean "no such thing" for the is_*() and exists() queries.
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(exc):
    return getattr(exc, 'errno', None) in _IGNORED_ERRNOS


def _split_posix(path):
    """Split a POSIX path string into (root, [parts]).

    Exactly two leading slashes are kept as a distinct root, as POSIX allows
    them an implementation-defined meaning; '.' components and repeated
    slashes vanish, '..' stays (it cannot be resolved lexically).
    """
    root = ''
    if path.startswith('/'):
        stripped = path.lstrip('/')
        root = '//' if len(path) - len(stripped) == 2 else '/'
        path = stripped
    parts = [p for p in path.split('/') if p and p != '.']
    return root, parts


class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first."""
    __slots__ = ('_path', '_root', '_parts')

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed(self._root, self._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O."""
    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        root = ''
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                a_root, a_parts = a._root, a._parts
                if a_root:
                    a_parts = a_parts[1:]
            else:
                a = os.fspath(a)
                if isinstance(a, bytes):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
                if not isinstance(a, str):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
                a_root, a_parts = _split_posix(a)
            if a_root:
                root = a_root
                parts = list(a_parts)
            else:
                parts.extend(a_parts)
        if root:
            parts.insert(0, root)
        return root, parts

    @classmethod
    def _from_args(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = cls._parse_args(args)
        return self

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        return self

    def _make(self, root, parts):
        return self._from_parsed(root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            parts = self._parts
            if not parts:
                s = '.'
            elif self._root:
                s = self._root + '/'.join(parts[1:])
            else:
                s = '/'.join(parts)
            self._str = s
            return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = h = hash(tuple(self._parts))
            return h

    def _same_flavour(self, other):
        return isinstance(other, PurePath) and isinstance(other, PurePosixPath) == isinstance(self, PurePosixPath)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts == other._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._parts >= other._parts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return ''

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if not parts or (len(parts) == 1 and self._root):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _split_posix(name)
        if (not name or name[-1] == '/' or root or len(parts) != 1
                or parts[0] != name):
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        a subpath of the other path), raise ValueError.
        """
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_parts = self._parse_args(other)
        n = len(to_parts)
        if self._root != to_root or self._parts[:n] != to_parts:
            formatted = str(self._from_parsed(to_root, to_parts))
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._make('', self._parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False.
        """
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        return tuple(self._parts)

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
        """
        root, parts = self._parse_args((self,) + args)
        return self._make(root, parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            root, parts = self._parse_args((key, self))
        except TypeError:
            return NotImplemented
        return self._make(root, parts)

    @property
    def parent(self):
        """The logical parent of the path."""
        parts = self._parts
        if not parts or (len(parts) == 1 and self._root):
            return self
        return self._make(self._root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        return False

    def match(self, path_pattern):
        """
        Return True if this path matches the given pattern.
        """
        pat_root, pat_parts = _split_posix(path_pattern)
        if not pat_root and not pat_parts:
            raise ValueError("empty pattern")
        parts = self._parts
        if pat_root:
            pat_parts = [pat_root] + pat_parts
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by Skein's pathlib."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported by Skein")


def _is_wildcard(pattern):
    return '*' in pattern or '?' in pattern or '[' in pattern


class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. Depending on your system,
    instantiating a Path will return either a PosixPath or a WindowsPath
    object. You can also instantiate a PosixPath or WindowsPath directly,
    but cannot instantiate a WindowsPath on a POSIX system or vice versa.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    def _child(self, name):
        return self._make(self._root, self._parts + [name])

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory
        (as returned by os.getcwd()).
        """
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory (as
        returned by os.path.expanduser('~')).
        """
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile()).
        """
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        """Iterate over the files in this directory.  Does not yield any
        result for the special paths '.' and '..'.
        """
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _scan(self, path):
        try:
            with os.scandir(str(path)) as it:
                return list(it)
        except PermissionError:
            return []
        except OSError as e:
            if _ignore_error(e):
                return []
            raise

    def _select(self, path, pats, i):
        if i == len(pats):
            yield path
            return
        pat = pats[i]
        last = i == len(pats) - 1
        if pat == '**':
            for d in self._walk_dirs(path):
                yield from self._select(d, pats, i + 1)
        elif pat == '..' or not _is_wildcard(pat):
            child = path._child(pat)
            if (child.exists() if last else child.is_dir()):
                yield from self._select(child, pats, i + 1)
        else:
            for entry in self._scan(path):
                if not last:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                name = entry.name
                if fnmatch.fnmatchcase(name, pat):
                    yield from self._select(path._child(name), pats, i + 1)

    def _walk_dirs(self, path):
        # Pre-order, not descending into symlinked directories (which could
        # loop), as CPython's '**' selector does.
        yield path
        for entry in self._scan(path):
            try:
                is_dir = entry.is_dir() and not entry.is_symlink()
            except OSError:
                is_dir = False
            if is_dir:
                yield from self._walk_dirs(path._child(entry.name))

    def _glob_parts(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _split_posix(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return parts

    def _run_glob(self, parts):
        if '**' in parts:
            # '**' can reach one path along several routes; yield it once.
            seen = set()
            for p in self._select(self, parts, 0):
                if p not in seen:
                    seen.add(p)
                    yield p
        else:
            yield from self._select(self, parts, 0)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern.
        """
        parts = self._glob_parts(pattern)
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        yield from self._run_glob(parts)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree.
        """
        root, parts = _split_posix(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._run_glob(['**'] + parts)

    def absolute(self):
        """Return an absolute version of this path by prepending the current
        working directory. No normalization or symlink resolution is performed.

        Use resolve() to get the canonical path to a file.
        """
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """
        Make the path absolute, resolving all symlinks on the way and also
        normalizing it.
        """
        s = os.path.realpath(self, strict=strict)
        p = self._from_args((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if e.errno == ELOOP:
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        """
        Return the result of the stat() system call on this path, like
        os.stat() does.
        """
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def owner(self):
        """
        Return the login name of the file owner.
        """
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """
        Return the group name of the file gid.
        """
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """
        Open the file pointed by this path and return a file object, as
        the built-in open() function does.
        """
        if "b" not in mode and hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """
        Open the file in bytes mode, read it, and close the file.
        """
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """
        Open the file in text mode, read it, and close the file.
        """
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """
        Open the file in bytes mode, write to it, and close the file.
        """
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, write to it, and close the file.
        """
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """
        Return the path to which the symbolic link points.
        """
        return self._from_args((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        """
        Create this file with the given access mode, if it doesn't exist.
        """
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """
        Create a new directory at this given path.
        """
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # A race may create the directory after the failed mkdir; only
            # a directory satisfies exist_ok.
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """
        Change the permissions of the path, like os.chmod().
        """
        if follow_symlinks:
            os.chmod(str(self), mode)
        else:
            os.chmod(str(self), mode, follow_symlinks=False)

    def lchmod(self, mode):
        """
        Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's.
        """
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """
        Remove this file or link.
        If the path is a directory, use rmdir() instead.
        """
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """
        Remove this directory.  The directory must be empty.
        """
        os.rmdir(str(self))

    def lstat(self):
        """
        Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's.
        """
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """
        Rename this path to the target path.

        Returns the new Path instance pointing to the target path.
        """
        os.rename(str(self), target)
        return self.__class__(target)

    def replace(self, target):
        """
        Rename this path to the target path, overwriting if that path exists.

        Returns the new Path instance pointing to the target path.
        """
        os.replace(str(self), target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """
        Make this path a symlink pointing to the target path.
        """
        os.symlink(target, str(self))

    def hardlink_to(self, target):
        """
        Make this path a hard link pointing to the same file as *target*.
        """
        os.link(target, str(self))

    def link_to(self, target):
        """
        Make the target path a hard link pointing to this path.
        """
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled "
                      "for removal in Python 3.12. "
                      "Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(str(self), target)

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        """
        Whether this path exists.
        """
        return self._mode() is not None

    def is_dir(self):
        """
        Whether this path is a directory.
        """
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        """
        Whether this path is a regular file (also True for symlinks pointing
        to regular files).
        """
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_mount(self):
        """
        Check if this path is a POSIX mount point
        """
        return os.path.ismount(self)

    def is_symlink(self):
        """
        Whether this path is a symbolic link.
        """
        m = self._mode(follow_symlinks=False)
        return m is not None and S_ISLNK(m)

    def is_block_device(self):
        """
        Whether this path is a block device.
        """
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        """
        Whether this path is a character device.
        """
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_fifo(self):
        """
        Whether this path is a FIFO.
        """
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_socket(self):
        """
        Whether this path is a socket.
        """
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser)
        """
        parts = self._parts
        if not self._root and parts and parts[0][:1] == '~':
            homedir = os.path.expanduser(parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((homedir,) + tuple(parts[1:]))
        return self

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Walk the directory tree from this directory, similar to os.walk()."""
        stack = [self]
        while stack:
            path = stack.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                entries = list(os.scandir(str(path)))
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames = []
            filenames = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                (dirnames if is_dir else filenames).append(entry.name)
            if top_down:
                yield path, dirnames, filenames
            else:
                stack.append((path, dirnames, filenames))
            stack += [path._child(d) for d in reversed(dirnames)]


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))
