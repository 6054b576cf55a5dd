"""Utility code for importlib: finding specs, creating modules from them."""

import sys

from ._bootstrap import (_resolve_name, _find_spec, ModuleSpec,
                         module_from_spec, spec_from_loader,
                         spec_from_file_location, decode_source)
from ._bootstrap import SourceLoader as _SourceLoader

MAGIC_NUMBER = b'\xa7\r\r\n'


def source_hash(source_bytes):
    """Return a 64-bit hash of source bytes (FNV-1a, not CPython's siphash)."""
    h = 0xcbf29ce484222325
    for b in bytes(source_bytes):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h.to_bytes(8, 'little')


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _spec_of_loaded(fullname, module):
    try:
        spec = module.__spec__
    except AttributeError:
        spec = None
        filename = getattr(module, '__file__', None)
        if filename:
            spec = spec_from_file_location(fullname, filename)
        if spec is None:
            raise ValueError(f'{fullname}.__spec__ is not set') from None
        return spec
    if spec is None:
        raise ValueError(f'{fullname}.__spec__ is None')
    return spec


def find_spec(name, package=None):
    """Return the spec for the specified module, or None if not found.

    A module already in sys.modules answers with its __spec__; otherwise
    the parent package is imported and its __path__ (or sys.path) searched.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    return _spec_of_loaded(fullname, module)


def cache_from_source(path, debug_override=None, *, optimization=None):
    tag = getattr(getattr(sys, 'implementation', None), 'cache_tag', None)
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, _, tail = path.rpartition('/')
    base = tail.rpartition('.')[0] or tail
    return (head + '/' if head else '') + f'__pycache__/{base}.{tag}.pyc'


def source_from_cache(path):
    head, _, tail = path.rpartition('/')
    if not head.endswith('__pycache__'):
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    base = tail.split('.')[0]
    return head[:-len('__pycache__')] + base + '.py'


class LazyLoader:
    """Wraps a loader; here the module is simply executed eagerly."""

    def __init__(self, loader):
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
