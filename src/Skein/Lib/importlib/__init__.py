"""A pure Python companion to Skein's native import system."""

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import sys

from ._bootstrap import (_resolve_name, _sanity_check, _find_spec,
                         _init_module_attrs, spec_from_file_location)

try:
    from builtins import __import__
except ImportError:
    pass


def invalidate_caches():
    """Call invalidate_caches() on all meta path finders that have it."""
    for finder in getattr(sys, 'meta_path', ()):
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Import a module; a relative name needs the package to anchor it."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    _sanity_check(name[level:], package, level)
    if level > 0:
        name = _resolve_name(name[level:], package, level)
    try:
        module = sys.modules[name]
    except KeyError:
        __import__(name)
        try:
            module = sys.modules[name]
        except KeyError:
            raise ModuleNotFoundError(f'No module named {name!r}', name=name) from None
    if module is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules',
                                  name=name)
    return module


_RELOADING = {}


def reload(module):
    """Re-execute a module's source in its existing namespace; return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")

    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        path = None
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            path = getattr(parent, '__path__', None)
        spec = _find_spec(name, path)
        if spec is None:
            filename = getattr(module, '__file__', None)
            if filename:
                spec = spec_from_file_location(name, filename)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}",
                                      name=name)
        loader = spec.loader
        if loader is not None and hasattr(loader, 'exec_module'):
            _init_module_attrs(spec, module, override=True)
            loader.exec_module(module)
        elif spec.origin and spec.origin.endswith('.py'):
            with open(spec.origin, 'rb') as f:
                source = f.read()
            from ._bootstrap import decode_source
            exec(compile(decode_source(source), spec.origin, 'exec'),
                 module.__dict__)
        return sys.modules.get(name, module)
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
