"""Spec, loader and finder machinery shared by importlib, importlib.util and
importlib.machinery.

Skein's import statement is implemented natively; these classes let Python
code locate, create and execute modules the way CPython's importlib does.
"""

import sys
import _thread

_POPULATE = object()

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []


def _path_join(*parts):
    return '/'.join(p.rstrip('/') if i < len(parts) - 1 else p
                    for i, p in enumerate(parts) if p)


def _path_split(path):
    head, sep, tail = path.rpartition('/')
    return (head or ('/' if sep else '')), tail


def _stat_kind(path):
    import os
    import stat
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if stat.S_ISDIR(st.st_mode):
        return 'dir'
    if stat.S_ISREG(st.st_mode):
        return 'file'
    return 'other'


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent '
                              'package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def decode_source(source_bytes):
    """Decode bytes of Python source honouring a PEP 263 coding cookie."""
    encoding = 'utf-8'
    if source_bytes.startswith(b'\xef\xbb\xbf'):
        source_bytes = source_bytes[3:]
    else:
        for line in source_bytes.split(b'\n', 2)[:2]:
            stripped = line.strip()
            if not stripped.startswith(b'#'):
                if stripped:
                    break
                continue
            pos = stripped.find(b'coding')
            if pos >= 0 and stripped[pos + 6:pos + 7] in (b':', b'='):
                rest = stripped[pos + 7:].strip()
                enc = b''
                for ch in rest:
                    c = bytes((ch,))
                    if c.isalnum() or c in b'-_.':
                        enc += c
                    else:
                        break
                if enc:
                    encoding = enc.decode('ascii')
                break
    text = source_bytes.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finder and loader for modules built into the interpreter."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if fullname in getattr(sys, 'builtin_module_names', ()):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name in sys.modules:
            return sys.modules[spec.name]
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter(BuiltinImporter):
    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class FileLoader:
    """Loader for a module stored in a file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return f'<{self.__class__.__module__}.{self.__class__.__name__} object at {id(self):#x}>'

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module):
        return None

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        return filename.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def load_module(self, fullname=None):
        """Deprecated: create, register and execute the module."""
        if fullname is None:
            fullname = self.name
        spec = spec_from_file_location(fullname, self.path, loader=self)
        return _load(spec)


class SourceLoader:
    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()',
                              name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        if isinstance(data, (bytes, bytearray)):
            data = decode_source(bytes(data))
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when '
                              'get_code() returns None')
        exec(code, module.__dict__)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loader for Python source files."""

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


class SourcelessFileLoader(FileLoader):
    def get_code(self, fullname):
        raise ImportError('Skein cannot load bytecode files', name=fullname)

    def exec_module(self, module):
        self.get_code(module.__name__)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    def create_module(self, spec):
        raise ImportError('Skein cannot load extension modules', name=spec.name)

    def exec_module(self, module):
        pass


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
        if not location.startswith('/') and '://' not in location:
            try:
                location = os.path.join(os.getcwd(), location)
            except OSError:
                pass

    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True

    if loader is None:
        for suffix in SOURCE_SUFFIXES:
            if location.endswith(suffix):
                loader = SourceFileLoader(name, location)
                spec.loader = loader
                break
        else:
            return None

    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = _path_split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def _init_module_attrs(spec, module, override=False):
    def setattr_if(name, value):
        if override or getattr(module, name, None) is None:
            try:
                setattr(module, name, value)
            except AttributeError:
                pass
    setattr_if('__name__', spec.name)
    setattr_if('__loader__', spec.loader)
    setattr_if('__package__', spec.parent)
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        setattr_if('__path__', spec.submodule_search_locations)
    if spec.has_location:
        setattr_if('__file__', spec.origin)
        if spec.cached is not None:
            setattr_if('__cached__', spec.cached)
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() '
                          'must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


_load_lock = _thread.RLock()


def _load(spec):
    # Register before executing so that circular imports find the module.
    with _load_lock:
        module = module_from_spec(spec)
        sys.modules[spec.name] = module
        try:
            if spec.loader is not None:
                spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(spec.name, None)
            raise
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
        return module


class PathFinder:
    """Finder searching sys.path (or a package's __path__) for modules."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        tail = fullname.rpartition('.')[2]
        namespace_dirs = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            base = entry or '.'
            pkg_dir = _path_join(base, tail)
            if _stat_kind(pkg_dir) == 'dir':
                for suffix in SOURCE_SUFFIXES:
                    init = _path_join(pkg_dir, '__init__' + suffix)
                    if _stat_kind(init) == 'file':
                        return spec_from_file_location(
                            fullname, _abspath(init),
                            submodule_search_locations=[_abspath(pkg_dir)])
                namespace_dirs.append(_abspath(pkg_dir))
            for suffix in SOURCE_SUFFIXES:
                candidate = _path_join(base, tail + suffix)
                if _stat_kind(candidate) == 'file':
                    return spec_from_file_location(fullname, _abspath(candidate),
                                                   submodule_search_locations=None)
        if namespace_dirs:
            spec = ModuleSpec(fullname, NamespaceLoader(fullname, namespace_dirs),
                              is_package=True)
            spec.submodule_search_locations = namespace_dirs
            return spec
        return None


class FileFinder:
    """Finder for a single directory."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path], target)

    def __repr__(self):
        return f'FileFinder({self.path!r})'


def _abspath(path):
    import os
    return os.path.abspath(path)


def _find_spec(name, path):
    for finder in list(getattr(sys, 'meta_path', ())):
        find = getattr(finder, 'find_spec', None)
        if find is None:
            continue
        try:
            spec = find(name, path, None)
        except (TypeError, NotImplementedError):
            continue
        if spec is not None:
            return spec
    spec = BuiltinImporter.find_spec(name, path)
    if spec is not None:
        return spec
    return PathFinder.find_spec(name, path)
