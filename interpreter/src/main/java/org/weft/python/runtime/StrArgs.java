package org.weft.python.runtime;

/**
 * Argument checks shared by the str, bytes and bytearray methods, with CPython's messages.
 */
final class StrArgs {

    private StrArgs() {
    }

    /** {@code self} of a str method (the descriptor has already checked its type). */
    static PyStr self(PyObject o) {
        return (PyStr) o;
    }

    /** A str argument: "must be str, not int". */
    static PyStr str(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("must be str, not %s", Ops.typeName(o));
    }

    /** A str argument of a named function: "replace() argument 1 must be str, not int". */
    static PyStr str(PyObject o, String fname, String which) {
        if (o instanceof PyStr s) {
            return s;
        }
        String arg = which.isEmpty() ? "argument" : "argument " + which;
        throw PyErr.typeError("%s() %s must be str, not %s", fname, arg, Ops.argTypeName(o));
    }

    /** An integer argument as a long (CPython's Py_ssize_t): __index__, OverflowError beyond 64 bits. */
    static long asSize(PyObject o) {
        PyInt i = o instanceof PyInt pi ? pi : Ops.index(o);
        if (!i.isSmall()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** An integer argument as a C int (CPython's _PyLong_AsInt): OverflowError beyond 32 bits. */
    static int asCInt(PyObject o) {
        PyInt i = o instanceof PyInt pi ? pi : Ops.index(o);
        if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** An optional integer argument, {@code dflt} when absent. */
    static long asSize(PyObject o, long dflt) {
        return o == null ? dflt : asSize(o);
    }

    /** The item count a method may allocate; MemoryError beyond what a Java array holds. */
    static int checkedSize(long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw PyErr.of(PyExc.MemoryError);
        }
        return (int) n;
    }

    /** {@code args} as positional-only with {@code min..max} of them; no keywords. */
    static int positional(String name, PyObject[] args, String[] kwnames, int min, int max) {
        ArgParser.noKeywords(name, kwnames);
        ArgParser.checkPositional(name, args.length, min, max);
        return args.length;
    }

    /**
     * As {@link #positional}, with the older PyArg_ParseTuple messages that find, count,
     * startswith and their kin still give: "find() takes at least 1 argument (0 given)".
     */
    static int positionalOld(String name, PyObject[] args, String[] kwnames, int min, int max) {
        ArgParser.noKeywords(name, kwnames);
        int n = args.length;
        if (n < min || n > max) {
            boolean few = n < min;
            int bound = few ? min : max;
            throw PyErr.typeError("%s() takes %s %d argument%s (%d given)", name, few ? "at least" : "at most",
                    bound, bound == 1 ? "" : "s", n);
        }
        return n;
    }

    /** The i-th argument or null when not given. */
    static PyObject opt(PyObject[] args, int i) {
        return i < args.length ? args[i] : null;
    }
}
