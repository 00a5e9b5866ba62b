"""syslog: the Unix system logger (written for Weft).

Messages go as the C library sends them: a datagram to the /dev/log socket, formatted
"<priority>Mmm dd hh:mm:ss ident[pid]: message". Where there is no /dev/log (a container, say)
they are dropped without an error, as glibc drops them; LOG_PERROR also writes each message to
standard error. The log settings are the process's, shared by all threads, as the C library's
are (a lock keeps them consistent).
"""
import os as _os
import sys as _sys
import threading as _threading
import time as _time

LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = range(8)

LOG_KERN = 0
LOG_USER = 8
LOG_MAIL = 16
LOG_DAEMON = 24
LOG_AUTH = 32
LOG_SYSLOG = 40
LOG_LPR = 48
LOG_NEWS = 56
LOG_UUCP = 64
LOG_CRON = 72
LOG_AUTHPRIV = 80
LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3, LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = range(128, 192, 8)

LOG_PID = 1
LOG_CONS = 2
LOG_ODELAY = 4
LOG_NDELAY = 8
LOG_NOWAIT = 16
LOG_PERROR = 32

_lock = _threading.Lock()
_settings = {'ident': None, 'option': 0, 'facility': LOG_USER, 'mask': 0xFF, 'socket': None}


def LOG_MASK(pri, /):
    """Calculates the mask for the individual priority pri."""
    return 1 << pri


def LOG_UPTO(pri, /):
    """Calculates the mask for all priorities up to and including pri."""
    return (1 << (pri + 1)) - 1


def _default_ident():
    argv0 = _sys.argv[0] if _sys.argv and _sys.argv[0] else ''
    return _os.path.basename(argv0) or None


def openlog(ident=None, logoption=0, facility=LOG_USER):
    """Set logging options of subsequent syslog() calls."""
    if ident is not None and not isinstance(ident, str):
        raise TypeError("openlog() argument 'ident' must be str or None, not %s" % type(ident).__name__)
    with _lock:
        _settings['ident'] = ident if ident is not None else _default_ident()
        _settings['option'] = logoption
        _settings['facility'] = facility
        if logoption & LOG_NDELAY:
            _connect()


def closelog():
    """Reset the syslog module values and call the system library closelog()."""
    with _lock:
        sock = _settings['socket']
        if sock is not None:
            sock.close()
        _settings.update(ident=None, option=0, facility=LOG_USER, socket=None)


def setlogmask(maskpri, /):
    """Set the priority mask to maskpri and return the previous mask value."""
    with _lock:
        old = _settings['mask']
        if maskpri != 0:
            _settings['mask'] = maskpri
        return old


def _connect():
    if _settings['socket'] is not None:
        return _settings['socket']
    try:
        import socket
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.connect('/dev/log')
    except (OSError, AttributeError, ImportError):
        return None
    _settings['socket'] = sock
    return sock


def syslog(*args):
    """syslog([priority=LOG_INFO,] message)
Send the string message to the system logger."""
    if len(args) == 1:
        priority, message = LOG_INFO, args[0]
    elif len(args) == 2:
        priority, message = args
    else:
        raise TypeError("[priority,] message string")
    if not isinstance(message, str) or not isinstance(priority, int):
        raise TypeError("[priority,] message string")
    with _lock:
        if _settings['ident'] is None:
            _settings['ident'] = _default_ident()
        if not _settings['mask'] & LOG_MASK(priority & 0x07):
            return None
        ident = _settings['ident'] or ''
        option = _settings['option']
        if priority & ~0x07 == 0:
            priority |= _settings['facility']
        tag = '%s[%d]' % (ident, _os.getpid()) if option & LOG_PID else ident
        body = '%s: %s' % (tag, message) if tag else message
        if option & LOG_PERROR:
            _sys.stderr.write(body + '\n')
            _sys.stderr.flush()
        stamp = _time.strftime('%b %e %H:%M:%S', _time.localtime())
        sock = _connect()
        if sock is not None:
            try:
                sock.send(('<%d>%s %s' % (priority, stamp, body)).encode('utf-8', 'replace'))
            except OSError:
                pass
    return None
