package org.weft.python.runtime;

import java.util.Arrays;

/**
 * The methods of the built-in exception types. CPython: exceptions.c. {@link #define} is the
 * definer of every type in {@link PyExc}; each type gets its doc, and the types that introduce a
 * layout ({@code BaseException}, {@code StopIteration}...) get their constructor and attributes.
 */
final class ExceptionMethods {

    private ExceptionMethods() {
    }

    static void define(TypeBuilder b, String doc) {
        if (doc != null) {
            b.doc(doc);
        }
        switch (b.type().getName()) {
            case "BaseException" -> defineBase(b);
            case "StopIteration" -> {
                b.initFn((self, args, kw) -> {
                    baseInit(self, args, kw);
                    ((PyStopIteration) self).value = args.length > 0 ? args[0] : PyNone.NONE;
                    return PyNone.NONE;
                });
                b.newFn((type, args, kw) -> newWithArgs(type, args, kw));
                b.getset("value", self -> ((PyStopIteration) self).value,
                        (self, v) -> ((PyStopIteration) self).value = orNone(v));
            }
            case "SystemExit" -> {
                b.initFn((self, args, kw) -> {
                    baseInit(self, args, kw);
                    ((PySystemExit) self).code = args.length == 0 ? PyNone.NONE
                            : args.length == 1 ? args[0] : PyTuple.of(args.clone());
                    return PyNone.NONE;
                });
                b.newFn((type, args, kw) -> newWithArgs(type, args, kw));
                b.getset("code", self -> ((PySystemExit) self).code, (self, v) -> ((PySystemExit) self).code = orNone(v));
            }
            case "KeyError" -> b.method0("__str__", ExceptionMethods::keyErrorStr);
            default -> ExceptionFamilies.define(b);
        }
    }

    static PyObject orNone(PyObject v) {
        return v == null ? PyNone.NONE : v;
    }

    private static void defineBase(TypeBuilder b) {
        b.instanceDict();
        b.newFn(ExceptionMethods::newWithArgs);
        b.initFn((self, args, kw) -> {
            baseInit(self, args, kw);
            return PyNone.NONE;
        });
        b.method0("__repr__", ExceptionMethods::repr);
        b.method0("__str__", ExceptionMethods::baseStr);
        b.getset("args", self -> ((PyBaseException) self).args, ExceptionMethods::setArgs);
        b.getset("__traceback__", self -> ((PyBaseException) self).traceback, ExceptionMethods::setTraceback);
        b.getset("__cause__", self -> ((PyBaseException) self).cause, (self, v) -> {
            ((PyBaseException) self).cause = checkChained(v, "cause");
            ((PyBaseException) self).suppressContext = true;
        });
        b.getset("__context__", self -> ((PyBaseException) self).context,
                (self, v) -> ((PyBaseException) self).context = checkChained(v, "context"));
        b.getset("__suppress_context__", self -> PyBool.of(((PyBaseException) self).suppressContext),
                (self, v) -> ((PyBaseException) self).suppressContext = v != null && Ops.isTrue(v));
        b.method1("with_traceback", "with_traceback($self, tb, /)\n--\n\nSet self.__traceback__ to tb and return self.",
                (self, tb) -> {
                    setTraceback(self, tb);
                    return self;
                });
        b.method1("add_note", "add_note($self, note, /)\n--\n\nAdd a note to the exception", ExceptionMethods::addNote);
        b.method0("__reduce__", self -> {
            PyDict d = self.getDict();
            PyTuple args = reduceArgs((PyBaseException) self);
            PyObject[] r = d.size() == 0 ? new PyObject[] {self.type(), args} : new PyObject[] {self.type(), args, d};
            return PyTuple.of(r);
        });
        b.method1("__setstate__", (self, state) -> {
            if (state != PyNone.NONE) {
                if (!(state instanceof PyDict d)) {
                    throw PyErr.typeError("state is not a dictionary");
                }
                for (PyObject k : d.keys()) {
                    Ops.setattr(self, Ops.str(k).value(), d.getItem(k));
                }
            }
            return PyNone.NONE;
        });
    }

    /** CPython: BaseException_new: args are kept whatever {@code __init__} does. */
    static PyObject newWithArgs(PyType type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0 && type.lookup("__init__") == PyExc.BaseException.getDict().getItem("__init__")) {
            throw PyErr.typeError("%s() takes no keyword arguments", type.getName());
        }
        PyObject[] pos = kw == null || kw.length == 0 ? args.clone() : Arrays.copyOf(args, args.length - kw.length);
        return instantiate(type, pos);
    }

    /** A new exception object of the Java class that {@code type}'s instances have (no reflection). */
    static PyBaseException instantiate(PyType type, PyObject[] args) {
        Class<?> c = type.javaClass;
        if (c == PyBaseException.class) {
            return new PyBaseException(type, args);
        } else if (c == PyStopIteration.class) {
            return new PyStopIteration(type, args);
        } else if (c == PySystemExit.class) {
            return new PySystemExit(type, args);
        } else if (c == PyOSError.class) {
            return new PyOSError(type, args);
        } else if (c == PyImportError.class) {
            return new PyImportError(type, args);
        } else if (c == PySyntaxError.class) {
            return new PySyntaxError(type, args);
        } else if (c == PyAttributeError.class) {
            return new PyAttributeError(type, args);
        } else if (c == PyNameError.class) {
            return new PyNameError(type, args);
        } else if (c == PyUnicodeError.class) {
            return new PyUnicodeError(type, args);
        } else if (c == PyBaseExceptionGroup.class) {
            return new PyBaseExceptionGroup(type, args);
        }
        throw new InterpreterError("no exception layout for %s", c);
    }

    /** CPython: BaseException_init. */
    static void baseInit(PyObject self, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", Ops.typeName(self));
        }
        ((PyBaseException) self).args = PyTuple.of(args.clone());
    }

    private static PyObject repr(PyObject self) {
        PyTuple a = ((PyBaseException) self).args;
        String name = self.type().getName();
        if (a.size() == 1) {
            return PyStr.of(name + "(" + Ops.repr(a.get(0)).value() + ")");
        }
        String r = Ops.repr(a).value();
        return PyStr.of(name + (a.size() == 0 ? "()" : r));
    }

    static PyObject baseStr(PyObject self) {
        PyTuple a = ((PyBaseException) self).args;
        return switch (a.size()) {
            case 0 -> PyStr.of("");
            case 1 -> Ops.str(a.get(0));
            default -> Ops.str(a);
        };
    }

    /** KeyError's str is the repr of its key, so {@code KeyError('')} does not print as nothing. */
    private static PyObject keyErrorStr(PyObject self) {
        PyTuple a = ((PyBaseException) self).args;
        return a.size() == 1 ? Ops.repr(a.get(0)) : baseStr(self);
    }

    private static void setArgs(PyObject self, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("args may not be deleted");
        }
        PyObject it = Ops.iter(v);
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        for (PyObject x; (x = Ops.next(it)) != null;) {
            items.add(x);
        }
        ((PyBaseException) self).args = PyTuple.of(items.toArray(new PyObject[0]));
    }

    private static void setTraceback(PyObject self, PyObject tb) {
        if (tb == null) {
            throw PyErr.typeError("__traceback__ may not be deleted");
        }
        if (tb != PyNone.NONE && !tb.type().getName().equals("traceback")) {
            throw PyErr.typeError("__traceback__ must be a traceback or None");
        }
        ((PyBaseException) self).traceback = tb;
    }

    private static PyObject checkChained(PyObject v, String what) {
        if (v == null) {
            throw PyErr.typeError("%s may not be deleted", what.equals("cause") ? "__cause__" : "__context__");
        }
        if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
            throw PyErr.typeError("exception %s must be None or derive from BaseException", what);
        }
        return v;
    }

    private static PyObject addNote(PyObject self, PyObject note) {
        if (!(note instanceof PyStr)) {
            throw PyErr.typeError("note must be a str, not '%s'", Ops.typeName(note));
        }
        PyDict d = self.getDict();
        PyObject notes = d.getItem("__notes__");
        if (notes == null) {
            notes = PyList.of();
            d.setItem("__notes__", notes);
        } else if (!(notes instanceof PyList)) {
            throw PyErr.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
        return PyNone.NONE;
    }

    /**
     * The constructor arguments that rebuild {@code e}: an OSError made with a filename keeps only
     * (errno, strerror) in args, so the filename(s) go back in. CPython: OSError_reduce.
     */
    private static PyTuple reduceArgs(PyBaseException e) {
        PyTuple t = e.args;
        if (e instanceof PyOSError o && t.size() == 2 && o.filename != PyNone.NONE) {
            return o.filename2 == PyNone.NONE ? PyTuple.of(t.get(0), t.get(1), o.filename)
                    : PyTuple.of(t.get(0), t.get(1), o.filename, PyNone.NONE, o.filename2);
        }
        return e.args;
    }
}
