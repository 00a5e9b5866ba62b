"""Thread-based parallelism (Weft's own implementation, built on _thread).

Weft has no global interpreter lock: the threads of this module are JVM platform threads that
run Python code at the same time, on every core. Lock and RLock are Java locks (_thread); the
other primitives (Condition, Semaphore, Event, Barrier) are built here from them. A blocked
wait wakes up for KeyboardInterrupt.
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile',
           'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local


def _deprecated(message):
    # CPython 3.10+ warns on the camelCase aliases, pointing at the caller's line (stacklevel 3
    # here: this helper, the alias, then its caller).
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)

Lock = _thread.allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again; it must release it as
    many times."""
    return _CRLock(*args, **kwargs)


# ---- trace and profile hooks: accepted and handed to new threads when sys supports them ----

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def gettrace():
    """The trace function set by settrace()."""
    return _trace_hook


def getprofile():
    """The profile function set by setprofile()."""
    return _profile_hook


def _install_hooks():
    if _trace_hook is not None and hasattr(_sys, 'settrace'):
        _sys.settrace(_trace_hook)
    if _profile_hook is not None and hasattr(_sys, 'setprofile'):
        _sys.setprofile(_profile_hook)


# ---- Condition --------------------------------------------------------------------------------

class Condition:
    """A condition variable: threads wait() until another, holding the same lock, notify()s.

    Each waiter blocks on a private lock that notify() releases; the waiters list is only
    touched while the condition's lock is held.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        else:
            # Bound built-ins, not Python methods: calling a Python function is a poll point, and a
            # KeyboardInterrupt landing as wait() calls it to take the lock back would leave the
            # lock released under the caller's `with` (whose exit then fails "release unlocked lock").
            self._release_save = lock.release
            self._acquire_restore = None
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # For a plain Lock "owned" means "locked" (by anyone).
    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout, re-acquire the lock.
        Returns False only when the timeout passed."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            restore = self._acquire_restore
            if restore is None:
                self._lock.acquire()
            else:
                restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or the timeout passes; returns the last result."""
        deadline = None
        result = predicate()
        while not result:
            if timeout is not None:
                if deadline is None:
                    deadline = _time() + timeout
                left = deadline - _time()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                pass
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---- Semaphore, BoundedSemaphore, Event ---------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements, blocking at zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero; False if not blocking or timed out."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is None:
                    self._cond.wait()
                else:
                    # Computed only when it must wait, as CPython (an available semaphore
                    # never looks at timeout).
                    if deadline is None:
                        deadline = _time() + timeout
                    left = deadline - _time()
                    if left <= 0:
                        return False
                    self._cond.wait(left)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n and wake up that many waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for: set() wakes them all, clear() resets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """True when the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout passes; returns the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                # One wait, as CPython's Event.wait: a waiter woken by set() returns True even
                # when clear() came before it ran (set(); clear() pulses the waiters).
                flag = self._cond.wait(timeout)
            return flag


# ---- Barrier ----------------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets a fixed number of threads (parties) wait until all of them have arrived.

    The barrier fills until the last party arrives, then drains while the waiters leave; a
    reset or abort meanwhile breaks it for those still waiting.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for all parties; returns this thread's arrival index, 0 to parties - 1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_for_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_for_filling(self):
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; threads waiting get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING:
                    self._state = _RESETTING
                elif self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting now."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True when the barrier is broken."""
        return self._state == _BROKEN


# ---- thread registry --------------------------------------------------------------------------

# Threads being started (_limbo) and running (_active, by ident); guarded by _registry_lock.
_registry_lock = _allocate_lock()
_active = {}
_limbo = {}
_name_counter = [0]


def _newname(template="Thread-%d"):
    with _registry_lock:
        _name_counter[0] += 1
        return template % _name_counter[0]


# ---- excepthook -------------------------------------------------------------------------------

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: exc_type, exc_value, exc_traceback, thread."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


# CPython's class is _thread._ExceptHookArgs, re-exported under this name.
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
ExceptHookArgs.__module__ = '_thread'


def _print_exception(exc_type, exc_value, exc_tb, file):
    if file is _sys.stderr:
        _sys.__excepthook__(exc_type, exc_value, exc_tb)
        return
    try:
        import traceback
        traceback.print_exception(exc_type, exc_value, exc_tb, file=file)
    except ImportError:
        print(f"{exc_type.__name__}: {exc_value}", file=file)


def excepthook(args, /):
    """Handle an exception uncaught in Thread.run(): print "Exception in thread NAME:" and the
    traceback on sys.stderr. SystemExit is ignored silently."""
    if not isinstance(args, ExceptHookArgs):
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type == SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    hook = excepthook
    try:
        hook(ExceptHookArgs([exc_type, exc_value, exc_tb, thread]))
    except Exception as exc:
        # The hook itself failed: report that with sys.excepthook, as CPython does.
        _sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        exc_type = exc_value = exc_tb = None


# ---- Thread -----------------------------------------------------------------------------------

class Thread:
    """A thread of control: pass a callable as target, or override run() in a subclass."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = None
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() is called in a new thread. At most once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._done = done
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """What the thread does; by default calls target(*args, **kwargs)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop references, so that a finished thread does not keep its arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        # Named as CPython's: an uncaught exception's report ("Exception in thread ...") starts
        # its traceback in this frame, so it reads as CPython's does.
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _registry_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            _install_hooks()
            try:
                self.run()
            except BaseException:
                _invoke_excepthook(self)
        finally:
            self._stop()

    def _stop(self):
        with _registry_lock:
            _active.pop(self._ident, None)
            _limbo.pop(self, None)
            self._is_stopped = True
        if self._done is not None:
            self._done.release()

    def join(self, timeout=None):
        """Wait until the thread ends, or until the timeout (seconds) passes."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        done = self._done
        if timeout is None:
            got = done.acquire()
        else:
            got = done.acquire(True, max(timeout, 0))
        if got:
            done.release()

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread identifier (get_ident() in that thread), or None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's identifier of the thread, or None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """Daemon threads do not keep the program alive at exit."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter of daemon."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of daemon."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter of name."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated setter of name."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds, unless cancel()led."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = _thread._main_ident()
        self._native_id = get_native_id()
        self._done = _allocate_lock()
        self._done.acquire()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread not started by this module (by _thread, or by the embedder): always alive and
    daemonic, cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---- module functions -------------------------------------------------------------------------

def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    """The main Thread object: the thread that started the interpreter."""
    return _main_thread


def enumerate():
    """All Thread objects alive now (started and not finished), the main thread included."""
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def active_count():
    """The number of Thread objects alive now."""
    with _registry_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


_atexit_callbacks = []


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit, before non-daemon threads are joined (last
    registered first); used by concurrent.futures to finish the work its pools have."""
    _atexit_callbacks.append((func, args, kwargs))


def _shutdown():
    """At exit (the launcher calls this, as CPython does): run the _register_atexit callbacks,
    then wait for every non-daemon thread to end."""
    while _atexit_callbacks:
        func, args, kwargs = _atexit_callbacks.pop()
        func(*args, **kwargs)
    me = current_thread()
    while True:
        with _registry_lock:
            pending = [t for t in _active.values()
                       if t is not me and not t._daemonic and t is not _main_thread and t._done is not None]
            pending += [t for t in _limbo.values() if not t._daemonic]
        if not pending:
            return
        for t in pending:
            if t._started.is_set():
                t.join()


_main_thread = _MainThread()
