"""Process objects: each one runs its target in a new Skein process started by multiprocessing.spawn."""

import os
import sys
import itertools
import _thread

__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children', 'parent_process']

_children = set()
_children_lock = _thread.allocate_lock()
_process_counter = itertools.count(1)


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    _cleanup()
    with _children_lock:
        return list(_children)


def _cleanup():
    with _children_lock:
        for p in list(_children):
            if p._popen is not None and p._popen.poll() is not None:
                _children.discard(p)


class BaseProcess:
    """A process running target(*args, **kwargs), or the run() method of a subclass."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = dict(_current_process._config, authkey=_current_process.authkey)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), 'daemonic processes are not allowed to have children'
        _cleanup()
        from multiprocessing import spawn
        self._popen = spawn.Popen(self)
        with _children_lock:
            _children.add(self)

    def terminate(self):
        self._check_closed()
        if self._popen is not None:
            self._popen.terminate()

    def kill(self):
        self._check_closed()
        if self._popen is not None:
            self._popen.kill()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            with _children_lock:
                _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        with _children_lock:
            _children.discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
        with _children_lock:
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return None
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        if self._popen is None:
            raise ValueError("process not started")
        return self._popen.sentinel

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            from signal import Signals
            try:
                exitcode = Signals(-exitcode).name if exitcode < 0 else exitcode
            except (ValueError, AttributeError):
                pass
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def __reduce__(self):
        # Pickled only to send the process object to its own child; the popen handle stays behind.
        state = self.__dict__.copy()
        state['_popen'] = None
        return (_rebuild_process, (type(self), state))

    def _bootstrap(self, parent_sentinel=None):
        """Runs in the child: run(), then the exit code CPython's child reports."""
        global _current_process, _parent_process
        try:
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
            except Exception:
                pass
            try:
                sys.stderr.flush()
            except Exception:
                pass
        return exitcode


def _rebuild_process(cls, state):
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    return obj


def _exit_function():
    # Finalizers with an exit priority run first (they shut managers down, whose server processes would
    # otherwise be joined forever); then children never joined are joined (non-daemon) or terminated
    # (daemon); then the remaining finalizers.
    from multiprocessing import util
    util._run_finalizers(0)
    for p in active_children():
        if p.daemon:
            p.terminate()
    for p in active_children():
        p.join()
    util._run_finalizers()


class AuthenticationString(bytes):
    def __reduce__(self):
        return (AuthenticationString, (bytes(self),))


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'semprefix': '/mp'}

    @property
    def authkey(self):
        # Made on first use rather than at import: a spawned child is given its parent's key instead
        # (spawn.prepare), and the first os.urandom() call costs a Skein child a noticeable part of its start-up.
        if 'authkey' not in self._config:
            self._config['authkey'] = AuthenticationString(os.urandom(32))
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = AuthenticationString(authkey)

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
        except OSError:
            return False
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident


class Process(BaseProcess):
    pass


_parent_process = None
_current_process = _MainProcess()


def _atexit_join_children():
    _exit_function()


import atexit
atexit.register(_atexit_join_children)
del atexit
