package org.weft.python.modules;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.weft.python.Interpreter;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _queue.SimpleQueue} ({@code queue.SimpleQueue}): an unbounded FIFO whose {@code put} never
 * blocks. CPython: simplequeueobject in Modules/_queuemodule.c.
 *
 * <p>Threads: the items are a lock-free {@link ConcurrentLinkedQueue}; a {@link Semaphore} counts
 * them, so a {@code get} takes a permit first and then an item that is certainly there. A getter
 * waits in slices to notice KeyboardInterrupt and, with the GIL on, gives it up ({@link LockWaits}).
 */
public final class PySimpleQueue extends PyObject {

    public static final PyType TYPE = PyType.builtin("_queue.SimpleQueue", PySimpleQueue.class,
            () -> PyObject.TYPE, PySimpleQueue::define);

    private static final ArgParser GET = ArgParser.of("get", "block=", "timeout=");
    private static final ArgParser PUT = ArgParser.of("put", "item", "block=", "timeout=");

    private final ConcurrentLinkedQueue<PyObject> items = new ConcurrentLinkedQueue<>();
    private final Semaphore count = new Semaphore(0);

    PySimpleQueue(PyType type) {
        super(type);
    }

    void put(PyObject item) {
        items.add(item);
        count.release();
    }

    /** An item, waiting at most {@code timeoutNanos} ({@link LockWaits#FOREVER}; 0: try once); raises Empty. */
    PyObject get(long timeoutNanos) {
        boolean got = count.tryAcquire()
                || (timeoutNanos != 0 && LockWaits.await(n -> count.tryAcquire(n, TimeUnit.NANOSECONDS), timeoutNanos));
        if (!got) {
            throw PyErr.of(emptyType());
        }
        return items.poll();
    }

    /** {@code _queue.Empty} of the running interpreter (each interpreter has its own class). */
    private static PyType emptyType() {
        Interpreter py = Interpreter.current();
        PyObject module = py == null ? null : py.modules().getItem("_queue");
        PyObject empty = module == null ? null : Ops.getattrOrNull(module, "Empty");
        return empty instanceof PyType t ? t : PyExc.Exception;
    }

    private static PySimpleQueue q(PyObject self) {
        return (PySimpleQueue) self;
    }

    // CPython: _queue_SimpleQueue_get_impl: a negative timeout is a ValueError; block=False ignores it.
    private static PyObject getMethod(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = GET.parse(args, kwnames);
        boolean block = a[0] == null || Ops.isTrue(a[0]);
        PyObject timeout = a[1];
        long wait;
        if (!block) {
            wait = 0;
        } else if (timeout == null || timeout == PyNone.NONE) {
            wait = LockWaits.FOREVER;
        } else {
            double t = LockWaits.seconds(timeout);
            if (t < 0) {
                throw PyErr.valueError("'timeout' must be a non-negative number");
            }
            wait = (long) (t * 1e9);
        }
        return q(self).get(wait);
    }

    private static void define(TypeBuilder b) {
        b.doc("Simple, unbounded, reentrant FIFO queue.");
        b.newFn((type, args, kwnames) -> {
            int keywords = kwnames == null ? 0 : kwnames.length;
            if (args.length > keywords) {
                throw PyErr.typeError("SimpleQueue() takes no positional arguments");
            }
            if (keywords > 0) {
                throw PyErr.typeError("SimpleQueue() takes no keyword arguments");
            }
            return new PySimpleQueue(type);
        });
        b.method("put", "put($self, /, item, block=True, timeout=None)", (self, args, kwnames) -> {
            q(self).put(PUT.parse(args, kwnames)[0]);
            return PyNone.NONE;
        });
        b.method1("put_nowait", (self, item) -> {
            q(self).put(item);
            return PyNone.NONE;
        });
        b.method("get", "get($self, /, block=True, timeout=None)", PySimpleQueue::getMethod);
        b.method0("get_nowait", self -> q(self).get(0));
        b.method0("empty", self -> PyBool.of(q(self).count.availablePermits() == 0));
        b.method0("qsize", self -> PyInt.of(q(self).count.availablePermits()));
        b.classmethod("__class_getitem__", null, org.weft.python.runtime.PyGenericAlias::classGetItem);
    }
}
