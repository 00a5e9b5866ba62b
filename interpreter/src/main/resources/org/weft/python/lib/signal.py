"""signal: set handlers for asynchronous events (weft's own implementation, over _weft_signal).

Handlers run in the main thread, between bytecode-level steps, as in CPython. SIGINT is the
embedder's interrupt (the kernel's interrupt button or Ctrl-C): signal.signal(SIGINT, ...)
decides what it does. Other signals sent to the process by the operating system reach their
handlers too, except SIGQUIT, SIGFPE, SIGSEGV and SIGILL, which the JVM keeps (raise_signal
still runs their handlers). Signal masks, interval timers and wakeup fds are not available."""
import threading as _threading
from enum import IntEnum as _IntEnum

import _weft_signal

_SIGNALS = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6),
    ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11),
    ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16),
    ('SIGCHLD', 17), ('SIGCLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
    ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
    ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPOLL', 29),
    ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
]

Signals = _IntEnum('Signals', _SIGNALS, module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65

# Linux's strsignal texts (32 and 33 belong to the C library's threads and have none)
_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited',
    18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired',
    28: 'Window changed', 29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
}


from _weft_signal import default_int_handler


# The handlers as Python sees them (getsignal); the Java table holds what delivery needs.
# Written only by signal() on the main thread, under the lock.
_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN
_lock = _threading.Lock()
_weft_signal.set(SIGINT, 2, None)
_weft_signal.set(SIGPIPE, 1, None)
_weft_signal.set(SIGXFSZ, 1, None)


def _to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _signum(signalnum):
    signalnum = signalnum.__index__() if hasattr(signalnum, '__index__') else signalnum
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return int(signalnum)


def signal(signalnum, handler, /):
    """Set the action for the given signal; return the previous one."""
    signum = _signum(signalnum)
    if handler is SIG_IGN or (type(handler) is int and handler == 1):
        kind = 1
    elif handler is SIG_DFL or (type(handler) is int and handler == 0):
        kind = 0
    elif handler is default_int_handler:
        kind = 2
    elif callable(handler):
        kind = 3
    else:
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if _threading.current_thread() is not _threading.main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')
    if signum in (SIGKILL, SIGSTOP) or signum in (32, 33):
        raise OSError(22, 'Invalid argument')
    with _lock:
        old = _handlers[signum]
        _handlers[signum] = handler
        _weft_signal.set(signum, kind, handler if kind == 3 else None)
    return _to_enum(old, Handlers)


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    return _to_enum(_handlers[_signum(signalnum)], Handlers)


def strsignal(signalnum, /):
    """Return the system description of the given signal, or None when it has none."""
    signum = _signum(signalnum)
    if 34 <= signum < NSIG:
        return 'Real-time signal %d' % (signum - 34)
    return _DESCRIPTIONS.get(signum)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


# In Java, so that a handler's frame is the caller's, as in CPython.
raise_signal = _weft_signal.raise_signal


def alarm(seconds, /):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    if not isinstance(seconds, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(seconds).__name__)
    return _weft_signal.alarm(seconds)


def pause():
    """Wait until a signal arrives."""
    _weft_signal.pause()
