"""Recognising coroutines and coroutine functions."""

import collections.abc
import functools
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80
_is_coroutine = object()
_COROUTINE_TYPES = (types.CoroutineType, collections.abc.Coroutine)


def _unwrap(func):
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def` function or a marked one)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    f = _unwrap(func)
    if getattr(f, '_is_coroutine_marker', None) is not None:
        return True
    code = getattr(f, '__code__', None)
    return isinstance(code, types.CodeType) and bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if type(obj) is types.CoroutineType:
        return True
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    name = f'{name}()'
    frame = getattr(coro, 'cr_frame', None)
    code = getattr(coro, 'cr_code', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
        code = code or getattr(coro, 'gi_code', None)
    if frame is not None:
        return f'{name} running at {frame.f_code.co_filename}:{frame.f_lineno}'
    if code is not None:
        return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
    return name
