package org.weft.python.compiler;

import org.weft.python.runtime.PyObject;

/** A bytes literal's value; isolated so that only this file depends on the strings owner's PyBytes. */
final class BytesConstant {
    private BytesConstant() {
    }

    static PyObject of(byte[] value) {
        return new org.weft.python.runtime.PyBytes(value);
    }
}
