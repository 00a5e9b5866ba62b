package org.weft.python.runtime;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.FrameLocals;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.controlflow.Block;

/**
 * The events of {@code sys.settrace} (CPython: call_trace and maybe_call_line_trace in ceval.c):
 * 'call' to the thread's trace function when a Python frame starts or a generator resumes (what it
 * returns becomes the frame's {@code f_trace}), then to {@code f_trace}: 'line' when a statement on a
 * new line starts or a loop jumps back to its header, 'exception' once per frame an exception
 * passes through (where it is first caught there or leaves), and 'return' (the value, the yielded
 * value, or None when an exception leaves). Reached only when the thread has a trace function or
 * the frame has a {@link FrameExtras}, so untraced code pays a null test per call and per statement.
 *
 * <p>A local trace function's result replaces {@code f_trace} unless it is None (CPython's
 * trace_trampoline keeps the old one then). Frames of code that CPython writes in C are not traced
 * ({@link PyTraceback#isHidden}), as ProfileHooks does not profile them.
 *
 * <p>Threads: the event names are immutable constants; everything else is the calling thread's.
 */
public final class Tracing {

    private static final PyStr CALL = PyStr.of("call");
    private static final PyStr LINE = PyStr.of("line");
    private static final PyStr RETURN = PyStr.of("return");
    private static final PyStr EXCEPTION = PyStr.of("exception");

    /** Which event a frame's running trace call is for ({@link FrameExtras#event}): jumps need a 'line'. */
    static final int CALL_EVENT = 1;
    static final int LINE_EVENT = 2;
    static final int OTHER_EVENT = 3;

    private Tracing() {
    }

    /** A frame starts (or a generator resumes) on a thread with a trace function. */
    public static void call(ThreadState ts, Frame frame) {
        PyObject global = ts.tracer;
        if (global == null || PyTraceback.isHidden(frame)) {
            return;
        }
        if (frame.resumable == null && "<module>".equals(frame.code.name)) {
            frame.lineno = 0; // CPython's module code starts at line 0 (its RESUME): f_lineno says so here
        }
        PyObject local = callWithLocals(ts, frame, global, CALL, PyNone.NONE);
        if (local != PyNone.NONE) {
            FrameExtras t = frame.makeExtras();
            t.function = local;
            StmtNode body = frame.code.body;
            if (!(body instanceof Block) && frame.resumable == null) {
                // a lambda's body is its one statement, outside any Block: its line event is here
                frame.lineno = body.lineno;
                line(frame);
            }
        }
    }

    /**
     * A statement starts at {@code frame.lineno} outside a statement sequence that could jump (a
     * loop header, an except or case line); the caller found that the frame has extras.
     */
    public static void line(Frame frame) {
        lineInBlock(frame, null, 0);
    }

    /**
     * A statement starts at {@code frame.lineno}: 'line' when the line changed. For statement
     * {@code i} of a sequence {@code body}, returns the index to run next, which is {@code i} unless
     * the trace function jumped (set f_lineno) to another statement of {@code body}; with no
     * sequence (null) a jump is refused.
     */
    public static int lineInBlock(Frame frame, StmtNode[] body, int i) {
        FrameExtras t = frame.extras();
        int line = frame.lineno;
        if (t == null || line == t.lastLine) {
            return i;
        }
        t.lastLine = line;
        if (!t.lines) {
            return i;
        }
        t.lineBlock = body;
        t.jumpTo = -1;
        try {
            send(frame, t, LINE, PyNone.NONE);
        } finally {
            t.lineBlock = null;
        }
        int j = t.jumpTo;
        if (j < 0) {
            return i;
        }
        t.jumpTo = -1;
        frame.lineno = body[j].lineno;
        t.lastLine = frame.lineno; // the debugger has shown the new line: no second event for it
        return j;
    }

    /** A loop goes back to its header at {@code line}: a 'line' event even on the same line. */
    public static void jumpBack(Frame frame, int line) {
        FrameExtras t = frame.extras();
        frame.lineno = line;
        if (t != null) {
            t.lastLine = -1;
            line(frame);
        }
    }

    /** An exception is caught in {@code frame} or leaves it: 'exception', once per frame for each exception. */
    public static void exception(Frame frame, PyBaseException exc) {
        FrameExtras t = frame.extras();
        if (t == null || t.lastException == exc) {
            return;
        }
        t.lastException = exc;
        PyObject tb = exc.getTraceback();
        send(frame, t, EXCEPTION, PyTuple.of(exc.type(), exc, tb == null ? PyNone.NONE : tb));
    }

    /** The frame ends or yields: 'return' with the value (None when an exception leaves). */
    public static void ret(Frame frame, PyObject value) {
        FrameExtras t = frame.extras();
        if (t != null) {
            send(frame, t, RETURN, value == null ? PyNone.NONE : value);
        }
    }

    private static void send(Frame frame, FrameExtras t, PyStr event, PyObject arg) {
        PyObject fn = t.function;
        ThreadState ts = frame.ts;
        if (fn == null || ts == null || ts.tracer == null) {
            return; // no local function, or tracing is off on this thread (or a hook is running)
        }
        PyObject next;
        try {
            next = callWithLocals(ts, frame, fn, event, arg);
        } catch (PyException e) {
            t.function = null; // CPython: Py_CLEAR(frame->f_trace) when the trace function raises
            throw e;
        }
        if (next != PyNone.NONE) {
            t.function = next;
        }
    }

    /**
     * A trace call with the frame's f_locals dict (if it has one) refreshed before and written
     * back after, so what the trace function assigns there reaches the variables.
     */
    // CPython: call_trampoline's PyFrame_FastToLocalsWithError and PyFrame_LocalsToFast(frame, 1)
    private static PyObject callWithLocals(ThreadState ts, Frame frame, PyObject fn, PyStr event, PyObject arg) {
        FrameExtras t = frame.makeExtras();
        boolean fast = frame.namespace == null; // module and class code's locals are their namespace
        if (fast && t.locals != null) {
            FrameLocals.refresh(frame, t.locals);
        }
        int saved = t.event;
        t.event = event == CALL ? CALL_EVENT : event == LINE ? LINE_EVENT : OTHER_EVENT;
        PyObject result;
        try {
            result = ts.callTracer(fn, frame, event, arg);
        } finally {
            t.event = saved;
        }
        if (fast && t.locals != null) { // made now, if the tracer read f_locals for the first time
            FrameLocals.writeBack(frame, t.locals);
        }
        return result;
    }

    /**
     * A for loop in a traced frame ran out: when its iterator was a generator that returned a value,
     * CPython's FOR_ITER saw StopIteration(value) raised and reports it as 'exception' (pdb prints
     * "Internal StopIteration"); a generator that returned None raised nothing.
     */
    // CPython: FOR_ITER's call_exc_trace in ceval.c, after _PyGen_SetStopIterationValue
    public static void loopEnded(Frame frame, PyObject iterator) {
        PyObject value = iterator instanceof PyGenerator g ? g.finalValue() : null;
        if (value != null && value != PyNone.NONE) {
            exception(frame, PyErr.stopIteration(value).value());
        }
    }
}
