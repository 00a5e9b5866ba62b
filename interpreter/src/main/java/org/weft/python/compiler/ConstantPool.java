package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.weft.python.modules.InterpreterState;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The constants of one compilation, each value made once, as CPython's compiler merges them
 * ({@code merge_consts_recursive} over the whole module, nested functions included) and interns
 * the strings that look like names ({@code intern_string_constants}). Programs see it through
 * {@code is}: two {@code "hello"} literals, two {@code 257}s or two {@code (1, 2)}s of one module
 * are one object, and {@code "hello"} is {@code sys.intern("".join(["hel", "lo"]))}.
 *
 * <p>Keys keep apart what CPython keeps apart: the type (1, 1.0, True and 1j differ), and a
 * float's sign and bits (0.0 and -0.0). One instance per compilation, used by one thread.
 */
final class ConstantPool {
    private final Map<Object, PyObject> pool = new HashMap<>();

    PyObject of(Object value) {
        Object key = key(value);
        PyObject known = pool.get(key);
        if (known != null) {
            return known;
        }
        PyObject made;
        if (value instanceof Object[] items) {
            PyObject[] r = new PyObject[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = of(items[i]);
            }
            made = PyTuple.of(r);
        } else if (value instanceof String s && allNameChars(s)) {
            // Interned in the interpreter's table, the one sys.intern uses.
            made = InterpreterState.current().intern(PyStr.of(s));
        } else {
            made = Constants.toPython(value);
        }
        pool.put(key, made);
        return made;
    }

    /** CPython: all_name_chars in codeobject.c (ASCII letters, digits and '_'). */
    private static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private record Key(Class<?> type, Object value) {
    }

    private static Object key(Object value) {
        if (value instanceof Object[] items) {
            List<Object> keys = new ArrayList<>(items.length);
            for (Object item : items) {
                keys.add(key(item));
            }
            return new Key(Object[].class, keys);
        }
        if (value instanceof org.weft.python.ast.Bytes b) {
            return new Key(org.weft.python.ast.Bytes.class, java.nio.ByteBuffer.wrap(b.value()));
        }
        if (value instanceof Double d) {
            // Double.equals compares bits: 0.0 and -0.0 stay apart, as in CPython's _PyCode_ConstantKey.
            return new Key(Double.class, Double.doubleToRawLongBits(d));
        }
        return new Key(value == null ? Void.class : value.getClass(), value);
    }
}
