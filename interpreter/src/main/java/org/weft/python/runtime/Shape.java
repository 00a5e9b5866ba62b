package org.weft.python.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The layout of an instance's attributes kept by {@link InstanceValues}: which names, in which
 * order (that of their first assignment, as a dict's), each at the index of its value. Objects
 * that gain the same names in the same order share one shape, so an attribute site can remember
 * "in this shape, {@code x} is value 2" and read it with an identity test and an array index
 * (V8's hidden classes, CPython 3.11's shared-key instance dicts).
 *
 * <p>Immutable, except for the transition table, which only grows. The shapes form one tree
 * rooted at {@link #ROOT}, shared by every interpreter in the JVM: a deliberate piece of static
 * state, like an intern table, holding attribute names only (immutable exact strs, never other
 * objects of any interpreter), so sharing it leaks nothing between interpreters. It is bounded: at most
 * {@link #MAX_KEYS} names per shape, {@link #MAX_CHILDREN} transitions per shape and
 * {@link #MAX_SHAPES} shapes in all; past any bound an object keeps its attributes in a plain dict.
 *
 * <p>Threads: {@link #with} is thread-safe (a concurrent map); two threads adding one name to one
 * shape get the same child.
 */
public final class Shape {

    /** The most attributes one shape holds; an object that gains more moves to a plain dict. */
    static final int MAX_KEYS = 30;
    /** The most distinct names that may follow one shape. */
    static final int MAX_CHILDREN = 32;
    /** The most shapes the tree may hold. */
    static final int MAX_SHAPES = 1 << 16;

    /** The shape of an object with no attributes yet. */
    static final Shape ROOT = new Shape(new PyStr[0]);

    /** Shapes made so far; only a bound, so racing increments that overshoot a little are harmless. */
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** The names, in order; each an exact str whose value is an interned Java string. */
    final PyStr[] keys;
    /** The same names as Java strings, for one-load identity tests ({@link AttributeSite#indexIn}). */
    final String[] names;
    /**
     * One bit per name ({@link #bit}): a name whose bit is clear is surely absent, so the check a
     * method call makes (does the instance shadow the method?) costs one test for most shapes.
     */
    final long bloom;
    private final ConcurrentHashMap<String, Shape> children = new ConcurrentHashMap<>();

    private Shape(PyStr[] keys) {
        this.keys = keys;
        this.names = new String[keys.length];
        long b = 0;
        for (int i = 0; i < keys.length; i++) {
            names[i] = keys[i].value();
            b |= bit(names[i]);
        }
        this.bloom = b;
    }

    /** The bit of {@code name} in {@link #bloom}. */
    static long bit(String name) {
        int h = name.hashCode();
        return 1L << ((h ^ (h >>> 6) ^ (h >>> 12)) & 63);
    }

    /** The number of attributes of this shape. */
    public int size() {
        return keys.length;
    }

    /** The index of {@code name}, or -1 when this shape lacks it. */
    public int indexOf(String name) {
        String[] k = names;
        for (int i = 0; i < k.length; i++) {
            if (k[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < k.length; i++) {
            if (k[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** This shape plus {@code name} at index {@link #size()}, or null past a bound. */
    Shape with(String name) {
        Shape c = children.get(name);
        if (c != null) {
            return c;
        }
        if (keys.length >= MAX_KEYS || children.size() >= MAX_CHILDREN || COUNT.get() >= MAX_SHAPES) {
            return null;
        }
        return children.computeIfAbsent(name.intern(), n -> {
            COUNT.incrementAndGet();
            PyStr[] k = java.util.Arrays.copyOf(keys, keys.length + 1);
            k[keys.length] = PyStr.of(n);
            return new Shape(k);
        });
    }
}
