"""Futures, the Executor interface, wait() and as_completed() (Weft's own implementation)."""

import sys
import threading
import time
from collections import namedtuple

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a Future, named as CPython names them (they appear in InvalidStateError messages).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_DESCRIPTIONS = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


def _report_callback_error(future):
    """What CPython's logging prints, with no logging configured, for a failing done-callback."""
    exc = sys.exc_info()[1]
    stderr = sys.stderr
    if stderr is None:
        return
    print(f"exception calling callback for {future!r}", file=stderr)
    threading._print_exception(type(exc), exc, exc.__traceback__, stderr)


class _Waiter:
    """Collects the futures that finish while wait() or as_completed() watches them."""

    def __init__(self):
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished = []

    def add(self, future):
        with self.lock:
            self.finished.append(future)
        self.event.set()

    def take(self):
        with self.lock:
            done = self.finished
            self.finished = []
            return done


class Future:
    """The result of an asynchronous computation: pending, running, cancelled or finished.

    Threads: the state changes under self._condition; waiters and callbacks learn of the end.
    """

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_callback_error(self)

    def __repr__(self):
        with self._condition:
            state = self._state
            if state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), _STATE_DESCRIPTIONS[state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), _STATE_DESCRIPTIONS[state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), _STATE_DESCRIPTIONS[state])

    def cancel(self):
        """Cancel the future if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._notify_waiters()
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """True if the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future was cancelled or finished."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once, in this thread, if it is already)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def __get_result(self):
        # CPython: Future.__get_result; a re-raised worker exception's traceback shows this frame,
        # under result()'s "return self.__get_result()", as CPython's does
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def _wait_done(self, timeout):
        return self._condition.wait_for(
            lambda: self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED), timeout)

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds; re-raises its exception."""
        with self._condition:
            if not self._wait_done(timeout):
                raise TimeoutError()
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            return self.__get_result()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting at most timeout seconds."""
        with self._condition:
            if not self._wait_done(timeout):
                raise TimeoutError()
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            return self._exception

    # ---- for executors and tests --------------------------------------------------------------

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or acknowledge its cancellation (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finish the future with a result."""
        self._finish(result, None)

    def set_exception(self, exception):
        """Finish the future with an exception."""
        self._finish(None, exception)

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            self._notify_waiters()
            self._condition.notify_all()
        self._invoke_callbacks()

    def _notify_waiters(self):
        for waiter in self._waiters:
            waiter.add(self)

    def _add_waiter(self, waiter):
        with self._condition:
            self._waiters.append(waiter)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                waiter.add(self)

    def _remove_waiter(self, waiter):
        with self._condition:
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _finished_enough(done, fs, return_when):
    if return_when == FIRST_COMPLETED:
        return bool(done)
    if return_when == FIRST_EXCEPTION:
        for f in done:
            if f._state == FINISHED and f._exception is not None:
                return True
    return len(done) == len(fs)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures: returns (done, not_done) sets once return_when is met
    (FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED) or the timeout passes."""
    fs = set(fs)
    deadline = None if timeout is None else time.monotonic() + timeout
    waiter = _Waiter()
    for f in fs:
        f._add_waiter(waiter)
    try:
        done = set()
        while True:
            waiter.event.clear()
            done.update(waiter.take())
            if _finished_enough(done, fs, return_when):
                break
            if deadline is None:
                waiter.event.wait()
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                waiter.event.wait(left)
    finally:
        for f in fs:
            f._remove_waiter(waiter)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """An iterator over the futures as they finish (those already done first); raises
    TimeoutError if the timeout passes before all are done."""
    deadline = None if timeout is None else time.monotonic() + timeout
    watched = set(fs)
    pending = set(watched)
    total = len(pending)
    waiter = _Waiter()
    for f in watched:
        f._add_waiter(waiter)
    try:
        while pending:
            waiter.event.clear()
            for f in waiter.take():
                if f in pending:
                    pending.discard(f)
                    yield f
            if not pending:
                break
            if deadline is None:
                waiter.event.wait()
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
                waiter.event.wait(left)
    finally:
        for f in watched:
            f._remove_waiter(waiter)


class Executor:
    """The interface of executors: submit(), map(), shutdown(), and use as a context manager."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns a Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently; results come in order.
        The iterator raises TimeoutError if a result is not ready timeout seconds after map()."""
        deadline = None if timeout is None else time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once pending futures are done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_or_cancel(fut, timeout=None):
    # named as CPython's, whose line "return fut.result(timeout)" tracebacks through map() show
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut
