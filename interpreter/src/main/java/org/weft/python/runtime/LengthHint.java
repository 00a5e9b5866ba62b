package org.weft.python.runtime;

/**
 * CPython's PyObject_LengthHint, which list(x), tuple(x), list.extend(x), sorted(x) and f(*x) ask
 * of an iterable before iterating it, to size their result: {@code __len__}, else
 * {@code __length_hint__}. Weft needs no estimate, but a class written in Python sees the calls
 * (a print in its {@code __len__}, a mock's recorded calls) and their errors, so they are made for
 * instances of such classes only; built-in types answer without side effects and are skipped.
 */
public final class LengthHint {

    private LengthHint() {
    }

    /** Asks o as CPython does, for its effects and errors; the estimate itself is not needed. */
    public static void ask(PyObject o) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            return;
        }
        PyObject len = t.lookup("__len__");
        if (len != null) {
            try {
                Protocols.len(o);
                return;
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = t.lookup("__length_hint__");
        if (hint == null) {
            return;
        }
        PyObject r;
        try {
            r = Special.call0(hint, o);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                return;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return;
        }
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__length_hint__ must be an integer, not %s", Ops.typeName(r));
        }
        if (i.signum() < 0) {
            throw PyErr.valueError("__length_hint__() should return >= 0");
        }
    }
}
