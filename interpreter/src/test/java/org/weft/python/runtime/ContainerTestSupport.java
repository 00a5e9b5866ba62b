package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Small helpers for the containers' unit tests: building values and reading reprs and errors. */
final class ContainerTestSupport {

    private ContainerTestSupport() {
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyList list(long... vs) {
        PyObject[] a = new PyObject[vs.length];
        for (int k = 0; k < vs.length; k++) {
            a[k] = PyInt.of(vs[k]);
        }
        return new PyList(a);
    }

    static PyTuple tuple(PyObject... xs) {
        return PyTuple.of(xs);
    }

    static String repr(PyObject o) {
        return Ops.repr(o).value();
    }

    /** Asserts that {@code body} raises the Python exception {@code type} with message {@code msg}. */
    static void raises(PyType type, String msg, Executable body) {
        PyException e = assertThrows(PyException.class, body);
        assertEquals(type.getName() + ": " + msg, e.type().getName() + ": " + Ops.str(e.value()).value());
    }

    /** A one-argument callable written in Java, for key functions. */
    static final class JavaFn extends PyObject implements PyCallable {
        static final PyType TYPE = PyType.builtin("java_function", JavaFn.class, () -> PyObject.TYPE, b -> { });
        private final java.util.function.UnaryOperator<PyObject> body;

        JavaFn(java.util.function.UnaryOperator<PyObject> body) {
            super(TYPE);
            this.body = body;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return body.apply(args[0]);
        }
    }

    static PyObject fn(java.util.function.UnaryOperator<PyObject> body) {
        return new JavaFn(body);
    }

    static PyObject call(PyObject self, String method, PyObject... args) {
        return Ops.callMethod(self, method, args);
    }
}
