package org.weft.python.runtime;

import java.math.BigInteger;

/**
 * The iterators of {@code range}: {@code range_iterator} over longs and
 * {@code longrange_iterator} for ranges beyond 64 bits. The position is a plain field: sharing one
 * iterator between threads may repeat an item, never fails.
 */
final class RangeIterator {

    private RangeIterator() {
    }

    /** {@code range_iterator}: {@code next = start + index * step} while {@code index < len}. */
    static final class Small extends ContainerIterator {
        static final PyType TYPE = PyType.builtin("range_iterator", Small.class, () -> PyObject.TYPE,
                ContainerIterator::defineIterator);

        private final long start;
        private final long step;
        private final long len;
        private long index;

        Small(long start, long step, long len) {
            super(TYPE);
            this.start = start;
            this.step = step;
            this.len = len;
        }

        @Override
        public PyObject nextItem() {
            long i = index;
            if (i < len) {
                index = i + 1;
                return PyInt.of(start + i * step);
            }
            return null;
        }

        @Override
        int lengthHint() {
            return (int) Math.min(Integer.MAX_VALUE, len - index);
        }
    }

    /** {@code longrange_iterator}. */
    static final class Big extends ContainerIterator {
        static final PyType TYPE = PyType.builtin("longrange_iterator", Big.class, () -> PyObject.TYPE,
                ContainerIterator::defineIterator);

        private final BigInteger step;
        private final BigInteger len;
        private BigInteger next;
        private BigInteger index = BigInteger.ZERO;

        Big(BigInteger start, BigInteger step, BigInteger len) {
            super(TYPE);
            this.next = start;
            this.step = step;
            this.len = len;
        }

        @Override
        public PyObject nextItem() {
            if (index.compareTo(len) >= 0) {
                return null;
            }
            PyObject r = PyInt.of(next);
            next = next.add(step);
            index = index.add(BigInteger.ONE);
            return r;
        }

        @Override
        int lengthHint() {
            return len.subtract(index).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        }
    }

    /** An iterator over {@code r}, forwards or reversed. CPython: range_iter and range_reverse. */
    static PyObject of(PyRange r, boolean reversed) {
        if (r.small) {
            long start = reversed ? r.lstart + (r.llength - 1) * r.lstep : r.lstart;
            long step = reversed ? -r.lstep : r.lstep;
            if (!reversed || r.llength == 0 || r.lstep != Long.MIN_VALUE) {
                return new Small(start, step, r.llength);
            }
        }
        BigInteger len = r.length.bigValue();
        BigInteger step = r.step.bigValue();
        if (!reversed) {
            return new Big(r.start.bigValue(), step, len);
        }
        BigInteger last = r.start.bigValue().add(len.subtract(BigInteger.ONE).multiply(step));
        return new Big(last, step.negate(), len);
    }
}
