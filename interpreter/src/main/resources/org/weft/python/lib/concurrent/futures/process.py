"""ProcessPoolExecutor for Weft: runs its calls on threads, not processes.

Weft has no global interpreter lock, so threads already use every core; there is no need
for worker processes, and no pickling of calls and results. Programs written for CPython's
ProcessPoolExecutor run unchanged (the functions need not be picklable or importable). The
workers run in a copy of __main__'s globals made at the first submit(), when CPython forks
them (multiprocessing._weft_fork), so what a call changes there the parent does not see.
"""

import collections
import os

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(BrokenThreadPool):
    """Raised when a worker's initializer failed."""


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

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker, in the workers' copy of the program's memory."""
        forked = self._fork()
        return super().submit(forked.call_sent, fn, args, kwargs)

    def _pool_name(self):
        return "ProcessPoolExecutor"

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently; chunksize must be >= 1."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
