package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * {@code _weft_json}: the speed-ups under the {@code json} package (CPython's {@code _json}):
 * {@code encode(obj, default, indent, key_sep, item_sep, sort_keys, skipkeys, ensure_ascii,
 * allow_nan, check_circular)} and {@code scan(doc, idx, object_hook, object_pairs_hook,
 * parse_float, parse_int, parse_constant, strict, error_type)} -> (value, end), or None for a
 * document with characters outside the BMP, which the Python code handles (it indexes code points). Stateless.
 */
public final class JsonModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_json";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("encode", PyBuiltinFunction.of("encode", null, (self, a, k) -> encode(a)));
        m.put("scan", PyBuiltinFunction.of("scan", null, (self, a, k) -> scan(a)));
    }

    private static PyObject encode(PyObject[] a) {
        if (a.length != 10) {
            throw PyErr.typeError("encode() takes 10 arguments");
        }
        String indent = a[2] == PyNone.NONE ? null : str(a[2], 4);
        JsonEncoder e = new JsonEncoder(a[1], indent, str(a[3], 5), str(a[4], 6),
                Ops.isTrue(a[5]), Ops.isTrue(a[6]), Ops.isTrue(a[7]), Ops.isTrue(a[8]), Ops.isTrue(a[9]));
        return PyStr.of(e.encode(a[0]));
    }

    /** A str argument of CPython's c_make_encoder, numbered as it numbers them. */
    private static String str(PyObject o, int position) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("make_encoder() argument %d must be str, not %s", position, Ops.argTypeName(o));
        }
        return s.value();
    }

    private static PyObject scan(PyObject[] a) {
        if (a.length != 9 || !(a[0] instanceof PyStr doc)) {
            throw PyErr.typeError("scan() takes a str and 8 more arguments");
        }
        if (!doc.isBmp()) {
            return PyNone.NONE;
        }
        PyInt index = Ops.index(a[1]);
        if (!index.isSmall()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        if (index.signum() < 0) {
            throw PyErr.valueError("idx cannot be negative"); // CPython: scan_once_unicode
        }
        int idx = (int) Math.min(index.longValue(), Integer.MAX_VALUE);
        JsonScanner sc = new JsonScanner(doc, hook(a[2]), hook(a[3]), hook(a[4]), hook(a[5]), hook(a[6]),
                Ops.isTrue(a[7]), a[8]);
        try {
            return sc.scan(idx);
        } catch (JsonScanner.NoValue nv) {
            throw PyErr.stopIteration(PyInt.of(nv.pos));
        }
    }

    private static PyObject hook(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }
}
