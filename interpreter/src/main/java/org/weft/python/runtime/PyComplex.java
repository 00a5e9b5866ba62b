package org.weft.python.runtime;

/**
 * Python {@code complex}: two doubles. Immutable. Methods live in {@link PyComplexMethods}.
 */
public class PyComplex extends PyObject {

    /** The built-in type {@code complex}. */
    public static final PyType TYPE =
            PyType.builtin("complex", PyComplex.class, () -> PyObject.TYPE, PyComplexMethods::define);

    final double real;
    final double imag;

    public PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    public static PyComplex of(double real, double imag) {
        return new PyComplex(TYPE, real, imag);
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }

    @Override
    public String toString() {
        return PyComplexMethods.repr(real, imag);
    }
}
