"""Tasks: coroutines driven by the event loop, and the functions that combine them."""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
    'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks',
)

import concurrent.futures
import contextvars
import inspect
import threading
import types

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures

_task_counter_lock = threading.Lock()
_task_counter = 0

# The task each loop is running at this moment.  A loop runs in one thread, so each
# key is written by one thread only; dict item updates are atomic.
_current_tasks = {}


def _next_task_name():
    global _task_counter
    with _task_counter_lock:
        _task_counter += 1
        return f'Task-{_task_counter}'


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


class Task(futures.Future):
    """A coroutine wrapped in a Future: the loop steps it until it finishes."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = _next_task_name() if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self.__step, context=self._context)
        self._loop._tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{format_helpers.format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The frames of the task's coroutine: the suspended frame, or for a task that
        failed, the frames of its exception's traceback."""
        frames = []
        frame = getattr(self._coro, 'cr_frame', None)
        if frame is not None:
            # Weft's coroutines do not expose what they await (cr_await): one frame.
            frames.append(frame)
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None:
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print the stack or the traceback of the task's coroutine, as CPython does."""
        import sys
        import traceback
        file = sys.stderr if file is None else file
        exc = self._exception
        if exc is not None and getattr(self._coro, 'cr_frame', None) is None:
            entries = []
            tb = exc.__traceback__
            while tb is not None:
                entries.append((tb.tb_frame.f_code, tb.tb_lineno))
                tb = tb.tb_next
        else:
            entries = [(f.f_code, f.f_lineno) for f in self.get_stack(limit=limit)]
        summaries = []
        for code, lineno in entries:
            summaries.append(traceback.FrameSummary(code.co_filename, lineno, code.co_name))
        if not summaries:
            print(f'No stack for {self!r}', file=file)
        elif exc is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        for line in traceback.format_list(summaries):
            print(line, file=file, end='')
        if exc is not None:
            for line in traceback.format_exception_only(exc.__class__, exc):
                print(line, file=file, end='')

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into it at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback (__wakeup) throws CancelledError into us.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self, result=None, exc=None, cancelled=False, cancel_message=None):
        self._loop._tasks.discard(self)
        if cancelled:
            super().cancel(msg=cancel_message)
        elif exc is not None:
            super().set_exception(exc)
            self._loop._unretrieved.append(self)
        else:
            super().set_result(result)

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self.__step_run_and_handle_result(exc)
        finally:
            _leave_task(self._loop, self)
            self = None

    def __step_run_and_handle_result(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                self._finish(cancelled=True, cancel_message=self._cancel_message)
            else:
                self._finish(result=e.value)
        except exceptions.CancelledError as e:
            # The first result() raises this very exception; later ones a CancelledError
            # without the message, as CPython's Task (the cancel message is dropped).
            self._cancelled_exc = e
            self._finish(cancelled=True)
        except (KeyboardInterrupt, SystemExit) as e:
            # It leaves the loop right away (run_until_complete re-raises it): not a
            # "never retrieved" exception.
            self._loop._tasks.discard(self)
            futures.Future.set_exception(self, e)
            self._log_traceback = False
            raise
        except BaseException as e:
            # Tracebacks start in the coroutine, as with CPython's C Task: drop this frame.
            tb = e.__traceback__
            if tb is not None and tb.tb_frame.f_code is _STEP_CODE:
                e.__traceback__ = tb.tb_next
            self._finish(exc=e)
        else:
            self.__handle_yield(result)

    def __handle_yield(self, result):
        if result is None:
            # A bare yield (sleep(0)): let the other ready callbacks run first.
            self._loop.call_soon(self.__step, context=self._context)
            return
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                new_exc = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self.__step, new_exc, context=self._context)
            elif blocking:
                if result is self:
                    new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self.__step, new_exc, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self.__step, new_exc, context=self._context)
        elif inspect.isgenerator(result):
            new_exc = RuntimeError(
                f'yield was used instead of yield from for generator in task {self!r} '
                f'with {result!r}')
            self._loop.call_soon(self.__step, new_exc, context=self._context)
        else:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self.__step, new_exc, context=self._context)

    def __wakeup(self, future):
        # The step runs outside the except clause: CPython's C Task has no handler
        # active here, so the coroutine must not see the exception as being handled
        # (sys.exc_info(), the implicit __context__ of what it raises).
        try:
            future.result()
        except BaseException as exc:
            error = exc
        else:
            error = None
        if error is None:
            self.__step()
        else:
            self.__step(error)
        self = error = None

    # What CPython's repr shows for the wake-up callback of a Task.
    _Task__wakeup._weft_no_source = True
    _Task__wakeup.__qualname__ = 'Task.task_wakeup'


# As Future: CPython's asyncio.Task is _asyncio.Task.
Task.__module__ = '_asyncio'
_PyTask = Task
_STEP_CODE = Task._Task__step_run_and_handle_result.__code__


def _register_task(task):
    """Make all_tasks() see a task made by a custom task factory or Task subclass."""
    futures._get_loop(task)._tasks.add(task)


def _unregister_task(task):
    futures._get_loop(task)._tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]


def current_task(loop=None):
    """The Task running now in this thread's loop, or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of not-yet-done Tasks of the (running) loop."""
    if loop is None:
        loop = events.get_running_loop()
    # Another thread may ask while the loop's thread adds tasks: copying the set can then
    # fail with "Set changed size during iteration"; try again, as CPython does.
    for _ in range(1000):
        try:
            tasks = list(loop._tasks)
        except RuntimeError:
            continue
        break
    else:
        tasks = []
    return {t for t in tasks if not t.done()}


def create_task(coro, *, name=None, context=None):
    """Schedule a coroutine on the running loop; return its Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    """A Future as is; a coroutine or awaitable wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not coroutines.iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    """Awaiting this yields None once: the Task steps again after the ready callbacks."""

    __slots__ = ()

    def __await__(self):
        yield


_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    """Coroutine that completes after `delay` seconds, with `result`."""
    if delay <= 0:
        await _sleep0
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled,
                             future, result)
    try:
        return await future
    finally:
        handle.cancel()


# CPython's Task and these functions are C code (_asyncio): no frames of theirs in tracebacks.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals(), 'Task', '_enter_task', '_leave_task',
                                                '_register_task', '_unregister_task', 'current_task')
del _weft_hidden


from .waiting import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,  # noqa: E402
                      wait, wait_for, as_completed, gather, shield,
                      run_coroutine_threadsafe)
