package org.weft.python.runtime;

/**
 * Python {@code bool}: the two singletons {@link #TRUE} and {@link #FALSE}, a subclass of int
 * that Python classes may not derive from. Methods live in {@link PyBoolMethods}.
 */
public final class PyBool extends PyInt {

    /** The built-in type {@code bool}. */
    public static final PyType TYPE =
            PyType.builtin("bool", PyBool.class, () -> PyInt.TYPE, PyBoolMethods::define);

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(TYPE, v, null);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** True for {@link #TRUE}. */
    public boolean isTrue() {
        return value != 0;
    }

    @Override
    public String toString() {
        return value != 0 ? "True" : "False";
    }
}
