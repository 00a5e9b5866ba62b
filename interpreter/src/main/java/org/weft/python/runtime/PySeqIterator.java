package org.weft.python.runtime;

/**
 * The iterator {@code iter()} makes for an object with {@code __getitem__} but no {@code __iter__}:
 * calls {@code o[0]}, {@code o[1]}, ... until IndexError or StopIteration. CPython: seqiterobject
 * ({@code iterator}) in iterobject.c.
 *
 * <p>Threads: the index is advanced without a lock; two threads sharing one iterator may see an
 * item twice, as CPython makes no promise either, but never a Java exception.
 */
public final class PySeqIterator extends PyObject implements PyIterator {

    public static final PyType TYPE = PyType.builtin("iterator", PySeqIterator.class, () -> PyObject.TYPE,
            PySeqIterator::define);

    private PyObject seq;
    private long index;

    public PySeqIterator(PyObject seq) {
        super(TYPE);
        this.seq = seq;
    }

    @Override
    public PyObject nextItem() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        try {
            PyObject v = Ops.getitem(s, PyInt.of(index));
            index++;
            return v;
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject v = ((PySeqIterator) self).nextItem();
            if (v == null) {
                throw PyErr.of(PyExc.StopIteration);
            }
            return v;
        });
        // CPython: iter_len, iter_reduce and iter_setstate in iterobject.c
        b.method0("__length_hint__", self -> {
            PySeqIterator it = (PySeqIterator) self;
            PyObject s = it.seq;
            if (s == null) {
                return PyInt.of(0);
            }
            if (s.type().lookup("__len__") == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            long left = Ops.len(s) - it.index;
            return PyInt.of(Math.max(0, left));
        });
        b.method0("__reduce__", self -> {
            PySeqIterator it = (PySeqIterator) self;
            PyObject s = it.seq;
            PyObject iter = org.weft.python.Interpreter.current().builtinsModule().get("iter");
            return s == null ? PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY))
                    : PyTuple.of(iter, PyTuple.of(s), PyInt.of(it.index));
        });
        b.method1("__setstate__", (self, state) -> {
            PySeqIterator it = (PySeqIterator) self;
            if (!(state instanceof PyInt i)) {
                throw PyErr.typeError("an integer is required");
            }
            if (it.seq != null) {
                it.index = Math.max(0, i.longValueExact());
            }
            return PyNone.NONE;
        });
    }
}
