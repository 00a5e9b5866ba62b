"""multiprocessing.dummy: the multiprocessing API on threads (Weft's own implementation).

Names and behaviour follow CPython's multiprocessing/dummy package: Process is a thread,
Manager() is this module, Array is an array.array, Pipe joins two queues.
"""

import array
import threading
import weakref
from queue import Queue
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier

from .connection import Pipe

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue',
           'Manager', 'Pipe', 'Pool', 'JoinableQueue']

JoinableQueue = Queue
current_process = threading.current_thread


def _children_of(thread):
    # A thread's started DummyProcesses, weakly held (CPython keeps them in thread._children)
    children = getattr(thread, '_children', None)
    if children is None:
        children = thread._children = weakref.WeakKeyDictionary()
    return children


class DummyProcess(threading.Thread):
    """A thread with the Process API (start, join, is_alive, name, exitcode)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError(
                "Parent is {0!r} but current_process is {1!r}".format(
                    self._parent, current_process()))
        self._start_called = True
        _children_of(self._parent)[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess


def active_children():
    """The DummyProcesses the current thread started that are still running."""
    children = _children_of(current_process())
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


def freeze_support():
    pass


class Namespace(object):
    """What a Manager's Namespace() gives: attributes, shown sorted, private ones hidden."""

    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % (name, value) for name, value in list(self.__dict__.items())
                       if not name.startswith('_'))
        return '%s(%s)' % (self.__class__.__name__, ', '.join(shown))


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    """A shared array: an array.array (threads share memory)."""
    return array.array(typecode, sequence)


class Value(object):
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


def Manager():
    """The manager of thread-shared objects is this module itself."""
    import sys
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    """A ThreadPool."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)
