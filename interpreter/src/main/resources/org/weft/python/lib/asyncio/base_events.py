"""The event loop: ready callbacks, timers, and wake-ups from other threads.

There are no sockets or selectors here.  Between callbacks the loop sleeps on a
condition variable until the next timer is due or another thread hands it work
through call_soon_threadsafe, so run_in_executor and to_thread work and threads
can give results back.  A loop belongs to the thread that runs it: only
call_soon_threadsafe (and what is built on it) may be used from other threads.
"""

__all__ = ('BaseEventLoop',)

import collections
import concurrent.futures
import heapq
import itertools
import logging
import math
import sys
import threading
import time
import warnings

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import socket_streams
from . import tasks

logger = logging.getLogger('asyncio')

# call_later measures a delay from the start of the loop round that asks for it when that
# round began at most this long ago (seconds). CPython runs a round's callbacks in microseconds,
# so tasks started in one round get their timers in the order of their delays; this interpreter
# may take milliseconds (more on code run for the first time), and timers measured from "now"
# would then come due out of CPython's order, e.g. sleep(2) of a task started late in a round
# after sleep(1) + sleep(1) of one started early. Timers still never fire before their delay:
# the heap orders them by the round-based time, and one fires once its real time has come.
_ROUND_SNAP = 0.05

# Cancelled timers are dropped from the heap once they are this many and this share.
_MIN_CANCELLED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_until_complete re-raises these itself; do not stop the loop twice.
            return
    futures._get_loop(fut).stop()


_run_until_complete_cb._weft_no_source = True


def _format_handle(handle):
    # A task's step shows as the task itself, as CPython's debug report does.
    cb = handle._callback
    task = getattr(cb, '__self__', None)
    if isinstance(task, tasks.Task):
        return repr(task)
    return str(handle)


class BaseEventLoop(events.AbstractEventLoop):
    """The asyncio event loop of Weft (what new_event_loop() returns)."""

    # The socket methods live in socket_streams (each blocking wait in a thread of its own); they
    # are copied here rather than inherited, so that the loop's MRO stays CPython's.
    sock_recv = socket_streams.SocketLoopMixin.sock_recv
    sock_recv_into = socket_streams.SocketLoopMixin.sock_recv_into
    sock_recvfrom = socket_streams.SocketLoopMixin.sock_recvfrom
    sock_sendall = socket_streams.SocketLoopMixin.sock_sendall
    sock_sendto = socket_streams.SocketLoopMixin.sock_sendto
    sock_connect = socket_streams.SocketLoopMixin.sock_connect
    sock_accept = socket_streams.SocketLoopMixin.sock_accept
    create_connection = socket_streams.SocketLoopMixin.create_connection
    create_server = socket_streams.SocketLoopMixin.create_server
    create_datagram_endpoint = socket_streams.SocketLoopMixin.create_datagram_endpoint

    # In debug mode, callbacks that run at least this long (seconds) are logged.
    slow_callback_duration = 0.1

    def __init__(self):
        self._ready = collections.deque()
        # A heap of (when, seq, TimerHandle): tuples compare without calling Python code,
        # and seq (unique) keeps timers due at the same time in the order they were made.
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._timer_seq = itertools.count()
        # When the loop round now running its callbacks began (None between rounds).
        self._round_start = None
        self._closed = False
        self._stopping = False
        self._thread_id = None
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._task_factory = None
        self._debug = sys.flags.dev_mode
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        # Work handed over by other threads, and the condition the loop sleeps on.
        self._wakeup = threading.Condition(threading.Lock())
        # The tasks of this loop that are not done yet (all_tasks reads it).
        self._tasks = set()
        # Tasks that ended with an exception nobody has retrieved yet.
        self._unretrieved = []
        # The async generators first iterated in this loop, in that order (CPython keeps a
        # WeakSet; without reference counting, finished ones are dropped as the dict grows).
        self._asyncgens = {}
        self._asyncgens_prune_at = 64
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ----- futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine as a Task of this loop."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ----- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)
            self._report_unretrieved()

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # An exception raised by the Task is re-raised here: nobody else needs to see it.
            future._log_traceback = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks that are ready now have run."""
        self._stopping = True
        self._wake()

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        """Drop pending callbacks and shut the default executor down (no wait)."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        self._report_unretrieved()

    # ----- async generators

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        gens = self._asyncgens
        if len(gens) >= self._asyncgens_prune_at:
            for done in [g for g in gens if g.ag_frame is None]:
                del gens[done]
            self._asyncgens_prune_at = max(64, 2 * len(gens))
        gens[agen] = None

    def _asyncgen_finalizer_hook(self, agen):
        # An async generator abandoned unfinished: close it in a task of this loop.
        self._asyncgens.pop(agen, None)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close the async generators of this loop that are still open."""
        self._asyncgens_shutdown_called = True
        closing_agens = [g for g in self._asyncgens if g.ag_frame is not None]
        self._asyncgens.clear()
        if not closing_agens:
            return
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Wait until the default executor's threads have finished their work."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled,
                                          future, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # ----- scheduling

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        now = self.time()
        # (CPython's call_later calls call_at: its debug-mode checks name call_at)
        return self._schedule(now + delay, self._round_time(now) + delay, callback, args, context,
                              'call_at')

    def _round_time(self, now):
        """`now`, or the start of the running round if that began at most _ROUND_SNAP ago."""
        start = self._round_start
        return start if start is not None and now - start < _ROUND_SNAP else now

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        return self._schedule(when, when, callback, args, context, 'call_at')

    def _schedule(self, when, order, callback, args, context, method):
        """A timer due at `when`, placed in the heap at `order` (<= when; see _ROUND_SNAP)."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, method)
        timer = events.TimerHandle(when, callback, args, self, context,
                                   next(self._timer_seq))
        heapq.heappush(self._scheduled, (order, timer._seq, timer))
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon for any thread: the loop wakes up to run the callback."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        # Straight into the ready queue, as CPython does: a callback handed over now runs
        # in this loop's next round, in order with call_soon's.
        with self._wakeup:
            self._ready.append(handle)
            self._wakeup.notify()
        return handle

    def _wake(self):
        with self._wakeup:
            self._wakeup.notify()

    def _check_thread(self):
        # Debug mode only, as in CPython: catch use of the loop from a foreign thread.
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError(
                'Non-thread-safe operation invoked on an event loop other '
                'than the current one')

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """Wait for work (timers, other threads), then run what is ready now."""
        self._drop_cancelled_timers()
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            # Round up to whole milliseconds, as CPython's epoll selector does: timers
            # due within the same millisecond then run in the same iteration.
            timeout = max(0, self._scheduled[0][2]._when - self.time())
            timeout = math.ceil(timeout * 1e3) * 1e-3
        else:
            timeout = None
        if timeout != 0:
            # Nothing to run now: sleep until another thread hands work over (it appends
            # under this lock) or a timer is due.
            with self._wakeup:
                if not self._ready and not self._stopping:
                    self._wakeup.wait(timeout)
        end_time = self.time() + self._clock_resolution
        # Timers come due in heap order: one whose own time has come still waits for those
        # placed before it (at most _ROUND_SNAP).
        while self._scheduled:
            if self._scheduled[0][2]._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)[2]
            handle._scheduled = False
            self._ready.append(handle)
        # Run only what is ready now; callbacks they schedule wait for the next round.
        self._round_start = self.time()
        debug = self._debug
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            if debug:
                t0 = self.time()
                handle._run()
                dt = self.time() - t0
                if dt >= self.slow_callback_duration:
                    logger.warning('Executing %s took %.3f seconds', _format_handle(handle), dt)
            else:
                handle._run()
        self._round_start = None
        handle = None

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        if (len(scheduled) > _MIN_CANCELLED_TIMER_HANDLES and
                self._timer_cancelled_count / len(scheduled) >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for entry in scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    kept.append(entry)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)[2]
                handle._scheduled = False

    # ----- threads

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (default: a ThreadPoolExecutor); await the result."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    # ----- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context's message, its other keys, and the exception's traceback."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')
        logger.error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Pass an error the loop cannot raise anywhere to the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error('Exception in default exception handler '
                                 'while handling an unexpected error '
                                 'in custom exception handler', exc_info=True)

    def _report_unretrieved(self):
        """Report the tasks whose exception nobody retrieved.

        CPython reports them when the task is garbage collected, which its reference
        counting does as soon as the last reference goes; without reference counting
        the loop reports them when it stops or closes instead.
        """
        pending, self._unretrieved = self._unretrieved, []
        for task in pending:
            if task._log_traceback:
                task._log_traceback = False
                self.call_exception_handler({
                    'message': f'{task.__class__.__name__} exception was never retrieved',
                    'exception': task._exception,
                    'future': task,
                })

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)
