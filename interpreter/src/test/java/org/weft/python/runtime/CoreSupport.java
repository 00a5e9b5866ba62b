package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Small helpers for core tests: make classes, check raised Python exceptions. */
final class CoreSupport {

    private CoreSupport() {
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static String repr(PyObject o) {
        return Ops.repr(o).value();
    }

    static String str(PyObject o) {
        return Ops.str(o).value();
    }

    /** {@code class name(*bases): ns...} with alternating key, value pairs. */
    static PyType cls(String name, PyType[] bases, Object... kv) {
        return cls(PyType.TYPE, name, bases, kv);
    }

    static PyType cls(PyType meta, String name, PyType[] bases, Object... kv) {
        PyDict ns = new PyDict();
        ns.setItem("__module__", s("__main__"));
        for (int k = 0; k < kv.length; k += 2) {
            ns.setItem((String) kv[k], (PyObject) kv[k + 1]);
        }
        return PyType.newHeapType(meta, name, bases, ns);
    }

    static PyType[] bases(PyType... b) {
        return b;
    }

    /** Asserts that running {@code e} raises the Python exception {@code type} with message {@code msg}. */
    static void raises(PyType type, String msg, Executable e) {
        PyException x = assertThrows(PyException.class, e);
        assertTrue(x.matches(type), () -> "expected " + type.getName() + " but got " + x.getMessage());
        if (msg != null) {
            assertEquals(msg, str(x.value()));
        }
    }
}
