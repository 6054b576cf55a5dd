"""Subprocesses with accessible I/O streams.

Children are started with posix_spawn (the _skein_spawn module): the pipes and files chosen for the
child's standard streams are mapped onto its fds 0, 1 and 2; everything else the parent holds is
close-on-exec and so not inherited. communicate() reads stdout and stderr on helper threads so a child
that fills one pipe while we wait on the other cannot deadlock.
"""

import builtins
import errno
import io
import os
import sys
import threading
import time
import types
import warnings

import _skein_spawn

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_CHUNK = 32768


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except (ImportError, ValueError):
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as returned by run()."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments; wait for it to complete and return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments; raise CalledProcessError if it exits with a non-zero status."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # As CPython on POSIX: the partial output is already on the exception; a grandchild may
            # still hold the pipes, so do not wait for EOF after the kill.
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _fsdecode_arg(arg):
    if isinstance(arg, str):
        return arg
    if isinstance(arg, (bytes, os.PathLike)):
        return os.fsdecode(arg)
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(arg).__name__}')


def _is_executable_file(path):
    return os.path.isfile(path) and os.access(path, os.X_OK)


def _resolve_program(program, env, cwd):
    """Find the file exec would run, raising the OSError exec would report, so the error comes from the parent."""
    if '/' in program:
        path = program if cwd is None or os.path.isabs(program) else os.path.join(cwd, program)
        if not os.path.exists(path):
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), program)
        if not _is_executable_file(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), program)
        return program
    denied = False
    for directory in os.get_exec_path(env):
        candidate = os.path.join(directory, program)
        if _is_executable_file(candidate):
            return candidate
        if os.path.exists(candidate):
            denied = True
    if denied:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), program)
    raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), program)


class _PipeReader:
    """Drains one pipe on a daemon thread; survives a communicate() timeout so a later call goes on reading."""

    def __init__(self, fd):
        self.fd = fd
        self.chunks = []
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        try:
            while True:
                data = os.read(self.fd, _PIPE_CHUNK)
                if not data:
                    break
                self.chunks.append(data)
        except OSError:
            pass

    def data(self):
        return b''.join(self.chunks)


class _PipeWriter:
    def __init__(self, fileobj, data):
        self.fileobj = fileobj
        self.data = data
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        fd = self.fileobj.fileno()
        view = memoryview(self.data)
        try:
            while view:
                written = os.write(fd, view[:_PIPE_CHUNK])
                view = view[written:]
        except (BrokenPipeError, OSError):
            pass
        try:
            self.fileobj.close()
        except OSError:
            pass


class Popen:
    """Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._communication_started = False
        self._readers = None
        self._writer = None
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise ValueError("preexec_fn is not supported by Skein (children are started with posix_spawn)")
        if user is not None or group is not None or extra_groups is not None or umask != -1:
            raise ValueError("user, group, extra_groups and umask are not supported by Skein")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. '
                                  'Pass one or the other.')

        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = 'utf-8'
        line_buffering = bufsize == 1 and self.text_mode
        if bufsize == 1 and not self.text_mode:
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                          "the default buffer size will be used", RuntimeWarning)
            bufsize = -1

        to_close = []
        try:
            p2cread, p2cwrite = self._child_fd(stdin, True, to_close)
            c2pread, c2pwrite = self._child_fd(stdout, False, to_close)
            if stderr == STDOUT:
                errread, errwrite = -1, c2pwrite if c2pwrite != -1 else 1
            else:
                errread, errwrite = self._child_fd(stderr, False, to_close)

            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True, line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)

            self._execute_child(args, executable, shell, cwd, env, p2cread, c2pwrite, errwrite, pass_fds,
                                start_new_session or process_group == 0, to_close)
        except BaseException:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            for fd in to_close:
                try:
                    os.close(fd)
                except OSError:
                    pass
            raise
        for fd in to_close:
            try:
                os.close(fd)
            except OSError:
                pass

    def _child_fd(self, spec, for_stdin, to_close):
        """(parent end, child end) for one standard stream; -1 where there is none."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            read_fd, write_fd = os.pipe()
            if for_stdin:
                to_close.append(read_fd)
                return read_fd, write_fd
            to_close.append(write_fd)
            return read_fd, write_fd
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDWR)
            to_close.append(fd)
            return (fd, -1) if for_stdin else (-1, fd)
        if isinstance(spec, int):
            if spec < 0:
                raise ValueError(f"invalid file descriptor {spec}")
            return (spec, -1) if for_stdin else (-1, spec)
        fd = spec.fileno()
        if hasattr(spec, 'flush') and not for_stdin:
            try:
                spec.flush()
            except (OSError, ValueError):
                pass
        return (fd, -1) if for_stdin else (-1, fd)

    def _execute_child(self, args, executable, shell, cwd, env, stdin_fd, stdout_fd, stderr_fd, pass_fds,
                       new_session, to_close):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        args = [_fsdecode_arg(a) for a in args]
        if shell:
            shell_path = '/bin/sh' if executable is None else _fsdecode_arg(executable)
            args = [shell_path, '-c'] + args
        elif executable is not None:
            args[0] = _fsdecode_arg(executable)
        if not args:
            raise IndexError('list index out of range')

        if cwd is not None:
            cwd = os.fsdecode(cwd)
            if not os.path.exists(cwd):
                raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), cwd)
            if not os.path.isdir(cwd):
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), cwd)

        if env is None:
            child_env = dict(os.environ)
        else:
            child_env = {}
            for k, v in env.items():
                k = os.fsdecode(k)
                v = os.fsdecode(v)
                if '=' in k:
                    raise ValueError("illegal environment variable name")
                if '\0' in k or '\0' in v:
                    raise ValueError("embedded null byte")
                child_env[k] = v

        resolved = _resolve_program(args[0], child_env if env is not None else None, cwd)
        if env is not None and '/' not in args[0]:
            # posix_spawnp would search the parent's PATH; exec uses the child's.
            args[0] = resolved

        fd_map = {}
        for child, parent in ((0, stdin_fd), (1, stdout_fd), (2, stderr_fd)):
            if parent == -1:
                continue
            if parent != child and parent in (0, 1, 2):
                # A source that is itself a standard fd could be overwritten by an earlier dup2 in the
                # child; move it out of the way first (dup() is close-on-exec).
                parent = os.dup(parent)
                to_close.append(parent)
            fd_map[child] = parent
        for fd in pass_fds:
            fd_map[fd] = fd

        self.pid = _skein_spawn.spawn(args, child_env, cwd, fd_map, bool(new_session))
        self._child_created = True

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            if exc_type == KeyboardInterrupt:
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def _handle_exitstatus(self, code):
        self.returncode = code

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is not None:
            return self.returncode
        if not self._waitpid_lock.acquire(False):
            return None
        try:
            if self.returncode is not None:
                return self.returncode
            try:
                pid, code = _skein_spawn.waitpid(self.pid, _skein_spawn.WNOHANG)
            except OSError as e:
                if e.errno == errno.ECHILD:
                    self.returncode = 0
                return self.returncode
            if pid == self.pid:
                self.returncode = code
        finally:
            self._waitpid_lock.release()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            with self._waitpid_lock:
                if self.returncode is None:
                    try:
                        pid, code = _skein_spawn.waitpid(self.pid, 0)
                        self.returncode = code
                    except OSError as e:
                        if e.errno != errno.ECHILD:
                            raise
                        self.returncode = 0
            return self.returncode
        endtime = time.monotonic() + timeout
        delay = 0.0005
        while True:
            if self.poll() is not None:
                return self.returncode
            remaining = endtime - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, .05)
            time.sleep(delay)

    def communicate(self, input=None, timeout=None):
        """Interact with process: send input, read stdout and stderr until EOF, wait for it to exit.

        Returns a tuple (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if timeout is None and not self._communication_started and \
                [self.stdin, self.stdout, self.stderr].count(None) >= 2:
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr

        endtime = None if timeout is None else time.monotonic() + timeout
        if not self._communication_started:
            self._communication_started = True
            if self.stdin and not self.stdin.closed:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                data = input or b''
                if self.text_mode and input:
                    data = input.encode(self.stdin.encoding, self.stdin.errors)
                if data:
                    self._writer = _PipeWriter(self.stdin, data)
                else:
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
            self._readers = {}
            for name in ('stdout', 'stderr'):
                stream = getattr(self, name)
                if stream and not stream.closed:
                    self._readers[name] = _PipeReader(stream.fileno())

        threads = [r.thread for r in self._readers.values()]
        if self._writer is not None:
            threads.append(self._writer.thread)
        for thread in threads:
            thread.join(None if endtime is None else max(0, endtime - time.monotonic()))
            if thread.is_alive():
                raise TimeoutExpired(self.args, timeout, *self._partial_output())

        stdout, stderr = self._partial_output()
        for name in ('stdout', 'stderr'):
            stream = getattr(self, name)
            if stream:
                stream.close()
        if endtime is None:
            self.wait()
        else:
            try:
                self.wait(max(0, endtime - time.monotonic()))
            except TimeoutExpired:
                raise TimeoutExpired(self.args, timeout, stdout, stderr) from None
        return stdout, stderr

    def _partial_output(self):
        result = []
        for name in ('stdout', 'stderr'):
            reader = self._readers.get(name) if self._readers else None
            if reader is None:
                result.append(None)
                continue
            data = reader.data()
            if self.text_mode:
                stream = getattr(self, name)
                data = data.decode(stream.encoding, stream.errors).replace("\r\n", "\n").replace("\r", "\n")
            result.append(data)
        return tuple(result)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)

    __class_getitem__ = classmethod(types.GenericAlias)
