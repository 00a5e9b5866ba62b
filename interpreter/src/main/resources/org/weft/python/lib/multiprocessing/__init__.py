"""multiprocessing for Weft: only what runs on threads (Weft's own implementation).

Weft has no global interpreter lock, so threads already run Python code on every core:
multiprocessing.pool.ThreadPool and multiprocessing.dummy (the multiprocessing API on
threads) give parallelism without processes. Process-based pools are not provided; use
concurrent.futures.ProcessPoolExecutor, which Weft runs on threads.
"""

import os as _os


class ProcessError(Exception):
    __module__ = 'multiprocessing.context'


class BufferTooShort(ProcessError):
    __module__ = 'multiprocessing.context'


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'


class AuthenticationError(ProcessError):
    __module__ = 'multiprocessing.context'


def cpu_count():
    """The number of CPUs in the system."""
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def current_process():
    """The current thread, standing in for the current process."""
    import threading
    return threading.current_thread()
