package org.weft.python.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyNotImplemented;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code weakref.ref}: a java.lang.ref.WeakReference to a Python object. The JVM's collector, not
 * reference counting, decides when the referent dies, so a dead reference is seen only after a
 * garbage collection, and callbacks run later still: when {@link WeakrefQueue#poll} next runs
 * (on the creation of another reference with a callback, or {@code _weakref._poll()}), in
 * whichever thread polls. A callback may never run if the program ends first.
 */
final class PyWeakref extends PyObject implements org.weft.python.runtime.PyWeakReference {

    static final PyType TYPE = PyType.builtin("weakref.ReferenceType", PyWeakref.class, () -> PyObject.TYPE,
            PyWeakref::define);

    final Ref ref;
    final PyObject callback;
    /** The referent's hash, computed on first use (0 = not yet); racy but idempotent. */
    private volatile long hash;
    private volatile boolean hashed;

    /** The Java reference; it points back to its Python weakref so that the queue can find callbacks. */
    static final class Ref extends WeakReference<PyObject> {
        final PyWeakref owner;

        Ref(PyObject referent, PyWeakref owner, ReferenceQueue<PyObject> queue) {
            super(referent, queue);
            this.owner = owner;
        }
    }

    PyWeakref(PyType type, PyObject referent, PyObject callback, ReferenceQueue<PyObject> queue) {
        super(type);
        this.callback = callback;
        this.ref = new Ref(referent, this, callback == null ? null : queue);
    }

    PyObject referent() {
        return ref.get();
    }

    private static void define(TypeBuilder b) {
        b.doc("ref(object[, callback]) -> weak reference\n\nCreate a weak reference to object.");
        b.newFn(PyWeakref::newRef);
        b.method("__call__", "($self, /)", (self, a, k) -> {
            ArgParser.noKeywords("weakref", k);
            ArgParser.checkPositional("weakref", a.length, 0, 0);
            PyObject o = ((PyWeakref) self).referent();
            return o == null ? PyNone.NONE : o;
        });
        b.method0("__hash__", self -> PyInt.of(((PyWeakref) self).hashOf()));
        b.method1("__eq__", (self, o) -> compare((PyWeakref) self, o, true));
        b.method1("__ne__", (self, o) -> compare((PyWeakref) self, o, false));
        b.method0("__repr__", self -> PyStr.of(((PyWeakref) self).repr()));
        b.getter("__callback__", self -> {
            PyWeakref r = (PyWeakref) self;
            return r.callback == null || r.referent() == null ? PyNone.NONE : r.callback;
        });
        b.initFn((self, a, k) -> PyNone.NONE);
    }

    private static PyObject newRef(PyType type, PyObject[] a, String[] k) {
        ArgParser.noKeywords(type.getName(), k);
        ArgParser.checkPositional("__new__", a.length, 1, 2);
        checkWeakrefable(a[0]);
        PyObject cb = a.length > 1 && a[1] != PyNone.NONE ? a[1] : null;
        WeakrefQueue q = cb == null ? null : WeakrefQueue.current();
        if (q != null) {
            q.poll();
        }
        org.weft.python.runtime.Finalizers fin = org.weft.python.runtime.Finalizers.of(
                org.weft.python.runtime.ThreadState.current());
        boolean basic = cb == null && type == TYPE;
        if (fin == null) {
            return new PyWeakref(type, a[0], cb, q == null ? null : q.queue);
        }
        if (basic) {
            // CPython's weakref_new: ref(o) without a callback is the one basic reference o has
            PyObject existing = fin.weakrefs().basic(a[0]);
            if (existing instanceof PyWeakref r && r.referent() == a[0]) {
                return r;
            }
        }
        fin.watch(a[0]); // a `del` of the referent now collects, so the reference dies there, as in CPython
        PyWeakref r = new PyWeakref(type, a[0], cb, q == null ? null : q.queue);
        fin.weakrefs().add(a[0], r, basic);
        return r;
    }

    static void checkWeakrefable(PyObject o) {
        PyType t = o.type();
        if (t.isHeapType() ? !t.instancesHaveWeakref()
                : WeakrefQueue.NOT_WEAKREFABLE.contains(t.getName())) {
            throw PyErr.typeError("cannot create weak reference to '%s' object", t.getName());
        }
    }

    private long hashOf() {
        if (!hashed) {
            PyObject o = referent();
            if (o == null) {
                throw PyErr.typeError("weak object has gone away");
            }
            hash = Ops.hash(o);
            hashed = true;
        }
        return hash;
    }

    // CPython: weakref_richcompare in weakrefobject.c
    private static PyObject compare(PyWeakref self, PyObject other, boolean eq) {
        if (!(other instanceof PyWeakref o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = self.referent();
        PyObject b = o.referent();
        if (a == null || b == null) {
            return PyBool.of((self == o) == eq);
        }
        return eq ? Ops.eq(a, b) : Ops.ne(a, b);
    }

    private String repr() {
        PyObject o = referent();
        String at = "0x" + Long.toHexString(Ops.id(this));
        if (o == null) {
            return "<weakref at " + at + "; dead>";
        }
        PyObject name = Ops.getattrOrNull(o, "__name__");
        String suffix = name instanceof PyStr s ? " (" + s.value() + ")" : "";
        return "<weakref at " + at + "; to '" + o.type().getName() + "' at 0x"
                + Long.toHexString(Ops.id(o)) + suffix + ">";
    }
}
