"""The event loop and policy that asyncio uses on Unix, by CPython's names.

asyncio.new_event_loop() and asyncio.run() make a _UnixSelectorEventLoop, as CPython does on
Linux, so `print(loop)` and `type(loop).__name__` match.  It adds signal handlers
(add_signal_handler) to the base loop; child watchers are left out.
"""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

import errno
import signal
import threading

from . import coroutines
from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The Unix event loop."""

    def __init__(self):
        super().__init__()
        self._signal_handlers = {}

    def close(self):
        super().close()
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) in this loop when signal `sig` arrives (main thread only)."""
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        if threading.current_thread() is not threading.main_thread():
            # CPython's message: it comes from signal.set_wakeup_fd.
            raise RuntimeError('set_wakeup_fd only works in main thread of the main interpreter')
        handle = events.Handle(callback, args, self, None)
        self._signal_handlers[sig] = handle
        try:
            signal.signal(sig, self._signal_received)
        except OSError as exc:
            del self._signal_handlers[sig]
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def _signal_received(self, sig, frame):
        # Python runs this on the main thread, perhaps while the loop waits for work:
        # queue the handle now, and wake the loop from another thread, which can wait
        # for the loop's lock (this one may hold it).
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
            return
        self._ready.append(handle)
        threading.Thread(target=self._wake, daemon=True).start()

    def remove_signal_handler(self, sig):
        """Remove the handler of `sig`; True if there was one."""
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        return True

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """The policy that makes _UnixSelectorEventLoops."""
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
