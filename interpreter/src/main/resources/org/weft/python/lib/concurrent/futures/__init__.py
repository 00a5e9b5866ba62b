"""Run callables asynchronously: executors return Futures (Weft's own implementation).

ThreadPoolExecutor runs work on a pool of threads. Weft has no global interpreter lock, so
threads already run Python code in parallel on every core: ProcessPoolExecutor is a thread
pool too (no processes, no pickling), so programs written for CPython run unchanged.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')

