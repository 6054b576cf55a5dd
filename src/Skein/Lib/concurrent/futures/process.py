"""ProcessPoolExecutor: futures computed in worker processes (Skein processes started with spawn).

Built on multiprocessing.pool's workers: each submitted call is one task. A worker that dies (other than
by reaching max_tasks_per_child) breaks the executor, as in CPython: every pending future fails at once
with BrokenProcessPool, the other workers are terminated, and later submits raise BrokenProcessPool.
"""

import itertools
import os
import threading
import weakref
from concurrent.futures import _base
from multiprocessing import pool as _pool
from multiprocessing.pool import ExceptionWithTraceback


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _ExceptionWithTraceback(ExceptionWithTraceback):
    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)

_global_shutdown = False
EXTRA_QUEUED_CALLS = 1
_MAX_WINDOWS_WORKERS = 61


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future was in the running state."""


class _ExecutorPool(_pool.Pool):
    """A Pool whose worker, dying, breaks the owning executor instead of being replaced."""

    _wrap_exception = _ExceptionWithTraceback

    def __init__(self, executor, *args, **kwargs):
        self._executor_ref = weakref.ref(executor)
        super().__init__(*args, **kwargs)

    def _worker_exited(self, w):
        with self._lock:
            expected = (w.stopping or self._state == _pool.TERMINATE or
                        (self._maxtasksperchild is not None and w.completed >= self._maxtasksperchild))
            if not expected:
                # No replacement, and no more tasks for the workers left.
                self._state = _pool.TERMINATE
        super()._worker_exited(w)
        if not expected:
            executor = self._executor_ref()
            if executor is not None:
                executor._broken_by()
            self.terminate()


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._broken = False
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._pending = {}

    def _ensure_pool(self):
        if self._pool is None:
            self._pool = _ExecutorPool(self, self._max_workers, self._initializer, self._initargs,
                                       self._max_tasks_per_child, context=self._mp_context)

    def _broken_by(self):
        with self._shutdown_lock:
            if self._broken:
                return
            self._broken = 'A child process terminated abruptly, the process pool is not usable anymore'
            pending = list(self._pending.values())
            self._pending.clear()
        error = BrokenProcessPool('A process in the process pool was terminated abruptly '
                                  'while the future was running or pending.')
        for f in pending:
            try:
                f.set_exception(error)
            except _base.InvalidStateError:
                pass  # cancelled meanwhile

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            self._ensure_pool()
            f = _base.Future()
            key = object()
            self._pending[key] = f

        # Whoever takes the future out of _pending completes it: these callbacks, or _broken_by.
        def done(value, key=key, f=f):
            if self._pending.pop(key, None) is not None and f.set_running_or_notify_cancel():
                f.set_result(value)

        def failed(error, key=key, f=f):
            if self._pending.pop(key, None) is not None and f.set_running_or_notify_cancel():
                f.set_exception(error)

        self._pool.apply_async(fn, args, kwargs, callback=done, error_callback=failed)
        return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_process_chunk_call(fn), _chunks(chunksize, *iterables), timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                for f in list(self._pending.values()):
                    f.cancel()
        if self._pool is not None:
            self._pool.close()
            if wait:
                self._pool.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


class _process_chunk_call:
    """Picklable: applies fn to each argument tuple of a chunk."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        return [self.fn(*args) for args in chunk]


def _chunks(chunksize, *iterables):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()
