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
public final class PyFunction extends PyObject implements PyCallable, PyDescriptor, MethodDescriptor {

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
    /**
     * CPython's argument messages for a function standing for C code, or null; see CArgSignature.
     * Set while its module runs, before other threads can see the function; immutable.
     */
    public CArgSignature cArgs;

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

    /** As a method: the same call as through a bound method, without making one (special methods, __init__). */
    @Override
    public PyObject callBound(PyObject self, PyObject[] args, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) {
            Frame frame = simpleFrame(args.length + 1);
            if (frame != null) {
                frame.locals[0] = self;
                System.arraycopy(args, 0, frame.locals, 1, args.length);
                return execute(ThreadState.current(), frame);
            }
        }
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return invoke(ThreadState.current(), full, kwnames);
    }

    @Override
    public PyObject callBound0(PyObject self) {
        Frame frame = simpleFrame(1);
        if (frame == null) {
            return invoke(ThreadState.current(), new PyObject[] {self}, null);
        }
        frame.locals[0] = self;
        return execute(ThreadState.current(), frame);
    }

    @Override
    public PyObject callBound1(PyObject self, PyObject a) {
        Frame frame = simpleFrame(2);
        if (frame == null) {
            return invoke(ThreadState.current(), new PyObject[] {self, a}, null);
        }
        frame.locals[0] = self;
        frame.locals[1] = a;
        return execute(ThreadState.current(), frame);
    }

    @Override
    public PyObject callBound2(PyObject self, PyObject a, PyObject b) {
        Frame frame = simpleFrame(3);
        if (frame == null) {
            return invoke(ThreadState.current(), new PyObject[] {self, a, b}, null);
        }
        frame.locals[0] = self;
        frame.locals[1] = a;
        frame.locals[2] = b;
        return execute(ThreadState.current(), frame);
    }

    /** An empty frame when {@code n} positional arguments bind as they are ({@link PyCode#simpleArgcount}); else null. */
    private Frame simpleFrame(int n) {
        PyCode c = code;
        return c.simpleArgcount == n ? simpleFrame(c) : null;
    }

    /**
     * An empty frame of {@code c} (this function's code, with {@link PyCode#simpleArgcount} >= 0)
     * for a call site to fill with the arguments: its cells are the closure (the code has no cell
     * variables of its own, so nothing is copied).
     */
    public Frame simpleFrame(PyCode c) {
        return new Frame(c, globals, builtins, null, c.freevars.length == 0 ? null : closure);
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
        // Function entry is a poll point (DESIGN.md rule 7): recursion without loops still hands the GIL over.
        ts.checkInterrupt();
        ts.enterCall();
        frame.ts = ts;
        frame.back = (Frame) ts.frame();
        ts.setFrame(frame);
        // sys.setprofile: read once; the return event goes only to a profiler that saw the call
        boolean profiled = ts.profiler != null;
        try {
            if (profiled) {
                ProfileHooks.call(ts, frame);
            }
            if (ts.tracer != null) {
                Tracing.call(ts, frame);
            }
            int status = frame.code.body.execute(frame);
            PyObject result = status == StmtNode.RETURN ? frame.returnValue : PyNone.NONE;
            if (frame.code.makesFinalizable) {
                Finalizers.frameEnded(ts, frame.locals, result);
            }
            if (frame.hasExtras()) {
                Tracing.ret(frame, result);
            }
            if (profiled) {
                ProfileHooks.ret(ts, frame, result);
            }
            return result;
        } catch (PyException e) {
            if (frame.hasExtras()) {
                leaveTraced(frame, e);
            }
            if (profiled) {
                ProfileHooks.ret(ts, frame, null);
            }
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

    /**
     * An exception leaves a traced frame: 'exception' (unless a handler here already reported it),
     * then 'return' with None. A trace function that raises replaces the exception, as in CPython.
     */
    static void leaveTraced(Frame frame, PyException e) {
        PyTraceback.here(e, frame);
        Tracing.exception(frame, e.value());
        Tracing.ret(frame, null);
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        return new PyMethod(this, obj);
    }
}
