package org.weft.python.modules;

import java.util.ArrayList;

import org.weft.python.runtime.FnNew;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyIterator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * The itertools iterators that pass items through from other iterators: islice, cycle,
 * zip_longest and accumulate here, the selecting ones in {@link PySelectIterator}. Their
 * constructors ({@link ItertoolsNew}) check the arguments as CPython's; these step through the
 * items, which as Python generators cost far more than the work they do. CPython: islice_next,
 * cycle_next, zip_longest_next in itertoolsmodule.c. Threads: one iterator is meant for one thread.
 */
abstract class PyStreamIterator extends PyObject implements PyIterator {

    static final PyType ISLICE = type("islice", ItertoolsNew::islice);
    static final PyType CYCLE = type("cycle", ItertoolsNew::cycle);
    static final PyType ZIP_LONGEST = type("zip_longest", ItertoolsNew::zipLongest);
    static final PyType ACCUMULATE = type("accumulate", ItertoolsNew::accumulate);

    /** A type {@code itertools.<name>} whose instances are stepped by {@code nextItem}. */
    static PyType type(String name, FnNew newFn) {
        return PyType.builtin("itertools." + name, PyStreamIterator.class, () -> PyObject.TYPE,
                b -> define(b, newFn));
    }

    PyStreamIterator(PyType type) {
        super(type);
    }

    private static void define(TypeBuilder b, FnNew newFn) {
        b.notBaseType();
        b.newFn(newFn);
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject x = ((PyStreamIterator) self).nextItem();
            if (x == null) {
                throw PyErr.stopIteration(null);
            }
            return x;
        });
    }

    /** islice: items start, start+step, ... below stop (stop -1 for none); skipped items are consumed. */
    static final class Islice extends PyStreamIterator {
        private PyObject it;
        private long next;
        private final long stop;
        private final long step;
        private long count;

        Islice(PyObject it, long start, long stop, long step) {
            super(ISLICE);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyObject nextItem() {
            if (it == null) {
                return null;
            }
            while (count < next) {
                if (Ops.next(it) == null) {
                    it = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                it = null;
                return null;
            }
            PyObject item = Ops.next(it);
            if (item == null) {
                it = null;
                return null;
            }
            count++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return item;
        }
    }

    /** cycle: the items of the first pass, saved, then the saved items again and again. */
    static final class Cycle extends PyStreamIterator {
        private PyObject it;
        private final ArrayList<PyObject> saved = new ArrayList<>();
        private int index;

        Cycle(PyObject it) {
            super(CYCLE);
            this.it = it;
        }

        @Override
        public PyObject nextItem() {
            if (it != null) {
                PyObject item = Ops.next(it);
                if (item != null) {
                    saved.add(item);
                    return item;
                }
                it = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            PyObject item = saved.get(index);
            index = index + 1 == saved.size() ? 0 : index + 1;
            return item;
        }
    }

    /** zip_longest: tuples until every iterator is exhausted, the shorter ones filled. */
    static final class ZipLongest extends PyStreamIterator {
        private final PyObject[] its;
        private final PyObject fill;
        private int active;

        ZipLongest(PyObject[] its, PyObject fill) {
            super(ZIP_LONGEST);
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public PyObject nextItem() {
            if (active == 0) {
                return null;
            }
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject item = its[i] == null ? null : Ops.next(its[i]);
                if (item == null && its[i] != null) {
                    its[i] = null;
                    if (--active == 0) {
                        return null;
                    }
                }
                out[i] = item == null ? fill : item;
            }
            return PyTuple.of(out);
        }
    }

    /** accumulate: running totals by + or by func(total, item), from initial if given (null if not). */
    static final class Accumulate extends PyStreamIterator {
        private PyObject it;
        private final PyObject func;
        private PyObject total;
        private PyObject initial;

        Accumulate(PyObject it, PyObject func, PyObject initial) {
            super(ACCUMULATE);
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public PyObject nextItem() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            if (it == null) {
                return null;
            }
            PyObject item = Ops.next(it);
            if (item == null) {
                it = null;
                return null;
            }
            if (total == null) {
                total = item;
            } else {
                total = func == null ? Ops.add(total, item) : Ops.call(func, total, item);
            }
            return total;
        }
    }
}
