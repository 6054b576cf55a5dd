"""Signal handling: the _signal functions with signal numbers and handlers as IntEnum members."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum
from functools import wraps as _wraps

# Linux numbers of the signals _signal does not name; they exist on every Linux target Skein runs on.
_LINUX_SIGNALS = {
    'SIGSTKFLT': 16, 'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23, 'SIGXCPU': 24, 'SIGXFSZ': 25,
    'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGIO': 29, 'SIGPOLL': 29, 'SIGPWR': 30, 'SIGSYS': 31,
    'SIGRTMIN': 34, 'SIGRTMAX': 64,
}
for _name, _value in _LINUX_SIGNALS.items():
    globals().setdefault(_name, _value)
del _name, _value

_IntEnum._convert_(
    'Signals', __name__,
    lambda name:
        name.isupper()
        and (name.startswith('SIG') and not name.startswith('SIG_'))
        or name.startswith('CTRL_'))

_IntEnum._convert_(
    'Handlers', __name__,
    lambda name: name in ('SIG_DFL', 'SIG_IGN'))

if 'pthread_sigmask' in _signal.__dict__:
    _IntEnum._convert_(
        'Sigmasks', __name__,
        lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member; leave anything else (a callable, None) unchanged."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to its numeric value; leave anything else unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


@_wraps(_signal.signal)
def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


@_wraps(_signal.getsignal)
def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


if 'pthread_sigmask' in _signal.__dict__:
    @_wraps(_signal.pthread_sigmask)
    def pthread_sigmask(how, mask):
        sigs_set = _signal.pthread_sigmask(how, mask)
        return set(_int_to_enum(x, Signals) for x in sigs_set)


if 'sigpending' in _signal.__dict__:
    @_wraps(_signal.sigpending)
    def sigpending():
        return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


if 'valid_signals' in _signal.__dict__:
    @_wraps(_signal.valid_signals)
    def valid_signals():
        return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _IntEnum, _wraps
