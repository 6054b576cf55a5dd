"""Abstract base classes related to import."""

import abc

from . import machinery
from ._bootstrap import SourceLoader as _SourceLoaderImpl

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader']


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Abstract base class for import finders on sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Abstract base class for path entry finders."""

    def invalidate_caches(self):
        pass


class Loader(metaclass=abc.ABCMeta):
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from ._bootstrap import _load, spec_from_loader
        return _load(spec_from_loader(fullname, self))


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when '
                              'get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(machinery.FileLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class partially implementing the file loader protocol."""


class SourceLoader(_SourceLoaderImpl, ResourceLoader, ExecutionLoader):
    """Abstract base class for loading source code (get_data + get_filename)."""

    exec_module = _SourceLoaderImpl.exec_module
    get_code = _SourceLoaderImpl.get_code
    get_source = _SourceLoaderImpl.get_source


MetaPathFinder.register(machinery.BuiltinImporter)
MetaPathFinder.register(machinery.PathFinder)
PathEntryFinder.register(machinery.FileFinder)
InspectLoader.register(machinery.BuiltinImporter)
ExecutionLoader.register(machinery.SourceFileLoader)
