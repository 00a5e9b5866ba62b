package org.weft.python.runtime;

/**
 * Python {@code str}: an immutable sequence of code points, held as a Java {@code String}.
 *
 * <p>Python indexes code points, Java strings UTF-16 units. Most strings have no surrogate pairs,
 * and for them the two agree: {@link #isBmp()} says so (computed once, on first need), and then
 * indexing and slicing use {@code char} positions directly. Strings with astral code points keep a
 * lazily built code-point array for O(1) indexing.
 *
 * <p>Threads: immutable. The lazily computed fields are idempotent and published racily (an int
 * written whole, an array behind a volatile), so no lock is needed.
 *
 * <p>Methods live in {@link PyStrMethods} and the {@code Str*} helper classes.
 */
public final class PyStr extends PyObject {

    /** The built-in type {@code str}. */
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, () -> PyObject.TYPE, PyStrMethods::define);

    /** One-character strings U+0000..U+00FF, shared (immutable). */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = new PyStr(TYPE, String.valueOf((char) i), 1);
        }
    }

    /** The empty string. */
    public static final PyStr EMPTY = new PyStr(TYPE, "", 0);

    private final String value;
    /** Number of code points, or -1 until computed. */
    private int cpLength;
    /** Code points of a string that has surrogate pairs; built on first index. */
    private volatile int[] codePoints;

    public PyStr(String value) {
        this(TYPE, value);
    }

    public PyStr(PyType type, String value) {
        this(type, value, -1);
    }

    private PyStr(PyType type, String value, int cpLength) {
        super(type);
        this.value = value;
        this.cpLength = cpLength;
    }

    /** A str of exact type {@code str}; shares the cached objects for "" and one Latin-1 character. */
    public static PyStr of(String value) {
        int n = value.length();
        if (n <= 1) {
            return n == 0 ? EMPTY : ofChar(value.charAt(0));
        }
        return new PyStr(TYPE, value, -1);
    }

    /** A str whose code point count the caller already knows. */
    static PyStr of(String value, int cpLength) {
        if (cpLength <= 1 && value.length() <= 1) {
            return value.isEmpty() ? EMPTY : ofChar(value.charAt(0));
        }
        return new PyStr(TYPE, value, cpLength);
    }

    /** The one-code-point string {@code chr(cp)}. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < LATIN1.length) {
            return LATIN1[cp];
        }
        return new PyStr(TYPE, new String(Character.toChars(cp)), 1);
    }

    private static PyStr ofChar(char c) {
        return c < LATIN1.length ? LATIN1[c] : new PyStr(TYPE, String.valueOf(c), 1);
    }

    /** The Java string this str holds. */
    public String value() {
        return value;
    }

    /** Python hash: Java's (cached) String hash, with -1 reserved as CPython reserves it. */
    public long hash() {
        int h = value.hashCode();
        return h == -1 ? -2 : h;
    }

    /** {@code len(self)}: the number of code points. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** True when no code point needs a surrogate pair, so char and code point indexes agree. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The code point at code point index {@code i} (0 <= i < length()). */
    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : codePoints()[i];
    }

    /** The code points {@code [start, end)} as a Java string (0 <= start <= end <= length()). */
    public String substring(int start, int end) {
        if (isBmp()) {
            return value.substring(start, end);
        }
        return new String(codePoints(), start, end - start);
    }

    /** The char index of code point index {@code i} (0 <= i <= length()). */
    public int charIndex(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** The code point index of char index {@code i}. */
    public int codePointIndex(int charIndex) {
        return isBmp() ? charIndex : value.codePointCount(0, charIndex);
    }

    /** The code points of this string; an array shared by calls, never to be modified. */
    int[] codePoints() {
        int[] cps = codePoints;
        if (cps == null) {
            cps = value.codePoints().toArray();
            codePoints = cps;
        }
        return cps;
    }

    /** For debugging only: never Python semantics. */
    @Override
    public String toString() {
        return value;
    }
}
