"""C data types, for Skein: the simple types (c_int, c_double, c_char, ...) and arrays of them, stored
in native layout in a buffer (their own, or shared memory for multiprocessing.sharedctypes).

Skein has no foreign function interface: libraries, pointers and structures are not available.
"""

import sys as _sys
import struct as _struct
from operator import index as _index

__all__ = [
    'Array', 'c_bool', 'c_byte', 'c_char', 'c_double', 'c_float', 'c_int', 'c_int16', 'c_int32', 'c_int64',
    'c_int8', 'c_long', 'c_longdouble', 'c_longlong', 'c_short', 'c_size_t', 'c_ssize_t', 'c_ubyte', 'c_uint',
    'c_uint16', 'c_uint32', 'c_uint64', 'c_uint8', 'c_ulong', 'c_ulonglong', 'c_ushort', 'c_wchar', 'sizeof',
]


class _CDataType(type):
    """The metaclass of C data types: `c_int * 3` is the type of arrays of three c_int."""

    def __mul__(cls, length):
        return _array_type(cls, length, _sys._getframe(1).f_globals.get('__name__'))

    __rmul__ = __mul__

    def from_buffer(cls, source, offset=0):
        """An instance whose memory is source[offset:offset+sizeof(cls)] (source: a writable buffer)."""
        view = memoryview(source)
        if view.readonly:
            raise TypeError('underlying buffer is not writable')
        if offset < 0:
            raise ValueError('offset cannot be negative')
        if len(view) - offset < cls._size_:
            raise ValueError('Buffer size too small (%d instead of at least %d bytes)' % (len(view), cls._size_ + offset))
        obj = cls.__new__(cls)
        obj._b_bytes_ = view[offset:offset + cls._size_]
        obj._b_base_ = source
        return obj


class _CData(metaclass=_CDataType):
    _size_ = 0
    # A reducer set on objects living in shared memory (multiprocessing.sharedctypes pickles those).
    _b_reduce_ = None

    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj._b_bytes_ = memoryview(bytearray(cls._size_))
        obj._b_base_ = None
        return obj

    def __reduce__(self):
        if self._b_reduce_ is not None:
            return self._b_reduce_(self)
        return _rebuild, (type(self), bytes(self._b_bytes_))


def _rebuild(cls, data):
    obj = cls.__new__(cls)
    obj._b_bytes_[:] = data
    return obj


def sizeof(obj_or_type):
    cls = obj_or_type if isinstance(obj_or_type, type) else type(obj_or_type)
    if not issubclass(cls, _CData):
        raise TypeError('this type has no size')
    return cls._size_


class _SimpleCData(_CData):
    """One C value; _type_ is its struct code."""

    _type_ = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._size_ = _struct.calcsize(cls._type_)

    def __init__(self, value=None):
        if value is not None:
            self.value = value

    @property
    def _view(self):
        return self._b_bytes_.cast(self._type_)

    @property
    def value(self):
        return self._view[0]

    @value.setter
    def value(self, value):
        self._view[0] = self._convert(value)

    def __repr__(self):
        if '_type_' not in type(self).__dict__:
            # A subclass of a simple type shows as a plain object, as in CPython.
            return '<%s object at %#x>' % (type(self).__name__, id(self))
        return '%s(%r)' % (type(self).__name__, self.value)

    def __bool__(self):
        return bool(self.value)


class _Integer(_SimpleCData):
    _type_ = 'i'

    def _convert(self, value):
        # C integers wrap around silently, as ctypes does.
        value = _index(value)
        bits = self._size_ * 8
        value &= (1 << bits) - 1
        if self._type_.islower() and value >= 1 << (bits - 1):
            value -= 1 << bits
        return value


class _Real(_SimpleCData):
    _type_ = 'd'

    def _convert(self, value):
        if not isinstance(value, (int, float)) and not hasattr(type(value), '__float__'):
            raise TypeError('must be real number, not %s' % type(value).__name__)
        return float(value)


class c_byte(_Integer): _type_ = 'b'
class c_ubyte(_Integer): _type_ = 'B'
class c_short(_Integer): _type_ = 'h'
class c_ushort(_Integer): _type_ = 'H'
class c_int(_Integer): _type_ = 'i'
class c_uint(_Integer): _type_ = 'I'
class c_long(_Integer): _type_ = 'l'
class c_ulong(_Integer): _type_ = 'L'
class c_float(_Real): _type_ = 'f'
class c_double(_Real): _type_ = 'd'


# On 64-bit Linux long long is long, and long double is stored here as a double.
c_longlong, c_ulonglong, c_longdouble = c_long, c_ulong, c_double
c_int8, c_uint8, c_int16, c_uint16 = c_byte, c_ubyte, c_short, c_ushort
c_int32, c_uint32, c_int64, c_uint64 = c_int, c_uint, c_long, c_ulong
c_size_t, c_ssize_t = c_ulong, c_long


class c_bool(_SimpleCData):
    _type_ = '?'

    def _convert(self, value):
        return bool(value)


class c_char(_SimpleCData):
    _type_ = 'c'

    def _convert(self, value):
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        if isinstance(value, int) and 0 <= value < 256:
            return bytes((value,))
        raise TypeError('one character bytes, bytearray or integer expected')


class c_wchar(_SimpleCData):
    # wchar_t is a 4-byte code point on Linux.
    _type_ = 'I'

    @property
    def value(self):
        return chr(self._view[0])

    @value.setter
    def value(self, value):
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('one character unicode string expected')
        self._view[0] = ord(value)


class Array(_CData):
    """A fixed number of items of one simple type (_type_), _length_ long."""

    _type_ = None
    _length_ = 0

    def __init__(self, *items):
        if len(items) > self._length_:
            raise IndexError('invalid index')
        for i, item in enumerate(items):
            self[i] = item

    def _item(self, index):
        size = self._type_._size_
        item = self._type_.__new__(self._type_)
        item._b_bytes_ = self._b_bytes_[index * size:(index + 1) * size]
        return item

    def _index(self, index):
        index = _index(index)
        if index < 0:
            index += self._length_
        if not 0 <= index < self._length_:
            raise IndexError('invalid index')
        return index

    def __len__(self):
        return self._length_

    def __getitem__(self, index):
        if isinstance(index, slice):
            values = [self._item(i).value for i in range(*index.indices(self._length_))]
            return b''.join(values) if self._type_ is c_char else values
        return self._item(self._index(index)).value

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            positions = range(*index.indices(self._length_))
            if len(value) != len(positions):
                raise ValueError('Can only assign sequence of same size')
            for i, item in zip(positions, value):
                self._item(i).value = item
            return
        self._item(self._index(index)).value = value

    def __iter__(self):
        for i in range(self._length_):
            yield self._item(i).value


class _CharArray(Array):
    """Arrays of c_char also read and write as byte strings: value stops at the first NUL, raw is everything."""

    @property
    def value(self):
        data = bytes(self._b_bytes_)
        end = data.find(b'\0')
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, value):
        if len(value) > self._length_:
            raise ValueError('byte string too long')
        self._b_bytes_[:len(value)] = value
        if len(value) < self._length_:
            self._b_bytes_[len(value)] = 0

    @property
    def raw(self):
        return bytes(self._b_bytes_)

    @raw.setter
    def raw(self, value):
        if len(value) > self._length_:
            raise ValueError('byte string too long')
        self._b_bytes_[:len(value)] = value


_array_types = {}


def _array_type(item_type, length, module):
    """The array type (one per item type and length); its module is the one that first asked for it."""
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError('Array length must be >= 0, not %d' % length)
    key = (item_type, length)
    cls = _array_types.get(key)
    if cls is None:
        base = _CharArray if item_type is c_char else Array
        cls = _CDataType('%s_Array_%d' % (item_type.__name__, length), (base,), {
            '_type_': item_type, '_length_': length, '_size_': item_type._size_ * length, '__module__': module,
        })
        _array_types[key] = cls
    return cls
