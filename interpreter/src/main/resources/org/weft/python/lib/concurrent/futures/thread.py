"""ThreadPoolExecutor: a pool of worker threads fed by a queue (Weft's own implementation)."""

import os
import queue
import sys
import threading

from concurrent.futures import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread's initializer failed."""


class _WorkItem:
    """One submitted call and the Future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# Executors whose workers may still run, for threading._shutdown (exit waits for their work).
_live_lock = threading.Lock()
_live = set()
_name_counter = [0]


def _next_number():
    with _live_lock:
        n = _name_counter[0]
        _name_counter[0] += 1
        return n


def _shutdown_all():
    with _live_lock:
        executors = list(_live)
    for executor in executors:
        executor.shutdown(wait=True)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            if sys.stderr is not None:
                print('Exception in initializer:', file=sys.stderr)
                threading._print_exception(type(exc), exc, exc.__traceback__, sys.stderr)
            executor._initializer_failed()
            return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            del item
            executor._idle_semaphore.release()
            continue
        # None is the shutdown signal: pass it on so that every worker sees it.
        work_queue.put(None)
        return


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls on at most max_workers threads (default min(32, cpus + 4)).

    Weft threads run Python code in parallel, so CPU-bound work scales with the pool too.
    Workers start on demand and are reused while idle.
    """

    _work_item_type = _WorkItem  # ProcessPoolExecutor's items report errors as a worker process's

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or (
            "%s-%d" % (self._pool_name(), _next_number()))
        self._initializer = initializer
        self._initargs = initargs

    def _pool_name(self):
        return "ThreadPoolExecutor"

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker; returns its Future."""
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            self._work_queue.put(self._work_item_type(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n), target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs),
                                 daemon=True)
            t.start()
            self._threads.add(t)
            with _live_lock:
                _live.add(self)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new calls; with cancel_futures, cancel those not started; with wait, wait for
        the workers to finish what they have."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            with _live_lock:
                _live.discard(self)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


threading._register_atexit(_shutdown_all)
