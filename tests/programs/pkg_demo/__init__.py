"""Helper package for the import tests (not a test itself)."""
print("pkg_demo init runs")
VERSION = "1.2"
from .core import add
from . import sub
__all__ = ["add", "VERSION", "exported"]
exported = "exported value"
_private = "private value"
