package org.weft.python.builtins;

import org.weft.python.io.PyTextIOWrapper;
import org.weft.python.io.SinkTextStream;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.Interpreter;

/**
 * The current interpreter's {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}, as
 * print() and input() need them: looked up at each call, since Python code may replace them.
 * When no sys module is reachable (a Java test calling a builtin directly) the calling thread's
 * run sinks are used. Also sys.breakpointhook for breakpoint().
 */
final class SysAccess {

    private SysAccess() {
    }

    static PyObject stdout() {
        return stream("stdout", SinkTextStream.Which.STDOUT);
    }

    static PyObject stderr() {
        return stream("stderr", SinkTextStream.Which.STDERR);
    }

    static PyObject stdin() {
        return stream("stdin", SinkTextStream.Which.STDIN);
    }

    /** {@code sys.<name>} of the current interpreter, or null when it is missing (or there is no sys). */
    static PyObject sysAttributeOrNull(String name) {
        Interpreter interp = Interpreter.current();
        PyModule sys = interp == null ? null : interp.sys();
        return sys == null ? null : sys.get(name);
    }

    private static PyObject stream(String name, SinkTextStream.Which which) {
        Interpreter interp = Interpreter.current();
        PyModule sys = interp == null ? null : interp.sys();
        if (sys != null) {
            PyObject s = sys.get(name);
            if (s != null) {
                return s;
            }
        }
        return PyTextIOWrapper.forSink(which);
    }
}
