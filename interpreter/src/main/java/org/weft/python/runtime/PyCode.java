package org.weft.python.runtime;

import org.weft.python.nodes.StmtNode;

/**
 * A compiled block (CPython's {@code code} object): the executable node tree of a module, class
 * body, function, lambda or comprehension, with the frame layout the compiler chose.
 *
 * <p>Immutable after construction and shared by every thread that runs it; the nodes' inline
 * caches inside {@link #body} follow the nodes' own publication rules.
 */
public final class PyCode extends PyObject {

    /** The built-in type {@code code}. */
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, () -> PyObject.TYPE,
            PyCodeMethods::define);

    /** {@code co_flags} bits, CPython's values. */
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    /** Compiled under {@code from __future__ import annotations} (CPython's value, also compile()'s flag). */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    /** A generator function marked by {@code types.coroutine}: its generators may be awaited. */
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    /** Any of the flags that make a call return a suspended frame instead of running it. */
    public static final int CO_RESUMABLE = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    /** Positional parameters, positional-only ones included. */
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    /** Global, imported and attribute names the code uses, in first-use order ({@code co_names}). */
    public final String[] names;
    /** Slot names: parameters first, then the other locals; temporaries have no name. */
    public final String[] varnames;
    /** Number of frame slots (locals and compiler temporaries). */
    public final int frameSize;
    /**
     * Set once an instance of a class with {@code __del__} was made while this code ran: its
     * frames are then looked over when they return (see Finalizers#frameEnded). Written racily by
     * any thread, only ever from false to true.
     */
    public boolean makesFinalizable;
    /**
     * Whether tracebacks leave this code's frames out (see PyTraceback#isHidden): 0 not known yet,
     * 1 shown, 2 hidden. Every exception passing a frame asks, and asking means a lookup in the
     * module's globals, so the answer is kept. Written racily: every lookup writes the same answer;
     * {@link #markHidden} writes 2 when the module wraps the function, over a 1 that a lookup may
     * have cached if the module ran it before wrapping it.
     */
    byte tracebackVisibility;

    /**
     * Marks this code as a stand-in for a function CPython writes in C: tracebacks, sys.settrace
     * and sys.setprofile see no frame of it (see PyTraceback.isHidden). For functions a module
     * wraps as built-ins (_weft_stdlib.as_builtin), which its __weft_hidden_code__ set no longer
     * reaches once the wrapper replaced them in the module.
     */
    public void markHidden() {
        tracebackVisibility = 2;
    }
    /**
     * {@code co_stacksize}: what CPython's bytecode for this code would need (Weft has no value
     * stack); set by the compiler before the code is shared. It sizes a generator's frame.
     */
    public int stackSize = 1;
    /**
     * The constants the code uses, one object each (shared with the other code of its compilation):
     * what CPython's co_consts holds, as far as sys.getrefcount shows it. Set by the compiler.
     */
    public PyObject[] constants = new PyObject[0];
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell variable, the parameter slot whose argument it starts with, or -1. */
    public final int[] cellParamSlots;
    /** Number of resume-state entries a generator frame needs (0 for plain functions). */
    public final int resumeSlots;
    /** The block's statements; for a lambda, a return of its expression. */
    public final StmtNode body;
    /** The docstring (the first statement's string constant) or null. */
    public final PyObject doc;
    /**
     * {@link #argcount} when a positional call binds its arguments to the first slots as they are
     * (no keyword-only parameters, no {@code *args}/{@code **kwargs}, no cell variables of its own,
     * not resumable), so that call sites may evaluate arguments straight into a new frame made by
     * {@link PyFunction#simpleFrame(PyCode)}; -1 otherwise. Free variables are allowed: such a
     * frame's cells are the function's closure itself, which no frame ever writes.
     */
    public final int simpleArgcount;

    /**
     * Where the interpreter's own Python modules are loaded from (the Importer's resource root): the
     * filenames of their code start with it.
     */
    public static final String LIBRARY_ROOT = "/org/weft/python/lib/";

    public PyCode(String name, String qualname, String filename, int firstlineno, int argcount,
                  int posonlyargcount, int kwonlyargcount, int flags, String[] varnames, int frameSize,
                  String[] cellvars, String[] freevars, int[] cellParamSlots, int resumeSlots,
                  StmtNode body, PyObject doc, String[] names) {
        super(TYPE);
        this.names = names;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.varnames = varnames;
        this.frameSize = frameSize;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellParamSlots = cellParamSlots;
        this.resumeSlots = resumeSlots;
        this.body = body;
        this.doc = doc;
        this.simpleArgcount = kwonlyargcount == 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS | CO_RESUMABLE)) == 0
                && cellvars.length == 0 ? argcount : -1;
    }

    /** A generator, coroutine or async generator function: calling it makes a {@link PyGenerator}. */
    public boolean isGenerator() {
        return (flags & CO_RESUMABLE) != 0;
    }

    public boolean hasVarargs() {
        return (flags & CO_VARARGS) != 0;
    }

    public boolean hasVarkw() {
        return (flags & CO_VARKEYWORDS) != 0;
    }

    /** Number of parameter slots: positional, keyword-only, then {@code *args} and {@code **kwargs}. */
    public int totalParams() {
        return argcount + kwonlyargcount + (hasVarargs() ? 1 : 0) + (hasVarkw() ? 1 : 0);
    }

    /** Number of cells a frame of this code holds: its cell variables then its free variables. */
    public int cellCount() {
        return cellvars.length + freevars.length;
    }
}
