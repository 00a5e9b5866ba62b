package org.weft.python.runtime;

/**
 * {@code set_iterator}: walks the table slot by slot with validated lock-free reads. As CPython's
 * setiter_iternext, a change of the set's size since the iterator was made raises
 * "Set changed size during iteration", and keeps raising it.
 */
final class SetIterator extends ContainerIterator {

    static final PyType TYPE = PyType.builtin("set_iterator", SetIterator.class, () -> PyObject.TYPE,
            ContainerIterator::defineIterator);

    /** Null once exhausted. */
    private PyBaseSet set;
    private int expectedUsed;
    private int pos;
    private int remaining;

    SetIterator(PyBaseSet s) {
        super(TYPE);
        this.set = s;
        this.expectedUsed = s.size();
        this.remaining = expectedUsed;
    }

    @Override
    public PyObject nextItem() {
        PyBaseSet s = set;
        if (s == null) {
            return null;
        }
        for (;;) {
            long stamp = s.readBegin();
            SetTable t = s.table;
            int used = t.used;
            if (used != expectedUsed) {
                if (!s.readValid(stamp)) {
                    continue;
                }
                expectedUsed = -1;
                throw PyErr.runtimeError("Set changed size during iteration");
            }
            PyObject[] keys = t.keys;
            int i = pos;
            while (i < keys.length && (keys[i] == null || keys[i] == SetTable.DUMMY)) {
                i++;
            }
            PyObject k = i < keys.length ? keys[i] : null;
            if (!s.readValid(stamp)) {
                continue;
            }
            pos = i + 1;
            if (k == null) {
                set = null;
                return null;
            }
            remaining--;
            return k;
        }
    }

    @Override
    int lengthHint() {
        PyBaseSet s = set;
        return s != null && expectedUsed == s.size() ? Math.max(remaining, 0) : 0;
    }
}
