package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.ProcessExit;
import org.weft.python.runtime.ThreadState;

/**
 * {@code os._exit(n)}: ends the process at once with status {@code n}, as CPython's _exit(2): no
 * atexit callbacks, no {@code finally} blocks, no flushing of what Python-level buffers hold
 * (sys.stdout's text not yet flushed is lost when stdout is not a terminal, as in CPython).
 * On the main thread it unwinds to the embedder ({@link ProcessExit}), which may be a test
 * running programs in-process; from any other thread it halts the JVM, as only the whole
 * process can end there.
 */
final class OsExit {

    private OsExit() {
    }

    static void define(PyModule m, Interpreter interpreter) {
        OsFiles.fn(m, "_exit", "_exit($module, /, status)\n--\n\nExit to the system with specified status, "
                + "without normal exit processing.", ArgParser.of("_exit", "status"),
                a -> exit(interpreter, a[0]));
    }

    // CPython: os__exit_impl
    private static PyObject exit(Interpreter interpreter, PyObject statusObj) {
        java.math.BigInteger big = Ops.index(statusObj).bigValue();
        if (big.bitLength() > 31) {
            throw PyErr.format(PyExc.OverflowError, big.signum() < 0
                    ? "Python int too small to convert to C int" : "Python int too large to convert to C int");
        }
        int status = big.intValue();
        if (interpreter.threads().mainState() == ThreadState.current()) {
            throw new ProcessExit(status);
        }
        Runtime.getRuntime().halt(status);
        throw new ProcessExit(status); // not reached
    }
}
