"""Context variables (PEP 567): ContextVar, Token, Context, copy_context.

Each thread has its own current Context. A Context's mapping is shared with its copies until one of
them is written to (copy-on-write), so copy_context() is cheap, as asyncio copies it for every task
and callback.
"""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_state = _thread._local()
_MISSING = object()


def _current():
    ctx = getattr(_state, 'ctx', None)
    if ctx is None:
        ctx = _state.ctx = Context()
    return ctx


def copy_context():
    return _current().copy()


class Context:
    __slots__ = ('_data', '_owned', '_prev', '_entered', '__weakref__')

    def __init__(self):
        self._data = {}
        self._owned = True
        self._prev = None
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._prev = getattr(_state, 'ctx', None)
        self._entered = True
        _state.ctx = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.ctx = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context.__new__(Context)
        new._data = self._data
        new._owned = False
        new._prev = None
        new._entered = False
        self._owned = False
        return new

    def _set(self, var, value):
        if not self._owned:
            self._data = dict(self._data)
            self._owned = True
        if value is _MISSING:
            self._data.pop(var, None)
        else:
            self._data[var] = value

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        value = _current()._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, _MISSING)
        ctx._set(self, value)
        return Token(ctx, self, Token.MISSING if old is _MISSING else old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        ctx._set(self, _MISSING if token._old is Token.MISSING else token._old)

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _MissingType()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
