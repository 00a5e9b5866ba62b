package org.weft.python.builtins;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code iter(callable, sentinel)}: calls until the result equals the sentinel.
 * CPython: calliter_iternext in iterobject.c.
 */
public final class PyCallableIterator extends BuiltinIterator {

    public static final PyType TYPE = PyType.builtin("callable_iterator", PyCallableIterator.class,
            () -> PyObject.TYPE, b -> defineIterator(b, null));

    /** Null once the sentinel was seen, so later calls stop at once (as CPython clears it). */
    private PyObject callable;
    private final PyObject sentinel;

    PyCallableIterator(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyObject nextItem() {
        PyObject c = callable;
        if (c == null) {
            return null;
        }
        PyObject result;
        try {
            result = Ops.call(c, Ops.NO_ARGS);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                callable = null;
                return null;
            }
            throw e;
        }
        if (Ops.eqForContainer(result, sentinel)) {
            callable = null;
            return null;
        }
        return result;
    }

    static PyObject of(PyObject callable, PyObject sentinel) {
        if (!ReflectionBuiltins.isCallable(callable)) {
            throw PyErr.typeError("iter(v, w): v must be callable");
        }
        return new PyCallableIterator(callable, sentinel);
    }
}
