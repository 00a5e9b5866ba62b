package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * Python {@code int}: a {@code long} when the value fits, else a {@code BigInteger}. Values are
 * always normalised: {@code big} is non-null only when the value does not fit a {@code long}, so
 * two equal ints have the same representation. Small ints (-5..256) of exact type {@code int} are
 * shared, as in CPython.
 *
 * <p>Threads: immutable. The small-int cache is a static final table built once.
 *
 * <p>Methods live in {@link PyIntMethods}; arithmetic in {@link IntArith}, parsing in
 * {@link IntParse}, formatting in {@link IntFormat}.
 */
public class PyInt extends PyObject {

    /** The built-in type {@code int}. */
    public static final PyType TYPE =
            PyType.builtin("int", PyInt.class, () -> PyObject.TYPE, PyIntMethods::define);

    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = makeSmall();

    /** The value when {@link #big} is null. */
    final long value;
    /** Non-null only when the value does not fit a long. */
    final BigInteger big;

    protected PyInt(PyType type, long value, BigInteger big) {
        super(type);
        this.value = value;
        this.big = big;
    }

    /** An instance of a Python subclass of int ({@code class MyInt(int)}), normalised. */
    public static PyInt ofType(PyType type, BigInteger v) {
        return v.bitLength() < 64 ? new PyInt(type, v.longValue(), null) : new PyInt(type, 0, v);
    }

    private static PyInt[] makeSmall() {
        PyInt[] t = new PyInt[SMALL_MAX - SMALL_MIN + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = new PyInt(TYPE, i + SMALL_MIN, null);
        }
        return t;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(TYPE, v, null);
    }

    public static PyInt of(BigInteger v) {
        return v.bitLength() < 64 ? of(v.longValue()) : new PyInt(TYPE, 0, v);
    }

    /** True when the value fits a Java long. */
    public boolean isSmall() {
        return big == null;
    }

    /** The value; only meaningful when {@link #isSmall()}. */
    public long longValue() {
        return value;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** -1, 0 or 1. */
    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The value as a Java int; OverflowError as CPython's when it does not fit a C int. */
    public int intValueExact() {
        if (big == null && value == (int) value) {
            return (int) value;
        }
        throw PyErr.format(PyExc.OverflowError, "%s", "Python int too large to convert to C int");
    }

    /** The value as a Java long; OverflowError as CPython's PyLong_AsLong when too large. */
    public long longValueExact() {
        if (big == null) {
            return value;
        }
        throw PyErr.format(PyExc.OverflowError, "%s", "Python int too large to convert to C long");
    }

    /** The value as a double, correctly rounded; OverflowError when it is too large. */
    public double doubleValue() {
        return big == null ? (double) value : IntArith.bigToDouble(big);
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
