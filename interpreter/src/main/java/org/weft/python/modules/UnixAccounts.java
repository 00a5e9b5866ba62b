package org.weft.python.modules;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * The user and group databases of {@code pwd} and {@code grp}, read from {@code /etc/passwd} and
 * {@code /etc/group} on each call (as glibc's "files" service does; accounts that only a directory
 * service such as LDAP knows are not seen: the JVM cannot call getpwnam(3)). Stateless.
 */
final class UnixAccounts {

    private UnixAccounts() {
    }

    /** The value {@code (uid_t) -1} (and {@code (gid_t) -1}) has: the id that means "no change". */
    static final long NO_ID = 0xFFFFFFFFL;

    /**
     * The entries of {@code file} with exactly {@code fields} colon-separated fields whose numeric
     * field {@code idField} parses; blank lines, comments and malformed lines are skipped, as glibc
     * skips them. An unreadable file has no entries.
     */
    static List<String[]> entries(String file, int fields, int idField) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(":", -1);
            if (f.length != fields || id(f[idField]) < 0) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** A numeric field's value, or -1 when it is not a number that fits an id. */
    static long id(String field) {
        try {
            long v = Long.parseLong(field);
            return v >= 0 && v <= NO_ID ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An id as CPython's {@code _PyLong_FromUid} shows it: {@code (uid_t) -1} is -1. */
    static PyInt idValue(long id) {
        return PyInt.of(id == NO_ID ? -1 : id);
    }

    /**
     * {@code o} converted to a uid or gid ({@code what} is "uid" or "gid"), with the errors of
     * CPython 3.11's {@code _Py_Uid_Converter}: -1 is {@code (uid_t) -1}; other negatives, and
     * positives past 32 bits that fit a C long, are "less than minimum" (sic); larger ones "greater
     * than maximum".
     */
    static long convertId(PyObject o, String what) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyErr.typeError("%s should be integer, not %s", what, Ops.typeName(o));
        }
        PyInt i = Ops.index(o);
        BigInteger v = i.bigValue();
        if (v.bitLength() >= 64) {
            throw PyErr.overflowError("%s is %s", what, v.signum() < 0 ? "less than minimum" : "greater than maximum");
        }
        long value = v.longValue();
        if (value == -1) {
            return NO_ID;
        }
        if (value < 0 || value > NO_ID) {
            throw PyErr.overflowError("%s is less than minimum", what);
        }
        return value;
    }

    /** A name argument: a str with no NUL, else CPython's TypeError or ValueError. */
    static String name(PyObject o, String function, boolean keywordCapable) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(keywordCapable ? "%s() argument 'name' must be str, not %s"
                    : "%s() argument must be str, not %s", function, Ops.typeName(o));
        }
        String name = s.toString();
        if (name.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null byte");
        }
        return name;
    }
}
