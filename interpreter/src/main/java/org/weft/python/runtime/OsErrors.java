package org.weft.python.runtime;

/**
 * {@code OSError}: the errno-to-subclass mapping ({@code OSError(2, ...)} is a
 * {@code FileNotFoundError}), the errno/strerror/filename attributes and the
 * {@code [Errno 2] No such file or directory: 'x'} str. CPython: OSError_new, OSError_init,
 * OSError_str in exceptions.c (Linux errno values).
 */
final class OsErrors {

    private OsErrors() {
    }

    /** The OSError subclass for an errno (Linux numbering), or null. CPython: errnomap. */
    static PyType subclassFor(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> PyExc.BlockingIOError;
            case 10 -> PyExc.ChildProcessError;
            case 32, 108 -> PyExc.BrokenPipeError;
            case 103 -> PyExc.ConnectionAbortedError;
            case 111 -> PyExc.ConnectionRefusedError;
            case 104 -> PyExc.ConnectionResetError;
            case 17 -> PyExc.FileExistsError;
            case 2 -> PyExc.FileNotFoundError;
            case 21 -> PyExc.IsADirectoryError;
            case 20 -> PyExc.NotADirectoryError;
            case 4 -> PyExc.InterruptedError;
            case 1, 13 -> PyExc.PermissionError;
            case 3 -> PyExc.ProcessLookupError;
            case 110 -> PyExc.TimeoutError;
            default -> null;
        };
    }

    static void define(TypeBuilder b) {
        b.newFn(OsErrors::osErrorNew);
        b.initFn((self, args, kw) -> {
            if (kw != null && kw.length > 0 && self.type().lookup("__init__") == PyExc.OSError.getDict().getItem("__init__")) {
                throw PyErr.typeError("%s() takes no keyword arguments", Ops.typeName(self));
            }
            if (usesInit(self.type())) {
                fill((PyOSError) self, ExceptionFamilies.positional(args, kw));
            }
            return PyNone.NONE;
        });
        b.getset("errno", self -> ((PyOSError) self).myerrno, (self, v) -> ((PyOSError) self).myerrno = ExceptionMethods.orNone(v));
        b.getset("strerror", self -> ((PyOSError) self).strerror, (self, v) -> ((PyOSError) self).strerror = ExceptionMethods.orNone(v));
        b.getset("filename", self -> ((PyOSError) self).filename, (self, v) -> ((PyOSError) self).filename = ExceptionMethods.orNone(v));
        b.getset("filename2", self -> ((PyOSError) self).filename2, (self, v) -> ((PyOSError) self).filename2 = ExceptionMethods.orNone(v));
        b.method0("__str__", OsErrors::str);
    }

    /** {@code characters_written}, stored as the Java-side {@code winerror} slot (unused on Linux). */
    static void defineBlocking(TypeBuilder b) {
        b.getset("characters_written", self -> {
            PyObject v = ((PyOSError) self).winerror;
            if (v == PyNone.NONE) {
                throw PyErr.attributeError("characters_written");
            }
            return v;
        }, (self, v) -> ((PyOSError) self).winerror = ExceptionMethods.orNone(v));
    }

    private static PyObject osErrorNew(PyType type, PyObject[] args, String[] kw) {
        PyObject[] pos = ExceptionFamilies.positional(args, kw);
        if (usesInit(type)) {
            return new PyOSError(type, new PyObject[0]);
        }
        if (kw != null && kw.length > 0 && type.lookup("__init__") == PyExc.OSError.getDict().getItem("__init__")) {
            throw PyErr.typeError("%s() takes no keyword arguments", type.getName());
        }
        PyType t = type;
        // CPython: oserror_parse_args reads an errno only from 2 to 5 arguments
        if (type == PyExc.OSError && pos.length >= 2 && pos.length <= 5 && pos[0] instanceof PyInt e
                && e.isSmall()) {
            PyType sub = subclassFor(e.longValue());
            if (sub != null) {
                t = sub;
            }
        }
        PyOSError err = new PyOSError(t, pos.clone());
        fill(err, pos);
        return err;
    }

    /**
     * True when a subclass defines {@code __init__} but not {@code __new__}: its arguments are then
     * parsed by {@code OSError.__init__} only if the subclass calls it, so {@code class E(OSError):
     * def __init__(self, code, msg): ...} leaves args {@code ()} and errno None (smtplib's
     * exceptions rely on it for their str). CPython: oserror_use_init in exceptions.c.
     */
    private static boolean usesInit(PyType type) {
        return type != PyExc.OSError
                && type.lookup("__init__") != PyExc.OSError.getDict().getItem("__init__")
                && type.lookup("__new__") == PyExc.OSError.getDict().getItem("__new__");
    }

    /** CPython: oserror_parse_args + oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]). */
    private static void fill(PyOSError e, PyObject[] pos) {
        e.args = PyTuple.of(pos.clone());
        if (pos.length < 2 || pos.length > 5) {
            return;
        }
        e.myerrno = pos[0];
        e.strerror = pos[1];
        if (pos.length >= 3) {
            if (e.type().isSubtypeOf(PyExc.BlockingIOError) && pos[2] instanceof PyInt) {
                e.winerror = pos[2];
            } else {
                e.filename = pos[2];
                if (pos.length >= 5) {
                    e.filename2 = pos[4];
                }
            }
            e.args = PyTuple.of(pos[0], pos[1]);
        }
    }

    private static PyObject str(PyObject self) {
        PyOSError e = (PyOSError) self;
        if (e.filename != PyNone.NONE) {
            String s = "[Errno " + Ops.str(e.myerrno).value() + "] " + Ops.str(e.strerror).value() + ": "
                    + Ops.repr(e.filename).value();
            if (e.filename2 != PyNone.NONE) {
                s += " -> " + Ops.repr(e.filename2).value();
            }
            return PyStr.of(s);
        }
        if (e.myerrno != PyNone.NONE && e.strerror != PyNone.NONE) {
            return PyStr.of("[Errno " + Ops.str(e.myerrno).value() + "] " + Ops.str(e.strerror).value());
        }
        return ExceptionMethods.baseStr(self);
    }
}
