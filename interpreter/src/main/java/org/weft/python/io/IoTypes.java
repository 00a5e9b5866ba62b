package org.weft.python.io;

import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/** Exception types of the io layer. */
public final class IoTypes {

    private IoTypes() {
    }

    /**
     * {@code io.UnsupportedOperation}, a subclass of OSError and ValueError. CPython makes it with
     * {@code type(...)} when {@code _io} starts; here it is made once and shared by every
     * interpreter, like the built-in exception types (a decision: nobody mutates it).
     */
    public static final PyType UNSUPPORTED_OPERATION = makeUnsupportedOperation();

    private static PyType makeUnsupportedOperation() {
        PyDict dict = new PyDict();
        dict.setItem("__module__", PyStr.of("io"));
        return PyType.newHeapType(PyType.TYPE, "UnsupportedOperation",
                new PyType[] {PyExc.OSError, PyExc.ValueError}, dict);
    }
}
