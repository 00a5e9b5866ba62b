package org.weft.python.runtime;

/**
 * The iterator over a str's code points ({@code iter('abc')}).
 *
 * <p>Threads: the position is a plain field; two threads sharing one iterator may see an item
 * twice or skip one, as with CPython's free-threaded iterators, but never fail.
 */
public final class PyStrIterator extends PyObject implements PyIterator {

    /** {@code str_iterator}, the iterator over a str with a non-ASCII character. */
    public static final PyType TYPE = PyType.builtin("str_iterator", PyStrIterator.class, () -> PyObject.TYPE,
            PyStrIterator::define);

    /** {@code str_ascii_iterator}: CPython 3.11 iterates an all-ASCII str with this type (same methods). */
    public static final PyType ASCII_TYPE = PyType.builtin("str_ascii_iterator", PyStrIterator.class,
            () -> PyObject.TYPE, PyStrIterator::define);

    private final PyStr str;
    private int index;
    /** Set once a next found the end: the reduced form is then an iterator over '' (as CPython). */
    private boolean exhausted;

    PyStrIterator(PyStr str) {
        super(isAscii(str.value()) ? ASCII_TYPE : TYPE);
        this.str = str;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The next one-code-point str, or null at the end. */
    @Override
    public PyObject nextItem() {
        int i = index;
        if (i >= str.length()) {
            exhausted = true;
            return null;
        }
        index = i + 1;
        return PyStr.ofCodePoint(str.codePointAt(i));
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject x = ((PyStrIterator) self).nextItem();
            if (x == null) {
                throw PyErr.stopIteration(null);
            }
            return x;
        });
        b.method0("__length_hint__", self -> {
            PyStrIterator it = (PyStrIterator) self;
            return PyInt.of(Math.max(0, it.str.length() - it.index));
        });
        // CPython: unicodeiter_reduce and unicodeiter_setstate in unicodeobject.c, so that copy and
        // pickle take a str iterator as (iter, (s,), index)
        b.method0("__reduce__", self -> {
            PyStrIterator it = (PyStrIterator) self;
            return it.exhausted ? IteratorReduce.reduce(null, 0, PyStr.of(""))
                    : IteratorReduce.reduce(it.str, it.index, null);
        });
        b.method1("__setstate__", (self, state) -> {
            PyStrIterator it = (PyStrIterator) self;
            int i = IteratorReduce.index(state, it.str.length());
            if (!it.exhausted) {
                it.index = i;
            }
            return PyNone.NONE;
        });
    }
}
