package org.weft.python.runtime;

/**
 * {@code __reduce__} and {@code __setstate__} of the sequence iterators, so that copy.copy,
 * copy.deepcopy and pickle take them as CPython does: {@code (iter, (sequence,), index)} while
 * the iterator runs, {@code (iter, (empty,))} once it is exhausted. CPython: listiter_reduce_general
 * and listiter_setstate in listobject.c, tupleiter_reduce in tupleobject.c.
 */
final class IteratorReduce {

    private IteratorReduce() {
    }

    /** The builtin {@code iter}, which the reduced form calls to remake the iterator. */
    static PyObject iterBuiltin() {
        return org.weft.python.Interpreter.current().builtinsModule().get("iter");
    }

    /** {@code (iter, (seq,), index)}, or {@code (iter, (empty,))} when {@code seq} is null. */
    static PyObject reduce(PyObject seq, int index, PyObject empty) {
        if (seq == null) {
            return PyTuple.of(iterBuiltin(), PyTuple.of(empty));
        }
        return PyTuple.of(iterBuiltin(), PyTuple.of(seq), PyInt.of(index));
    }

    /** The index a state asks for, clamped to {@code [0, size]} as CPython clamps it. */
    static int index(PyObject state, int size) {
        // CPython: PyLong_AsSsize_t, which takes an int and nothing else
        if (!(state instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        return (int) Math.max(0, Math.min(i.bigValue().max(java.math.BigInteger.valueOf(-1))
                .min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).longValue(), size));
    }
}
