package org.weft.python.runtime;

/**
 * {@code UnicodeEncodeError}, {@code UnicodeDecodeError}, {@code UnicodeTranslateError}:
 * constructor checks, attributes and messages ("'utf-8' codec can't decode byte 0xff in position 0:
 * invalid start byte"). CPython: UnicodeEncodeError_init/_str etc. in exceptions.c.
 */
final class UnicodeErrors {

    private UnicodeErrors() {
    }

    static void define(TypeBuilder b) {
        String name = b.type().getName();
        boolean translate = name.equals("UnicodeTranslateError");
        b.initFn((self, args, kw) -> {
            ExceptionMethods.baseInit(self, args, kw);
            init((PyUnicodeError) self, args, name);
            return PyNone.NONE;
        });
        if (!translate) {
            b.getset("encoding", self -> ((PyUnicodeError) self).encoding, (self, v) -> ((PyUnicodeError) self).encoding = ExceptionMethods.orNone(v));
        }
        b.getset("object", self -> ((PyUnicodeError) self).object, (self, v) -> ((PyUnicodeError) self).object = ExceptionMethods.orNone(v));
        b.getset("start", self -> ((PyUnicodeError) self).start, (self, v) -> ((PyUnicodeError) self).start = ExceptionMethods.orNone(v));
        b.getset("end", self -> ((PyUnicodeError) self).end, (self, v) -> ((PyUnicodeError) self).end = ExceptionMethods.orNone(v));
        b.getset("reason", self -> ((PyUnicodeError) self).reason, (self, v) -> ((PyUnicodeError) self).reason = ExceptionMethods.orNone(v));
        b.method0("__str__", self -> PyStr.of(str((PyUnicodeError) self, name)));
    }

    private static void init(PyUnicodeError e, PyObject[] a, String name) {
        boolean translate = name.equals("UnicodeTranslateError");
        int n = translate ? 4 : 5;
        if (a.length != n) {
            throw PyErr.typeError("function takes exactly %d arguments (%d given)", n, a.length);
        }
        int i = 0;
        if (!translate) {
            e.encoding = requireStr(a[i++], 1);
        }
        PyObject obj = a[i++];
        if (name.equals("UnicodeDecodeError")) {
            if (!(obj instanceof PyBytes) && !(obj instanceof PyByteArray)) {
                throw PyErr.typeError("argument 2 must be bytes-like object, not '%s'", Ops.typeName(obj));
            }
            obj = obj instanceof PyBytes ? obj : Ops.call(PyBytes.TYPE, obj);
        } else {
            obj = requireStr(obj, translate ? 1 : 2);
        }
        e.object = obj;
        e.start = Ops.index(a[i++]);
        e.end = Ops.index(a[i++]);
        e.reason = requireStr(a[i], n);
    }

    private static PyObject requireStr(PyObject o, int pos) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("argument %d must be str, not %s", pos, Ops.argTypeName(o));
        }
        return o;
    }

    private static String str(PyUnicodeError e, String name) {
        if (!(e.object instanceof PyObject) || e.start == PyNone.NONE) {
            return "";
        }
        long start = Ops.index(e.start).longValue();
        long end = Ops.index(e.end).longValue();
        String reason = Ops.str(e.reason).value();
        long len = Ops.len(e.object);
        boolean single = start < len && end == start + 1;
        String enc = name.equals("UnicodeTranslateError") ? null : Ops.str(e.encoding).value();
        if (name.equals("UnicodeDecodeError")) {
            if (single) {
                int byteValue = (int) Ops.index(Ops.getitem(e.object, PyInt.of(start))).longValue();
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, byteValue, start,
                        reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1, reason);
        }
        String what = name.equals("UnicodeEncodeError") ? "'" + enc + "' codec can't encode" : "can't translate";
        if (single) {
            int cp = ((PyStr) e.object).value().codePointAt(
                    ((PyStr) e.object).value().offsetByCodePoints(0, (int) start));
            return String.format("%s character '%s' in position %d: %s", what, escape(cp), start, reason);
        }
        return String.format("%s characters in position %d-%d: %s", what, start, end - 1, reason);
    }

    /** \xNN, \\uNNNN or \\UNNNNNNNN as CPython's message writes the character. */
    private static String escape(int cp) {
        if (cp <= 0xff) {
            return String.format("\\x%02x", cp);
        } else if (cp <= 0xffff) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }
}
