package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binds a built-in's {@code args}/{@code kwnames} to named parameters, with CPython's Argument
 * Clinic error messages (getargs.c: _PyArg_UnpackKeywords). Immutable, so keep one per function
 * in a {@code static final} field:
 * <pre>
 *   static final ArgParser SORT = ArgParser.of("sort", "*", "key=", "reverse=");
 *   PyObject[] a = SORT.parse(args, kwnames);   // a[0] key or null, a[1] reverse or null
 * </pre>
 * Parameter specs: {@code "x"} required, {@code "x="} optional (null when not given), {@code "/"}
 * ends the positional-only ones, {@code "*"} starts the keyword-only ones, {@code "*args"} collects
 * extra positionals in a tuple and {@code "**kwargs"} extra keywords in a dict (both always set).
 */
public final class ArgParser {

    private final String fname;
    private final String[] names;
    private final boolean[] optional;
    private final int posOnly;
    /** Number of parameters that may be given by position. */
    private final int maxPos;
    private final int varArgs;
    private final int varKw;
    private final int minPos;

    private ArgParser(String fname, String[] names, boolean[] optional, int posOnly, int maxPos, int varArgs,
            int varKw) {
        this.fname = fname;
        this.names = names;
        this.optional = optional;
        this.posOnly = posOnly;
        this.maxPos = maxPos;
        this.varArgs = varArgs;
        this.varKw = varKw;
        int m = 0;
        while (m < maxPos && !optional[m]) {
            m++;
        }
        this.minPos = m;
    }

    /** A parser for function {@code fname} with the given parameter specs (see the class comment). */
    public static ArgParser of(String fname, String... specs) {
        List<String> names = new ArrayList<>();
        List<Boolean> opt = new ArrayList<>();
        int posOnly = 0;
        int maxPos = -1;
        int varArgs = -1;
        int varKw = -1;
        for (String s : specs) {
            if (s.equals("/")) {
                posOnly = names.size();
            } else if (s.equals("*")) {
                maxPos = names.size();
            } else if (s.startsWith("**")) {
                varKw = names.size();
                names.add(s.substring(2));
                opt.add(true);
            } else if (s.startsWith("*")) {
                maxPos = names.size();
                varArgs = names.size();
                names.add(s.substring(1));
                opt.add(true);
            } else {
                boolean o = s.endsWith("=");
                names.add(o ? s.substring(0, s.length() - 1) : s);
                opt.add(o);
            }
        }
        boolean[] optional = new boolean[opt.size()];
        for (int i = 0; i < optional.length; i++) {
            optional[i] = opt.get(i);
        }
        int mp = maxPos < 0 ? (varKw < 0 ? names.size() : varKw) : maxPos;
        return new ArgParser(fname, names.toArray(new String[0]), optional, posOnly, mp, varArgs, varKw);
    }

    /** Binds the arguments: one slot per parameter, null for an optional one not given. */
    public PyObject[] parse(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject[] out = new PyObject[names.length];
        checkCounts(npos, nkw);
        int bound = Math.min(npos, maxPos);
        System.arraycopy(args, 0, out, 0, bound);
        if (varArgs >= 0) {
            out[varArgs] = npos > maxPos ? PyTuple.of(Arrays.copyOfRange(args, maxPos, npos)) : PyTuple.EMPTY;
        }
        PyDict extra = varKw >= 0 ? new PyDict() : null;
        // CPython reports a missing argument first, then one given twice, then an unknown keyword
        String unknown = null;
        int twice = -1;
        for (int k = 0; k < nkw; k++) {
            int i = indexOf(kwnames[k]);
            if (i < 0) {
                if (extra != null) {
                    extra.setItem(kwnames[k], args[npos + k]);
                } else if (unknown == null) {
                    unknown = kwnames[k];
                }
            } else if (out[i] != null) {
                twice = twice < 0 ? i : Math.min(twice, i);
            } else {
                out[i] = args[npos + k];
            }
        }
        if (varKw >= 0) {
            out[varKw] = extra;
        }
        checkMissing(out);
        if (twice >= 0) {
            throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fname, names[twice],
                    twice + 1);
        }
        if (unknown != null) {
            throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", unknown, fname);
        }
        return out;
    }

    private void checkCounts(int npos, int nkw) {
        int maxArgs = names.length - (varArgs >= 0 ? 1 : 0) - (varKw >= 0 ? 1 : 0);
        if (varArgs < 0 && varKw < 0 && npos + nkw > maxArgs) {
            throw PyErr.typeError("%s() takes at most %d %sargument%s (%d given)", fname, maxArgs,
                    npos == 0 ? "keyword " : "", maxArgs == 1 ? "" : "s", npos + nkw);
        }
        if (varArgs < 0 && npos > maxPos) {
            if (maxPos == 0) {
                throw PyErr.typeError("%s() takes no positional arguments", fname);
            }
            throw PyErr.typeError("%s() takes %s %d positional argument%s (%d given)", fname,
                    minPos < maxPos ? "at most" : "exactly", maxPos, maxPos == 1 ? "" : "s", npos);
        }
        // required positional-only parameters cannot come by keyword. CPython: _PyArg_UnpackKeywords
        int minPosOnly = Math.min(posOnly, minPos);
        if (npos < minPosOnly) {
            throw PyErr.typeError("%s() takes %s %d positional argument%s (%d given)", fname,
                    minPosOnly < maxPos ? "at least" : "exactly", minPosOnly, minPosOnly == 1 ? "" : "s", npos);
        }
    }

    private int indexOf(String kw) {
        for (int i = posOnly; i < names.length; i++) {
            if (i != varArgs && i != varKw && names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    private void checkMissing(PyObject[] out) {
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null && !optional[i]) {
                if (i < maxPos) {
                    throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
                }
                throw PyErr.typeError("%s() missing required keyword-only argument '%s'", fname, names[i]);
            }
        }
    }

    // ---- helpers for hand-parsed functions --------------------------------------------------------

    /** Raises "{@code name}() takes no keyword arguments" when there are keywords. */
    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    /**
     * Checks a positional-only count as CPython's _PyArg_CheckPositional: "divmod expected 2
     * arguments, got 1", "max expected at least 1 argument, got 0".
     */
    public static void checkPositional(String name, int n, int min, int max) {
        if (n < min) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                    min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                    max == 1 ? "" : "s", n);
        }
    }
}
