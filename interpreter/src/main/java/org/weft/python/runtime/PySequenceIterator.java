package org.weft.python.runtime;

/**
 * The iterators of {@code tuple} and {@code list}: {@code tuple_iterator}, {@code list_iterator}
 * and {@code list_reverseiterator}. A list iterator reads item by item (lock-free), so a list that
 * changes while it is iterated is seen as it is, as in CPython; it is never an error.
 */
final class PySequenceIterator {

    private PySequenceIterator() {
    }

    /** {@code tuple_iterator}. */
    static final class TupleIterator extends ContainerIterator {
        static final PyType TYPE = PyType.builtin("tuple_iterator", TupleIterator.class, () -> PyObject.TYPE,
                TupleIterator::define);

        private final PyObject[] items;
        private int index;

        private static void define(TypeBuilder b) {
            ContainerIterator.defineIterator(b);
            b.method0("__reduce__", self -> {
                TupleIterator it = (TupleIterator) self;
                return it.index < it.items.length
                        ? IteratorReduce.reduce(PyTuple.of(it.items), it.index, PyTuple.EMPTY)
                        : IteratorReduce.reduce(null, 0, PyTuple.EMPTY);
            });
            b.method1("__setstate__", (self, state) -> {
                TupleIterator it = (TupleIterator) self;
                it.index = IteratorReduce.index(state, it.items.length);
                return PyNone.NONE;
            });
        }

        TupleIterator(PyTuple t) {
            super(TYPE);
            this.items = t.items;
        }

        @Override
        public PyObject nextItem() {
            int i = index;
            if (i < items.length) {
                index = i + 1;
                return items[i];
            }
            return null;
        }

        @Override
        int lengthHint() {
            return Math.max(0, items.length - index);
        }
    }

    /** {@code list_iterator}. CPython: listiter_next in listobject.c. */
    static final class ListIterator extends ContainerIterator {
        static final PyType TYPE = PyType.builtin("list_iterator", ListIterator.class, () -> PyObject.TYPE,
                ListIterator::define);

        /** Null once exhausted, so that later growth of the list is not seen (as CPython). */
        private PyList list;
        private int index;

        private static void define(TypeBuilder b) {
            ContainerIterator.defineIterator(b);
            b.method0("__reduce__", self -> {
                ListIterator it = (ListIterator) self;
                return IteratorReduce.reduce(it.list, it.index, new PyList());
            });
            b.method1("__setstate__", (self, state) -> {
                ListIterator it = (ListIterator) self;
                PyList l = it.list;
                if (l != null) {
                    it.index = IteratorReduce.index(state, l.size());
                }
                return PyNone.NONE;
            });
        }

        ListIterator(PyList l) {
            super(TYPE);
            this.list = l;
        }

        @Override
        public PyObject nextItem() {
            PyList l = list;
            if (l == null) {
                return null;
            }
            int i = index;
            PyObject x = l.getOrNull(i);
            if (x == null) {
                list = null;
                return null;
            }
            index = i + 1;
            return x;
        }

        @Override
        int lengthHint() {
            PyList l = list;
            return l == null ? 0 : Math.max(0, l.size() - index);
        }
    }

    /** {@code list_reverseiterator}. CPython: listreviter_next in listobject.c. */
    static final class ListReverseIterator extends ContainerIterator {
        static final PyType TYPE = PyType.builtin("list_reverseiterator", ListReverseIterator.class,
                () -> PyObject.TYPE, ContainerIterator::defineIterator);

        private PyList list;
        private int index;

        ListReverseIterator(PyList l) {
            super(TYPE);
            this.list = l;
            this.index = l.size() - 1;
        }

        @Override
        public PyObject nextItem() {
            PyList l = list;
            int i = index;
            if (l == null || i < 0) {
                list = null;
                return null;
            }
            PyObject x = l.getOrNull(i);
            if (x == null) {
                list = null;
                return null;
            }
            index = i - 1;
            return x;
        }

        @Override
        int lengthHint() {
            PyList l = list;
            return l == null ? 0 : Math.min(index + 1, l.size());
        }
    }
}
