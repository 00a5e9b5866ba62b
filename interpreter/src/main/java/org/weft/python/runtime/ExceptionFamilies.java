package org.weft.python.runtime;

import java.util.Arrays;

/**
 * Constructors, attributes and {@code __str__} of the exception families with fields: OSError,
 * ImportError, SyntaxError, AttributeError, NameError and the Unicode errors (exception groups are
 * in {@link ExceptionGroups}). CPython: exceptions.c.
 */
final class ExceptionFamilies {

    private ExceptionFamilies() {
    }

    static void define(TypeBuilder b) {
        switch (b.type().getName()) {
            case "OSError" -> OsErrors.define(b);
            case "BlockingIOError" -> OsErrors.defineBlocking(b);
            case "ImportError" -> defineImportError(b);
            case "SyntaxError" -> defineSyntaxError(b);
            case "AttributeError" -> defineNameLike(b, true);
            case "NameError" -> defineNameLike(b, false);
            case "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError" -> UnicodeErrors.define(b);
            case "BaseExceptionGroup" -> ExceptionGroups.define(b);
            default -> {
            }
        }
    }

    /** Positional arguments only (the keyword values dropped). */
    static PyObject[] positional(PyObject[] args, String[] kw) {
        return kw == null || kw.length == 0 ? args : Arrays.copyOf(args, args.length - kw.length);
    }

    /** Checks that every keyword is one of {@code allowed}, with CPython's message. */
    static void checkKeywords(String fname, String[] kw, String... allowed) {
        if (kw == null) {
            return;
        }
        for (String k : kw) {
            if (!Arrays.asList(allowed).contains(k)) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", k, fname);
            }
        }
    }

    static PyObject keyword(PyObject[] args, String[] kw, String name) {
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals(name)) {
                    return args[args.length - kw.length + i];
                }
            }
        }
        return PyNone.NONE;
    }

    /** The items of an iterable. */
    static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.items();
        }
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        PyObject it = Ops.iter(iterable);
        for (PyObject x; (x = Ops.next(it)) != null;) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    private static PyObject newAllowingKeywords(PyType type, PyObject[] args, String[] kw) {
        return ExceptionMethods.instantiate(type, positional(args, kw).clone());
    }

    private static void defineImportError(TypeBuilder b) {
        b.newFn(ExceptionFamilies::newAllowingKeywords);
        b.initFn((self, args, kw) -> {
            checkKeywords(Ops.typeName(self), kw, "name", "path");
            PyObject[] pos = positional(args, kw);
            PyImportError e = (PyImportError) self;
            e.args = PyTuple.of(pos.clone());
            e.name = keyword(args, kw, "name");
            e.path = keyword(args, kw, "path");
            e.msg = pos.length == 1 ? pos[0] : PyNone.NONE;
            return PyNone.NONE;
        });
        b.getset("msg", self -> ((PyImportError) self).msg, (self, v) -> ((PyImportError) self).msg = ExceptionMethods.orNone(v));
        b.getset("name", self -> ((PyImportError) self).name, (self, v) -> ((PyImportError) self).name = ExceptionMethods.orNone(v));
        b.getset("path", self -> ((PyImportError) self).path, (self, v) -> ((PyImportError) self).path = ExceptionMethods.orNone(v));
        b.method0("__str__", self -> {
            PyImportError e = (PyImportError) self;
            return e.msg != PyNone.NONE ? Ops.str(e.msg) : ExceptionMethods.baseStr(self);
        });
    }

    private static void defineNameLike(TypeBuilder b, boolean withObj) {
        b.newFn(ExceptionFamilies::newAllowingKeywords);
        b.initFn((self, args, kw) -> {
            String fname = Ops.typeName(self);
            if (withObj) {
                checkKeywords(fname, kw, "name", "obj");
            } else {
                checkKeywords(fname, kw, "name");
            }
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.of(positional(args, kw).clone());
            if (self instanceof PyAttributeError ae) {
                ae.name = keyword(args, kw, "name");
                ae.obj = keyword(args, kw, "obj");
            } else if (self instanceof PyNameError ne) {
                ne.name = keyword(args, kw, "name");
            }
            return PyNone.NONE;
        });
        if (withObj) {
            b.getset("name", self -> ((PyAttributeError) self).name, (self, v) -> ((PyAttributeError) self).name = ExceptionMethods.orNone(v));
            b.getset("obj", self -> ((PyAttributeError) self).obj, (self, v) -> ((PyAttributeError) self).obj = ExceptionMethods.orNone(v));
        } else {
            b.getset("name", self -> ((PyNameError) self).name, (self, v) -> ((PyNameError) self).name = ExceptionMethods.orNone(v));
        }
    }

    private static void defineSyntaxError(TypeBuilder b) {
        b.initFn(ExceptionFamilies::syntaxErrorInit);
        b.getset("msg", self -> ((PySyntaxError) self).msg, (self, v) -> ((PySyntaxError) self).msg = ExceptionMethods.orNone(v));
        b.getset("filename", self -> ((PySyntaxError) self).filename, (self, v) -> ((PySyntaxError) self).filename = ExceptionMethods.orNone(v));
        b.getset("lineno", self -> ((PySyntaxError) self).lineno, (self, v) -> ((PySyntaxError) self).lineno = ExceptionMethods.orNone(v));
        b.getset("offset", self -> ((PySyntaxError) self).offset, (self, v) -> ((PySyntaxError) self).offset = ExceptionMethods.orNone(v));
        b.getset("text", self -> ((PySyntaxError) self).text, (self, v) -> ((PySyntaxError) self).text = ExceptionMethods.orNone(v));
        b.getset("end_lineno", self -> ((PySyntaxError) self).endLineno, (self, v) -> ((PySyntaxError) self).endLineno = ExceptionMethods.orNone(v));
        b.getset("end_offset", self -> ((PySyntaxError) self).endOffset, (self, v) -> ((PySyntaxError) self).endOffset = ExceptionMethods.orNone(v));
        b.getset("print_file_and_line", self -> ((PySyntaxError) self).printFileAndLine,
                (self, v) -> ((PySyntaxError) self).printFileAndLine = ExceptionMethods.orNone(v));
        b.method0("__str__", ExceptionFamilies::syntaxErrorStr);
    }

    /** CPython: SyntaxError_init: {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}. */
    private static PyObject syntaxErrorInit(PyObject self, PyObject[] args, String[] kw) {
        ExceptionMethods.baseInit(self, args, kw);
        PySyntaxError e = (PySyntaxError) self;
        if (args.length >= 1) {
            e.msg = args[0];
        }
        if (args.length == 2) {
            PyObject[] info = toArray(args[1]);
            if (info.length < 4 || info.length > 6) {
                throw PyErr.typeError("function takes %s %d arguments (%d given)", info.length < 4 ? "at least" : "at most",
                        info.length < 4 ? 4 : 6, info.length);
            }
            e.filename = info[0];
            e.lineno = info[1];
            e.offset = info[2];
            e.text = info[3];
            e.endLineno = info.length > 4 ? info[4] : PyNone.NONE;
            e.endOffset = info.length > 5 ? info[5] : PyNone.NONE;
        }
        return PyNone.NONE;
    }

    /** "msg (file.py, line 3)", with only the file's base name. CPython: SyntaxError_str. */
    private static PyObject syntaxErrorStr(PyObject self) {
        PySyntaxError e = (PySyntaxError) self;
        String msg = Ops.str(e.msg).value();
        String file = e.filename instanceof PyStr s ? s.value() : null;
        if (file != null) {
            int slash = file.lastIndexOf('/');
            file = slash >= 0 ? file.substring(slash + 1) : file;
        }
        boolean haveLine = e.lineno instanceof PyInt;
        if (file != null && haveLine) {
            return PyStr.of(msg + " (" + file + ", line " + Ops.str(e.lineno).value() + ")");
        } else if (file != null) {
            return PyStr.of(msg + " (" + file + ")");
        } else if (haveLine) {
            return PyStr.of(msg + " (line " + Ops.str(e.lineno).value() + ")");
        }
        return PyStr.of(msg);
    }
}
