package org.weft.python.io;

import java.io.IOException;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * {@code TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through)}:
 * a file's text layer is replaced by one with the new settings (allowed until text is decoded and
 * not yet read); the standard streams remember what they were told.
 */
// CPython: _io_TextIOWrapper_reconfigure_impl in textio.c
final class TextReconfigure {

    private TextReconfigure() {
    }

    private static final String[] NAMES = {"encoding", "errors", "newline", "line_buffering", "write_through"};

    static PyObject reconfigure(PyTextIOWrapper f, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 0) {
            throw PyErr.typeError("reconfigure() takes no positional arguments");
        }
        PyObject[] a = new PyObject[NAMES.length];
        for (int i = 0; i < (kwnames == null ? 0 : kwnames.length); i++) {
            int slot = java.util.Arrays.asList(NAMES).indexOf(kwnames[i]);
            if (slot < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for reconfigure()", kwnames[i]);
            }
            a[slot] = args[npos + i];
        }
        String encoding = str(a[0], "encoding");
        String errors = str(a[1], "errors");
        boolean newlineGiven = a[2] != null;
        String newline = str(a[2], "newline");
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", newline);
        }
        if (encoding != null && errors == null) {
            errors = "strict";
        }
        TextStream stream = f.stream;
        if (stream instanceof SinkTextStream sink) {
            if (encoding != null && lookup(encoding) == null) {
                throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
            }
            sink.reconfigure(encoding, errors);
        } else if (stream instanceof FileTextStream file && (encoding != null || errors != null || newlineGiven)) {
            Encodings enc = encoding == null ? file.codec() : lookup(encoding);
            if (enc == null) {
                throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
            }
            if (encoding != null) {
                enc = enc.withDisplayName(encoding.equals("locale") ? "UTF-8" : encoding);
            }
            boolean lineBuffering = a[3] == null ? f.lineBuffering : Ops.isTrue(a[3]);
            FileTextStream next;
            try {
                next = file.reconfigured(enc, errors == null ? file.errors() : errors,
                        newlineGiven ? newline : file.newline(), lineBuffering);
            } catch (IOException e) {
                throw OsErrors.of(e, null);
            }
            if (next == null) {
                throw PyErr.of(IoTypes.UNSUPPORTED_OPERATION,
                        PyStr.of("It is not possible to set the encoding or newline of stream after the first read"));
            }
            f.stream = next;
        }
        if (a[3] != null && a[3] != PyNone.NONE) {
            f.lineBuffering = Ops.isTrue(a[3]);
            if (f.stream instanceof FileTextStream file) {
                file.setLineBuffering(f.lineBuffering);
            }
        }
        if (a[4] != null && a[4] != PyNone.NONE && f.stream instanceof FileTextStream file) {
            file.setWriteThrough(Ops.isTrue(a[4]));
        }
        return PyNone.NONE;
    }

    private static Encodings lookup(String encoding) {
        return encoding.equals("locale") ? Encodings.UTF_8 : Encodings.lookup(encoding);
    }

    private static String str(PyObject v, String name) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("reconfigure() argument '%s' must be str or None, not %s", name, Ops.typeName(v));
    }
}
