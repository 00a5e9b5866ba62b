"""multiprocessing.connection for Weft: Pipe() and its Connection objects between processes,
which are threads here (see multiprocessing.process): send() hands the object over unpickled,
send_bytes() copies the bytes."""

import queue as _queue
import time

__all__ = ['Connection', 'Pipe', 'wait']

_CLOSED = object()  # what a closing end leaves for its peer: recv() then raises EOFError


class Connection:
    """One end of a Pipe: send/recv objects, send_bytes/recv_bytes, poll, close."""

    def __init__(self, incoming, outgoing, readable=True, writable=True):
        self._in = incoming
        self._out = outgoing
        self._readable = readable
        self._writable = writable
        self._closed = False
        self._peeked = []

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def _check(self, writing):
        if self._closed:
            raise OSError("handle is closed")
        if writing and not self._writable:
            raise OSError("connection is read-only")
        if not writing and not self._readable:
            raise OSError("connection is write-only")

    def send(self, obj):
        """Sends an object to the other end."""
        self._check(True)
        self._out.put(obj)

    def send_bytes(self, buf, offset=0, size=None):
        """Sends bytes (buf[offset:offset + size]) to the other end."""
        self._check(True)
        m = bytes(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if len(m) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(m) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(m):
            raise ValueError("buffer length < offset + size")
        self._out.put(bytes(m[offset:offset + size]))

    def _take(self, block, timeout=None):
        item = self._peeked.pop(0) if self._peeked else self._in.get(block, timeout)
        if item is _CLOSED:
            self._in.put(_CLOSED)  # stays closed for every later recv
            raise EOFError
        return item

    def recv(self):
        """Receives the next object sent by the other end (EOFError once it closed)."""
        self._check(False)
        return self._take(True)

    def recv_bytes(self, maxlength=None):
        """Receives the next message sent with send_bytes."""
        self._check(False)
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._take(True)
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Receives a message into buf at offset; returns its length."""
        self._check(False)
        data = self._take(True)
        m = memoryview(buf)
        if offset < 0 or offset > len(m):
            raise ValueError("offset out of bounds")
        if offset + len(data) > len(m):
            raise BufferTooShort(data)
        m[offset:offset + len(data)] = data
        return len(data)

    def poll(self, timeout=0.0):
        """True when there is something to receive, waiting at most timeout seconds (None: forever)."""
        self._check(False)
        if self._peeked:
            return True
        block = timeout is None or timeout > 0
        try:
            item = self._in.get(block, timeout if block else None)
        except _queue.Empty:
            return False
        self._peeked.append(item)
        return True

    def close(self):
        """Closes this end; the other end's recv() then raises EOFError once it has read all."""
        if not self._closed:
            self._closed = True
            if self._writable:
                self._out.put(_CLOSED)

    def fileno(self):
        raise OSError("Weft runs processes on threads: a Pipe end has no file descriptor")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    """Two Connection objects (conn1, conn2); with duplex=False conn1 only receives and conn2
    only sends."""
    a, b = _queue.SimpleQueue(), _queue.SimpleQueue()
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None, writable=False), Connection(None, a, readable=False)


def wait(object_list, timeout=None):
    """The connections in object_list that are ready to receive, waiting at most timeout seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [c for c in object_list if c.poll(0)]
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return ready
        time.sleep(0.001)


from multiprocessing import BufferTooShort  # noqa: E402 (the package imports this module lazily)
