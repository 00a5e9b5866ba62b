"""multiprocessing.Process for Weft: the Process API, run on a thread (Weft's own implementation).

Weft has no global interpreter lock, so a thread already runs on its own core: a "process"
here is a thread that keeps the Process interface (name, start, join, is_alive, exitcode,
terminate, kill, daemon, pid), so that programs and tutorials written for CPython run
unchanged and in parallel. As after fork(), the child runs in a copy of __main__'s globals
and of its arguments, made by start() (multiprocessing._weft_fork), so a global it changes is
not changed for the parent. `pid` is the native id of the thread that runs it.
"""

import itertools
import sys
import threading
import _thread

__all__ = ['BaseProcess', 'Process', 'current_process', 'parent_process', 'active_children']

# Process-N names count every Process made, named or not, as CPython's counter does.
# itertools.count's next() is atomic, so threads making processes at once get distinct numbers.
_counter = itertools.count(1)


def _count_processes(n):
    """Counts n processes that CPython starts and Weft does not (a Pool's workers, a manager's
    server), so that the Process-N names of later processes are CPython's; returns their numbers."""
    return [next(_counter) for _ in range(n)]


def _become_worker(prefix, number, daemon):
    """Makes the calling thread (a pool's worker) current_process() of a worker process, as
    CPython's pool forks: named prefix-number (ForkPoolWorker-1, ForkProcess-2), child of the
    main process. _forget_worker(ident) undoes it when the pool ends."""
    from multiprocessing.context import ForkProcess
    worker = ForkProcess.__new__(ForkProcess)
    worker._identity = (number,)
    worker._parent_name = _MAIN.name
    worker._target, worker._args, worker._kwargs = None, (), {}
    worker._name = '%s-%d' % (prefix, number)
    worker._daemonic = daemon
    worker._thread = threading.current_thread()
    worker._popen = None
    worker._exitcode = None
    worker._killed_by = None
    worker._closed = False
    _by_thread[threading.get_ident()] = worker
    return threading.get_ident()


def _forget_worker(ident):
    _by_thread.pop(ident, None)
# The Process (or the main process) that each running thread stands for, by thread ident;
# dict item writes and pops are atomic.
_by_thread = {}
# Started processes not yet reaped by active_children(); guarded by _children_lock.
_children = set()
_children_lock = threading.Lock()

# The signals terminate() and kill() stand for (exitcode -15 and -9, as CPython's on Linux).
_SIGTERM = 15
_SIGKILL = 9
_SIGNAL_NAMES = {_SIGTERM: 'SIGTERM', _SIGKILL: 'SIGKILL'}


class BaseProcess:
    """A process object: run() in a thread started by start()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        parent = current_process()
        self._identity = parent._identity + (count,)
        self._parent_name = parent.name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = parent.daemon if daemon is None else daemon
        self._thread = None
        self._popen = None
        self._exitcode = None
        self._killed_by = None
        self._closed = False

    def run(self):
        """The work of the process: calls target(*args, **kwargs). Subclasses may override."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Starts the process's activity (on a new thread)."""
        self._check_closed()
        assert self._thread is None, 'cannot start a process twice'
        assert self._parent_name == current_process().name, \
            'can only start a process object created by current process'
        with _children_lock:
            _reap()
            _children.add(self)
        # The child's memory is a copy of the parent's as it is now, as after CPython's fork().
        from multiprocessing._weft_fork import ForkedMain
        self._forked = ForkedMain()
        self._thread = threading.Thread(target=self._bootstrap, name=self._name, daemon=True)
        self._thread.start()

    def _bootstrap(self):
        code = 1
        try:
            # From here on an interrupt from terminate() is caught below; one sent earlier (at
            # this function's entry) would escape, so _signal() waits for this flag and, before
            # it, only leaves _killed_by for the check that follows.
            self._interruptible = True
            _by_thread[threading.get_ident()] = self
            forked, self._forked = self._forked, None
            if self._killed_by is None:
                forked.run_process(self, BaseProcess.run)
                code = 0
        except SystemExit as e:
            code = _exit_code(e)
        except KeyboardInterrupt:
            if self._killed_by is not None:
                code = -self._killed_by
            else:
                _report(self)
        except BaseException:
            _report(self)
        finally:
            self._interruptible = False
            sys.stdout.flush()
            sys.stderr.flush()
            self._exitcode = code if self._killed_by is None else -self._killed_by
            _by_thread.pop(threading.get_ident(), None)

    def terminate(self):
        """Stops the process as SIGTERM would (exitcode -15): raises an interrupt in its thread."""
        self._signal(_SIGTERM)

    def kill(self):
        """Stops the process as SIGKILL would (exitcode -9)."""
        self._signal(_SIGKILL)

    def _signal(self, signum):
        self._check_closed()
        t = self._thread
        if t is not None and t.is_alive():
            self._killed_by = int(signum)
            if getattr(self, '_interruptible', False):
                _thread._interrupt_thread(t.ident)

    def join(self, timeout=None):
        """Waits until the process ends, at most timeout seconds."""
        self._check_closed()
        assert self._parent_name == current_process().name, 'can only join a child process'
        assert self._thread is not None, 'can only join a started process'
        self._thread.join(timeout)
        if not self._thread.is_alive():
            with _children_lock:
                _children.discard(self)

    def is_alive(self):
        """True from start() until run() ends."""
        self._check_closed()
        if self is _MAIN:
            return True
        return self._thread is not None and self._thread.is_alive()

    def close(self):
        """Releases the process object; ValueError if it is still running."""
        if self._thread is not None and self._thread.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        with _children_lock:
            _children.discard(self)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        """Whether the process is daemonic; set it before start()."""
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._thread is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def authkey(self):
        return _MAIN._authkey

    @property
    def exitcode(self):
        """None while running; 0 after a normal end, the SystemExit code, 1 after an uncaught
        exception, -N after terminate() (N=15) or kill() (N=9)."""
        self._check_closed()
        if self._thread is None or self._thread.is_alive():
            return None
        return self._exitcode

    @property
    def ident(self):
        """The pid: the native id of the thread running the process (None before start)."""
        self._check_closed()
        if self is _MAIN:
            import os
            return os.getpid()
        return self._thread and self._thread.native_id

    pid = ident

    @property
    def sentinel(self):
        raise NotImplementedError("Weft runs processes on threads: there is no sentinel handle; "
                                  "use join(timeout) or is_alive()")

    def __repr__(self):
        exitcode = None
        if self is _MAIN:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._thread is None:
            status = 'initial'
        else:
            exitcode = self.exitcode
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._thread is not None and self is not _MAIN:
            info.append('pid=%s' % self.pid)
        info.append('parent=%s' % _MAIN.pid if self is not _MAIN else 'parent=None')
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exit_name(exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    """A process object: Process(target=f, args=(1,)).start() runs f(1) in parallel."""


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_name = None
        self._daemonic = False
        self._thread = None
        self._popen = None
        self._exitcode = None
        self._killed_by = None
        self._closed = False
        import os
        self._authkey = os.urandom(32)
        self._target = None
        self._args = ()
        self._kwargs = {}

    def close(self):
        pass


_MAIN = _MainProcess()


def current_process():
    """The Process object that the calling thread runs for (the main process elsewhere)."""
    return _by_thread.get(threading.get_ident(), _MAIN)


def parent_process():
    """The process that started the current one; None in the main process."""
    return None if current_process() is _MAIN else _MAIN


def active_children():
    """The started child processes still running (reaps the finished ones)."""
    with _children_lock:
        _reap()
        return list(_children)


def _reap():
    for p in [p for p in _children if p._thread is not None and not p._thread.is_alive()]:
        _children.discard(p)


def _exit_code(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(str(code) + '\n')
    return 1


def _exit_name(code):
    # CPython: _exitcode_to_name maps -signum to '-SIGNAME'.
    return '-' + _SIGNAL_NAMES[-code] if code < 0 and -code in _SIGNAL_NAMES else code


def _report(process):
    import traceback
    sys.stderr.write('Process %s:\n' % process.name)
    traceback.print_exc()
