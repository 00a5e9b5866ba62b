package org.weft.python.runtime;

import java.util.Arrays;

/**
 * {@code list.sort(*, key=None, reverse=False)}: a stable merge sort that compares only with
 * {@code <}, as CPython's timsort does, so any consistent {@code __lt__} gives CPython's result.
 *
 * <p>Threads: as CPython's list_sort_impl, the list is emptied while it is sorted (its items move
 * to a private array) so that no lock is held while {@code __lt__} or the key function run; if
 * anyone changed the list meanwhile, the changes are dropped and "list modified during sort" is
 * raised. An exception from a comparison leaves the items in some permutation, never lost.
 * Items whose order needs no Python code (all exact {@code int}, all {@code str} or all
 * {@code float}, no key function) are sorted under the list's lock instead, in one step: with the
 * GIL (or CPython 3.13t's per-list critical section) no other thread can run during such a sort,
 * so its appends wait rather than being dropped, and the sort raises nothing.
 */
final class ListSort {

    private ListSort() {
    }

    /** A strict "less than" between sort keys. */
    @FunctionalInterface
    interface Less {
        boolean lt(PyObject a, PyObject b);
    }

    private static final int MIN_RUN = 32;
    /** Below this many items CPython's listsort is one run plus a binary insertion sort. */
    private static final int SMALL = 64;

    // CPython: list_sort_impl in listobject.c
    static PyObject sortMethod(PyObject self, PyObject[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        if (args.length > 2) {
            // _PyArg_UnpackKeywords counts every argument against the two parameters first
            throw PyErr.typeError("sort() takes at most 2 %sarguments (%d given)", args.length == nk ? "keyword " : "",
                    args.length);
        }
        if (args.length > nk) {
            throw PyErr.typeError("sort() takes no positional arguments");
        }
        PyObject key = PyNone.NONE;
        boolean reverse = false;
        for (int i = 0; i < nk; i++) {
            PyObject v = args[args.length - nk + i];
            switch (kwnames[i]) {
                case "key" -> key = v;
                // Argument Clinic's bool(accept={int}): an integer (or __index__), not any truthy value
                case "reverse" -> reverse = Ops.isTrue(Ops.index(v));
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for sort()", kwnames[i]);
            }
        }
        sort((PyList) self, key == PyNone.NONE ? null : key, reverse);
        return PyNone.NONE;
    }

    /** Sorts {@code l} in place; {@code key} may be null. */
    static void sort(PyList l, PyObject key, boolean reverse) {
        if (key == null && sortedUnderLock(l, reverse)) {
            return;
        }
        PyObject[] marker = new PyObject[0];
        PyObject[] saved;
        int n;
        l.lockWrite();
        try {
            saved = l.objectItems();
            n = l.size;
            l.items = marker;
            l.size = 0;
        } finally {
            l.unlockWrite();
        }
        boolean modified;
        try {
            sortItems(saved, n, key, reverse);
        } finally {
            l.lockWrite();
            try {
                // CPython (list_sort_impl) complains only if the emptied list got storage again:
                // clear() or an empty slice assignment on it change nothing there
                modified = l.size != 0 || l.capacity() != 0;
                l.items = saved;
                l.ints = null;
                l.size = n;
            } finally {
                l.unlockWrite();
            }
        }
        if (modified) {
            throw PyErr.valueError("list modified during sort");
        }
    }

    /**
     * Sorts {@code l} while holding its lock when no comparison can run Python code; false (nothing
     * done) otherwise. The lock is held for O(n log n) plain comparisons: bounded work, as
     * {@link SeqLocked} asks. Found by tests/python/threads/list_mixed_mutation.py, where appends
     * made during a sort of ints were lost.
     */
    private static boolean sortedUnderLock(PyList l, boolean reverse) {
        l.lockWrite();
        try {
            long[] ints = l.ints;
            if (ints != null) {
                // Exact ints in longs: equal ones cannot be told apart, so any order among them is stable
                Arrays.sort(ints, 0, l.size);
                if (reverse) {
                    for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                        long t = ints[i];
                        ints[i] = ints[j];
                        ints[j] = t;
                    }
                }
                return true;
            }
            PyObject[] items = l.items;
            int n = l.size;
            if (n > 1 && !orderedWithoutPython(items, n)) {
                return false;
            }
            sortItems(items, n, null, reverse);
            return true;
        } finally {
            l.unlockWrite();
        }
    }

    /** All items of one exact type among int, str and float: comparing them runs no Python code. */
    private static boolean orderedWithoutPython(PyObject[] items, int n) {
        PyType t = items[0].type();
        if (t != PyInt.TYPE && t != PyStr.TYPE && t != PyFloat.TYPE) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (items[i].type() != t) {
                return false;
            }
        }
        return true;
    }

    private static void sortItems(PyObject[] items, int n, PyObject key, boolean reverse) {
        if (n < 2) {
            if (n == 1 && key != null) {
                Ops.call(key, items[0]);
            }
            return;
        }
        PyObject[] keys = items;
        PyObject[] values = null;
        if (key != null) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Ops.call(key, items[i]);
            }
            values = items;
        }
        // Reversing before and after keeps equal items in their original order, as CPython.
        if (reverse) {
            reverseRange(keys, values, 0, n);
        }
        new Merger(keys, values, chooseLess(keys, n)).sort(0, n);
        if (reverse) {
            reverseRange(keys, values, 0, n);
        }
    }

    /** Reverses [lo, hi) of the keys, and of the values when there are any. */
    private static void reverseRange(PyObject[] keys, PyObject[] values, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (values != null) {
                t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
    }

    /**
     * A comparison specialised to the keys' common type when no Python code can be involved.
     * CPython: the unsafe_*_compare pre-sort check in listobject.c.
     */
    static Less chooseLess(PyObject[] keys, int n) {
        PyType t = keys[0].type();
        boolean allSmallInts = t == PyInt.TYPE;
        boolean same = t == PyStr.TYPE || t == PyInt.TYPE || t == PyFloat.TYPE;
        for (int i = 0; i < n && same; i++) {
            PyObject k = keys[i];
            same = k.type() == t;
            allSmallInts &= same && t == PyInt.TYPE && ((PyInt) k).isSmall();
        }
        if (!same) {
            return (a, b) -> Ops.isTrue(Ops.richCompare(a, b, CompareOp.LT));
        }
        if (allSmallInts) {
            return (a, b) -> ((PyInt) a).longValue() < ((PyInt) b).longValue();
        }
        if (t == PyStr.TYPE) {
            return (a, b) -> compareCodePoints(((PyStr) a).value(), ((PyStr) b).value()) < 0;
        }
        if (t == PyFloat.TYPE) {
            return (a, b) -> ((PyFloat) a).value < ((PyFloat) b).value;
        }
        return (a, b) -> Ops.isTrue(Ops.richCompare(a, b, CompareOp.LT));
    }

    /** Compares by code point, not UTF-16 unit (surrogates sort above U+E000..U+FFFF). */
    static int compareCodePoints(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i);
            char d = y.charAt(i);
            if (c != d) {
                if (c >= 0xD800 && d >= 0xD800) {
                    return fixup(c) - fixup(d);
                }
                return c - d;
            }
        }
        return x.length() - y.length();
    }

    private static int fixup(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    /** Bottom-up merge sort over keys (and values moved alongside). Stable; only ever asks {@code b < a}. */
    private static final class Merger {
        private final PyObject[] keys;
        private final PyObject[] values;
        private final Less less;
        private PyObject[] tmpKeys;
        private PyObject[] tmpValues;

        Merger(PyObject[] keys, PyObject[] values, Less less) {
            this.keys = keys;
            this.values = values;
            this.less = less;
        }

        void sort(int lo, int hi) {
            if (hi - lo < SMALL) {
                int run = countRun(lo, hi);
                binarySort(lo, hi, lo + run);
                return;
            }
            for (int i = lo; i < hi; i += MIN_RUN) {
                insertionSort(i, Math.min(hi, i + MIN_RUN));
            }
            for (int width = MIN_RUN; width < hi - lo; width *= 2) {
                for (int i = lo; i < hi - width; i += 2 * width) {
                    merge(i, i + width, (int) Math.min(hi, (long) i + 2 * width));
                }
            }
        }

        /**
         * The length of the run at lo, made ascending: CPython's count_run (listobject.c), which
         * reverses a strictly descending run. With binarySort this is all CPython does below 64
         * items, so __lt__ is called on the same pairs in the same order (what a printing __lt__
         * shows, and which pair a TypeError of mixed types names).
         */
        private int countRun(int lo, int hi) {
            if (lo + 1 >= hi) {
                return hi - lo;
            }
            int n = 2;
            if (less.lt(keys[lo + 1], keys[lo])) {
                while (lo + n < hi && less.lt(keys[lo + n], keys[lo + n - 1])) {
                    n++;
                }
                reverseRange(keys, values, lo, lo + n);
            } else {
                while (lo + n < hi && !less.lt(keys[lo + n], keys[lo + n - 1])) {
                    n++;
                }
            }
            return n;
        }

        /** CPython's binarysort: [lo, start) is sorted; each later item is placed by bisection. */
        private void binarySort(int lo, int hi, int start) {
            for (int i = Math.max(start, lo + 1); i < hi; i++) {
                PyObject pivot = keys[i];
                int l = lo;
                int r = i;
                do {
                    int mid = l + ((r - l) >>> 1);
                    if (less.lt(pivot, keys[mid])) {
                        r = mid;
                    } else {
                        l = mid + 1;
                    }
                } while (l < r);
                System.arraycopy(keys, l, keys, l + 1, i - l);
                keys[l] = pivot;
                if (values != null) {
                    PyObject v = values[i];
                    System.arraycopy(values, l, values, l + 1, i - l);
                    values[l] = v;
                }
            }
        }


        /** Binary insertion sort of [lo, hi); an item already in place costs one comparison. */
        private void insertionSort(int lo, int hi) {
            for (int i = lo + 1; i < hi; i++) {
                PyObject pivot = keys[i];
                if (!less.lt(pivot, keys[i - 1])) {
                    continue;
                }
                int l = lo;
                int r = i - 1;
                while (l < r) {
                    int mid = (l + r) >>> 1;
                    if (less.lt(pivot, keys[mid])) {
                        r = mid;
                    } else {
                        l = mid + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, i - l);
                keys[l] = pivot;
                if (values != null) {
                    PyObject v = values[i];
                    System.arraycopy(values, l, values, l + 1, i - l);
                    values[l] = v;
                }
            }
        }

        /** Merges the sorted runs [lo, mid) and [mid, hi). */
        private void merge(int lo, int mid, int hi) {
            if (!less.lt(keys[mid], keys[mid - 1])) {
                return; // already in order
            }
            int n1 = mid - lo;
            if (tmpKeys == null || tmpKeys.length < n1) {
                tmpKeys = new PyObject[Math.max(n1, keys.length / 2 + 1)];
                tmpValues = values == null ? null : new PyObject[tmpKeys.length];
            }
            System.arraycopy(keys, lo, tmpKeys, 0, n1);
            if (values != null) {
                System.arraycopy(values, lo, tmpValues, 0, n1);
            }
            int i = 0;
            int j = mid;
            int dst = lo;
            try {
                while (i < n1 && j < hi) {
                    // Take from the right only when strictly less: this keeps the sort stable.
                    if (less.lt(keys[j], tmpKeys[i])) {
                        move(j++, dst++);
                    } else {
                        moveTmp(i++, dst++);
                    }
                }
            } finally {
                // Also on an exception: the rest of the left run goes back, so nothing is lost.
                while (i < n1) {
                    moveTmp(i++, dst++);
                }
            }
        }

        private void move(int from, int to) {
            keys[to] = keys[from];
            if (values != null) {
                values[to] = values[from];
            }
        }

        private void moveTmp(int from, int to) {
            keys[to] = tmpKeys[from];
            if (values != null) {
                values[to] = tmpValues[from];
            }
        }
    }
}
