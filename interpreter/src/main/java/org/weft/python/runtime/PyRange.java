package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * Python {@code range}: start, stop, step and the length, as Python ints, plus {@code long} copies
 * for the common case where all four fit ({@link #small}). Immutable, so shared freely between
 * threads. Methods in {@link PyRangeMethods}.
 */
public final class PyRange extends PyObject {

    /** The built-in type {@code range}. */
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, () -> PyObject.TYPE,
            PyRangeMethods::define);

    final PyInt start;
    final PyInt stop;
    final PyInt step;
    final PyInt length;
    /** True when start, stop, step and length all fit a long: then the long fields are valid. */
    final boolean small;
    final long lstart;
    final long lstop;
    final long lstep;
    final long llength;

    /** {@code range(start, stop, step)}; {@code step} must not be zero. */
    public PyRange(PyInt start, PyInt stop, PyInt step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = start.isSmall() && stop.isSmall() && step.isSmall()
                ? computeLength(start.longValue(), stop.longValue(), step.longValue())
                : computeLength(start.bigValue(), stop.bigValue(), step.bigValue());
        this.small = start.isSmall() && stop.isSmall() && step.isSmall() && length.isSmall();
        this.lstart = small ? start.longValue() : 0;
        this.lstop = small ? stop.longValue() : 0;
        this.lstep = small ? step.longValue() : 0;
        this.llength = small ? length.longValue() : 0;
    }

    /** {@code range(start, stop, step)} of longs. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    /** The length for long bounds, without BigInteger when the span fits a long (the usual case). */
    private static PyInt computeLength(long start, long stop, long step) {
        long lo = step < 0 ? stop : start;
        long hi = step < 0 ? start : stop;
        if (lo >= hi) {
            return PyInt.of(0);
        }
        long span = hi - lo - 1;
        long absStep = step < 0 ? -step : step;
        if (span < 0 || absStep <= 0) { // overflowed: hi - lo or -Long.MIN_VALUE
            return computeLength(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }
        return PyInt.of(span / absStep + 1);
    }

    // CPython: compute_range_length in rangeobject.c
    private static PyInt computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return PyInt.of(0);
        }
        return PyInt.of(hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE));
    }

    /** The {@code i}-th item, {@code 0 <= i < len}. CPython: compute_item. */
    PyInt item(BigInteger i) {
        return PyInt.of(start.bigValue().add(i.multiply(step.bigValue())));
    }

    @Override
    public String toString() {
        return "<range>";
    }
}
