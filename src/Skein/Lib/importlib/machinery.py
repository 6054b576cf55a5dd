"""The implementations of finders and loaders used by importlib."""

from ._bootstrap import (ModuleSpec, BuiltinImporter, FrozenImporter,
                         PathFinder, FileFinder, FileLoader, SourceFileLoader,
                         SourcelessFileLoader, ExtensionFileLoader,
                         NamespaceLoader, SOURCE_SUFFIXES, BYTECODE_SUFFIXES,
                         DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES,
                         EXTENSION_SUFFIXES)


def all_suffixes():
    """Return a list of all recognized module file suffixes."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
