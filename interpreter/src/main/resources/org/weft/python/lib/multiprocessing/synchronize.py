"""multiprocessing.synchronize for Weft: the locks and conditions of multiprocessing, which are
threading's here (processes are threads: see multiprocessing.process), with CPython's reprs."""

import threading

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


def _owner_name():
    from multiprocessing.process import current_process
    name = current_process().name
    if threading.current_thread().name != 'MainThread' and name == 'MainProcess':
        name += '|' + threading.current_thread().name
    return name


class Lock:
    """A non-recursive lock; acquire(block=True, timeout=None), release(), a context manager."""

    def __init__(self, *, ctx=None):
        self._lock = threading.Lock()
        self._owner = None

    def acquire(self, block=True, timeout=None):
        got = self._lock.acquire(block, -1 if timeout is None else timeout)
        if got:
            self._owner = _owner_name()
        return got

    def release(self):
        self._owner = None
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        owner = self._owner if self._lock.locked() else None
        if self._lock.locked() and owner is None:
            owner = 'SomeOtherProcess'
        return '<%s(owner=%s)>' % (type(self).__name__, owner)


class RLock:
    """A recursive lock: the thread (process) holding it may acquire it again."""

    def __init__(self, *, ctx=None):
        self._lock = threading.RLock()
        self._owner = None
        self._count = 0

    def acquire(self, block=True, timeout=None):
        got = self._lock.acquire(block, -1 if timeout is None else timeout)
        if got:
            self._owner = _owner_name()
            self._count += 1
        return got

    def release(self):
        self._count -= 1
        if self._count == 0:
            self._owner = None
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(%s, %s)>' % (type(self).__name__, self._owner, self._count)


class Semaphore(threading.Semaphore):
    """A counting semaphore: acquire() waits while the value is zero. threading's, with
    multiprocessing's signature (a timeout with block=False is ignored, release() takes no count)."""

    def __init__(self, value=1, *, ctx=None):
        threading.Semaphore.__init__(self, value)

    def acquire(self, block=True, timeout=None):
        return threading.Semaphore.acquire(self, block, timeout if block else None)

    def release(self):
        with self._cond:
            self._check_release()
            self._value += 1
            self._cond.notify()

    def _check_release(self):
        pass

    def get_value(self):
        return self._value

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self._value)


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may not rise above its initial value."""

    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value)
        self._maxvalue = value

    def _check_release(self):
        if self._value >= self._maxvalue:
            raise ValueError('semaphore or lock released too many times')

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self._value, self._maxvalue)


class Condition(threading.Condition):
    """threading.Condition, over an RLock by default, with multiprocessing's repr."""

    def __init__(self, lock=None, *, ctx=None):
        self._mp_lock = lock if lock is not None else RLock()
        inner = self._mp_lock._lock if isinstance(self._mp_lock, (Lock, RLock)) else self._mp_lock
        threading.Condition.__init__(self, inner)

    def __repr__(self):
        return '<%s(%s, %s)>' % (type(self).__name__, self._mp_lock, len(self._waiters))


class Event(threading.Event):
    """threading.Event: set(), clear(), is_set(), wait(timeout)."""

    def __init__(self, *, ctx=None):
        threading.Event.__init__(self)


class Barrier(threading.Barrier):
    """threading.Barrier for processes."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        threading.Barrier.__init__(self, parties, action, timeout)
