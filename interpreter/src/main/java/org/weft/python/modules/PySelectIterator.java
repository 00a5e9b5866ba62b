package org.weft.python.modules;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/**
 * The itertools iterators that select or transform the items of another iterator one at a time:
 * compress, dropwhile, takewhile, filterfalse, starmap and pairwise. They are types of their own
 * ({@code type(takewhile(f, xs))} is {@code itertools.takewhile}), not generators. CPython:
 * compress_next, dropwhile_next, takewhile_next, filterfalse_next, starmap_next, pairwise_next in
 * itertoolsmodule.c.
 */
final class PySelectIterator {

    static final PyType COMPRESS = PyStreamIterator.type("compress", ItertoolsNew::compress);
    static final PyType DROPWHILE = PyStreamIterator.type("dropwhile", ItertoolsNew::dropwhile);
    static final PyType TAKEWHILE = PyStreamIterator.type("takewhile", ItertoolsNew::takewhile);
    static final PyType FILTERFALSE = PyStreamIterator.type("filterfalse", ItertoolsNew::filterfalse);
    static final PyType STARMAP = PyStreamIterator.type("starmap", ItertoolsNew::starmap);
    static final PyType PAIRWISE = PyStreamIterator.type("pairwise", ItertoolsNew::pairwise);

    private PySelectIterator() {
    }

    /** compress: the data items whose selector is true; stops at the shorter input. */
    static final class Compress extends PyStreamIterator {
        private final PyObject data;
        private final PyObject selectors;

        Compress(PyObject data, PyObject selectors) {
            super(COMPRESS);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyObject nextItem() {
            while (true) {
                PyObject item = Ops.next(data);
                if (item == null) {
                    return null;
                }
                PyObject selector = Ops.next(selectors);
                if (selector == null) {
                    return null;
                }
                if (Ops.isTrue(selector)) {
                    return item;
                }
            }
        }
    }

    /** dropwhile: skips items while the predicate holds, then passes everything through. */
    static final class Dropwhile extends PyStreamIterator {
        private final PyObject predicate;
        private final PyObject it;
        private boolean dropping = true;

        Dropwhile(PyObject predicate, PyObject it) {
            super(DROPWHILE);
            this.predicate = predicate;
            this.it = it;
        }

        @Override
        public PyObject nextItem() {
            while (true) {
                PyObject item = Ops.next(it);
                if (item == null || !dropping) {
                    return item;
                }
                if (!Ops.isTrue(Ops.call(predicate, item))) {
                    dropping = false;
                    return item;
                }
            }
        }
    }

    /** takewhile: items while the predicate holds; the first failing item is consumed, not given. */
    static final class Takewhile extends PyStreamIterator {
        private final PyObject predicate;
        private final PyObject it;
        private boolean stopped;

        Takewhile(PyObject predicate, PyObject it) {
            super(TAKEWHILE);
            this.predicate = predicate;
            this.it = it;
        }

        @Override
        public PyObject nextItem() {
            if (stopped) {
                return null;
            }
            PyObject item = Ops.next(it);
            if (item == null) {
                return null;
            }
            if (Ops.isTrue(Ops.call(predicate, item))) {
                return item;
            }
            stopped = true;
            return null;
        }
    }

    /** filterfalse: the items for which the predicate (truth itself when None) is false. */
    static final class Filterfalse extends PyStreamIterator {
        private final PyObject predicate;
        private final PyObject it;

        /** {@code predicate} null tests the items' own truth. */
        Filterfalse(PyObject predicate, PyObject it) {
            super(FILTERFALSE);
            this.predicate = predicate;
            this.it = it;
        }

        @Override
        public PyObject nextItem() {
            while (true) {
                PyObject item = Ops.next(it);
                if (item == null) {
                    return null;
                }
                PyObject test = predicate == null ? item : Ops.call(predicate, item);
                if (!Ops.isTrue(test)) {
                    return item;
                }
            }
        }
    }

    /** starmap: {@code function(*item)} for each item. */
    static final class Starmap extends PyStreamIterator {
        private final PyObject function;
        private final PyObject it;

        Starmap(PyObject function, PyObject it) {
            super(STARMAP);
            this.function = function;
            this.it = it;
        }

        @Override
        public PyObject nextItem() {
            PyObject item = Ops.next(it);
            if (item == null) {
                return null;
            }
            PyTuple args = item.type() == PyTuple.TYPE ? (PyTuple) item : (PyTuple) Ops.call(PyTuple.TYPE, item);
            return Ops.call(function, args.items().clone());
        }
    }

    /** pairwise: overlapping pairs (a, b), (b, c), ... of consecutive items. */
    static final class Pairwise extends PyStreamIterator {
        private PyObject it;
        private PyObject previous;

        Pairwise(PyObject it) {
            super(PAIRWISE);
            this.it = it;
        }

        @Override
        public PyObject nextItem() {
            if (it == null) {
                return null;
            }
            if (previous == null) {
                previous = Ops.next(it);
                if (previous == null) {
                    it = null;
                    return null;
                }
            }
            PyObject item = Ops.next(it);
            if (item == null) {
                it = null;
                previous = null;
                return null;
            }
            PyTuple pair = PyTuple.of(previous, item);
            previous = item;
            return pair;
        }
    }
}
