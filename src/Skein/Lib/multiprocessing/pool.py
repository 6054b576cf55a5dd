"""Pools of worker processes (Pool) or threads (ThreadPool).

Each worker has its own task channel and result channel. In the parent, one thread per worker reads the
worker's results and hands it the next waiting task, so work is distributed on demand and a worker that
dies is noticed at once and replaced. As in CPython, the task it was running is lost: its result never
arrives (get(timeout) raises TimeoutError); unlike CPython, close() and join() still return.
"""

import atexit
import collections
import itertools
import os
import queue
import threading

from multiprocessing import context as _context
from multiprocessing._pool_worker import (MaybeEncodingError, RemoteTraceback, ExceptionWithTraceback, worker,
                                          mapstar, starmapstar)

__all__ = ['Pool', 'ThreadPool']

INIT, RUN, CLOSE, TERMINATE = "INIT", "RUN", "CLOSE", "TERMINATE"
_job_counter = itertools.count()

# Set at exit, before multiprocessing terminates the daemonic children (pool workers among them; atexit
# runs this module's handler first, as it registered later): their pools must not replace them.
_exiting = False


def _stop_replacing_workers():
    global _exiting
    _exiting = True


atexit.register(_stop_replacing_workers)


class _QueueChannel:
    """The thread-pool counterpart of a Connection: send/recv over an in-process queue."""

    def __init__(self):
        self._queue = queue.SimpleQueue()

    def send(self, obj):
        self._queue.put(obj)

    def recv(self):
        obj = self._queue.get()
        if obj is _EOF:
            raise EOFError
        return obj

    def close(self):
        self._queue.put(_EOF)


_EOF = object()


class _Worker:
    """The parent's view of one worker: its channels, the task it is running, and its reader thread."""

    def __init__(self, pool, index):
        self.pool = pool
        self.index = index
        self.current = None
        self.completed = 0
        self.stopping = False
        self.process = None
        self.thread = None

    def stop(self):
        """Tells the worker to exit once it is idle (a None task)."""
        self.stopping = True
        try:
            self.task_w.send(None)
        except OSError:
            pass


class Pool:
    """A pool of worker processes; tasks are pickled to the workers and results pickled back."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._state = INIT
        self._ctx = context or _context._default_context.get_context()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._lock = threading.RLock()
        self._pending = collections.deque()
        self._idle = []
        self._workers = []
        self._cache = {}
        # Every worker process is started before any reader thread, so that the children, whose start-up
        # is the slow part, all begin at once and start in parallel.
        workers = [self._launch_worker(i) for i in range(processes)]
        for w in workers:
            self._serve_worker(w)
        self._state = RUN

    # ---- workers ---------------------------------------------------------------------------

    def _make_channels(self):
        from multiprocessing.connection import Pipe
        task_r, task_w = Pipe(duplex=False)
        result_r, result_w = Pipe(duplex=False)
        return (task_r, task_w), (result_r, result_w)

    def _launch(self, w, task_r, result_w):
        p = self.Process(self._ctx, target=worker,
                         args=(task_r, result_w, self._initializer, self._initargs,
                               self._maxtasksperchild, self._wrap_exception))
        p.name = p.name.replace('Process', 'SpawnPoolWorker')
        p.daemon = True
        p.start()
        task_r.close()
        result_w.close()
        w.process = p

    def _launch_worker(self, index):
        w = _Worker(self, index)
        (task_r, task_w), (result_r, result_w) = self._make_channels()
        w.task_w = task_w
        w.result_r = result_r
        self._launch(w, task_r, result_w)
        with self._lock:
            self._workers.append(w)
        return w

    def _serve_worker(self, w):
        """Starts w's reader thread and gives w its first task."""
        w.thread = threading.Thread(target=self._read_results, args=(w,), daemon=True,
                                    name='PoolResultReader-%d' % w.index)
        w.thread.start()
        with self._lock:
            self._dispatch_to(w)

    def _dispatch_to(self, w):
        # Called with the lock held: give w the next waiting task, or park it (or stop it when closing).
        if self._maxtasksperchild is not None and w.completed >= self._maxtasksperchild:
            return  # it exits by itself and is replaced
        if self._pending:
            task = self._pending.popleft()
            w.current = task
            try:
                w.task_w.send(task)
            except OSError:
                # The worker is gone (its reader thread will see it): the task waits for another worker.
                w.current = None
                self._pending.appendleft(task)
            except Exception as e:
                w.current = None
                self._deliver(task[0], task[1], (False, e))
                self._dispatch_to(w)
        elif self._state in (CLOSE, TERMINATE):
            w.current = None
            w.stop()
        else:
            w.current = None
            self._idle.append(w)

    def _read_results(self, w):
        while True:
            try:
                job, index, result = w.result_r.recv()
            except (EOFError, OSError):
                break
            except Exception as e:
                job, index = w.current[0], w.current[1]
                result = (False, e)
            with self._lock:
                w.current = None
                w.completed += 1
                self._deliver(job, index, result)
                if self._state != TERMINATE:
                    self._dispatch_to(w)
        self._worker_exited(w)

    def _worker_exited(self, w):
        with self._lock:
            if w in self._idle:
                self._idle.remove(w)
            lost = w.current
            w.current = None
            if lost is not None:
                self._task_lost(lost)
            replace = self._state == RUN and not _exiting
        try:
            w.result_r.close()
            w.task_w.close()
        except OSError:
            pass
        # Its result pipe is at end of file, so the worker has exited or is exiting: reap it now rather
        # than leave a zombie until join().
        self._reap(w)
        if replace:
            self._serve_worker(self._launch_worker(w.index))
        with self._lock:
            self._workers.remove(w)

    def _reap(self, w):
        w.process.join()

    def _task_lost(self, task):
        # CPython's pool never hears of a task whose worker died while running it: its result stays
        # pending for ever, and a later get(timeout) raises TimeoutError. Skein does the same.
        pass

    def _deliver(self, job, index, result):
        cache_entry = self._cache.get(job)
        if cache_entry is not None:
            cache_entry._set(index, result)

    def _submit(self, tasks):
        with self._lock:
            self._check_running()
            for task in tasks:
                self._pending.append(task)
            while self._pending and self._idle:
                self._dispatch_to(self._idle.pop())

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # ---- public API ------------------------------------------------------------------------

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit([(result._job, 0, func, args, kwds)])
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), self._processes * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        chunks = list(_get_tasks(func, iterable, chunksize))
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        self._submit([(result._job, i, mapper, (chunk,), {}) for i, chunk in enumerate(chunks)])
        return result

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, chunksize)
        chunks = list(_get_tasks(func, iterable, chunksize))
        result._set_length(len(chunks))
        self._submit([(result._job, i, mapstar, (chunk,), {}) for i, chunk in enumerate(chunks)])
        return result

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        result = IMapUnorderedIterator(self, chunksize)
        chunks = list(_get_tasks(func, iterable, chunksize))
        result._set_length(len(chunks))
        self._submit([(result._job, i, mapstar, (chunk,), {}) for i, chunk in enumerate(chunks)])
        return result

    def close(self):
        with self._lock:
            if self._state == RUN:
                self._state = CLOSE
                for w in self._idle:
                    w.stop()
                self._idle.clear()

    def terminate(self):
        with self._lock:
            self._state = TERMINATE
            self._pending.clear()
            self._idle.clear()
            workers = list(self._workers)
        for w in workers:
            self._terminate_worker(w)
        self._join_workers()

    def _terminate_worker(self, w):
        if w.process is not None and w.process.exitcode is None:
            w.process.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._join_workers()

    def _join_workers(self):
        # A worker that died just before close() may still be replaced: join until no new one appears.
        joined = set()
        while True:
            with self._lock:
                workers = [w for w in self._workers if w not in joined]
            if not workers:
                return
            for w in workers:
                self._reap(w)
                if w.thread is not threading.current_thread():
                    w.thread.join()
                joined.add(w)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % (self.__class__.__module__, self.__class__.__qualname__,
                                                   self._state, len(self._workers))


def _get_tasks(func, it, size):
    it = iter(it)
    while True:
        chunk = tuple(itertools.islice(it, size if size > 0 else 1))
        if not chunk:
            return
        yield (func, chunk)


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise _context.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._cache.pop(self._job, None)
        self._pool = None

    __class_getitem__ = classmethod(lambda cls, item: cls)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._cache.pop(self._job, None)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
                self._pool = None


class IMapIterator:
    def __init__(self, pool, chunksize):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._items:
                    success, value = self._items.popleft()
                    break
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                if not self._items and self._index != self._length and timeout is not None:
                    raise _context.TimeoutError from None
        if success:
            return value
        raise value

    __next__ = next

    def _set_length(self, chunks):
        with self._cond:
            self._chunks = chunks
            self._length = 0 if chunks == 0 else None
            self._remaining_chunks = chunks
            self._cond.notify()
            if chunks == 0:
                self._cache.pop(self._job, None)

    def _push(self, success, values):
        if success:
            for v in values:
                self._items.append((True, v))
        else:
            self._items.append((False, values))

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._push(*obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._push(*self._unsorted.pop(self._index))
                    self._index += 1
            else:
                self._unsorted[i] = obj
            self._finish_if_done()
            self._cond.notify()

    def _finish_if_done(self):
        if self._index == self._chunks:
            self._length = self._index
            self._cache.pop(self._job, None)


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._push(*obj)
            self._index += 1
            self._finish_if_done()
            self._cond.notify()


class ThreadPool(Pool):
    """The Pool API over threads of this process (no pickling)."""

    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs)

    def _make_channels(self):
        task = _QueueChannel()
        result = _QueueChannel()
        return (task, task), (result, result)

    def _launch(self, w, task_r, result_w):
        t = threading.Thread(target=worker, args=(task_r, result_w, self._initializer, self._initargs, None, False),
                             daemon=True, name='ThreadPoolWorker-%d' % w.index)
        t.start()
        w.worker_thread = t

    def _terminate_worker(self, w):
        w.stop()

    def _reap(self, w):
        # A worker thread never closes its result channel: once it has ended, close it for the reader.
        w.worker_thread.join()
        w.result_r.close()
