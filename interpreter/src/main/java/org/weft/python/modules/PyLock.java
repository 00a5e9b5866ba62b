package org.weft.python.modules;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _thread.lock} ({@code threading.Lock}): a plain, non-reentrant lock that any thread may
 * release. CPython: lockobject in Modules/_threadmodule.c.
 *
 * <p>Threads: the state is an {@link AbstractQueuedSynchronizer} (0 unlocked, 1 locked), so an
 * uncontended acquire or release is one compare-and-set and waiters queue without spinning.
 * Blocking acquires wait in slices to notice KeyboardInterrupt ({@link LockWaits}).
 */
public final class PyLock extends PyObject {

    public static final PyType TYPE = PyType.builtin("_thread.lock", PyLock.class, () -> PyObject.TYPE,
            PyLock::define);

    private static final ArgParser ACQUIRE = ArgParser.of("acquire", "blocking=", "timeout=");

    /** 0 unlocked, 1 locked; release by any thread, as CPython's lock allows. */
    private static final class Sync extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            if (!compareAndSetState(1, 0)) {
                throw new IllegalMonitorStateException();
            }
            return true;
        }

        boolean isLocked() {
            return getState() != 0;
        }
    }

    private final Sync sync = new Sync();

    public PyLock() {
        super(TYPE);
    }

    /** Acquires, waiting at most {@code timeoutNanos} ({@link LockWaits#FOREVER}, or 0 to try once). */
    public boolean acquire(long timeoutNanos) {
        if (sync.tryAcquire(1)) {
            return true;
        }
        if (timeoutNanos == 0) {
            return false;
        }
        return LockWaits.await(n -> sync.tryAcquireNanos(1, n), timeoutNanos);
    }

    /** Releases; raises {@code RuntimeError: release unlocked lock} when it is not locked. */
    public void release() {
        try {
            sync.release(1);
        } catch (IllegalMonitorStateException e) {
            throw PyErr.runtimeError("release unlocked lock");
        }
    }

    public boolean isLocked() {
        return sync.isLocked();
    }

    private static PyLock lock(PyObject self) {
        return (PyLock) self;
    }

    private static PyObject acquireMethod(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = ACQUIRE.parse(args, kwnames);
        return PyBool.of(lock(self).acquire(LockWaits.acquireTimeout(a[0], a[1])));
    }

    private static void define(TypeBuilder b) {
        b.doc("A lock object is a synchronization primitive.  To create a lock,\n"
                + "call threading.Lock().  Methods are:\n\n"
                + "acquire() -- lock the lock, possibly blocking until it can be obtained\n"
                + "release() -- unlock of the lock\n"
                + "locked() -- test whether the lock is currently locked\n\n"
                + "A lock is not owned by the thread that locked it; another thread may\n"
                + "unlock it.  A thread attempting to lock a lock that it has already locked\n"
                + "will block until another thread unlocks it.  Deadlocks may ensue.");
        b.notBaseType();
        String acquireSig = "acquire($self, /, blocking=True, timeout=-1)";
        b.method("acquire", acquireSig, PyLock::acquireMethod);
        b.method("acquire_lock", acquireSig, PyLock::acquireMethod);
        b.method0("__enter__", self -> PyBool.of(lock(self).acquire(LockWaits.FOREVER)));
        b.method0("release", PyLock::releaseMethod);
        b.method0("release_lock", PyLock::releaseMethod);
        b.method("__exit__", "__exit__($self, /, *exc_info)", (self, a, k) -> releaseMethod(self));
        b.method0("locked", self -> PyBool.of(lock(self).isLocked()));
        b.method0("locked_lock", self -> PyBool.of(lock(self).isLocked()));
        b.method0("_at_fork_reinit", self -> PyNone.NONE);
        b.method0("__repr__", self -> PyStr.of("<" + (lock(self).isLocked() ? "locked" : "unlocked") + " "
                + "_thread.lock object at 0x" + Long.toHexString(Ops.id(self)) + ">"));
    }

    private static PyObject releaseMethod(PyObject self) {
        lock(self).release();
        return PyNone.NONE;
    }
}
