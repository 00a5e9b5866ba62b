"""multiprocessing.managers for Weft: a Manager's shared objects, for processes that are threads
here (see multiprocessing.process). CPython's manager runs a server process and hands out
proxies; here the objects live in the one shared memory, so m.dict() and m.list() are a real
dict and list (thread-safe in Weft: each operation is atomic), and the locks, queues and
events are the multiprocessing ones."""

import threading

__all__ = ['BaseManager', 'SyncManager', 'Namespace', 'Value', 'Array']


class Namespace:
    """An object whose attributes are shared: ns.x = 1."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = sorted('%s=%r' % (name, value) for name, value in self.__dict__.items()
                       if not name.startswith('_'))
        return '%s(%s)' % (self.__class__.__name__, ', '.join(items))


class Value:
    """A shared value made by a manager: .value, get(), set()."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    """A shared array made by a manager: an array.array."""
    import array
    return array.array(typecode, sequence)


class BaseManager:
    """A manager: start() (or `with`), then make shared objects; shutdown() (or leaving `with`)."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._address = address
        self._state = 'INITIAL'
        self._lock = threading.Lock()
        self._made = []

    def start(self, initializer=None, initargs=()):
        """Starts the manager (there is no server process to start here)."""
        with self._lock:
            if self._state == 'STARTED':
                raise Exception("Already started server")  # CPython: ProcessError via assert
            if self._state == 'SHUTDOWN':
                raise Exception("Manager has shut down")
            self._state = 'STARTED'
        # CPython starts the manager's server process here.
        from multiprocessing.process import _count_processes
        _count_processes(1)
        if initializer is not None:
            initializer(*initargs)

    def connect(self):
        self._state = 'STARTED'

    def shutdown(self):
        """Stops the manager; the objects it made stay usable (they are ordinary objects)."""
        self._state = 'SHUTDOWN'
        from multiprocessing._weft_fork import unshare
        for obj in self.__dict__.get('_made', ()):
            unshare(obj)
        self._made = []

    def join(self, timeout=None):
        pass

    @property
    def address(self):
        return self._address

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        """Adds a method typeid(*args) that makes callable(*args)."""
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        cls._registry[typeid] = callable
        if create_method:
            def make(self, *args, **kwds):
                factory = type(self)._registry[typeid]
                if factory is None:
                    raise TypeError("%s was registered without a callable" % typeid)
                # Shared with every process, never copied into one (multiprocessing._weft_fork).
                from multiprocessing._weft_fork import share
                obj = factory(*args, **kwds)
                self.__dict__.setdefault("_made", []).append(obj)
                return share(obj)
            make.__name__ = typeid
            setattr(cls, typeid, make)


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() returns."""


def _sync_types():
    import queue
    from multiprocessing import synchronize, pool
    return {
        'Queue': queue.Queue, 'JoinableQueue': queue.Queue,
        'Event': synchronize.Event, 'Lock': synchronize.Lock, 'RLock': synchronize.RLock,
        'Semaphore': synchronize.Semaphore, 'BoundedSemaphore': synchronize.BoundedSemaphore,
        'Condition': synchronize.Condition, 'Barrier': synchronize.Barrier,
        'Pool': pool.Pool, 'list': list, 'dict': dict, 'Value': Value, 'Array': Array,
        'Namespace': Namespace,
    }


for _typeid, _factory in _sync_types().items():
    SyncManager.register(_typeid, _factory)
del _typeid, _factory
