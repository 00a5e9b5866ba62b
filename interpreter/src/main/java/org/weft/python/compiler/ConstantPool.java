package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.weft.python.modules.InterpreterState;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyComplex;
import org.weft.python.runtime.PyEllipsis;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * One object per distinct constant of a compilation, as CPython's compiler merges equal constants
 * across all the code objects it makes from one source: {@code a = 1000; b = 1000; a is b} is
 * True in a script, and so is {@code (1, 2) is (1, 2)}. Constants are equal here when their
 * types and values are (1 and 1.0 and True stay apart, as do 0.0 and -0.0). A str constant made
 * only of name characters is also interned, as CPython interns such constants.
 *
 * <p>Threads: one per {@link Compiler}, used by its thread only.
 */
// CPython: merge_consts_recursive in Python/compile.c, _PyCode_ConstantKey and intern_string_constants in Objects/codeobject.c
final class ConstantPool {
    private final Map<Object, PyObject> pool = new HashMap<>();

    /**
     * The object that stands for every constant equal to {@code v} in this compilation, recorded
     * among the constants of {@code unit} (null: none).
     */
    PyObject canonical(PyObject v, CodeUnit unit) {
        PyObject c = canonical(v);
        if (unit != null) {
            unit.constants.add(c);
        }
        return c;
    }

    /** The object that stands for every constant equal to {@code v} in this compilation. */
    PyObject canonical(PyObject v) {
        if (v instanceof PyTuple t && v.type() == PyTuple.TYPE && t.items().length > 0) {
            PyObject[] items = t.items();
            PyObject[] merged = new PyObject[items.length];
            boolean same = true;
            for (int i = 0; i < items.length; i++) {
                merged[i] = canonical(items[i]);
                same &= merged[i] == items[i];
            }
            v = same ? v : PyTuple.of(merged);
        } else if (v instanceof PyStr s && v.type() == PyStr.TYPE && allNameChars(s.value())) {
            InterpreterState state = InterpreterState.current();
            if (state != null) {
                v = state.intern(s);
            }
        }
        Object key = key(v);
        if (key == null) {
            return v;
        }
        PyObject previous = pool.putIfAbsent(key, v);
        return previous == null ? v : previous;
    }

    /** What makes two constants one, or null for a constant that is never merged. CPython: _PyCode_ConstantKey. */
    private static Object key(PyObject v) {
        if (v == PyNone.NONE || v == PyEllipsis.ELLIPSIS || v instanceof PyBool) {
            return v; // singletons
        } else if (v.type() == PyInt.TYPE) {
            return List.of("int", ((PyInt) v).bigValue());
        } else if (v.type() == PyFloat.TYPE) {
            double d = ((PyFloat) v).value();
            return Double.isNaN(d) ? null : List.of("float", Double.doubleToRawLongBits(d));
        } else if (v.type() == PyComplex.TYPE) {
            PyComplex c = (PyComplex) v;
            return Double.isNaN(c.real()) || Double.isNaN(c.imag()) ? null
                    : List.of("complex", Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag()));
        } else if (v.type() == PyStr.TYPE) {
            return List.of("str", ((PyStr) v).value());
        } else if (v.type() == PyBytes.TYPE) {
            return List.of("bytes", java.nio.ByteBuffer.wrap(((PyBytes) v).value()));
        } else if (v.type() == PyTuple.TYPE) {
            List<Object> k = new ArrayList<>();
            k.add("tuple");
            for (PyObject item : ((PyTuple) v).items()) {
                Object ik = key(item);
                if (ik == null) {
                    return null;
                }
                k.add(ik);
            }
            return k;
        }
        return null;
    }

    /** CPython: all_name_chars in codeobject.c. */
    private static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))) {
                return false;
            }
        }
        return true;
    }
}
