"""What a pool worker process runs: the task loop, and the wrappers its results and exceptions travel in.

Kept apart from multiprocessing.pool (which re-exports these names) so that a worker, which unpickles
worker() and mapstar() from here, does not import the parent's machinery (threading and collections cost
a Skein child a noticeable part of its start-up). The public classes keep CPython's module name.
"""

import itertools
import sys


class MaybeEncodingError(Exception):
    """Wraps an exception or a result that could not be pickled on its way back from a worker."""

    __module__ = 'multiprocessing.pool'

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class RemoteTraceback(Exception):
    """The formatted traceback of an exception raised in a worker process."""

    __module__ = 'multiprocessing.pool'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """An exception from a worker, carrying the worker's formatted traceback as its __cause__."""

    __module__ = 'multiprocessing.pool'

    def __init__(self, exc, tb):
        import traceback
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=True):
    """The loop every worker runs: receive (job, index, func, args, kwds), send (job, index, (ok, value))."""
    try:
        _serve(inqueue, outqueue, initializer, initargs, maxtasks, wrap_exception)
    except KeyboardInterrupt:
        # Ctrl-C reaches every process of the terminal's process group. The parent gets its own
        # KeyboardInterrupt and decides what becomes of the pool; a worker just stops, quietly (CPython's
        # workers would each print a traceback), and the parent sees it exit like any worker that died.
        sys.exit(1)


def _serve(inqueue, outqueue, initializer, initargs, maxtasks, wrap_exception):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        job, index, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                wrapper = wrap_exception if isinstance(wrap_exception, type) else ExceptionWithTraceback
                e = wrapper(e, e.__traceback__)
            result = (False, e)
        try:
            outqueue.send((job, index, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.send((job, index, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    raise ex
