"""Protocol interfaces: the callbacks a transport makes."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'BufferedProtocol', 'SubprocessProtocol')


class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None on a clean close)."""

    def pause_writing(self):
        """Called when the transport's write buffer goes over the high-water mark."""

    def resume_writing(self):
        """Called when the transport's write buffer drains below the low-water mark."""


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        """Called when some data is received."""

    def eof_received(self):
        """Called when the other end will send no more data; return true to keep the transport open."""


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer to receive data into."""

    def buffer_updated(self, nbytes):
        """Called when nbytes were written into the buffer."""

    def eof_received(self):
        """Called when the other end will send no more data."""


class DatagramProtocol(BaseProtocol):
    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when a datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""


class SubprocessProtocol(BaseProtocol):
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes data into stdout/stderr pipe."""

    def pipe_connection_lost(self, fd, exc):
        """Called when a file descriptor associated with the child process is closed."""

    def process_exited(self):
        """Called when subprocess has exited."""
