package org.weft.python.io;

/**
 * A parsed {@code open()} mode string ("r", "wb", "a+", "x", ...).
 *
 * @param reading   'r' or '+'
 * @param writing   'w', 'a', 'x' or '+'
 * @param creating  'x': the file must not exist yet
 * @param truncate  'w'
 * @param append    'a': every write goes to the end
 * @param binary    'b'
 * @param plus      '+'
 */
public record OpenMode(boolean reading, boolean writing, boolean creating, boolean truncate,
                       boolean append, boolean binary, boolean plus) {

    /**
     * Parses a mode string; throws IoValueError with CPython's ValueError message when
     * it is not valid.
     */
    // CPython: _io_open_impl in Modules/_io/_iomodule.c
    public static OpenMode parse(String mode) {
        boolean r = false, w = false, x = false, a = false, b = false, t = false, plus = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw new IoValueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'r' -> r = true;
                case 'w' -> w = true;
                case 'x' -> x = true;
                case 'a' -> a = true;
                case 'b' -> b = true;
                case 't' -> t = true;
                default -> plus = true;
            }
        }
        if (t && b) {
            throw new IoValueError("can't have text and binary mode at once");
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (x ? 1 : 0) + (a ? 1 : 0);
        if (kinds > 1) {
            throw new IoValueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            throw new IoValueError(
                    "Must have exactly one of create/read/write/append mode and at most one plus");
        }
        return new OpenMode(r || plus, w || a || x || plus, x, w, a, b, plus);
    }

    /** The mode FileIO and the buffered objects report: "rb", "wb", "ab", "xb", "rb+", "xb+", "ab+". */
    // CPython: mode_string in Modules/_io/fileio.c
    /** The mode FileIO is given ('r', 'w', 'a', 'x', with '+'), as the 'open' audit event reports it. */
    public String fileIoMode() {
        String base = creating ? "x" : append ? "a" : truncate ? "w" : "r";
        return plus ? base + "+" : base;
    }

    /** The os.open flags CPython's FileIO opens with (Linux values, O_CLOEXEC included), for the 'open' event. */
    public int openFlags() {
        int access = plus ? 2 : (creating || append || truncate) ? 1 : 0; // O_RDWR, O_WRONLY, O_RDONLY
        int flags = access | 0x80000; // O_CLOEXEC
        if (creating) {
            flags |= 0x40 | 0x80; // O_CREAT | O_EXCL
        } else if (append) {
            flags |= 0x40 | 0x400; // O_CREAT | O_APPEND
        } else if (truncate) {
            flags |= 0x40 | 0x200; // O_CREAT | O_TRUNC
        }
        return flags;
    }

    public String rawMode() {
        String base = creating ? "xb" : append ? "ab" : (truncate ? (plus ? "rb" : "wb") : "rb");
        return plus ? base + "+" : base;
    }
}
