"""Connections between processes: pickled messages over pipes, with a length header as CPython uses."""

import os
import io
import struct
import pickle
import _thread
import _skein_spawn

__all__ = ['Connection', 'Pipe', 'Client', 'Listener', 'wait']

_BUFSIZE = 8192


class Connection:
    """One end of a Pipe: reads from one fd and writes to another (they may be the same)."""

    def __init__(self, read_fd=None, write_fd=None, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._read_fd = read_fd
        self._write_fd = write_fd
        self._readable = readable
        self._writable = writable
        self._closed = False
        self._send_lock = _thread.allocate_lock()
        self._recv_lock = _thread.allocate_lock()

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._read_fd if self._readable else self._write_fd

    def close(self):
        if not self._closed:
            self._closed = True
            fds = {fd for fd in (self._read_fd, self._write_fd) if fd is not None}
            for fd in fds:
                try:
                    os.close(fd)
                except OSError:
                    pass

    def __del__(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _write_all(self, data):
        view = memoryview(data)
        while view:
            n = os.write(self._write_fd, view)
            view = view[n:]

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = memoryview(buf).cast('B') if not isinstance(buf, (bytes, bytearray)) else memoryview(buf)
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        data = bytes(m[offset:offset + size])
        header = struct.pack("!i", len(data)) if len(data) <= 0x7fffffff else struct.pack("!i", -1) + struct.pack("!Q", len(data))
        with self._send_lock:
            self._write_all(header + data)

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self.send_bytes(pickle.dumps(obj))

    def _read_exact(self, n):
        chunks = []
        while n > 0:
            chunk = os.read(self._read_fd, min(n, 1 << 20))
            if not chunk:
                if chunks:
                    raise OSError("got end of file during message")
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b''.join(chunks)

    def _recv_message(self, maxlength=None):
        with self._recv_lock:
            # Wait for the message with poll, which Ctrl-C interrupts in the main thread; a read blocked on
            # an empty pipe or socket would not be (see Skein.Modules.InterruptibleWait).
            _skein_spawn.poll_readable(self.fileno(), None)
            size, = struct.unpack("!i", self._read_exact(4))
            if size == -1:
                size, = struct.unpack("!Q", self._read_exact(8))
            if maxlength is not None and size > maxlength:
                raise OSError("bad message length")
            return self._read_exact(size)

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        return self._recv_message(maxlength)

    def recv_bytes_into(self, buf, offset=0):
        self._check_closed()
        self._check_readable()
        data = self._recv_message()
        m = memoryview(buf)
        if offset < 0 or offset > len(m):
            raise ValueError("offset out of bounds")
        if len(data) + offset > len(m):
            from multiprocessing import BufferTooShort
            raise BufferTooShort(data)
        m[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        self._check_closed()
        self._check_readable()
        return pickle.loads(self._recv_message())

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return _skein_spawn.poll_readable(self._read_fd, timeout)

    def __reduce__(self):
        from multiprocessing import spawn
        for fd in {self._read_fd, self._write_fd}:
            if fd is not None:
                spawn.register_passed_fd(fd)
        return (_rebuild_connection, (self._read_fd, self._write_fd, self._readable, self._writable))


def _rebuild_connection(read_fd, write_fd, readable, writable):
    # The child inherited these descriptors; its own children (subprocesses of a task) must not, or they
    # would keep the pipe open after this process dies and the parent would never see it end.
    from multiprocessing import spawn
    spawn.set_non_inheritable(*{fd for fd in (read_fd, write_fd) if fd is not None})
    return Connection(read_fd, write_fd, readable, writable)


def _pipe_pair():
    from multiprocessing import spawn
    r, w = os.pipe()
    spawn.set_non_inheritable(r, w)
    return r, w


def Pipe(duplex=True):
    """Returns a pair of connected Connection objects."""
    r1, w1 = _pipe_pair()
    if duplex:
        r2, w2 = _pipe_pair()
        return Connection(r1, w2), Connection(r2, w1)
    return Connection(r1, None, writable=False), Connection(None, w1, readable=False)


def wait(object_list, timeout=None):
    """Waits until one or more of the connections (or processes) in object_list is ready."""
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = []
        for o in object_list:
            if isinstance(o, Connection):
                if o.poll(0):
                    ready.append(o)
            elif hasattr(o, 'poll') and o.poll(0):
                ready.append(o)
        if ready:
            return ready
        if deadline is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.001)


class _SocketConnection(Connection):
    """A Connection over a connected TCP or Unix socket (what Listener.accept and Client return)."""

    def __init__(self, sock, readable=True, writable=True):
        Connection.__init__(self, None, None, readable, writable)
        self._sock = sock

    def fileno(self):
        self._check_closed()
        return self._sock.fileno()

    def _write_all(self, data):
        self._sock.sendall(data)

    def _read_exact(self, n):
        chunks = []
        while n > 0:
            chunk = self._sock.recv(min(n, 1 << 20))
            if not chunk:
                if chunks:
                    raise OSError("got end of file during message")
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b''.join(chunks)

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        import select
        readable, _, _ = select.select([self._sock], [], [], timeout)
        return bool(readable)

    def close(self):
        if not self._closed:
            self._closed = True
            self._sock.close()

    def __reduce__(self):
        raise TypeError("a socket connection cannot be passed to another process on Skein")


# The authentication handshake of CPython 3.11 (HMAC-MD5 over a random challenge), so Skein and CPython
# processes can authenticate each other.
_MESSAGE_LENGTH = 20
_CHALLENGE = b'#CHALLENGE#'
_WELCOME = b'#WELCOME#'
_FAILURE = b'#FAILURE#'


def deliver_challenge(connection, authkey):
    import hmac
    from multiprocessing import AuthenticationError
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = os.urandom(_MESSAGE_LENGTH)
    connection.send_bytes(_CHALLENGE + message)
    digest = hmac.new(authkey, message, 'md5').digest()
    response = connection.recv_bytes(256)
    if response == digest:
        connection.send_bytes(_WELCOME)
    else:
        connection.send_bytes(_FAILURE)
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    import hmac
    from multiprocessing import AuthenticationError
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)
    if not message.startswith(_CHALLENGE):
        raise AuthenticationError('Protocol error: challenge message expected')
    message = message[len(_CHALLENGE):]
    digest = hmac.new(authkey, message, 'md5').digest()
    connection.send_bytes(digest)
    response = connection.recv_bytes(256)
    if response != _WELCOME:
        raise AuthenticationError('digest sent was rejected')


def _family_of(address):
    if isinstance(address, tuple):
        return 'AF_INET'
    if isinstance(address, str):
        return 'AF_UNIX'
    raise ValueError('address type of %r unrecognized' % (address,))


def _no_delay(sock):
    # Each message is written whole, so Nagle's algorithm only delays it: a message that follows another
    # (the last handshake reply, then a request) would wait for the peer's delayed ACK, about 40 ms.
    import socket
    if sock.family != socket.AF_UNIX:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class Listener:
    """Accepts connections on a TCP (host, port) or Unix-socket address, optionally authenticating them."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        import socket
        family = family or (address and _family_of(address)) or 'AF_INET'
        address = address or ('127.0.0.1', 0)
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        sock_family = socket.AF_UNIX if family == 'AF_UNIX' else socket.AF_INET
        self._socket = socket.socket(sock_family)
        if sock_family != socket.AF_UNIX:
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(address)
        self._socket.listen(backlog)
        self._address = self._socket.getsockname()
        self._family = family
        self._authkey = authkey
        self._last_accepted = None

    def accept(self):
        if self._socket is None:
            raise OSError('listener is closed')
        sock, self._last_accepted = self._socket.accept()
        _no_delay(sock)
        conn = _SocketConnection(sock)
        if self._authkey is not None:
            deliver_challenge(conn, self._authkey)
            answer_challenge(conn, self._authkey)
        return conn

    def close(self):
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Client(address, family=None, authkey=None):
    """Connects to a Listener; with authkey, both sides prove they know it."""
    import socket
    family = family or _family_of(address)
    if family == 'AF_UNIX':
        sock = socket.socket(socket.AF_UNIX)
        sock.connect(address)
    else:
        sock = socket.create_connection(address)
        _no_delay(sock)
    conn = _SocketConnection(sock)
    if authkey is not None:
        if not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        answer_challenge(conn, authkey)
        deliver_challenge(conn, authkey)
    return conn
