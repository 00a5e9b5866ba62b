"""multiprocessing for Weft: the multiprocessing API, run on threads (Weft's own implementation).

Weft has no global interpreter lock, so threads already run Python code on every core. A
Process here is a thread with the Process interface, Pool is a pool of threads, and Queue,
Pipe, Value, Array, Manager and the locks are shared-memory objects with CPython's API: programs
and tutorials written for CPython's multiprocessing run unchanged, in parallel, with no
pickling and no start-up of worker processes. A Process (and a Pool's workers) sees a copy
of __main__'s globals made when it starts, as after fork() (multiprocessing._weft_fork): what
it changes there its parent does not see. What differs: other modules' state is shared, and
`pid` is a thread's native id. multiprocessing.pool.ThreadPool and multiprocessing.dummy are there too.
"""

class ProcessError(Exception):
    __module__ = 'multiprocessing.context'


class BufferTooShort(ProcessError):
    __module__ = 'multiprocessing.context'


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'


class AuthenticationError(ProcessError):
    __module__ = 'multiprocessing.context'


from multiprocessing import context as _context  # noqa: E402 (needs the names above)

# The module-level API is the default context's, as in CPython.
__all__ = [name for name in dir(_context._default_context) if not name.startswith('_')]
globals().update((name, getattr(_context._default_context, name)) for name in __all__)
__all__ = sorted(set(__all__) | {'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError'})
