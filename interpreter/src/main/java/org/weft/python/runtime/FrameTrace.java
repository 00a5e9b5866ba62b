package org.weft.python.runtime;

/**
 * What a frame watched by a trace function carries: {@code f_trace}, {@code f_trace_lines},
 * {@code f_trace_opcodes}, and what {@link Tracing} remembers to report each line and each
 * exception once. Made when a trace function first watches the frame ({@code 'call'} returned a
 * local function, or {@code frame.f_trace} was assigned: pdb's set_trace); a frame nobody traces
 * has none, and its statements pay one null test.
 *
 * <p>Threads: a frame belongs to the thread running it (see Frame), and so does this; another
 * thread assigning {@code f_trace} of a frame it does not run races as in CPython.
 */
public final class FrameTrace {
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
