"""High-level I/O multiplexing: register file objects with events and data, then wait for them.
Written for Weft over its select module; CPython's selectors.py is the reference for behaviour."""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import select

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector', 'SelectSelector', 'PollSelector',
           'EpollSelector', 'DefaultSelector']


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
"""


class _SelectorMapping(Mapping):
    """A read-only view of a selector's keys, by file object."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
        except ValueError:
            return default
        return self._selector._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError("{!r} is not registered".format(fileobj))
        return key

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """Selector abstract base class."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """Keeps the keys; the subclasses wait."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # a closed file object: find it among the keys
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        readers = [k.fd for k in self._fd_to_key.values() if k.events & EVENT_READ]
        writers = [k.fd for k in self._fd_to_key.values() if k.events & EVENT_WRITE]
        r, w, _ = select.select(readers, writers, [], timeout)
        r, w = set(r), set(w)
        ready = []
        for fd in list(self._fd_to_key):
            events = (EVENT_READ if fd in r else 0) | (EVENT_WRITE if fd in w else 0)
            key = self._key_from_fd(fd)
            if key and events:
                ready.append((key, events & key.events))
        return ready


class SelectSelector(_BaseSelectorImpl):
    """Select-based selector."""


class PollSelector(_BaseSelectorImpl):
    """Poll-based selector."""


class EpollSelector(_BaseSelectorImpl):
    """Epoll-based selector."""

    def fileno(self):
        return -1


DefaultSelector = EpollSelector
