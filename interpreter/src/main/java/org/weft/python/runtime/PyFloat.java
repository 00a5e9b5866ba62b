package org.weft.python.runtime;

/**
 * Python {@code float}: a Java {@code double}. Immutable, so shared freely between threads.
 * Methods live in {@link PyFloatMethods} and {@link FloatArith}; text in {@link FloatFormat},
 * {@link FloatParse} and {@link FloatHex}.
 */
public class PyFloat extends PyObject {

    /** The built-in type {@code float}. */
    public static final PyType TYPE =
            PyType.builtin("float", PyFloat.class, () -> PyObject.TYPE, PyFloatMethods::define);

    final double value;

    public PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(TYPE, v);
    }

    public double value() {
        return value;
    }

    @Override
    public String toString() {
        return FloatFormat.repr(value);
    }
}
