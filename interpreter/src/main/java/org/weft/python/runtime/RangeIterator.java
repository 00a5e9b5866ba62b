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
                Small::define);

        // CPython 3.11: rangeiter_reduce / rangeiter_setstate; the range is the iterator's whole
        // run from its first item, the state the count already taken (clipped to [0, len])
        private static void define(TypeBuilder b) {
            ContainerIterator.defineIterator(b);
            b.method0("__reduce__", self -> {
                Small it = (Small) self;
                BigInteger start = BigInteger.valueOf(it.start);
                BigInteger step = BigInteger.valueOf(it.step);
                BigInteger stop = start.add(BigInteger.valueOf(it.len).multiply(step));
                return reduce(start, stop, step, PyInt.of(it.index));
            });
            b.method1("__setstate__", (self, state) -> {
                Small it = (Small) self;
                it.index = clip(state, BigInteger.valueOf(it.len)).longValue();
                return PyNone.NONE;
            });
        }

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
                Big::define);

        // CPython 3.11: longrangeiter_reduce / longrangeiter_setstate
        private static void define(TypeBuilder b) {
            ContainerIterator.defineIterator(b);
            b.method0("__reduce__", self -> {
                Big it = (Big) self;
                return reduce(it.start, it.start.add(it.len.multiply(it.step)), it.step, PyInt.of(it.index));
            });
            b.method1("__setstate__", (self, state) -> {
                Big it = (Big) self;
                it.index = clip(state, it.len);
                it.next = it.start.add(it.index.multiply(it.step));
                return PyNone.NONE;
            });
        }

        private final BigInteger start;
        private final BigInteger step;
        private final BigInteger len;
        private BigInteger next;
        private BigInteger index = BigInteger.ZERO;

        Big(BigInteger start, BigInteger step, BigInteger len) {
            super(TYPE);
            this.start = start;
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

    /** {@code (iter, (range(start, stop, step),), index)}. */
    private static PyObject reduce(BigInteger start, BigInteger stop, BigInteger step, PyObject index) {
        PyObject range = Ops.call(PyRange.TYPE, PyInt.of(start), PyInt.of(stop), PyInt.of(step));
        return PyTuple.of(IteratorReduce.iterBuiltin(), PyTuple.of(range), index);
    }

    /** A state for __setstate__: an integer (__index__), silently clipped to {@code [0, len]}. */
    private static BigInteger clip(PyObject state, BigInteger len) {
        BigInteger v = Ops.index(state).bigValue();
        return v.signum() < 0 ? BigInteger.ZERO : v.min(len);
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
