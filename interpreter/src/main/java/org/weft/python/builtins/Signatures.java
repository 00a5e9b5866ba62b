package org.weft.python.builtins;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The signature text of a Python function, "(a, b=2, /, *c, d, **e)", read from its
 * {@code __code__}, {@code __defaults__} and {@code __kwdefaults__}, as inspect.signature prints it.
 */
final class Signatures {

    private static final int CO_VARARGS = 0x4;
    private static final int CO_VARKEYWORDS = 0x8;

    private Signatures() {
    }

    /** The signature, or null when the object does not look like a Python function. */
    static String of(PyObject f) {
        try {
            PyObject code = Ops.getattr(f, "__code__");
            int argc = intAttr(code, "co_argcount");
            int posOnly = intAttr(code, "co_posonlyargcount");
            int kwOnly = intAttr(code, "co_kwonlyargcount");
            int flags = intAttr(code, "co_flags");
            PyObject[] names = ((PyTuple) Ops.getattr(code, "co_varnames")).items();
            PyObject d = Ops.getattr(f, "__defaults__");
            PyObject[] defaults = d instanceof PyTuple t ? t.items() : new PyObject[0];
            PyObject kwd = Ops.getattr(f, "__kwdefaults__");
            StringBuilder sb = new StringBuilder("(");
            int firstDefault = argc - defaults.length;
            int i = 0;
            for (; i < argc; i++) {
                sep(sb).append(name(names[i]));
                if (i >= firstDefault) {
                    sb.append('=').append(Ops.repr(defaults[i - firstDefault]).value());
                }
                if (posOnly > 0 && i == posOnly - 1) {
                    sep(sb).append('/');
                }
            }
            int k = argc + kwOnly;
            if ((flags & CO_VARARGS) != 0) {
                sep(sb).append('*').append(name(names[k]));
            } else if (kwOnly > 0) {
                sep(sb).append('*');
            }
            for (; i < argc + kwOnly; i++) {
                sep(sb).append(name(names[i]));
                PyObject dv = kwd instanceof PyDict dd ? dd.getItem(names[i]) : null;
                if (dv != null) {
                    sb.append('=').append(Ops.repr(dv).value());
                }
            }
            if ((flags & CO_VARKEYWORDS) != 0) {
                sep(sb).append("**").append(name(names[k + ((flags & CO_VARARGS) != 0 ? 1 : 0)]));
            }
            return sb.append(')').toString();
        } catch (PyException | ClassCastException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static StringBuilder sep(StringBuilder sb) {
        return sb.length() > 1 ? sb.append(", ") : sb;
    }

    private static String name(PyObject n) {
        return n instanceof PyStr s ? s.value() : "?";
    }

    private static int intAttr(PyObject o, String name) {
        return ((PyInt) Ops.getattr(o, name)).intValueExact();
    }
}
