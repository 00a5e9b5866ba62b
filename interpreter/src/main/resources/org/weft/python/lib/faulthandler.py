"""faulthandler: dump the Python tracebacks of all threads (weft's own implementation).

dump_traceback, dump_traceback_later and register work as in CPython, writing to any object
with a write() method (Weft's files have no descriptors). Fatal errors such as a segmentation
fault do not reach Python code on the JVM (a crash of the JVM writes its own hs_err report), so
enable() only records that the handler is on, for is_enabled() and the programs that check it."""
import _thread
import signal as _signal
import sys

_MAX_FRAME_DEPTH = 100
_state_lock = _thread.allocate_lock()
_enabled = False
_later = None        # the pending dump_traceback_later: [lock that cancels it]
_registered = {}     # signum -> (previous handler, file, all_threads, chain)


def _file(file):
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    elif isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        file = {1: sys.stdout, 2: sys.stderr}.get(file)
        if file is None:
            raise ValueError("file is not a valid file descriptor")
    if not hasattr(file, 'write'):
        raise AttributeError("'%s' object has no attribute 'fileno'" % type(file).__name__)
    try:
        file.flush()
    except Exception:
        pass
    return file


def _frames(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAME_DEPTH:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    return lines


def _dump(file, all_threads, skip_frames=1, watchdog=False):
    current = _thread.get_ident()
    frames = sys._current_frames()
    if watchdog:
        # the watchdog is no Python thread in CPython: it reports the others only
        frames.pop(current, None)
        current = None
    me = sys._getframe(skip_frames)
    out = []
    if not all_threads:
        out.append('Stack (most recent call first):\n')
        out += _frames(me)
    else:
        for ident in sorted(frames, reverse=True):
            if out:
                out.append('\n')
            if ident == current:
                out.append('Current thread 0x%016x (most recent call first):\n' % ident)
                out += _frames(me)
            else:
                out.append('Thread 0x%016x (most recent call first):\n' % ident)
                out += _frames(frames[ident])
        if current is not None and current not in frames:
            if out:
                out.append('\n')
            out.append('Current thread 0x%016x (most recent call first):\n' % current)
            out += _frames(me)
    file.write(''.join(out))
    try:
        file.flush()
    except Exception:
        pass


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread, or of all threads if all_threads is True, into
    file."""
    _dump(_file(file), all_threads, 2)


def enable(file=None, all_threads=True):
    """Enable the fault handler."""
    global _enabled
    _file(file)
    _enabled = True


def disable():
    """Disable the fault handler."""
    global _enabled
    was = _enabled
    _enabled = False
    return was


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the traceback of all threads in timeout seconds, or each timeout seconds if repeat is
    True. If exit is True, call _exit(1) which is not safe."""
    global _later
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    if timeout * 1e6 >= 2 ** 63:
        raise OverflowError("timeout value is too large")
    file = _file(file)
    cancel_dump_traceback_later()
    cancelled = _thread.allocate_lock()
    cancelled.acquire()
    with _state_lock:
        _later = cancelled
    seconds = int(timeout)
    header = 'Timeout (%d:%02d:%02d%s)!\n' % (seconds // 3600, seconds // 60 % 60, seconds % 60,
                                              '.%06d' % round((timeout - seconds) * 1e6) if timeout != seconds else '')

    def watchdog():
        while True:
            if cancelled.acquire(timeout=timeout):
                return
            file.write(header)
            _dump(file, True, 1, watchdog=True)
            if exit:
                import os
                os._exit(1)
            if not repeat:
                return

    _thread.start_new_thread(watchdog, ())


def cancel_dump_traceback_later():
    """Cancel the previous call to dump_traceback_later()."""
    global _later
    with _state_lock:
        pending, _later = _later, None
    if pending is not None:
        pending.release()


def register(signum, file=None, all_threads=True, chain=False):
    """Register a handler for the signal 'signum': dump the traceback of the current thread, or of
    all threads if all_threads is True, into file."""
    if signum in (_signal.SIGSEGV, _signal.SIGFPE, _signal.SIGABRT, _signal.SIGBUS, _signal.SIGILL,
                  _signal.SIGKILL, _signal.SIGSTOP):
        raise RuntimeError("signal %d cannot be registered, use enable() instead" % signum)
    file = _file(file)

    def handler(sig, frame):
        # the stack the signal interrupted, without this handler's frame
        _dump(file, all_threads, 2)
        if chain and callable(previous):
            previous(sig, frame)

    previous = _signal.signal(signum, handler)
    with _state_lock:
        if signum not in _registered:
            _registered[signum] = previous
        else:
            previous = _registered[signum]


def unregister(signum):
    """Unregister the handler of the signal 'signum' registered by register()."""
    with _state_lock:
        if signum not in _registered:
            return False
        previous = _registered.pop(signum)
    _signal.signal(signum, previous)
    return True
