"""Utilities to get a password and/or the current user name.

getpass(prompt[, stream]) - Prompt for a password, with echo turned off.
getuser() - Get the user name from the environment or password database.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _stty(tty, *settings):
    import subprocess
    return subprocess.run(['stty', *settings], stdin=tty, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo turned off.

    Echo is switched off with stty(1) on the controlling terminal; without a terminal the password is
    read from stdin with a GetPassWarning, as CPython does.
    """
    try:
        tty = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return _fallback_getpass(prompt, stream)
    try:
        input_file = open(tty, 'r', closefd=False)
        if stream is None:
            stream = open(tty, 'w', closefd=False)
        if not _stty(tty, '-echo'):
            return _fallback_getpass(prompt, stream)
        try:
            stream.write(prompt)
            stream.flush()
            line = input_file.readline()
        finally:
            _stty(tty, 'echo')
        if not line:
            raise EOFError
        if line[-1] == '\n':
            line = line[:-1]
        stream.write('\n')
        stream.flush()
        return line
    finally:
        os.close(tty)


def _fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt='', stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """Get the username from the environment or password database.

    First try various environment variables, then the password database (/etc/passwd).
    """
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        import pwd
        return pwd.getpwuid(uid)[0]
    except ImportError:
        pass
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)
