package org.weft.python.runtime;

/**
 * The size guess CPython takes before building a list or tuple from an iterable: {@code list(x)},
 * {@code tuple(x)}, {@code l.extend(x)} and the other users of {@link Sequences#toArray} ask a
 * user-defined {@code x} for {@code __len__}, else {@code __length_hint__}, right after
 * {@code iter(x)}. Weft needs no guess, but the calls are visible (a dunder that prints, a mock
 * that records its calls) and their errors propagate, so they are made as CPython makes them.
 */
final class LengthHint {

    private LengthHint() {}

    // CPython: PyObject_LengthHint in abstract.c (the result is not needed, only its side effects)
    static void consult(PyObject o) {
        PyType t = o.type();
        if (t.lookup("__len__") != null) {
            try {
                Ops.len(o);
                return;
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject r = Ops.callSpecialOrNull(o, "__length_hint__");
        if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
            return;
        }
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__length_hint__ must be an integer, not %.100s", r.type().getName());
        }
        if (i.signum() < 0) {
            throw PyErr.valueError("__length_hint__() should return >= 0");
        }
    }
}
