package org.weft.python.modules;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Set;
import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.ThreadState;

/**
 * The per-interpreter queue of dead weak references whose callbacks are due: stored as
 * {@code _weakref._queue}. java.lang.ref.ReferenceQueue is thread-safe, and each dead reference is
 * removed by exactly one poller, so each callback runs once, in the polling thread, with no lock
 * held (DESIGN rule 4). An exception from a callback is printed as CPython prints an
 * unraisable exception and does not propagate.
 */
final class WeakrefQueue extends PyObject {

    static final PyType TYPE = PyType.builtin("_weakref._queue", WeakrefQueue.class, () -> PyObject.TYPE,
            b -> b.notBaseType());

    /** Built-in types whose instances CPython cannot weakly reference (exact types only). */
    static final Set<String> NOT_WEAKREFABLE = Set.of("int", "bool", "float", "complex", "str", "bytes",
            "bytearray", "tuple", "list", "dict", "NoneType", "NotImplementedType", "ellipsis", "range",
            "slice", "object");

    final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();

    WeakrefQueue() {
        super(TYPE);
    }

    /** This thread's interpreter's queue, or null before {@code _weakref} is imported. */
    static WeakrefQueue current() {
        Object interp = ThreadState.current().interpreter();
        if (!(interp instanceof Interpreter i) || i.sys() == null) {
            return null;
        }
        PyObject modules = i.sys().get("modules");
        PyObject mod = modules instanceof PyDict d ? d.getItem("_weakref") : null;
        PyObject q = mod instanceof PyModule m ? m.get("_queue") : null;
        return q instanceof WeakrefQueue wq ? wq : null;
    }

    /** Runs the callbacks of the references that died since the last poll; returns how many ran. */
    int poll() {
        int n = 0;
        Reference<? extends PyObject> r;
        while ((r = queue.poll()) != null) {
            PyWeakref w = ((PyWeakref.Ref) r).owner;
            if (w.callback != null) {
                n++;
                try {
                    Ops.call(w.callback, w);
                } catch (PyException e) {
                    if (e.matches(PyExc.SystemExit)) {
                        throw e;
                    }
                    unraisable(e, w);
                }
            }
        }
        return n;
    }

    private static void unraisable(PyException e, PyWeakref w) {
        if (ThreadState.current().interpreter() instanceof Interpreter i) {
            i.writeUnraisable(e, Ops.repr(w.callback).value());
        }
    }
}
