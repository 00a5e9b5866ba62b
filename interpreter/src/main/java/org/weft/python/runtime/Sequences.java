package org.weft.python.runtime;

import java.util.Arrays;

/**
 * Helpers for the containers' argument handling and for turning any iterable into an array, with
 * fast paths for the built-in containers (a consistent snapshot, taken without locks).
 */
final class Sequences {

    private Sequences() {
    }

    /**
     * The items of {@code iterable} as a fresh array the caller may keep. Lists, tuples, dicts and
     * sets give a snapshot consistent at one instant; other iterables are iterated (Python code
     * may run; no lock is held).
     */
    static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.items.clone();
        }
        if (iterable instanceof PyList l && (l.type() == PyList.TYPE || inheritsIter(l, PyList.TYPE))) {
            return l.snapshot();
        }
        if (iterable.type() == PyDict.TYPE) {
            PyDict.Snapshot s = ((PyDict) iterable).snapshot();
            return s.size() == s.keys().length ? s.keys() : Arrays.copyOf(s.keys(), s.size());
        }
        if (iterable.type() == PySet.TYPE || iterable.type() == PyFrozenSet.TYPE) {
            return PySetMethods.elements((PyBaseSet) iterable);
        }
        return drain(Ops.iter(iterable));
    }

    /**
     * {@link #toArray}, for {@code list(x)}, {@code tuple(x)}, {@code l.extend(x)} and
     * {@code sorted(x)}: CPython's list_extend and PySequence_Tuple take only an exact list or tuple
     * as it is; any other object is iterated, and asked its length right after {@code iter(x)}
     * ({@link LengthHint}), so a Python class sees that call (a list subclass's {@code __len__}
     * too). Slice assignment and {@code str.join} go through PySequence_Fast, which asks the
     * iterator instead, so they use {@link #toArray}.
     */
    static PyObject[] extendItems(PyObject iterable) {
        if (!iterable.type().isHeapType()) {
            return toArray(iterable); // built-in types: asking has no visible effect
        }
        PyObject it = Ops.iter(iterable);
        LengthHint.ask(iterable);
        return drain(it);
    }

    private static PyObject[] drain(PyObject it) {
        if (it instanceof PyGenerator g && g.drainable()) {
            Collector c = new Collector();
            g.drain(null, c); // takes every value: returns at the end
            return c.toArray();
        }
        PyObject[] r = new PyObject[8];
        int n = 0;
        for (PyObject x; (x = Ops.next(it)) != null;) {
            if (n == r.length) {
                r = Arrays.copyOf(r, grow(n));
            }
            r[n++] = x;
        }
        return n == r.length ? r : Arrays.copyOf(r, n);
    }

    /** The values a drained generator yields, in order ({@code list(g)}, {@code tuple(g)}, {@code ''.join(g)}). */
    static final class Collector implements PushConsumer {
        private PyObject[] items = new PyObject[8];
        private int size;

        @Override
        public boolean accept(PyObject v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, grow(size));
            }
            items[size++] = v;
            return true;
        }

        PyObject[] toArray() {
            return size == items.length ? items : Arrays.copyOf(items, size);
        }
    }

    /** The number of positional arguments in a vectorcall argument array. */
    static int positionalCount(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /** True when {@code o}'s type still uses {@code base}'s {@code __iter__} (a subclass that did not override it). */
    static boolean inheritsIter(PyObject o, PyType base) {
        return o.type().lookup("__iter__") == base.lookup("__iter__");
    }

    /** A capacity larger than {@code n}, never overflowing into a Java error. */
    static int grow(int n) {
        if (n >= Integer.MAX_VALUE - 8) {
            throw PyErr.of(PyExc.MemoryError);
        }
        return (int) Math.min(Integer.MAX_VALUE - 8L, n + (n >> 1) + 8L);
    }

    /** The items a resolved slice selects from {@code a}. */
    static PyObject[] sliceCopy(PyObject[] a, SliceIndices si) {
        int n = (int) si.length();
        if (si.step() == 1) {
            return Arrays.copyOfRange(a, (int) si.start(), (int) si.start() + n);
        }
        PyObject[] r = new PyObject[n];
        long j = si.start();
        for (int i = 0; i < n; i++, j += si.step()) {
            r[i] = a[(int) j];
        }
        return r;
    }
}
