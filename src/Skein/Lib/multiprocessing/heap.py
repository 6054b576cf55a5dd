"""Shared memory for multiprocessing.sharedctypes: blocks carved out of arenas, each arena a POSIX shared
memory file that is unlinked as soon as it is created (nothing is left in /dev/shm, even after a crash)
and mapped with mmap. A child process receives an arena's file descriptor when an object living in it
is pickled for the child's start, and maps the same memory.

Blocks are never given back: an arena lives as long as the process.
"""

import os
import mmap
import secrets
import threading
import _posixshmem

__all__ = ['Arena', 'Heap', 'BufferWrapper']

_ARENA_SIZE = 1 << 20


class Arena:
    """A shared memory file of `size` bytes, mapped; made anew, or from a descriptor inherited from the parent."""

    def __init__(self, size, fd=-1):
        if fd == -1:
            while True:
                name = '/mp-arena-%d-%s' % (os.getpid(), secrets.token_hex(4))
                try:
                    fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
                except FileExistsError:
                    continue
                break
            _posixshmem.shm_unlink(name)
            os.ftruncate(fd, size)
        self.size = size
        self.fd = fd
        self.buffer = mmap.mmap(fd, size)
        self.view = memoryview(self.buffer)

    def __reduce__(self):
        from multiprocessing import context, spawn
        context.assert_spawning(self)
        spawn.register_passed_fd(self.fd)
        return _rebuild_arena, (self.size, self.fd)


# Arenas inherited from the parent, by descriptor: objects from one arena share one mapping.
_inherited = {}
_inherited_lock = threading.Lock()


def _rebuild_arena(size, fd):
    with _inherited_lock:
        arena = _inherited.get(fd)
        if arena is None:
            arena = _inherited[fd] = Arena(size, fd)
        return arena


class Heap:
    """Hands out 8-byte aligned blocks from the current arena, starting a new arena when it is full."""

    _alignment = 8

    def __init__(self, arena_size=_ARENA_SIZE):
        self._arena_size = arena_size
        self._lock = threading.Lock()
        self._arena = None
        self._used = 0

    def malloc(self, size):
        if size < 0:
            raise ValueError('Size {0:n} out of range'.format(size))
        size = max(1, (size + self._alignment - 1) // self._alignment * self._alignment)
        with self._lock:
            if self._arena is None or self._arena.size - self._used < size:
                pages = (size + mmap.PAGESIZE - 1) // mmap.PAGESIZE * mmap.PAGESIZE
                self._arena = Arena(max(self._arena_size, pages))
                self._used = 0
            start = self._used
            self._used += size
            return self._arena, start


class BufferWrapper:
    """A block of `size` bytes of shared memory; pickles as its arena and place in it."""

    _heap = Heap()

    def __init__(self, size):
        arena, start = BufferWrapper._heap.malloc(size)
        self._state = (arena, start, size)

    def create_memoryview(self):
        arena, start, size = self._state
        return arena.view[start:start + size]
