"""multiprocessing.pool.ThreadPool: the multiprocessing Pool API on a pool of threads
(Weft's own implementation, built on concurrent.futures.ThreadPoolExecutor).
"""

import collections
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

import multiprocessing

__all__ = ['ThreadPool', 'Pool']

_RUN, _CLOSE, _TERMINATE = 'RUN', 'CLOSE', 'TERMINATE'


# A task's outcome is (True, value) or (False, exception), made in worker() as CPython's pool
# worker makes it: get() then re-raises the exception with the traceback it had in the worker,
# so tracebacks read as CPython's (worker, mapstar, the user's function).

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _rebuild_exc(exc, tb):
    # what a process pool's parent unpickles: no frames, the worker's traceback as the cause
    exc.__traceback__ = None
    exc.__context__ = None
    exc.__cause__ = RemoteTraceback('\n"""\n%s"""' % tb)
    return exc


def worker(forked, func, args, kwds):
    """Runs one task on a pool thread; forked is the workers' copy of __main__ for a process
    Pool (the exception then comes back as if pickled), None for a ThreadPool."""
    if forked is not None:
        sent = args[0][0] if func is mapstar or func is starmapstar else func
        func, args, kwds = forked.receive(func, args, kwds, sent)
    try:
        result = (True, func(*args, **kwds))
    except Exception as e:
        if forked is not None:
            import traceback
            e = _rebuild_exc(e, ''.join(traceback.format_exception(type(e), e, e.__traceback__)))
        result = (False, e)
    return result


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def _outcome(future):
    # a task's (success, value); an error before the call (pickling the function) is a failure.
    # A task terminate() cancelled sets no result, as CPython's is never set.
    exc = future.exception()
    return (False, exc) if exc is not None else future.result()


class ApplyResult:
    """The result of apply_async(): get(), wait(), ready(), successful()."""

    def __init__(self, future, callback=None, error_callback=None):
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        if future is not None:
            future.add_done_callback(lambda f: f.cancelled() or self._set(_outcome(f)))

    def _set(self, outcome):
        self._success, self._value = outcome
        try:
            if self._callback and self._success:
                self._callback(self._value)
            if self._error_callback and not self._success:
                self._error_callback(self._value)
        finally:
            self._event.set()

    def ready(self):
        """True when the call has finished."""
        return self._event.is_set()

    def successful(self):
        """True when the call returned without raising; ValueError if not ready."""
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        """Wait until the result is ready, at most timeout seconds."""
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The result, waiting at most timeout seconds (then multiprocessing.TimeoutError);
        re-raises the call's exception."""
        self.wait(timeout)
        if not self.ready():
            raise multiprocessing.TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """map_async()'s result: the chunks' lists joined in order, or the first chunk's error."""

    def __init__(self, futures, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, None, callback, error_callback)
        self._lock = threading.Lock()
        self._value = [None] * length
        self._chunksize = chunksize
        self._number_left = len(futures)
        self._finished = False
        if not futures:
            self._success = True
            self._event.set()  # as CPython's: ready at once, and the callback is not called
        for i, f in enumerate(futures):
            f.add_done_callback(lambda f, i=i: f.cancelled() or self._set_chunk(i, _outcome(f)))

    def _set_chunk(self, i, outcome):
        success, result = outcome
        with self._lock:
            if self._finished:
                return
            if success:
                self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
                self._number_left -= 1
                if self._number_left:
                    return
            self._finished = True  # every chunk in, or the first failure: later ones change nothing
        ApplyResult._set(self, (True, self._value) if success else (False, result))


class IMapIterator:
    """imap()'s iterator: each task's result in order (imap_unordered: as they finish)."""

    def __init__(self, futures, ordered=True):
        self._futures = collections.deque(futures if ordered else as_completed(futures))

    def __iter__(self):
        return self

    def next(self, timeout=None):
        if not self._futures:
            raise StopIteration from None
        future = self._futures[0]
        try:
            future.exception(timeout)
        except TimeoutError:
            raise multiprocessing.TimeoutError from None
        self._futures.popleft()
        success, value = _outcome(future)
        if success:
            return value
        raise value

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    pass


def _get_tasks(func, it, size):
    it = iter(it)
    while True:
        x = tuple(itertools.islice(it, size))
        if not x:
            return
        yield (func, x)


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
        return self._executor.submit(worker, self._forked, func, args, kwds)

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
        """list(map(func, iterable)), the calls spread over the workers in chunks."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """map() returning an AsyncResult of the list."""
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        """Like map(), each item unpacked as func's arguments."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """starmap() returning an AsyncResult of the list."""
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        # CPython: Pool._map_async; each chunk is one task, mapper(func, chunk) in a worker
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), self._processes * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        futures = [self._submit(mapper, (task,)) for task in _get_tasks(func, iterable, chunksize)]
        return MapResult(futures, chunksize, len(iterable), callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        """An iterator over func(x) for x in iterable, in order, computed by the workers."""
        self._check_running()
        if chunksize == 1:
            return IMapIterator([self._submit(func, (x,)) for x in iterable])
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator([self._submit(mapstar, (task,))
                               for task in _get_tasks(func, iterable, chunksize)])
        return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), the results in the order they finish."""
        self._check_running()
        if chunksize == 1:
            return IMapUnorderedIterator([self._submit(func, (x,)) for x in iterable], False)
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapUnorderedIterator([self._submit(mapstar, (task,))
                                        for task in _get_tasks(func, iterable, chunksize)], False)
        return (item for chunk in result for item in chunk)

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
