"""multiprocessing.context for Weft: the start-method contexts. Every context runs its processes
on threads (see multiprocessing.process); the start method is recorded and reported as CPython
would ('fork' by default on Linux in 3.11), and only changes the processes' class names."""

import threading

from multiprocessing import process

__all__ = ['BaseContext', 'DefaultContext', 'ForkContext', 'SpawnContext', 'ForkServerContext',
           'get_context', 'set_start_method', 'get_start_method', 'get_all_start_methods']

_METHODS = ['fork', 'spawn', 'forkserver']


class BaseContext:
    """The multiprocessing API bound to one start method."""

    from multiprocessing import ProcessError, BufferTooShort, TimeoutError, AuthenticationError

    def cpu_count(self):
        """The number of CPUs in the system."""
        import os
        n = os.cpu_count()
        if n is None:
            raise NotImplementedError('cannot determine number of cpus')
        return n

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def Manager(self):
        from multiprocessing.managers import SyncManager
        m = SyncManager(ctx=self.get_context())
        m.start()
        return m

    def Pipe(self, duplex=True):
        from multiprocessing.connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from multiprocessing.synchronize import Lock
        return Lock(ctx=self.get_context())

    def RLock(self):
        from multiprocessing.synchronize import RLock
        return RLock(ctx=self.get_context())

    def Condition(self, lock=None):
        from multiprocessing.synchronize import Condition
        return Condition(lock, ctx=self.get_context())

    def Semaphore(self, value=1):
        from multiprocessing.synchronize import Semaphore
        return Semaphore(value, ctx=self.get_context())

    def BoundedSemaphore(self, value=1):
        from multiprocessing.synchronize import BoundedSemaphore
        return BoundedSemaphore(value, ctx=self.get_context())

    def Event(self):
        from multiprocessing.synchronize import Event
        return Event(ctx=self.get_context())

    def Barrier(self, parties, action=None, timeout=None):
        from multiprocessing.synchronize import Barrier
        return Barrier(parties, action, timeout, ctx=self.get_context())

    def Queue(self, maxsize=0):
        from multiprocessing.queues import Queue
        return Queue(maxsize, ctx=self.get_context())

    def JoinableQueue(self, maxsize=0):
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self.get_context())

    def SimpleQueue(self):
        from multiprocessing.queues import SimpleQueue
        return SimpleQueue(ctx=self.get_context())

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self.get_context())

    def RawValue(self, typecode_or_type, *args):
        from multiprocessing.sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from multiprocessing.sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from multiprocessing.sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock, ctx=self.get_context())

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from multiprocessing.sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock, ctx=self.get_context())

    def freeze_support(self):
        pass

    def get_logger(self):
        import logging
        return logging.getLogger('multiprocessing')

    def log_to_stderr(self, level=None):
        import logging
        logger = self.get_logger()
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
        logger.addHandler(handler)
        if level:
            logger.setLevel(level)
        return logger

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            return _concrete[method]
        except KeyError:
            raise ValueError('cannot find context for %r' % method) from None

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def _check_available(self):
        pass


class ForkProcess(process.BaseProcess):
    """A process of the 'fork' context (a thread in Weft)."""


class SpawnProcess(process.BaseProcess):
    """A process of the 'spawn' context (a thread in Weft)."""


class ForkServerProcess(process.BaseProcess):
    """A process of the 'forkserver' context (a thread in Weft)."""


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    _name = 'forkserver'
    Process = ForkServerProcess


_concrete = {'fork': ForkContext(), 'spawn': SpawnContext(), 'forkserver': ForkServerContext()}


class DefaultContext(BaseContext):
    """The module-level API: uses the start method set by set_start_method ('fork' by default)."""

    Process = process.Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None
        self._lock = threading.Lock()

    def get_context(self, method=None):
        if method is None:
            with self._lock:
                if self._actual_context is None:
                    self._actual_context = self._default_context
                return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        with self._lock:
            if self._actual_context is not None and not force:
                raise RuntimeError('context has already been set')
            if method is None and force:
                self._actual_context = None
                return
            self._actual_context = super().get_context(method)

    def get_start_method(self, allow_none=False):
        with self._lock:
            if self._actual_context is None:
                if allow_none:
                    return None
                self._actual_context = self._default_context
            return self._actual_context._name

    def get_all_start_methods(self):
        return list(_METHODS)


_default_context = DefaultContext(_concrete['fork'])
