package org.weft.python.runtime;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;

/**
 * A Python function: a {@link PyCode} with the globals, defaults and closure it was made with.
 * Methods (attributes, {@code __get__}, {@code __repr__}) are in {@link PyFunctionMethods}.
 *
 * <p>Threads: {@code code}, {@code globals} and {@code closure} never change. The attributes that
 * Python code may reassign ({@code __defaults__}, {@code __name__}, ...) are plain fields: a call
 * racing with such an assignment sees the old or the new value, as in CPython.
 */
public final class PyFunction extends PyObject implements PyCallable, PyDescriptor {

    /** The built-in type {@code function}. */
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, () -> PyObject.TYPE,
            PyFunctionMethods::define);

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    /** Positional defaults ({@code __defaults__}), or null. */
    public PyObject[] defaults;
    /** Keyword-only defaults ({@code __kwdefaults__}), or null. */
    public PyDict kwdefaults;
    public PyObject doc;
    public PyObject module;
    /** {@code __annotations__}, made on first access when null. */
    public PyDict annotations;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, PyCell[] closure) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = code.doc == null ? PyNone.NONE : code.doc;
        PyObject m = globals.getItem("__name__");
        this.module = m == null ? PyNone.NONE : m;
        this.dict = new PyDict();
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return invoke(ThreadState.current(), args, kwnames);
    }

    /** Calls this function on the thread whose state is {@code ts} (known to the caller's frame). */
    public PyObject invoke(ThreadState ts, PyObject[] args, String[] kwnames) {
        Frame frame = newFrame(args, kwnames);
        if (code.isGenerator()) {
            if ((code.flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
                return new PyAsyncGenerator(frame, this);
            }
            return new PyGenerator(frame, this);
        }
        return execute(ts, frame);
    }

    /** A frame of this function with the arguments bound and the cells made. */
    public Frame newFrame(PyObject[] args, String[] kwnames) {
        PyCode c = code;
        PyCell[] cells = c.cellCount() == 0 ? null : new PyCell[c.cellCount()];
        Frame frame = new Frame(c, globals, builtins, null, cells);
        PyObject[] locals = frame.locals;
        if ((kwnames == null || kwnames.length == 0) && args.length == c.argcount
                && c.kwonlyargcount == 0 && (c.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0) {
            System.arraycopy(args, 0, locals, 0, args.length);
        } else {
            FunctionArgs.bind(this, locals, args, kwnames);
        }
        if (cells != null) {
            makeCells(c, cells, locals);
        }
        return frame;
    }

    private void makeCells(PyCode c, PyCell[] cells, PyObject[] locals) {
        int ncell = c.cellvars.length;
        for (int i = 0; i < ncell; i++) {
            int p = c.cellParamSlots[i];
            cells[i] = new PyCell(p >= 0 ? locals[p] : null);
        }
        if (c.freevars.length > 0) {
            System.arraycopy(closure, 0, cells, ncell, c.freevars.length);
        }
    }

    /** Runs a prepared frame to completion: recursion accounting, frame chain, traceback entry. */
    public static PyObject execute(ThreadState ts, Frame frame) {
        ts.enterCall();
        frame.ts = ts;
        frame.back = (Frame) ts.frame();
        ts.setFrame(frame);
        try {
            int status = frame.code.body.execute(frame);
            return status == StmtNode.RETURN ? frame.returnValue : PyNone.NONE;
        } catch (PyException e) {
            throw PyTraceback.here(e, frame);
        } catch (StackOverflowError e) {
            throw PyTraceback.here(PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded"), frame);
        } catch (RuntimeException e) {
            throw PyTraceback.here(PyTraceback.fromJava(e), frame);
        } finally {
            ts.setFrame(frame.back);
            ts.leaveCall();
        }
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        return new PyMethod(this, obj);
    }
}
