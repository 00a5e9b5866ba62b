package org.weft.python.runtime;

/**
 * {@code iter(o)} for the engine's {@code for} loops and comprehensions: the exact built-in
 * sequences that loops meet most ({@code list}, {@code tuple}, {@code range}) get their iterator
 * directly, without looking up and calling {@code __iter__}; everything else takes
 * {@link Ops#iter}. Only exact types: a subclass may override {@code __iter__}.
 */
public final class LoopIterators {

    private LoopIterators() {
    }

    /** The iterator a {@code for} loop over {@code o} uses. CPython: PyObject_GetIter. */
    public static PyObject iter(PyObject o) {
        PyType t = o.type();
        if (t == PyList.TYPE) {
            return new PySequenceIterator.ListIterator((PyList) o);
        } else if (t == PyRange.TYPE) {
            return RangeIterator.of((PyRange) o, false);
        } else if (t == PyTuple.TYPE) {
            return new PySequenceIterator.TupleIterator((PyTuple) o);
        }
        return Ops.iter(o);
    }
}
