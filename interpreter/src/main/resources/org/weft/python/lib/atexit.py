"""Register functions to run when the interpreter exits.

The launcher calls _run_exitfuncs() once, after the main program ends. Thread safety: the
registry is one list; it is only replaced or rebound under _lock, so concurrent register and
unregister calls lose no entries.
"""

import sys as _sys
import threading as _threading

_lock = _threading.Lock()
_handlers = []


def register(func, *args, **kwargs):
    """Register func to be called with args and kwargs at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    with _lock:
        _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    with _lock:
        _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    with _lock:
        del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    """Call the registered functions, last registered first, as CPython does at shutdown."""
    while True:
        with _lock:
            if not _handlers:
                return
            func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    # CPython: atexit_callfuncs prints "Exception ignored in atexit callback" and the traceback
    import traceback
    print("Exception ignored in atexit callback: %r" % (func,), file=_sys.stderr)
    _sys.stderr.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


# CPython's atexit is C: a failing handler's traceback starts at the handler, with no frame of
# _run_exitfuncs above it.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals(), '_run_exitfuncs')
del _weft_hidden
