package org.weft.python.runtime;

/**
 * The iterators of a dict and its views, forwards and reversed: {@code dict_keyiterator},
 * {@code dict_valueiterator}, {@code dict_itemiterator} and their {@code dict_reverse...} kin.
 *
 * <p>Each step is an optimistic, validated read of the dict (no lock). As CPython's
 * dictiter_iternextkey, a change of the dict's size since the iterator was made raises
 * "dictionary changed size during iteration" (and keeps raising it), and more keys than there
 * were raises "dictionary keys changed during iteration".
 */
final class DictIterator extends ContainerIterator implements PairIterator {

    /** What each step yields. */
    enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEY_TYPE = iteratorType("dict_keyiterator");
    static final PyType VALUE_TYPE = iteratorType("dict_valueiterator");
    static final PyType ITEM_TYPE = iteratorType("dict_itemiterator");
    static final PyType REVERSE_KEY_TYPE = iteratorType("dict_reversekeyiterator");
    static final PyType REVERSE_VALUE_TYPE = iteratorType("dict_reversevalueiterator");
    static final PyType REVERSE_ITEM_TYPE = iteratorType("dict_reverseitemiterator");

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, DictIterator.class, () -> PyObject.TYPE, ContainerIterator::defineIterator);
    }

    private final Kind kind;
    private final boolean reversed;
    /** Null once exhausted. */
    private PyDict dict;
    /** The dict's size when iteration began, or -1 once a size change was reported. */
    private int expectedUsed;
    private int pos;
    private int remaining;

    DictIterator(PyDict d, Kind kind, boolean reversed) {
        super(typeFor(kind, reversed));
        this.kind = kind;
        this.reversed = reversed;
        this.dict = d;
        long stamp;
        do {
            stamp = d.readBegin();
            expectedUsed = d.used;
            pos = reversed ? d.table.nentries - 1 : 0;
        } while (!d.readValid(stamp));
        this.remaining = expectedUsed;
    }

    private static PyType typeFor(Kind kind, boolean reversed) {
        return switch (kind) {
            case KEYS -> reversed ? REVERSE_KEY_TYPE : KEY_TYPE;
            case VALUES -> reversed ? REVERSE_VALUE_TYPE : VALUE_TYPE;
            case ITEMS -> reversed ? REVERSE_ITEM_TYPE : ITEM_TYPE;
        };
    }

    @Override
    public PyObject nextItem() {
        return step(null);
    }

    @Override
    public boolean yieldsPairs() {
        return kind == Kind.ITEMS;
    }

    /** An items iterator's next value, its key in {@code first[0]}. */
    @Override
    public PyObject nextPair(PyObject[] first) {
        return step(first);
    }

    /** The next key, value or item; with {@code keyOut} (items only), the value, the key stored there. */
    private PyObject step(PyObject[] keyOut) {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        for (;;) {
            long stamp = d.readBegin();
            int used = d.used;
            DictTable t = d.table;
            if (used != expectedUsed) {
                expectedUsed = -1;
                throw PyErr.runtimeError("dictionary changed size during iteration");
            }
            int n = Math.min(t.nentries, t.keys.length);
            int i = pos;
            if (reversed) {
                i = Math.min(i, n - 1);
                while (i >= 0 && t.keys[i] == null) {
                    i--;
                }
            } else {
                while (i < n && t.keys[i] == null) {
                    i++;
                }
            }
            PyObject k = i >= 0 && i < n ? t.keys[i] : null;
            PyObject v = i >= 0 && i < n ? t.values[i] : null;
            if (!d.readValid(stamp)) {
                continue;
            }
            if (k == null) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw PyErr.runtimeError("dictionary keys changed during iteration");
            }
            remaining--;
            pos = reversed ? i - 1 : i + 1;
            if (keyOut != null) {
                keyOut[0] = k;
                return v;
            }
            return switch (kind) {
                case KEYS -> k;
                case VALUES -> v;
                case ITEMS -> PyTuple.of(k, v);
            };
        }
    }

    @Override
    int lengthHint() {
        PyDict d = dict;
        return d != null && expectedUsed == d.used ? remaining : 0;
    }
}
