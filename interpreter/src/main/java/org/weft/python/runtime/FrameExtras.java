package org.weft.python.runtime;

import org.weft.python.nodes.StmtNode;

/**
 * What few frames carry: {@code f_trace}, {@code f_trace_lines}, {@code f_trace_opcodes}, what
 * {@link Tracing} remembers to report each line and each exception once, and the dict that
 * {@code locals()} and {@code f_locals} return for a function's frame (CPython's
 * {@code frame->f_locals}: the same dict each time, refreshed from the fast locals at each call).
 * Made when a trace function first watches the frame ({@code 'call'} returned a local function,
 * or {@code frame.f_trace} was assigned: pdb's set_trace) or the dict is first asked for; a frame
 * without them pays one null test per statement.
 *
 * <p>Threads: a frame belongs to the thread running it (see Frame), and so does this; another
 * thread assigning {@code f_trace} of a frame it does not run races as in CPython.
 */
public final class FrameExtras {
    /** {@code f_trace}: the local trace function, or null. */
    PyObject function;
    /** {@code f_trace_lines}: whether 'line' events are sent (CPython's default: True). */
    boolean lines = true;
    /** {@code f_trace_opcodes}: accepted and kept; Weft runs no bytecode, so no 'opcode' events. */
    boolean opcodes;
    /** The line of the last statement this frame started: a 'line' event is sent when it changes. */
    int lastLine = -1;
    /** The exception last reported as 'exception' here: once per frame it passes through. */
    PyBaseException lastException;
    /**
     * The f_locals dict of a function's frame, once made: refreshed from the fast locals by each
     * {@code locals()} and before each trace call, and written back to them after each trace call
     * (CPython 3.11's PyFrame_FastToLocals / PyFrame_LocalsToFast around call_trampoline), so a
     * debugger's {@code !x = 1} changes the variable.
     */
    PyDict locals;
    /** The event of the trace call running for this frame (a {@link Tracing} constant), or 0. */
    int event;
    /** During a 'line' event sent from a statement sequence: its statements, for a jump. */
    StmtNode[] lineBlock;
    /** Set by assigning f_lineno during a 'line' event: the index in {@link #lineBlock} to go on from, or -1. */
    int jumpTo = -1;

    /**
     * frame.f_lineno = line: allowed only from the frame's own 'line' event, and (Weft runs
     * statements, not bytecode) only to a statement of the sequence the event came from; the
     * sequence goes on from there once the trace function returns. CPython's messages where
     * CPython refuses too.
     */
    // CPython: frame_setlineno in frameobject.c
    public static void jump(FrameExtras x, int firstLine, int line) {
        if (x == null) {
            throw PyErr.format(PyExc.ValueError, "f_lineno can only be set by a trace function");
        }
        x.jumpWithin(firstLine, line);
    }

    private void jumpWithin(int firstLine, int line) {
        if (event == 0) {
            throw PyErr.format(PyExc.ValueError, "f_lineno can only be set by a trace function");
        }
        if (event == Tracing.CALL_EVENT) {
            throw PyErr.format(PyExc.ValueError, "can't jump from the 'call' trace event of a new frame");
        }
        if (event != Tracing.LINE_EVENT) {
            throw PyErr.format(PyExc.ValueError, "can only jump from a 'line' trace event");
        }
        if (line < firstLine) {
            throw PyErr.format(PyExc.ValueError, "line %d comes before the current code block", line);
        }
        StmtNode[] block = lineBlock;
        if (block != null) {
            for (int i = 0; i < block.length; i++) {
                if (block[i].lineno == line) {
                    jumpTo = i;
                    return;
                }
            }
        }
        throw PyErr.format(PyExc.ValueError,
                "can't jump to line %d: Weft jumps only to a statement of the block being run", line);
    }

    public PyDict locals() {
        return locals;
    }

    public void setLocals(PyDict d) {
        locals = d;
    }

    public PyObject function() {
        return function;
    }

    public void setFunction(PyObject f) {
        function = f;
    }

    public boolean lines() {
        return lines;
    }

    public void setLines(boolean on) {
        lines = on;
    }

    public boolean opcodes() {
        return opcodes;
    }

    public void setOpcodes(boolean on) {
        opcodes = on;
    }
}
