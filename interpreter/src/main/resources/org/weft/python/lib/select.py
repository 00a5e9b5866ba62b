"""Waiting for sockets to become ready: select(), poll() and epoll() over Weft's sockets (the wait
is one java.nio Selector, in _socket). A descriptor that is not a socket (a file, a standard
stream) counts as always ready, as a regular file does for POSIX select. Written for Weft;
CPython's selectmodule.c is the reference for behaviour."""

import _socket
import time as _time

__all__ = ['select', 'poll', 'epoll', 'error']

error = OSError

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
POLLRDNORM = 64
POLLRDBAND = 128
POLLWRNORM = 256
POLLWRBAND = 512
POLLMSG = 1024
POLLRDHUP = 8192
EPOLLIN = 1
EPOLLPRI = 2
EPOLLOUT = 4
EPOLLERR = 8
EPOLLHUP = 16
EPOLLRDNORM = 64
EPOLLRDBAND = 128
EPOLLWRNORM = 256
EPOLLWRBAND = 512
EPOLLMSG = 1024
EPOLLRDHUP = 8192
EPOLLEXCLUSIVE = 1 << 28
EPOLLONESHOT = 1 << 30
EPOLLET = 1 << 31
EPOLL_CLOEXEC = 524288
PIPE_BUF = 4096


def _fd(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fileno = obj.fileno
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _timeout_ns(timeout, what='timeout must be a float or None'):
    if timeout is None:
        return -1
    try:
        seconds = float(timeout)
    except (TypeError, ValueError):
        raise TypeError(what) from None
    if seconds < 0:
        raise ValueError('timeout must be non-negative')
    return int(seconds * 1e9)


def _wait(readers, writers, timeout_ns):
    """The ready ones among descriptors `readers` and `writers`: two sets of fds."""
    r_socks, r_fds, w_socks, w_fds = [], [], [], []
    ready_r, ready_w = set(), set()
    for fds, socks, ready, kept in ((readers, r_socks, ready_r, r_fds), (writers, w_socks, ready_w, w_fds)):
        for fd in fds:
            h = _socket.handle_of(fd)
            if h is None:
                ready.add(fd)
            else:
                socks.append(h)
                kept.append(fd)
    if ready_r or ready_w:
        timeout_ns = 0
    if not r_socks and not w_socks:
        if timeout_ns != 0 and not (ready_r or ready_w):
            _socket.select((), (), timeout_ns)
        return ready_r, ready_w
    ri, wi = _socket.select(tuple(r_socks), tuple(w_socks), timeout_ns)
    ready_r.update(r_fds[i] for i in ri)
    ready_w.update(w_fds[i] for i in wi)
    return ready_r, ready_w


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until one or more file descriptors are ready for some kind of I/O."""
    try:
        rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    except TypeError:
        raise TypeError('arguments 1-3 must be sequences') from None
    timeout_ns = _timeout_ns(timeout)
    r_fds = [_fd(o) for o in rlist]
    w_fds = [_fd(o) for o in wlist]
    for o in xlist:
        _fd(o)
    ready_r, ready_w = _wait(r_fds, w_fds, timeout_ns)
    return ([o for o, fd in zip(rlist, r_fds) if fd in ready_r],
            [o for o, fd in zip(wlist, w_fds) if fd in ready_w], [])


class _Registry:
    _READ = POLLIN | POLLPRI | POLLRDNORM
    _WRITE = POLLOUT | POLLWRNORM

    def __init__(self):
        self._fds = {}

    def _events(self, timeout_ns, maxevents=-1):
        readers = [fd for fd, m in self._fds.items() if m & self._READ]
        writers = [fd for fd, m in self._fds.items() if m & self._WRITE]
        ready_r, ready_w = _wait(readers, writers, timeout_ns)
        out = []
        for fd, mask in self._fds.items():
            ev = 0
            if fd in ready_r:
                # Readable data is POLLIN (POLLRDNORM when asked for); POLLPRI means urgent
                # data, which this readiness check cannot see, so it is never reported.
                ev |= mask & (POLLIN | POLLRDNORM)
            if fd in ready_w:
                ev |= mask & self._WRITE or POLLOUT
            if ev:
                out.append((fd, ev))
        return out if maxevents is None or maxevents < 0 else out[:maxevents]


class poll(_Registry):
    """Returns a polling object, that supports registering and unregistering file descriptors,
    and then polling them for I/O events."""

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        self._fds[_fd(fd)] = eventmask

    def modify(self, fd, eventmask, /):
        fd = _fd(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd, /):
        fd = _fd(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        if timeout is None or timeout < 0:
            ns = -1
        else:
            ns = int(timeout * 1e6)
        return self._events(ns)


class epoll(_Registry):
    """select.epoll(sizehint=-1, flags=0): an edge and level triggered event notification object."""

    _READ = EPOLLIN | EPOLLPRI | EPOLLRDNORM
    _WRITE = EPOLLOUT | EPOLLWRNORM

    def __init__(self, sizehint=-1, flags=0):
        super().__init__()
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed epoll object')

    def close(self):
        self._closed = True
        self._fds.clear()

    def fileno(self):
        self._check()
        return -1

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        fd = _fd(fd)
        if fd in self._fds:
            raise FileExistsError(17, 'File exists')
        self._fds[fd] = eventmask

    def modify(self, fd, eventmask):
        self._check()
        fd = _fd(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        self._check()
        fd = _fd(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        del self._fds[fd]

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is None or timeout < 0:
            ns = -1
        else:
            ns = int(timeout * 1e9)
        return self._events(ns, maxevents)

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
