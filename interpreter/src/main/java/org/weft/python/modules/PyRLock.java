package org.weft.python.modules;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _thread.RLock} ({@code threading.RLock}): a reentrant lock owned by the thread that holds
 * it, with the private protocol {@code threading.Condition} uses ({@code _is_owned},
 * {@code _release_save}, {@code _acquire_restore}). CPython: rlockobject in Modules/_threadmodule.c.
 *
 * <p>Threads: a {@link ReentrantLock} holds owner and count; acquires wait in slices to notice
 * KeyboardInterrupt ({@link LockWaits}).
 */
public final class PyRLock extends PyObject {

    public static final PyType TYPE = PyType.builtin("_thread.RLock", PyRLock.class, () -> PyObject.TYPE,
            PyRLock::define);

    private static final ArgParser ACQUIRE = ArgParser.of("acquire", "blocking=", "timeout=");

    /** Exposes the owner, for {@code repr} and {@code _release_save}. */
    private static final class Owned extends ReentrantLock {
        Thread ownerThread() {
            return getOwner();
        }
    }

    private final Owned lock = new Owned();

    public PyRLock(PyType type) {
        super(type);
    }

    /** Acquires (again, when this thread owns it), waiting at most {@code timeoutNanos}. */
    public boolean acquire(long timeoutNanos) {
        if (lock.tryLock()) {
            return true;
        }
        if (timeoutNanos == 0) {
            return false;
        }
        return LockWaits.await(n -> lock.tryLock(n, TimeUnit.NANOSECONDS), timeoutNanos);
    }

    /** Releases one level; raises {@code RuntimeError} when the calling thread does not own it. */
    public void release() {
        if (!lock.isHeldByCurrentThread()) {
            throw PyErr.runtimeError("cannot release un-acquired lock");
        }
        lock.unlock();
    }

    private static PyRLock rlock(PyObject self) {
        return (PyRLock) self;
    }

    private static void define(TypeBuilder b) {
        b.newFn((type, args, kwnames) -> new PyRLock(type));
        b.method("acquire", "acquire($self, /, blocking=True, timeout=-1)", (self, args, kwnames) -> {
            PyObject[] a = ACQUIRE.parse(args, kwnames);
            return PyBool.of(rlock(self).acquire(LockWaits.acquireTimeout(a[0], a[1])));
        });
        b.method0("__enter__", self -> PyBool.of(rlock(self).acquire(LockWaits.FOREVER)));
        b.method0("release", PyRLock::releaseMethod);
        b.method("__exit__", "__exit__($self, /, *exc_info)", (self, a, k) -> releaseMethod(self));
        b.method0("_is_owned", self -> PyBool.of(rlock(self).lock.isHeldByCurrentThread()));
        b.method0("_recursion_count", self -> PyInt.of(rlock(self).lock.isHeldByCurrentThread()
                ? rlock(self).lock.getHoldCount() : 0));
        b.method0("_release_save", PyRLock::releaseSave);
        b.method1("_acquire_restore", PyRLock::acquireRestore);
        b.method0("_at_fork_reinit", self -> PyNone.NONE);
        b.method0("__repr__", PyRLock::repr);
    }

    private static PyObject releaseMethod(PyObject self) {
        rlock(self).release();
        return PyNone.NONE;
    }

    // CPython: rlock_release_save in _threadmodule.c
    private static PyObject releaseSave(PyObject self) {
        ReentrantLock l = rlock(self).lock;
        if (!l.isHeldByCurrentThread()) {
            throw PyErr.runtimeError("cannot release un-acquired lock");
        }
        int count = l.getHoldCount();
        for (int i = 0; i < count; i++) {
            l.unlock();
        }
        return PyTuple.of(PyInt.of(count), PyInt.of(Thread.currentThread().getId()));
    }

    // CPython: rlock_acquire_restore in _threadmodule.c
    private static PyObject acquireRestore(PyObject self, PyObject state) {
        PyRLock r = rlock(self);
        long count = Ops.index(Ops.getitem(state, PyInt.of(0))).longValue();
        r.acquire(LockWaits.FOREVER);
        for (long i = 1; i < count; i++) {
            r.lock.lock();
        }
        return PyNone.NONE;
    }

    // CPython: rlock_repr in _threadmodule.c
    private static PyObject repr(PyObject self) {
        Owned l = rlock(self).lock;
        Thread owner = l.ownerThread();
        int count = owner == null ? 0 : owner == Thread.currentThread() ? l.getHoldCount() : l.isLocked() ? 1 : 0;
        String name = self.type() == TYPE ? "_thread.RLock" : self.type().getName();
        return PyStr.of("<" + (owner != null ? "locked" : "unlocked") + " " + name + " object owner="
                + (owner == null ? 0 : owner.getId()) + " count=" + count + " at 0x" + Long.toHexString(Ops.id(self))
                + ">");
    }
}
