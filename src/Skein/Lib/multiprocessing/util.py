"""Helpers of multiprocessing: its logger (named 'multiprocessing', off by default) and finalizers."""

import os
import sys
import itertools
# _weakref, not weakref: every child imports this module when it exits, and weakref costs start-up.
import _weakref

_logger = None
SUBDEBUG, DEBUG, INFO, SUBWARNING = 5, 10, 20, 25
LOGGER_NAME = 'multiprocessing'


def get_logger():
    global _logger
    if _logger is None:
        import logging
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = False
    return _logger


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


def debug(msg, *args):
    pass


def info(msg, *args):
    pass


def sub_debug(msg, *args):
    pass


# Finalizers: callbacks run when an object is garbage collected or, for those with an exit priority, when the
# process exits (highest priority first; managers use 0, their proxies 10 so they decref before shutdown).

_finalizer_registry = {}
_finalizer_counter = itertools.count()


class Finalize:
    """Calls callback(*args, **kwargs) once: when obj dies, when called, or at exit if exitpriority is set."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if exitpriority is not None and not isinstance(exitpriority, int):
            raise TypeError("Exitpriority ({0!r}) must be None or int, not {1!s}".format(
                exitpriority, type(exitpriority)))
        if obj is not None:
            self._weakref = _weakref.ref(obj, self)
        elif exitpriority is None:
            raise ValueError("Without object, exitpriority cannot be None")
        else:
            self._weakref = None
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, next(_finalizer_counter))
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        # pop() lets exactly one caller win when the weakref callback and an explicit call race.
        if _finalizer_registry.pop(self._key, None) is None:
            return None
        callback, args, kwargs = self._callback, self._args, self._kwargs
        self._weakref = self._callback = self._args = self._kwargs = self._key = None
        if self._pid != os.getpid():
            return None
        return callback(*args, **kwargs)

    def cancel(self):
        if _finalizer_registry.pop(self._key, None) is not None:
            self._weakref = self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry

    def __repr__(self):
        try:
            obj = self._weakref()
        except (AttributeError, TypeError):
            obj = None
        if obj is None:
            return '<%s object, dead>' % self.__class__.__name__
        x = '<%s object, callback=%s' % (self.__class__.__name__,
                                         getattr(self._callback, '__name__', self._callback))
        if self._args:
            x += ', args=' + str(self._args)
        if self._kwargs:
            x += ', kwargs=' + str(self._kwargs)
        if self._key[0] is not None:
            x += ', exitpriority=' + str(self._key[0])
        return x + '>'


def _run_finalizers(minpriority=None):
    """Runs the finalizers whose exit priority is at least minpriority (all prioritised ones when None)."""
    if minpriority is None:
        wanted = lambda key: key[0] is not None
    else:
        wanted = lambda key: key[0] is not None and key[0] >= minpriority
    keys = sorted((key for key in list(_finalizer_registry) if wanted(key)), reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception:
                import traceback
                traceback.print_exc()
    if minpriority is None:
        _finalizer_registry.clear()
