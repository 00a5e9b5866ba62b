package org.weft.python.runtime;

/**
 * Algorithms shared by {@code tuple} and {@code list} over a snapshot of their items: lexicographic
 * comparison, search, repetition counts and repr. Callers pass an array and a length, so a list
 * passes a consistent snapshot and no lock is held while Python code ({@code __eq__},
 * {@code __lt__}, {@code __repr__}) runs.
 */
public final class SequenceSupport {

    private SequenceSupport() {
    }

    /** Lexicographic rich comparison. CPython: tuplerichcompare in tupleobject.c. */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        int i = 0;
        while (i < na && i < nb && Ops.eqForContainer(a[i], b[i])) {
            i++;
        }
        if (i >= na || i >= nb) {
            return PyBool.of(compareSizes(na, nb, op));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Ops.richCompare(a[i], b[i], op);
    }

    private static boolean compareSizes(int na, int nb, CompareOp op) {
        return switch (op) {
            case LT -> na < nb;
            case LE -> na <= nb;
            case EQ -> na == nb;
            case NE -> na != nb;
            case GT -> na > nb;
            case GE -> na >= nb;
        };
    }

    /** Index of the first item equal to {@code x} in {@code [start, stop)}, or -1. */
    static int indexOf(PyObject[] a, int n, PyObject x, int start, int stop) {
        for (int i = Math.max(start, 0); i < stop && i < n; i++) {
            if (Ops.eqForContainer(a[i], x)) {
                return i;
            }
        }
        return -1;
    }

    /** How many items equal {@code x}. */
    static int count(PyObject[] a, int n, PyObject x) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (Ops.eqForContainer(a[i], x)) {
                c++;
            }
        }
        return c;
    }

    /**
     * The start/stop bounds of {@code index(x, start, stop)}, clamped to {@code [0, n]}.
     * CPython: _PyEval_SliceIndexNotNone then the negative-index adjustment in list_index_impl.
     */
    public static int boundIndex(PyObject v, int n, int dflt) {
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = SliceIndices.sliceIndex(v);
        if (i < 0) {
            i += n;
            if (i < 0) {
                i = 0;
            }
        }
        return (int) Math.min(i, n);
    }

    /**
     * The repeat count of {@code seq * n}, or -1 when {@code n} is not an integer (the caller
     * returns NotImplemented). Negative counts give 0.
     */
    public static long repeatCount(PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) {
            if (!n.type().isHeapType()) {
                // A built-in operand has no __rmul__ that accepts a sequence; CPython's message.
                throw PyErr.typeError("can't multiply sequence by non-int of type '%s'", Ops.typeName(n));
            }
            return -1;
        }
        PyInt i = n instanceof PyInt pi ? pi : Ops.index(n);
        if (!i.isSmall()) {
            throw PyErr.format(PyExc.OverflowError, "cannot fit '%s' into an index-sized integer", Ops.typeName(n));
        }
        return Math.max(0, i.longValue());
    }

    /** The length of a repetition, raising MemoryError where CPython would. */
    static int repeatedSize(int size, long count) {
        if (size == 0 || count == 0) {
            return 0;
        }
        if (count > (Integer.MAX_VALUE - 8) / size) {
            throw PyErr.of(PyExc.MemoryError);
        }
        return (int) (size * count);
    }

    /** {@code items} repeated {@code count} times. */
    static PyObject[] repeat(PyObject[] a, int n, long count) {
        int total = repeatedSize(n, count);
        PyObject[] r = new PyObject[total];
        if (total == 0) {
            return r;
        }
        System.arraycopy(a, 0, r, 0, n);
        // Doubling copies, as CPython's _Py_memory_repeat.
        int done = n;
        while (done < total) {
            int chunk = Math.min(done, total - done);
            System.arraycopy(r, 0, r, done, chunk);
            done += chunk;
        }
        return r;
    }

    /** Appends {@code repr(a[0]), ..., repr(a[n-1])} separated by ", ". */
    static void appendReprs(StringBuilder sb, PyObject[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Ops.repr(a[i]).value());
        }
    }
}
