package org.weft.python.runtime;

/**
 * Arithmetic and comparison of exact floats with exact ints (or floats), without the generic
 * binary protocol. For these operands CPython's answer is float's own slot: {@code int.__op__}
 * returns NotImplemented for a float, and {@code float.__op__}/{@code __rop__} converts the int
 * with {@code PyLong_AsDouble} (correctly rounded, as Java's long-to-double conversion is) before
 * operating on doubles. So the generic path's lookups of {@code __op__} and {@code __rop__} on two
 * built-in types (a type-dict probe each, in {@code 1.0 / (i + j)}: 10% of spectral_norm) buy
 * nothing here, and an int beyond a long still takes that path (its conversion can overflow).
 */
public final class MixedNumbers {

    private MixedNumbers() {}

    /** The largest magnitude below which every long is exactly a double: comparisons agree. */
    private static final long EXACT = 1L << 53;

    /**
     * True when {@code a op b} is float arithmetic on two doubles: each an exact float or an exact
     * int that fits a long, at least one a float.
     */
    public static boolean floats(PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta == PyFloat.TYPE) {
            return tb == PyFloat.TYPE || (tb == PyInt.TYPE && ((PyInt) b).isSmall());
        }
        return tb == PyFloat.TYPE && ta == PyInt.TYPE && ((PyInt) a).isSmall();
    }

    /**
     * True when {@code a} and {@code b} compare exactly as doubles: exact floats, or an exact float
     * and an exact int whose magnitude is below 2**53 (CPython's float_richcompare compares larger
     * ints without rounding them, which the generic path does).
     */
    public static boolean comparable(PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta == PyFloat.TYPE) {
            return tb == PyFloat.TYPE || (tb == PyInt.TYPE && exactly((PyInt) b));
        }
        return tb == PyFloat.TYPE && ta == PyInt.TYPE && exactly((PyInt) a);
    }

    private static boolean exactly(PyInt i) {
        long v = i.longValue();
        return i.isSmall() && v > -EXACT && v < EXACT;
    }

    /** The double of an operand that {@link #floats} or {@link #comparable} accepted. */
    public static double value(PyObject o) {
        return o instanceof PyFloat f ? f.value() : (double) ((PyInt) o).longValue();
    }
}
