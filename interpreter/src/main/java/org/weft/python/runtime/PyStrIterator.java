package org.weft.python.runtime;

/**
 * The iterator over a str's code points ({@code iter('abc')}).
 *
 * <p>Threads: the position is a plain field; two threads sharing one iterator may see an item
 * twice or skip one, as with CPython's free-threaded iterators, but never fail.
 */
public final class PyStrIterator extends PyObject implements PyIterator {

    /** {@code str_iterator}: CPython 3.11 names it str_ascii_iterator for ASCII strings; one type here. */
    public static final PyType TYPE = PyType.builtin("str_iterator", PyStrIterator.class, () -> PyObject.TYPE,
            PyStrIterator::define);

    private final PyStr str;
    private int index;

    PyStrIterator(PyStr str) {
        super(TYPE);
        this.str = str;
    }

    /** The next one-code-point str, or null at the end. */
    @Override
    public PyObject nextItem() {
        int i = index;
        if (i >= str.length()) {
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
    }
}
