package org.weft.kernel;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import org.weft.kernel.bridge.PyJson;
import org.weft.kernel.completion.BoundInterpreter;
import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The Java handle on the Python shell ({@code _weft_shell.WeftShell}, the object
 * {@code get_ipython()} returns): the hooks the kernel calls around each cell. Called on the
 * execution thread only, with the interpreter entered.
 */
final class PythonShell {
    private final Interpreter py;
    private final PyObject shell;
    private final PyObject stdinNotImplemented;

    private PythonShell(Interpreter py, PyObject shell, PyObject stdinNotImplemented) {
        this.py = py;
        this.shell = shell;
        this.stdinNotImplemented = stdinNotImplemented;
    }

    /** Imports the shell module and starts the shell on {@code __main__}'s namespace. */
    static PythonShell start(Interpreter py) {
        PyModule main = py.mainModule();
        PyObject module = py.importer().importModule("_weft_shell");
        PyObject shell = Ops.callMethod(module, "start", main.getDict());
        PyObject errors = py.importer().importModule("IPython.core.error");
        return new PythonShell(py, shell, Ops.getattr(errors, "StdinNotImplementedError"));
    }

    void preRunCell(int count, String source, boolean storeHistory) {
        Ops.callMethod(shell, "_pre_run_cell", PyInt.of(count), PyStr.of(source), PyBool.of(storeHistory));
    }

    /** Puts the cell's source into linecache under {@code name}, the file name it runs under. */
    void cacheSource(String name, String source) {
        Ops.callMethod(shell, "_cache_source", PyStr.of(name), PyStr.of(source));
    }

    void postRunCell(int count, boolean storeHistory) {
        Ops.callMethod(shell, "_post_run_cell", PyInt.of(count), PyBool.of(storeHistory));
    }

    /**
     * After a failed cell's traceback is published: the post-mortem debugger when %pdb is on
     * (IPython's call_pdb). What the debugger raises ends it, not the kernel.
     */
    void afterError() {
        try {
            Ops.callMethod(shell, "_after_error");
        } catch (PyException ignored) {
            // a debugger session that ended in an error (Ctrl-C, a closed stdin) ends quietly
        }
    }

    /** The cell's last value: Out, _ and an execute_result. */
    void displayhook(PyObject value, int count, boolean storeHistory) {
        Ops.callMethod(shell, "_displayhook", value, PyInt.of(count), PyBool.of(storeHistory));
    }

    /**
     * The exception as IPython shows it. Should the Python formatter itself fail, CPython's own
     * format is used, so a broken traceback never hides the error.
     */
    ErrorReport formatError(PyException e) {
        try {
            PyObject r = Ops.callMethod(shell, "_format_error", e.value());
            if (r instanceof PyTuple t && t.size() == 3) {
                List<String> lines = new ArrayList<>();
                PyObject it = Ops.iter(t.get(2));
                for (PyObject line = Ops.next(it); line != null; line = Ops.next(it)) {
                    lines.add(Ops.str(line).value());
                }
                return new ErrorReport(Ops.str(t.get(0)).value(), Ops.str(t.get(1)).value(), lines);
            }
        } catch (RuntimeException | StackOverflowError failed) {
            // fall through to the interpreter's formatter
        }
        return plainReport(e);
    }

    private ErrorReport plainReport(PyException e) {
        String ename = e.value().type().getName();
        String evalue;
        try {
            evalue = Ops.str(e.value()).value();
        } catch (RuntimeException failed) {
            evalue = "<exception str() failed>";
        }
        return new ErrorReport(ename, evalue, py.formatException(e));
    }

    /** execute_request's user_expressions, evaluated and formatted. */
    JsonObject userExpressions(JsonObject expressions) {
        PyObject result = Ops.callMethod(shell, "_user_expressions", PyJson.fromJson(expressions));
        return PyJson.toJson(result).getAsJsonObject();
    }

    /** The magics as typed ({@code %time}, {@code %%timeit}), for completion; any thread may ask. */
    List<String> magicNames() {
        return BoundInterpreter.call(py, () -> {
            List<String> names = new ArrayList<>();
            PyObject it = Ops.iter(Ops.callMethod(shell, "_magic_names"));
            for (PyObject n = Ops.next(it); n != null; n = Ops.next(it)) {
                names.add(Ops.str(n).value());
            }
            return names;
        }, List.of());
    }

    /** IPython's error for input() when the front end cannot answer. */
    PyException stdinNotImplemented() {
        PyObject exc = Ops.call(stdinNotImplemented,
                PyStr.of("raw_input was called, but this frontend does not support input requests."));
        return ((PyBaseException) exc).toException();
    }
}
