"""Starting a child process: a new Skein process that imports the parent's main module as __mp_main__,
receives the pickled Process object through a pipe, and runs it.

File descriptors that travel with pickled objects (connections, queues) are registered while the process
object is pickled and passed to the child under the same numbers. So is the parent's lifeline: the child
watches it from its first moment and ends when the parent does (see _skein_spawn.watch_parent), so no
child outlives its parent, even one killed with SIGKILL.
"""

import os
import sys
import time
import pickle
import struct
import _thread
import _skein_spawn

__all__ = ['Popen', 'spawn_main', 'set_executable', 'get_executable']

_executable = sys.executable
# _thread rather than threading: a child imports this module first, and threading would cost it start-up.
_state = _thread._local()


def set_executable(exe):
    global _executable
    _executable = os.fsdecode(exe)


def get_executable():
    return _executable


def register_passed_fd(fd):
    """Called while pickling an object for a child: the child must inherit fd."""
    fds = getattr(_state, 'fds', None)
    if fds is not None:
        fds.add(fd)


def is_spawning():
    """True while this thread pickles a process object for a child (what CPython's get_spawning_popen tells)."""
    return getattr(_state, 'fds', None) is not None


def set_non_inheritable(*fds):
    for fd in fds:
        _skein_spawn.set_inheritable(fd, False)


def _write_message(fd, data):
    payload = struct.pack('!Q', len(data)) + data
    view = memoryview(payload)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError('unexpected end of data from the parent process')
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def _read_message(fd):
    n, = struct.unpack('!Q', _read_exact(fd, 8))
    return _read_exact(fd, n)


def get_preparation_data(name):
    from multiprocessing import process
    d = dict(
        name=name,
        sys_path=list(sys.path),
        sys_argv=list(sys.argv),
        dir=os.getcwd(),
        authkey=bytes(process.current_process().authkey),
        parent_name=process.current_process().name,
    )
    main_module = sys.modules.get('__main__')
    spec = getattr(main_module, '__spec__', None)
    if spec is not None and getattr(spec, 'name', None) not in (None, '__main__'):
        d['init_main_from_name'] = spec.name
    else:
        main_path = getattr(main_module, '__file__', None)
        if main_path is not None and os.path.exists(main_path):
            d['init_main_from_path'] = os.path.abspath(main_path)
    return d


# What a child runs. Ctrl-C reaches every process of the terminal's process group, possibly while a child
# is still starting: the parent reports its own KeyboardInterrupt, so the child just stops (exit code 1).
_CHILD_COMMAND = '''try:
    from multiprocessing.spawn import spawn_main
except KeyboardInterrupt:
    raise SystemExit(1)
spawn_main(%d, %d)
'''


class Popen:
    """The parent's handle on a spawned child: its pid, and its exit code once it has ended."""

    method = 'spawn'

    def __init__(self, process_obj):
        self.returncode = None
        self._lock = _thread.allocate_lock()
        prep = pickle.dumps(get_preparation_data(process_obj._name))
        _state.fds = set()
        try:
            payload = pickle.dumps(process_obj)
            passed = _state.fds
        finally:
            _state.fds = None
        r, w = os.pipe()
        set_non_inheritable(r, w)
        lifeline = _skein_spawn.lifeline()
        fd_map = {r: r, lifeline: lifeline}
        for fd in passed:
            fd_map[fd] = fd
        argv = [_executable, '-c', _CHILD_COMMAND % (r, lifeline)]
        try:
            self.pid = _skein_spawn.spawn(argv, None, None, fd_map)
        finally:
            os.close(r)
        try:
            _write_message(w, prep)
            _write_message(w, payload)
        except BrokenPipeError:
            pass
        finally:
            os.close(w)
        self.sentinel = self.pid

    def poll(self, flag=_skein_spawn.WNOHANG):
        with self._lock:
            if self.returncode is None:
                try:
                    pid, code = _skein_spawn.waitpid(self.pid, flag)
                except ChildProcessError:
                    return self.returncode
                if pid == self.pid:
                    self.returncode = code
        return self.returncode

    def wait(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                delay = min(delay, remaining)
            time.sleep(delay)
            delay = min(delay * 2, 0.005)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                _skein_spawn.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(15)

    def kill(self):
        self._send_signal(9)

    def close(self):
        pass


def _run_main_from_path(path):
    import types
    main = types.ModuleType('__mp_main__')
    main.__file__ = path
    main.__builtins__ = sys.modules['builtins']
    sys.modules['__mp_main__'] = main
    sys.modules['__main__'] = main
    with open(path, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, path, 'exec'), main.__dict__)


def _run_main_from_name(name):
    import importlib
    module = importlib.import_module(name)
    sys.modules['__mp_main__'] = module
    sys.modules['__main__'] = module


def prepare(data):
    from multiprocessing import process
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process()._config['authkey'] = process.AuthenticationString(data['authkey'])
    if 'sys_path' in data:
        sys.path[:] = data['sys_path']
    if 'sys_argv' in data:
        sys.argv[:] = data['sys_argv']
    if 'dir' in data:
        os.chdir(data['dir'])
    if 'init_main_from_name' in data:
        _run_main_from_name(data['init_main_from_name'])
    elif 'init_main_from_path' in data:
        _run_main_from_path(data['init_main_from_path'])


def spawn_main(fd, lifeline=None):
    """Entry point of a child: read the preparation data and the process object, then run it."""
    try:
        if lifeline is not None:
            _skein_spawn.watch_parent(lifeline)
        try:
            prep = pickle.loads(_read_message(fd))
            prepare(prep)
            process_obj = pickle.loads(_read_message(fd))
        finally:
            os.close(fd)
    except KeyboardInterrupt:
        sys.exit(1)  # Ctrl-C while starting (see _CHILD_COMMAND)
    exitcode = process_obj._bootstrap()
    sys.exit(exitcode)
