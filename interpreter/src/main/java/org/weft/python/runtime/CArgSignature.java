package org.weft.python.runtime;

/**
 * How a function written in Python for what CPython writes in C reports a call whose arguments do
 * not fit: with the messages of CPython's {@code PyArg_ParseTupleAndKeywords} ("function takes at
 * most 3 arguments (4 given)", "'hour' is an invalid keyword argument for __new__()") instead of
 * a Python function's. Immutable; set on the function once, while its module runs.
 */
// CPython: vgetargskeywords in getargs.c (no positional-only parameters, no conversion)
public final class CArgSignature {
    /** Which C calling convention's messages: the keyword parser's, METH_NOARGS', METH_O's or PyArg_ParseTuple's. */
    private enum Kind { KEYWORDS, NOARGS, ONEARG, TUPLE }

    private final Kind kind;
    private final String fname;
    private final String[] names;
    private final int min;
    private final int max;

    /**
     * {@code fname} as after the format's ':' (null: none), {@code names} the keyword list,
     * {@code min} the index of '|' and {@code max} that of '$' (Integer.MAX_VALUE: absent).
     */
    public CArgSignature(String fname, String[] names, int min, int max) {
        this(Kind.KEYWORDS, fname, names, min, max);
    }

    private CArgSignature(Kind kind, String fname, String[] names, int min, int max) {
        this.kind = kind;
        this.fname = fname;
        this.names = names.clone();
        this.min = min;
        this.max = max;
    }

    /** A METH_NOARGS method's, named {@code name}. */
    public static CArgSignature noArgs(String name) {
        return new CArgSignature(Kind.NOARGS, name, new String[0], -1, -1);
    }

    /** A METH_O method's (one positional argument), named {@code name}. */
    public static CArgSignature oneArg(String name) {
        return new CArgSignature(Kind.ONEARG, name, new String[0], 1, 1);
    }

    /**
     * A METH_VARARGS function's that parses with PyArg_ParseTuple (positional arguments only):
     * {@code fname} as after the format's ':', between {@code min} and {@code max} arguments.
     */
    public static CArgSignature tuple(String fname, int min, int max) {
        return new CArgSignature(Kind.TUPLE, fname, new String[0], min, max);
    }

    /** The error of a call with these arguments (the bound self or cls left out), or null if none. */
    PyException error(PyObject[] args, int skip, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nargs = args.length - nkw - skip;
        if (nargs < 0) {
            return null; // called unbound without its self: the Python message says so
        }
        if (kind == Kind.NOARGS || kind == Kind.ONEARG) {
            // CPython: method_vectorcall_NOARGS and _O in descrobject.c; a bound method is named by
            // the __qualname__ of its self's type, or of its self if a class (meth_get__qualname__)
            PyObject self = args[0];
            PyType type = self instanceof PyType t ? t : self.type();
            String name = type.getQualname() + "." + fname;
            if (nkw > 0) {
                return PyErr.typeError("%s() takes no keyword arguments", name);
            }
            return kind == Kind.NOARGS ? PyErr.typeError("%s() takes no arguments (%d given)", name, nargs)
                    : nargs == 1 ? null : PyErr.typeError("%s() takes exactly one argument (%d given)", name, nargs);
        }
        if (kind == Kind.TUPLE) {
            return tupleError(nargs, nkw);
        }
        int len = names.length;
        String fn = fname == null ? "function" : fname + "()";
        if (nargs + nkw > len) {
            return PyErr.typeError("%s takes at most %d %sargument%s (%d given)", fn, len,
                    nargs == 0 ? "keyword " : "", len == 1 ? "" : "s", nargs + nkw);
        }
        int remaining = nkw;
        for (int i = 0; i < len; i++) {
            if (i == max && max < nargs) {
                return max == 0 ? PyErr.typeError("%s takes no positional arguments", fn)
                        : PyErr.typeError("%s takes %s %d positional argument%s (%d given)", fn,
                                min != Integer.MAX_VALUE ? "at most" : "exactly", max, max == 1 ? "" : "s", nargs);
            }
            if (i < nargs) {
                continue;
            }
            if (remaining > 0 && indexOf(kwnames, names[i]) >= 0) {
                remaining--;
                continue;
            }
            if (i < min) {
                return PyErr.typeError("%s missing required argument '%s' (pos %d)", fn, names[i], i + 1);
            }
            if (remaining == 0) {
                return null;
            }
        }
        for (int i = 0; i < nargs && i < len; i++) {
            if (indexOf(kwnames, names[i]) >= 0) {
                return PyErr.typeError("argument for %s given by name ('%s') and position (%d)", fn, names[i],
                        i + 1);
            }
        }
        for (int k = 0; k < nkw; k++) {
            if (indexOf(names, kwnames[k]) < 0) {
                return PyErr.typeError("'%s' is an invalid keyword argument for %s", kwnames[k],
                        fname == null ? "this function" : fname + "()");
            }
        }
        return null;
    }

    // CPython: cfunction_call (METH_VARARGS given keywords) and vgetargs1_impl in getargs.c
    private PyException tupleError(int nargs, int nkw) {
        String fn = fname == null ? "function" : fname + "()";
        if (nkw > 0) {
            return PyErr.typeError("%s takes no keyword arguments", fn);
        }
        if (nargs >= min && nargs <= max) {
            return null;
        }
        int bound = nargs < min ? min : max;
        return PyErr.typeError("%s takes %s %d argument%s (%d given)", fn,
                min == max ? "exactly" : nargs < min ? "at least" : "at most", bound, bound == 1 ? "" : "s", nargs);
    }

    private static int indexOf(String[] a, String s) {
        if (a == null) {
            return -1;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }
}
