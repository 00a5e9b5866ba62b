package org.weft.python.runtime;

/** The methods of generators: {@code __next__}, {@code send}, {@code throw}, {@code close}, {@code gi_*}. */
final class PyGeneratorMethods {
    private PyGeneratorMethods() {
    }

    static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> finish(gen(self), gen(self).next()));
        b.method1("send", (self, v) -> finish(gen(self), gen(self).resume(v, null)));
        b.method("throw", "($self, typ, val=None, tb=None, /)", (self, args, kwnames) ->
                finish(gen(self), gen(self).resume(null, exception(args))));
        b.method0("close", self -> {
            gen(self).close();
            return PyNone.NONE;
        });
        b.method0("__repr__", self -> PyStr.of("<generator object " + gen(self).qualname + " at 0x"
                + Long.toHexString(Ops.id(self)) + ">"));
        b.method0("__sizeof__", self -> PyInt.of(sizeOf(gen(self).frame.code)));
        b.getter("gi_running", self -> PyBool.of(gen(self).isRunning()));
        b.getter("gi_frame", self -> gen(self).isFinished() ? PyNone.NONE : gen(self).frame);
        b.getter("gi_code", self -> gen(self).frame.code);
        b.getter("gi_suspended", self -> PyBool.of(gen(self).isStarted() && !gen(self).isFinished()
                && !gen(self).isRunning()));
        b.getter("gi_yieldfrom", self -> yieldFrom(gen(self)));
        nameAttributes(b);
    }

    /** The iterator a suspended {@code yield from} delegates to, else None. CPython: _PyGen_yf. */
    static PyObject yieldFrom(PyGenerator g) {
        PyObject d = g.isFinished() ? null : g.frame.resumable.delegate;
        return d == null ? PyNone.NONE : d;
    }

    /** {@code __name__} and {@code __qualname__}, writable (strings only) as CPython's gen_set_name. */
    private static void nameAttributes(TypeBuilder b) {
        b.getset("__name__", self -> PyStr.of(gen(self).name), (self, v) -> gen(self).name = nameValue("__name__", v));
        b.getset("__qualname__", self -> PyStr.of(gen(self).qualname),
                (self, v) -> gen(self).qualname = nameValue("__qualname__", v));
    }

    private static String nameValue(String attr, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("%s must be set to a string object", attr);
        }
        return s.value();
    }

    /**
     * CPython 3.11 gen_sizeof: the generator object up to its embedded frame, the frame's header,
     * and one pointer per local, cell, free variable and stack entry of its code.
     */
    static long sizeOf(PyCode code) {
        int localsPlus = code.varnames.length + code.freevars.length;
        for (String cell : code.cellvars) {
            if (!java.util.Arrays.asList(code.varnames).contains(cell)) {
                localsPlus++; // a cell that is also an argument shares the argument's slot
            }
        }
        return 152 + 8L * (localsPlus + code.stackSize);
    }

    static void defineCoroutine(TypeBuilder b) {
        b.notBaseType();
        b.method1("send", (self, v) -> finish(gen(self), gen(self).resume(v, null)));
        b.method("throw", "($self, typ, val=None, tb=None, /)", (self, args, kwnames) ->
                finish(gen(self), gen(self).resume(null, exception(args))));
        b.method0("close", self -> {
            gen(self).close();
            return PyNone.NONE;
        });
        b.method0("__await__", self -> new PyCoroutineWrapper(gen(self)));
        b.method0("__repr__", self -> PyStr.of("<coroutine object " + gen(self).qualname + " at 0x"
                + Long.toHexString(Ops.id(self)) + ">"));
        b.getter("cr_running", self -> PyBool.of(gen(self).isRunning()));
        b.getter("cr_suspended", self -> PyBool.of(gen(self).isStarted() && !gen(self).isFinished()
                && !gen(self).isRunning()));
        b.getter("cr_frame", self -> gen(self).isFinished() ? PyNone.NONE : gen(self).frame);
        b.getter("cr_code", self -> gen(self).frame.code);
        b.getter("cr_suspended", self -> PyBool.of(gen(self).isStarted() && !gen(self).isFinished()
                && !gen(self).isRunning()));
        b.getter("cr_await", self -> yieldFrom(gen(self)));
        nameAttributes(b);
    }

    private static PyGenerator gen(PyObject self) {
        return (PyGenerator) self;
    }

    /** A yielded value, or StopIteration carrying the return value when the generator finished. */
    static PyObject finish(PyGenerator g, PyObject v) {
        if (v != null) {
            return v;
        }
        PyObject r = g.takeReturnValue();
        throw r == PyNone.NONE ? PyErr.of(PyExc.StopIteration) : PyErr.stopIteration(r);
    }

    // CPython: _gen_throw's argument handling (the 3-argument form is deprecated but accepted)
    static PyException exception(PyObject[] args) {
        if (args.length == 0) {
            throw PyErr.typeError("throw expected at least 1 argument, got 0");
        }
        PyObject typ = args[0];
        PyObject val = args.length > 1 ? args[1] : PyNone.NONE;
        PyObject tb = args.length > 2 ? args[2] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw PyErr.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            if (val instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                e = v;
            } else {
                // CPython: _PyErr_CreateException (a tuple value is the argument list); CPython
                // normalizes inside the generator, so an error in making it is what is thrown there
                try {
                    e = PyErr.newException(t, val == PyNone.NONE ? new PyObject[0]
                            : val instanceof PyTuple tup ? tup.items() : new PyObject[] {val});
                } catch (PyException failed) {
                    return failed;
                }
            }
        } else if (typ instanceof PyBaseException v) {
            if (val != PyNone.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            e = v;
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    Ops.typeName(typ));
        }
        return e.toException();
    }
}
