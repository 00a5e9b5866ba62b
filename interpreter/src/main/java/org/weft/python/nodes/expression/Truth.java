package org.weft.python.nodes.expression;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;

/** Truth testing with the common answers first (CPython's {@code PyObject_IsTrue} fast path). */
public final class Truth {
    private Truth() {
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        return Ops.isTrue(o);
    }
}
