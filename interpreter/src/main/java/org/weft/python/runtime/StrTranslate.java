package org.weft.python.runtime;

/** {@code str.translate} and {@code str.maketrans}. CPython: unicodeobject.c (charmaptranslate). */
final class StrTranslate {

    private StrTranslate() {
    }

    /** Maps each code point through {@code table[ord(c)]}: None deletes, int or str replaces, LookupError keeps. */
    static String translate(String v, PyObject table) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            PyObject r = lookup(table, c);
            if (r == null) {
                sb.appendCodePoint(c);
            } else if (r instanceof PyStr s) {
                sb.append(s.value());
            } else if (r instanceof PyInt n) {
                long cp = n.isSmall() ? n.longValue() : -1;
                if (cp < 0 || cp > 0x10ffff) {
                    throw PyErr.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) cp);
            } else if (r != PyNone.NONE) {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    /** {@code table[c]}, or null when the table has no entry (a LookupError). */
    private static PyObject lookup(PyObject table, int c) {
        PyInt key = PyInt.of(c);
        if (table.type() == PyDict.TYPE) {
            return ((PyDict) table).getItem(key);
        }
        try {
            return Ops.getitem(table, key);
        } catch (PyException e) {
            if (e.matches(PyExc.LookupError)) {
                return null;
            }
            throw e;
        }
    }

    // CPython: unicode_maketrans_impl
    static PyDict maketrans(PyObject[] args, String[] kwnames) {
        StrArgs.positional("maketrans", args, kwnames, 1, 3);
        PyDict out = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict d)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PyObject k : d.keys()) {
                out.setItem(key(k), d.getItem(k));
            }
            return out;
        }
        // The clinic converts y (and z) before the function looks at x.
        PyStr y = StrArgs.str(args[1], "maketrans", "2");
        PyStr z = args.length == 3 ? StrArgs.str(args[2], "maketrans", "3") : null;
        if (!(args[0] instanceof PyStr x)) {
            throw PyErr.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (x.length() != y.length()) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            out.setItem(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (z != null) {
            for (int i = 0; i < z.length(); i++) {
                out.setItem(PyInt.of(z.codePointAt(i)), PyNone.NONE);
            }
        }
        return out;
    }

    private static PyObject key(PyObject k) {
        if (k instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErr.valueError("string keys in translate table must be of length 1");
            }
            return PyInt.of(s.codePointAt(0));
        }
        if (k instanceof PyInt) {
            return k;
        }
        throw PyErr.typeError("keys in translate table must be strings or integers");
    }
}
