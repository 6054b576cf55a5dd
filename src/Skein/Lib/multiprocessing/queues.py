"""Queues between processes: pickled messages over a pipe, written by a feeder thread so that put()
never blocks on a full pipe (as CPython's), with process-shared locks around each end."""

import collections
import os
import threading
import time
import weakref
import queue as _queue_module
from queue import Empty, Full

from multiprocessing import connection, synchronize

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = synchronize.SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = synchronize.Lock()
        self._wlock = synchronize.Lock()
        self._sem = synchronize.BoundedSemaphore(maxsize)
        self._count = synchronize.Semaphore(0)
        self._after_init()

    def _after_init(self):
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._thread = None
        self._closed = False
        self._joincancelled = False

    def __getstate__(self):
        return (self._maxsize, self._reader, self._writer, self._rlock, self._wlock, self._sem, self._count)

    def __setstate__(self, state):
        (self._maxsize, self._reader, self._writer, self._rlock, self._wlock, self._sem, self._count) = state
        self._after_init()

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._notempty.notify()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            with self._rlock:
                res = self._reader.recv_bytes()
            self._count.acquire(False)
            self._sem.release()
        else:
            deadline = None if timeout is None else time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if block:
                    timeout = max(0.0, deadline - time.monotonic())
                    if not self._reader.poll(timeout):
                        raise Empty
                elif not self._reader.poll():
                    raise Empty
                res = self._reader.recv_bytes()
                self._count.acquire(False)
                self._sem.release()
            finally:
                self._rlock.release()
        import pickle
        return pickle.loads(res)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._count.get_value()

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem._semlock._is_zero()

    def close(self):
        self._closed = True
        with self._notempty:
            self._buffer.append(_SENTINEL)
            self._notempty.notify()

    def join_thread(self):
        if self._thread is not None:
            self._thread.join()

    def cancel_join_thread(self):
        self._joincancelled = True

    def _start_thread(self):
        self._thread = threading.Thread(target=self._feed, daemon=True, name='QueueFeederThread')
        self._thread.start()
        if not self._joincancelled:
            import atexit
            ref = weakref.ref(self)

            def flush_at_exit():
                q = ref()
                if q is not None:
                    q.close()
                    q.join_thread()
            atexit.register(flush_at_exit)

    def _feed(self):
        import pickle
        while True:
            with self._notempty:
                while not self._buffer:
                    self._notempty.wait()
                obj = self._buffer.popleft()
            if obj is _SENTINEL:
                return
            try:
                data = pickle.dumps(obj)
                with self._wlock:
                    self._writer.send_bytes(data)
                self._count.release()
            except Exception:
                import traceback
                traceback.print_exc()
                self._sem.release()

    def __repr__(self):
        return '<%s object at %#x>' % (type(self).__name__, id(self))

    __class_getitem__ = classmethod(lambda cls, item: cls)


_SENTINEL = object()


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = synchronize.Semaphore(0)
        self._cond = synchronize.Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-2])
        self._cond, self._unfinished_tasks = state[-2:]

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty, self._cond:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._unfinished_tasks.release()
            self._notempty.notify()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._semlock._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._semlock._is_zero():
                self._cond.wait()


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = synchronize.Lock()
        self._wlock = synchronize.Lock()

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._reader.poll()

    def __getstate__(self):
        return (self._reader, self._writer, self._rlock, self._wlock)

    def __setstate__(self, state):
        (self._reader, self._writer, self._rlock, self._wlock) = state

    def get(self):
        import pickle
        with self._rlock:
            res = self._reader.recv_bytes()
        return pickle.loads(res)

    def put(self, obj):
        import pickle
        data = pickle.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(data)

    __class_getitem__ = classmethod(lambda cls, item: cls)
