"""multiprocessing.dummy: the multiprocessing API on threads (Weft's own implementation)."""

import threading
import queue
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier

from multiprocessing import cpu_count

current_process = threading.current_thread
from multiprocessing.pool import ThreadPool

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue',
           'JoinableQueue', 'Pool', 'Value', 'Array', 'cpu_count']

Queue = queue.Queue
JoinableQueue = queue.Queue


class DummyProcess(threading.Thread):
    """A thread with the Process API (start, join, is_alive, name, exitcode)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)

    @property
    def exitcode(self):
        if self._started.is_set() and not self.is_alive():
            return 0
        return None


Process = DummyProcess


def active_children():
    """The DummyProcess threads still running."""
    return [t for t in threading.enumerate() if isinstance(t, DummyProcess) and t.is_alive()]


def freeze_support():
    pass


class Value:
    """A shared value (threads share memory: a plain attribute holder)."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Array(typecode, sequence, lock=True):
    """A shared array: a list (threads share memory)."""
    return list(sequence)


def Pool(processes=None, initializer=None, initargs=()):
    """A ThreadPool."""
    return ThreadPool(processes, initializer, initargs)
