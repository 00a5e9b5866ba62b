"""Protocol classes: the callbacks a transport calls (connection_made, data_received,
eof_received, connection_lost, datagram_received). Written for Weft from CPython's documented
interface."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """The callbacks every protocol has."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made; `transport` is its transport."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed; exc is None for a normal close."""

    def pause_writing(self):
        """Called when the transport's buffer goes over the high-water mark."""

    def resume_writing(self):
        """Called when the transport's buffer drains below the low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received(data) for each piece, eof_received() at the end."""

    __slots__ = ()

    def data_received(self, data):
        """Called with some data (bytes) received."""

    def eof_received(self):
        """Called when the other end will send no more; a false result closes the transport."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that receives into a buffer of its own."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a buffer to receive into."""

    def buffer_updated(self, nbytes):
        """Called when nbytes were written into the buffer."""

    def eof_received(self):
        """Called when the other end will send no more."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol: datagram_received(data, addr) for each datagram."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when a datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive fails with an OSError."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for a child process."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the child writes data into its stdout or stderr pipe."""

    def pipe_connection_lost(self, fd, exc):
        """Called when one of the child's pipes is closed."""

    def process_exited(self):
        """Called when the child has exited."""
