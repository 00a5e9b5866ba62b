"""ProcessPoolExecutor for Weft: runs its calls on threads, not processes.

Weft has no global interpreter lock, so threads already use every core; there is no need
for worker processes, and no pickling of calls and results. Programs written for CPython's
ProcessPoolExecutor run unchanged (the functions need not be picklable or importable). The
workers run in a copy of __main__'s globals made at the first submit(), when CPython forks
them (multiprocessing._weft_fork), so what a call changes there the parent does not see.
"""

import collections
import functools
import itertools
import os
from traceback import format_exception

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool, _WorkItem

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(BrokenThreadPool):
    """Raised when a worker's initializer failed."""


# CPython sends a worker's exception back pickled: its frames are lost, and its __cause__
# becomes a _RemoteTraceback whose text is the worker's traceback. Weft's workers are threads,
# but the parent sees the exception as CPython's would, so tracebacks read the same.

class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    def __init__(self, exc, tb):
        tb = ''.join(format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb


def _rebuild_exc(exc, tb):
    # what unpickling gives the parent: no frames, no context, the worker's traceback as cause
    exc.__traceback__ = None
    exc.__context__ = None
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _CallItem:
    def __init__(self, fn, args, kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _process_worker(forked, call_item):
    # CPython: _process_worker in process.py; its frame heads the worker's traceback
    call_item = _CallItem(*forked.receive(call_item.fn, call_item.args, call_item.kwargs))
    try:
        r = call_item.fn(*call_item.args, **call_item.kwargs)
    except BaseException as e:
        return _ExceptionWithTraceback(e, e.__traceback__)
    return r


class _ProcessWorkItem(_WorkItem):
    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            outcome = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # the call could not be sent (pickle's error)
            self.future.set_exception(exc)
            self = None
            return
        if isinstance(outcome, _ExceptionWithTraceback):
            self.future.set_exception(_rebuild_exc(outcome.exc, outcome.tb))
        else:
            self.future.set_result(outcome)


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class ProcessPoolExecutor(ThreadPoolExecutor):
    """An executor with the interface of CPython's ProcessPoolExecutor that runs its calls on
    at most max_workers threads (default os.cpu_count()): Weft threads run in parallel, without
    a global lock, so this needs no processes and pickles nothing. mp_context and
    max_tasks_per_child are accepted and ignored."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._forked = None
        self._worker_numbers = None
        self._worker_idents = []
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        ThreadPoolExecutor.__init__(self, max_workers, initializer=self._initialize,
                                    initargs=(initializer, initargs))

    def _fork(self):
        # The workers' memory: a copy of the parent's as it is when the first call is submitted,
        # when CPython forks the workers (multiprocessing._weft_fork).
        with self._shutdown_lock:
            if self._forked is None:
                from multiprocessing._weft_fork import ForkedMain
                from multiprocessing.process import _count_processes
                self._worker_numbers = collections.deque(_count_processes(self._max_workers))
                self._forked = ForkedMain()
            return self._forked

    def _initialize(self, initializer, initargs):
        # The worker thread stands for the forked worker process ForkProcess-N until it ends.
        from multiprocessing.process import _become_worker
        forked = self._fork()
        if self._worker_numbers:
            self._worker_idents.append(
                _become_worker('ForkProcess', self._worker_numbers.popleft(), False))
        if initializer is not None:
            forked.call(initializer, initargs)

    def shutdown(self, wait=True, *, cancel_futures=False):
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        if wait:
            from multiprocessing.process import _forget_worker
            while self._worker_idents:
                _forget_worker(self._worker_idents.pop())

    shutdown.__doc__ = ThreadPoolExecutor.shutdown.__doc__

    _work_item_type = _ProcessWorkItem

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker, in the workers' copy of the program's memory."""
        forked = self._fork()
        return super().submit(_process_worker, forked, _CallItem(fn, args, kwargs))

    def _pool_name(self):
        return "ProcessPoolExecutor"

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently; chunksize must be >= 1."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        # CPython: ProcessPoolExecutor.map sends chunks of calls, each one task
        results = super().map(functools.partial(_process_chunk, fn),
                              _get_chunks(*iterables, chunksize=chunksize), timeout=timeout)
        return _chain_from_iterable_of_lists(results)
