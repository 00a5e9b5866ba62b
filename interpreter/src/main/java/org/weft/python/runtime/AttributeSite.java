package org.weft.python.runtime;

/**
 * One attribute site's view of instances that keep their attributes by {@link Shape}
 * ({@link InstanceValues}): for each shape it met (a few, newest first), the index of its name
 * or -1, so a read is an identity test and an array load, and "the instance does not have it" (a
 * method call's shadowing check) is as cheap.
 *
 * <p>Threads: the memory is a chain of immutable {@code Hint}s published by a plain write; a racing
 * site may drop another's hint, which costs one more {@link Shape#indexOf}, never a wrong answer.
 */
public final class AttributeSite {

    /** What {@link #read} returns for an object that does not keep attributes by shape. */
    public static final PyObject NOT_SHAPED = new PyObject(null);

    private static final int MAX_HINTS = 4;

    private record Hint(Shape shape, int index, Hint next) {
    }

    private final String name;
    private final PyStr key;
    private Hint hints;
    /**
     * Where the name was last found. Shapes that grew from a common prefix (a base class's
     * {@code __init__} ran first in every subclass: richards' tasks) hold it at the same index, so
     * one test covers a site that meets many shapes. A racy hint: every use checks it.
     */
    private int lastIndex = -1;
    /** The name's bit in a shape's {@link Shape#bloom}. */
    private final long bit;

    /**
     * The receiver this site read from last, when it was a plain instance (a type that reads
     * attributes generically, at a version, with a shape): most sites see one class and one layout,
     * and then a read is three identity tests and an array load ({@link #readMono}).
     */
    private record Mono(PyType type, int version, Shape shape, int index) {
    }

    private Mono mono;
    /**
     * How many times {@link #mono} may still be replaced: a site whose receivers change class or
     * layout keeps taking the hints instead of allocating a new entry per read. Racy, as the hints.
     */
    private int monoChanges = 4;

    /** A site for {@code name} (an interned Java string) whose str is {@code key}. */
    public AttributeSite(String name, PyStr key) {
        this.name = name;
        this.key = key;
        this.bit = Shape.bit(name);
    }

    /**
     * {@code o}'s own value for the name: the value, null when {@code o} keeps its attributes by
     * shape and lacks this one, or {@link #NOT_SHAPED} when {@code o} has no such storage (use its
     * {@code __dict__}).
     */
    public PyObject read(PyObject o) {
        if (!(o.dict instanceof InstanceValues iv)) {
            return NOT_SHAPED;
        }
        Shape s = iv.shape();
        if (s == null) {
            return NOT_SHAPED;
        }
        PyObject[] v = iv.values(); // after the shape: long enough for it
        int ix = indexIn(s);
        return ix < 0 ? null : v[ix];
    }

    /**
     * {@link #read} for a receiver whose type, at {@code version}, lets instance values answer (its
     * site cache said so): as read, and remembers the receiver's type, version, shape and index
     * for {@link #readMono}.
     */
    public PyObject read(PyObject o, int version) {
        if (!(o.dict instanceof InstanceValues iv)) {
            return NOT_SHAPED;
        }
        Shape s = iv.shape();
        if (s == null) {
            return NOT_SHAPED;
        }
        PyObject[] v = iv.values();
        int ix = indexIn(s);
        if (ix < 0) {
            return null;
        }
        if (monoChanges > 0) {
            Mono m = mono;
            if (m == null || m.type != o.type || m.shape != s || m.version != version) {
                monoChanges--;
                mono = new Mono(o.type, version, s, ix);
            }
        }
        return v[ix];
    }

    /**
     * {@code o}'s own value for the name when {@code o} has the type, type version and shape of the
     * receiver {@link #read(PyObject, int)} remembered; null otherwise (take the site cache). The
     * version test keeps a class that gained a data descriptor or a {@code __getattribute__} of
     * that name from being bypassed. Values of a shape's names are never null (deleting an
     * attribute moves the object to a dict), and the values array is read after the shape.
     */
    public PyObject readMono(PyObject o) {
        Mono m = mono;
        if (m != null && o.type == m.type && o.dict instanceof InstanceValues iv && iv.shape() == m.shape
                && m.type.version() == m.version) {
            return iv.values()[m.index];
        }
        return null;
    }

    /** Stores {@code o.name = value}; false when {@code o} has no shape storage (use its {@code __dict__}). */
    public boolean write(PyObject o, PyObject value) {
        return o.dict instanceof InstanceValues iv && iv.put(o, key, value, this);
    }

    /** The index of the name in {@code s}, or -1, remembered per shape. */
    int indexIn(Shape s) {
        if ((s.bloom & bit) == 0) {
            return -1; // surely absent: no hint needed (a method call's shadowing check, mostly)
        }
        int last = lastIndex;
        String[] names = s.names;
        if (last >= 0 && last < names.length && names[last] == name) {
            return last;
        }
        Hint h = hints;
        for (Hint e = h; e != null; e = e.next) {
            if (e.shape == s) {
                return e.index;
            }
        }
        int ix = s.indexOf(name);
        hints = new Hint(s, ix, trim(h, MAX_HINTS - 1));
        if (ix >= 0) {
            lastIndex = ix;
        }
        return ix;
    }

    private static Hint trim(Hint h, int room) {
        if (h == null || room == 0) {
            return null;
        }
        return new Hint(h.shape, h.index, trim(h.next, room - 1));
    }
}
