package org.weft.python.nodes;

import org.weft.python.runtime.PyCell;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.FrameExtras;
import org.weft.python.runtime.FrameView;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.ThreadState;

/**
 * One activation of a {@link PyCode}: its local slots, cells, globals and builtins, and the line it
 * is at. Also the Python {@code frame} object ({@code tb_frame}, {@code gi_frame},
 * {@code sys._getframe()}).
 *
 * <p>Threads: a frame belongs to the thread running it. A generator's frame moves between threads
 * only through the generator's {@code running} flag, which admits one thread at a time; the fields
 * read by other threads ({@code lineno}, {@code back} for tracebacks and {@code sys._getframe})
 * are plain, and a racing reader sees a recent value.
 */
public final class Frame extends PyObject implements FrameView {

    /** The built-in type {@code frame}. */
    public static final PyType TYPE = PyType.builtin("frame", Frame.class, () -> PyObject.TYPE,
            FrameMethods::define);

    public final PyCode code;
    /** Fast locals and compiler temporaries, laid out by the compiler. */
    public final PyObject[] locals;
    /** Cell variables, then free variables; null when the code has none. */
    public final PyCell[] cells;
    public final PyDict globals;
    public final PyDict builtins;
    /** The local namespace of module, class-body and exec code (any mapping); null for functions. */
    public final PyObject namespace;
    /** The thread running this frame (a generator's frame changes thread between resumptions). */
    public ThreadState ts;
    /** The calling frame while this one runs. */
    public Frame back;
    /** Line of the statement being executed. */
    public int lineno;
    /** The value of a {@code return} (status RETURN) or of a {@code yield} (status YIELD). */
    public PyObject returnValue;

    /** A generator's or coroutine's state for stopping and resuming; null for plain frames. */
    public final Resumable resumable;

    public Frame(PyCode code, PyDict globals, PyDict builtins, PyObject namespace, PyCell[] cells) {
        super(TYPE);
        this.code = code;
        this.locals = code.frameSize == 0 ? EMPTY : new PyObject[code.frameSize];
        this.cells = cells;
        this.globals = globals;
        this.builtins = builtins;
        this.namespace = namespace;
        this.resumable = code.resumeSlots == 0 && (code.flags & PyCode.CO_RESUMABLE) == 0 ? null
                : new Resumable(code.resumeSlots);
        this.lineno = code.firstlineno;
    }

    private static final PyObject[] EMPTY = new PyObject[0];

    /**
     * Whether the frame has {@link FrameExtras} (a trace function watches it, or its f_locals dict
     * was made): the one test each statement makes for sys.settrace. The extras live in the
     * storage field that a frame, having no {@code __dict__}, never uses otherwise: a frame stays
     * 64 bytes.
     */
    public boolean hasExtras() {
        return storage() != null;
    }

    /** The frame's {@link FrameExtras}, or null when it has none. */
    public FrameExtras extras() {
        return storage() instanceof FrameExtras t ? t : null;
    }

    /** The frame's {@link FrameExtras}, made now if it has none (only the thread running it calls this). */
    public FrameExtras makeExtras() {
        FrameExtras t = extras();
        if (t == null) {
            t = new FrameExtras();
            setStorage(t);
        }
        return t;
    }

    @Override
    public PyDict frameGlobals() {
        return globals;
    }

    /** The first parameter's current value (from its cell when it is captured), for {@code super()}. */
    // CPython: super_init_without_args in typeobject.c
    @Override
    public PyObject superFirstArgument() {
        if (code.argcount == 0 && !code.hasVarargs()) {
            return null;
        }
        String first = code.varnames[0];
        for (int i = 0; i < code.cellvars.length; i++) {
            if (code.cellvars[i].equals(first) && code.cellParamSlots[i] == 0) {
                return cells[i].value;
            }
        }
        PyObject v = locals[0];
        if (v != null && code.argcount == 0) {
            // super() in a method taking only *args: the first positional argument.
            return v instanceof org.weft.python.runtime.PyTuple t && t.size() > 0 ? t.get(0) : null;
        }
        return v;
    }

    @Override
    public boolean superFirstArgumentDeleted() {
        return code.argcount > 0;
    }

    @Override
    public PyCell superClassCell() {
        for (int i = 0; i < code.freevars.length; i++) {
            if (code.freevars[i].equals("__class__")) {
                return cells[code.cellvars.length + i];
            }
        }
        return null;
    }
}
