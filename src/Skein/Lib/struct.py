"""Conversion between Python values and C structs represented as bytes (the _struct native module)."""

from _struct import *
from _struct import _clearcache
from _struct import __doc__

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']
