"""JSON token scanner (hand-written; see json.decoder)."""

from .decoder import make_scanner, scanstring as py_scanstring

py_make_scanner = make_scanner

__all__ = ['make_scanner']
