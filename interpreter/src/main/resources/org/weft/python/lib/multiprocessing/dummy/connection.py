"""multiprocessing.dummy.connection: Pipe, Listener and Client over queues, for threads."""

from queue import Queue

__all__ = ['Client', 'Listener', 'Pipe']

families = [None]


class Listener(object):
    """Accepts Client connections; its address is the queue clients announce themselves on."""

    def __init__(self, address=None, family=None, backlog=1):
        self._backlog_queue = Queue(backlog)

    def accept(self):
        return Connection(*self._backlog_queue.get())

    def close(self):
        self._backlog_queue = None

    @property
    def address(self):
        return self._backlog_queue

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address):
    _in, _out = Queue(), Queue()
    address.put((_out, _in))
    return Connection(_in, _out)


def Pipe(duplex=True):
    """Two connected ends: what one sends, the other receives (always both ways, as CPython's)."""
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)


class Connection(object):
    """One end: send() puts on the peer's queue, recv() takes from this end's."""

    def __init__(self, _in, _out):
        self._out = _out
        self._in = _in
        self.send = self.send_bytes = _out.put
        self.recv = self.recv_bytes = _in.get

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout <= 0.0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()
