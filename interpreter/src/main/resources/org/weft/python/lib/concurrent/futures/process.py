"""ProcessPoolExecutor for Weft: runs its calls on threads, not processes.

Weft has no global interpreter lock, so threads already use every core; there is no need
for worker processes, and no pickling of calls and results. Programs written for CPython's
ProcessPoolExecutor run unchanged (the functions need not be picklable or importable).
"""

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
        ThreadPoolExecutor.__init__(self, max_workers, initializer=initializer, initargs=initargs)

    def _pool_name(self):
        return "ProcessPoolExecutor"

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently; chunksize must be >= 1."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
