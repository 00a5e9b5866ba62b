"""multiprocessing.queues for Weft: Queue, JoinableQueue and SimpleQueue between processes,
which are threads here (see multiprocessing.process), so nothing is pickled: put() hands the
object itself over."""

import queue as _queue
import threading

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    """A FIFO queue: put(obj, block=True, timeout=None), get(...), qsize(), empty(), full()."""

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._q.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return self._q.get(block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        """No more puts from this process; the items already put stay readable elsewhere."""
        self._closed = True

    def join_thread(self):
        """Waits for the feeder thread; there is none here (puts are immediate)."""
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue:
    """An unbounded FIFO queue: put, get, empty, close."""

    def __init__(self, *, ctx=None):
        self._q = _queue.SimpleQueue()
        self._closed = False

    def put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._q.get()

    def empty(self):
        return self._q.empty()

    def close(self):
        self._closed = True
