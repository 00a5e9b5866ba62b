"""multiprocessing.pool.ThreadPool: the multiprocessing Pool API on a pool of threads
(Weft's own implementation, built on concurrent.futures.ThreadPoolExecutor).
"""

import collections
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

import multiprocessing

__all__ = ['ThreadPool', 'Pool']

_RUN, _CLOSE, _TERMINATE = 'RUN', 'CLOSE', 'TERMINATE'


class ApplyResult:
    """The result of apply_async() (and of map_async()): get(), wait(), ready(), successful()."""

    def __init__(self, future, callback=None, error_callback=None, transform=None):
        self._future = future
        self._transform = transform
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        future.add_done_callback(self._done)

    def _done(self, future):
        exc = future.exception()
        try:
            if exc is None and self._callback is not None:
                self._callback(self._value())
            elif exc is not None and self._error_callback is not None:
                self._error_callback(exc)
        finally:
            self._event.set()

    def _value(self):
        value = self._future.result()
        return self._transform(value) if self._transform else value

    def ready(self):
        """True when the call has finished."""
        return self._event.is_set()

    def successful(self):
        """True when the call returned without raising; ValueError if not ready."""
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._future.exception() is None

    def wait(self, timeout=None):
        """Wait until the result is ready, at most timeout seconds."""
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The result, waiting at most timeout seconds (then multiprocessing.TimeoutError);
        re-raises the call's exception."""
        self.wait(timeout)
        if not self.ready():
            raise multiprocessing.TimeoutError
        return self._value()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    pass


class Pool:
    """A pool of workers with the multiprocessing.Pool API. In Weft every pool runs on
    threads (ThreadPool); they run in parallel since there is no global interpreter lock."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = multiprocessing.cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._state = _RUN
        self._worker_idents = []
        self._forked = self._fork()
        if self._forked is not None:
            initializer, initargs = self._start_worker, (initializer, initargs)
        self._executor = ThreadPoolExecutor(processes, initializer=initializer, initargs=initargs)

    def _fork(self):
        # The workers' memory: a copy of the parent's as it is now, as CPython's Pool forks its
        # workers here (multiprocessing._weft_fork). A ThreadPool's workers share it.
        from multiprocessing._weft_fork import ForkedMain
        from multiprocessing.process import _count_processes
        self._worker_numbers = collections.deque(_count_processes(self._processes))
        return ForkedMain()

    def _start_worker(self, initializer, initargs):
        # The worker thread stands for the forked worker process ForkPoolWorker-N.
        from multiprocessing.process import _become_worker
        if self._worker_numbers:
            self._worker_idents.append(
                _become_worker('ForkPoolWorker', self._worker_numbers.popleft(), True))
        if initializer is not None:
            self._forked.call(initializer, initargs)

    def _forget_workers(self):
        from multiprocessing.process import _forget_worker
        while self._worker_idents:
            _forget_worker(self._worker_idents.pop())

    def _submit(self, func, args, kwds={}):
        if self._forked is None:
            return self._executor.submit(func, *args, **kwds)
        return self._executor.submit(self._forked.call_sent, func, args, kwds)

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} state={self._state} pool_size={self._processes}>')

    def _check_running(self):
        if self._state != _RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) on a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """func(*args, **kwds) on a worker; returns an AsyncResult."""
        self._check_running()
        return ApplyResult(self._submit(func, args, kwds), callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        """list(map(func, iterable)), the calls spread over the workers."""
        return self._map_async(func, iterable, False).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """map() returning an AsyncResult of the list."""
        return self._map_async(func, iterable, False, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        """Like map(), each item unpacked as func's arguments."""
        return self._map_async(func, iterable, True).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """starmap() returning an AsyncResult of the list."""
        return self._map_async(func, iterable, True, callback, error_callback)

    def _map_async(self, func, iterable, star, callback=None, error_callback=None):
        self._check_running()
        futures = self._submit_all(func, iterable, star)
        whole = self._executor.submit(lambda: [f.result() for f in futures])
        return MapResult(whole, callback, error_callback)

    def _submit_all(self, func, iterable, star):
        if star:
            return [self._submit(func, args) for args in iterable]
        return [self._submit(func, (x,)) for x in iterable]

    def imap(self, func, iterable, chunksize=1):
        """An iterator over func(x) for x in iterable, in order, computed by the workers."""
        self._check_running()
        futures = self._submit_all(func, iterable, False)
        return (f.result() for f in futures)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), the results in the order they finish."""
        self._check_running()
        futures = self._submit_all(func, iterable, False)
        return (f.result() for f in as_completed(futures))

    def close(self):
        """Accept no more work; the workers end when what they have is done."""
        if self._state == _RUN:
            self._state = _CLOSE
            self._executor.shutdown(wait=False)

    def terminate(self):
        """Stop at once: work not started is cancelled; waits for the workers to end, as
        CPython's _terminate_pool joins them (a thread cannot be killed, so running calls
        finish), except when called from a worker, which cannot wait for itself."""
        self._state = _TERMINATE
        in_worker = threading.current_thread() in self._executor._threads
        self._executor.shutdown(wait=not in_worker, cancel_futures=True)
        if not in_worker:
            self._forget_workers()

    def join(self):
        """Wait for the workers to end (after close() or terminate())."""
        if self._state == _RUN:
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)
        self._forget_workers()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ThreadPool(Pool):
    """A Pool whose workers are threads (in Weft, as every Pool)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _fork(self):
        return None
