package org.weft.python.runtime;

/**
 * {@code sys.getsizeof} of an instance {@code __dict__} as CPython 3.11 counts it: a "split" dict
 * whose keys the class shares ({@code _PyDict_SizeOf} adds one value pointer per usable slot of the
 * shared keys, {@code shared_keys_usable_size}, and leaves the keys themselves to the class).
 *
 * <p>CPython: a class's shared keys start with room for {@value #LIMIT} names
 * ({@code _PyDict_NewKeysForClass}); each new instance takes one slot while more than one is left
 * ({@code init_inline_values}), and each new attribute name takes one too. So the first instance's
 * dict counts 29 pointers and later instances' fewer, down to the names plus one.
 */
final class SharedKeysSize {

    /** SHARED_KEYS_MAX_SIZE in CPython's dictobject.c. */
    static final int LIMIT = 30;

    private SharedKeysSize() {
    }

    /**
     * The size, or -1 when {@code d} is no instance dict CPython would keep split: every key an
     * exact str, and fewer names than the shared keys hold (past that CPython makes it a plain dict).
     */
    static long of(PyDict d) {
        PyType owner = d.sharedKeysOf;
        if (owner == null || d.getClass() != PyDict.class) {
            return -1;
        }
        int names = d.size();
        if (names >= LIMIT) {
            return -1;
        }
        for (PyObject k : d.keys()) {
            if (k.type() != PyStr.TYPE) {
                return -1;
            }
        }
        // The first instance takes a slot, then sets its names; each later one takes a slot while
        // more than one is left.
        int usable = LIMIT - 1 - names;
        int later = Math.max(0, owner.inlineInstances - 1);
        if (usable > 1) {
            usable = Math.max(1, usable - later);
        }
        return 48 + 8L * (names + usable);
    }
}
