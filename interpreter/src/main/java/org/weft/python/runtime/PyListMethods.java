package org.weft.python.runtime;

import java.util.Arrays;

/**
 * The methods of {@code list}. Each mutation is one critical section under the list's lock; Python
 * code (iteration of an argument, {@code __eq__}, {@code __index__}) runs before the lock is taken
 * or between validated sections. Indexing and slicing live in {@link ListSubscript}.
 */
final class PyListMethods {

    private PyListMethods() {
    }

    static void define(TypeBuilder b) {
        // PEP 585: list[int] makes a types.GenericAlias, as for every built-in collection.
        b.classmethod("__class_getitem__", null, PyGenericAlias::classGetItem);
        b.doc("list(iterable=(), /)\n--\n\nBuilt-in mutable sequence.\n\n"
                + "If no argument is given, the constructor creates a new empty list.\n"
                + "The argument must be an iterable if specified.");
        b.newFn((type, args, kwnames) -> new PyList(type));
        b.initFn(PyListMethods::init);
        b.constant("__hash__", PyNone.NONE);
        b.method0("__repr__", self -> PyStr.of(repr((PyList) self)));
        b.method0("__len__", self -> PyInt.of(((PyList) self).size()));
        b.method1("__getitem__", (self, i) -> ListSubscript.getItem((PyList) self, i));
        b.method2("__setitem__", (self, i, v) -> {
            ListSubscript.setItem((PyList) self, i, v);
            return PyNone.NONE;
        });
        b.method1("__delitem__", (self, i) -> {
            ListSubscript.delItem((PyList) self, i);
            return PyNone.NONE;
        });
        b.method1("__contains__", (self, x) -> PyBool.of(contains((PyList) self, x)));
        b.method0("__iter__", self -> new PySequenceIterator.ListIterator((PyList) self));
        b.method0("__reversed__", self -> new PySequenceIterator.ListReverseIterator((PyList) self));
        b.method0("__sizeof__", self -> PyInt.of(40L + 8L * cpythonCapacity((PyList) self)));
        PyListArithmetic.define(b);
        b.method1("append", (self, x) -> {
            ((PyList) self).append(x);
            return PyNone.NONE;
        });
        b.method1("extend", (self, x) -> {
            extend((PyList) self, x);
            return PyNone.NONE;
        });
        b.method("insert", "insert($self, index, object, /)", PyListMethods::insert,
                (self, index) -> insert(self, new PyObject[] {index}, null), // the VAR path's arity error
                (self, index, x) -> insert((PyList) self, index, x));
        b.method("pop", "pop($self, index=-1, /)", PyListMethods::pop);
        b.method1("remove", (self, x) -> {
            remove((PyList) self, x);
            return PyNone.NONE;
        });
        b.method("index", "index($self, value, start=0, stop=sys.maxsize, /)", PyListMethods::index);
        b.method1("count", (self, x) -> {
            PyObject[] a = ((PyList) self).snapshot();
            return PyInt.of(SequenceSupport.count(a, a.length, x));
        });
        b.method0("clear", self -> {
            ((PyList) self).replaceAll(PyList.NO_ITEMS);
            return PyNone.NONE;
        });
        b.method0("copy", self -> new PyList(((PyList) self).snapshot()));
        b.method0("reverse", self -> {
            reverse((PyList) self);
            return PyNone.NONE;
        });
        b.method("sort", "sort($self, /, *, key=None, reverse=False)", ListSort::sortMethod);
    }

    // CPython: list___init___impl in listobject.c
    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && self.type() == PyList.TYPE) {
            throw PyErr.typeError("list() takes no keyword arguments");
        }
        int npos = Sequences.positionalCount(args, kwnames);
        if (npos > 1) {
            throw PyErr.typeError("list expected at most 1 argument, got %d", npos);
        }
        PyObject[] items = npos == 0 ? PyList.NO_ITEMS : Sequences.extendItems(args[0]);
        ((PyList) self).replaceAll(items);
        return PyNone.NONE;
    }

    static String repr(PyList l) {
        PyObject[] a = l.snapshot();
        if (a.length == 0) {
            return "[]";
        }
        if (!Ops.reprEnter(l)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            SequenceSupport.appendReprs(sb, a, a.length);
            return sb.append(']').toString();
        } finally {
            Ops.reprLeave(l);
        }
    }

    static boolean contains(PyList l, PyObject x) {
        // Index by index, as CPython's list_contains, so a concurrent change is seen, never a Java error.
        long version = l.version();
        for (int i = 0;; i++) {
            PyObject item = l.getOrNull(i);
            if (item == null) {
                return !surelyAbsent(l, version) && indexIn(l.snapshot(), x) >= 0;
            }
            if (Ops.eqForContainer(item, x)) {
                return true;
            }
        }
    }

    /**
     * Whether a lock-free scan that found nothing may say so: only when no write happened during
     * it. Another thread's removal shifts the items left, so a scan may step over an item that was
     * in the list all along; such a scan asks a consistent snapshot instead.
     */
    private static boolean surelyAbsent(PyList l, long versionBefore) {
        return (versionBefore & 1) == 0 && l.version() == versionBefore;
    }

    private static int indexIn(PyObject[] a, PyObject x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x || Ops.eqForContainer(a[i], x)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code l.extend(x)}: atomic when {@code x} is a list, tuple, dict or set (a snapshot). */
    static void extend(PyList l, PyObject x) {
        PyObject[] xs = Sequences.extendItems(x);
        l.appendAll(xs, xs.length);
    }

    // CPython: list_insert_impl in listobject.c (the index is clamped, never an error)
    private static PyObject insert(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("list.insert", kwnames);
        ArgParser.checkPositional("insert", args.length, 2, 2);
        return insert((PyList) self, args[0], args[1]);
    }

    private static PyObject insert(PyList l, PyObject index, PyObject x) {
        long where = asSsize(index);
        l.lockWrite();
        try {
            int n = l.size;
            long i = where < 0 ? Math.max(0, where + n) : Math.min(where, n);
            l.ensureCapacity(n + 1L);
            PyObject[] a = l.objectItems();
            System.arraycopy(a, (int) i, a, (int) i + 1, n - (int) i);
            a[(int) i] = x;
            l.size = n + 1;
        } finally {
            l.unlockWrite();
        }
        return PyNone.NONE;
    }

    // CPython: list_pop_impl in listobject.c
    private static PyObject pop(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("list.pop", kwnames);
        ArgParser.checkPositional("pop", args.length, 0, 1);
        long where = args.length == 0 ? -1 : asSsize(args[0]);
        PyList l = (PyList) self;
        l.lockWrite();
        try {
            int n = l.size;
            if (n == 0) {
                throw PyErr.indexError("pop from empty list");
            }
            long i = where < 0 ? where + n : where;
            if (i < 0 || i >= n) {
                throw PyErr.indexError("pop index out of range");
            }
            return removeAt(l, (int) i);
        } finally {
            l.unlockWrite();
        }
    }

    /** Removes and returns item {@code i}; call under the lock with {@code i} in range. */
    static PyObject removeAt(PyList l, int i) {
        int n = l.size;
        if (i == n - 1) {
            return l.removeLast(n);
        }
        PyObject[] a = l.objectItems();
        PyObject x = a[i];
        System.arraycopy(a, i + 1, a, i, n - i - 1);
        a[n - 1] = null;
        l.size = n - 1;
        return x;
    }

    // CPython: list_remove in listobject.c; the comparison runs unlocked, the removal re-checks.
    private static void remove(PyList l, PyObject x) {
        for (;;) {
            long version = l.version();
            int i = 0;
            PyObject item;
            while ((item = l.getOrNull(i)) != null && !Ops.eqForContainer(item, x)) {
                i++;
            }
            if (item == null) {
                // Not seen by a scan that other threads' writes may have shifted under: look
                // again in a consistent snapshot before saying it is not there.
                PyObject[] snap = surelyAbsent(l, version) ? null : l.snapshot();
                i = snap == null ? -1 : indexIn(snap, x);
                if (i < 0) {
                    throw PyErr.valueError("list.remove(x): x not in list");
                }
                item = snap[i];
            }
            l.lockWrite();
            try {
                // The scan found `item` by identity only in an object list: one keeping ints
                // gave it a new int object, so this turns it into one and searches again.
                if (i < l.size && l.objectItems()[i] == item) {
                    removeAt(l, i);
                    return;
                }
            } finally {
                l.unlockWrite();
            }
            // The list changed under us: search again.
        }
    }

    // CPython: list_index_impl in listobject.c
    private static PyObject index(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("list.index", kwnames);
        ArgParser.checkPositional("index", args.length, 1, 3);
        PyObject[] a = ((PyList) self).snapshot();
        int start = SequenceSupport.boundIndex(args.length > 1 ? args[1] : null, a.length, 0);
        int stop = SequenceSupport.boundIndex(args.length > 2 ? args[2] : null, a.length, a.length);
        int i = SequenceSupport.indexOf(a, a.length, args[0], start, stop);
        if (i < 0) {
            throw PyErr.valueError("%s is not in list", Ops.repr(args[0]).value());
        }
        return PyInt.of(i);
    }

    static void reverse(PyList l) {
        l.lockWrite();
        try {
            PyObject[] a = l.objectItems();
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        } finally {
            l.unlockWrite();
        }
    }

    /** An index argument as a long. CPython: PyNumber_AsSsize_t(o, PyExc_OverflowError). */
    static long asSsize(PyObject o) {
        PyInt i = o instanceof PyInt pi ? pi : Ops.index(o);
        if (!i.isSmall()) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** An array copy sized exactly. */
    static PyObject[] exact(PyObject[] a, int n) {
        return n == a.length ? a : Arrays.copyOf(a, n);
    }

    /**
     * The capacity CPython 3.11 would give this list, for sys.getsizeof: Weft grows lists by its own
     * rule, so the size is that of CPython's list built the same way. A list grown by appends gets
     * list_resize's over-allocation for its length; one allocated whole (list(iterable), a literal,
     * sorted) gets list_preallocate_exact's even rounding, short literals their exact length.
     */
    static long cpythonCapacity(PyList l) {
        int n = l.size;
        if (n == 0) {
            return 0;
        }
        if (l.capacity() == n) {
            return n < 3 ? n : (n + 1) & ~1;
        }
        long allocated = 0;
        while (allocated < n) {
            long newsize = allocated + 1;
            allocated = (newsize + (newsize >> 3) + 6) & ~3L;
        }
        return allocated;
    }
}
