package org.weft.python.modules;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;

/**
 * The wait-status functions of {@code os} (WIFEXITED, WEXITSTATUS, ...): they take apart the
 * status os.system returns, with Linux's encoding (exit code in bits 8-15, terminating signal in
 * bits 0-6, 0x7f for a stopped child, 0xffff for a continued one). Pure arithmetic, no state.
 * CPython: the W* functions and os_waitstatus_to_exitcode_impl in posixmodule.c.
 */
final class OsWaitStatus {

    private OsWaitStatus() {
    }

    static boolean exited(int s) {
        return (s & 0x7f) == 0;
    }

    static boolean signaled(int s) {
        int sig = s & 0x7f;
        return sig != 0 && sig != 0x7f;
    }

    static void define(PyModule m) {
        test(m, "WIFEXITED", "Return True if the process returning status exited via the exit() system call.",
                OsWaitStatus::exited);
        test(m, "WIFSIGNALED", "Return True if the process returning status was terminated by a signal.",
                OsWaitStatus::signaled);
        test(m, "WIFSTOPPED", "Return True if the process returning status was stopped.", s -> (s & 0xff) == 0x7f);
        test(m, "WIFCONTINUED", "Return True if a particular process was continued from a job control stop.\n\n"
                + "Return True if the process returning status was continued from a\njob control stop.",
                s -> s == 0xffff);
        test(m, "WCOREDUMP", "Return True if the process returning status was dumped to a core file.",
                s -> (s & 0x80) != 0);
        field(m, "WEXITSTATUS", "Return the process return code from status.", s -> (s >> 8) & 0xff);
        field(m, "WTERMSIG", "Return the signal that terminated the process that provided the status value.",
                s -> s & 0x7f);
        field(m, "WSTOPSIG", "Return the signal that stopped the process that provided the status value.",
                s -> (s >> 8) & 0xff);
        OsFiles.fn(m, "waitstatus_to_exitcode", "waitstatus_to_exitcode($module, /, status)\n--\n\n"
                + "Convert a wait status to an exit code.\n\nOn Unix:\n\n"
                + "* If WIFEXITED(status) is true, return WEXITSTATUS(status).\n"
                + "* If WIFSIGNALED(status) is true, return -WTERMSIG(status).\n"
                + "* Otherwise, raise a ValueError.\n\nOn Windows, return status shifted right by 8 bits.\n\n"
                + "On Unix, if the process is being traced or if waitpid() was called with\n"
                + "WUNTRACED option, the caller must first check if WIFSTOPPED(status) is true.\n"
                + "This function must not be called if WIFSTOPPED(status) is true.",
                ArgParser.of("waitstatus_to_exitcode", "status"), a -> {
                    int s = status(a[0]);
                    if (exited(s)) {
                        return PyInt.of((s >> 8) & 0xff);
                    }
                    if (signaled(s)) {
                        return PyInt.of(-(s & 0x7f));
                    }
                    if ((s & 0xff) == 0x7f) {
                        throw PyErr.valueError("process stopped by delivery of signal %d", (s >> 8) & 0xff);
                    }
                    throw PyErr.valueError("invalid wait status: %d", s);
                });
    }

    private static void test(PyModule m, String name, String doc, IntPredicate test) {
        OsFiles.fn(m, name, name + "($module, /, status)\n--\n\n" + doc, ArgParser.of(name, "status"),
                a -> PyBool.of(test.test(status(a[0]))));
    }

    private static void field(PyModule m, String name, String doc, IntUnaryOperator field) {
        OsFiles.fn(m, name, name + "($module, /, status)\n--\n\n" + doc, ArgParser.of(name, "status"),
                a -> PyInt.of(field.applyAsInt(status(a[0]))));
    }

    // CPython: the "i" converter (a C int)
    private static int status(PyObject o) {
        PyInt i = Ops.index(o);
        long v = i.isSmall() ? i.longValue() : Long.MAX_VALUE;
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) v;
    }
}
