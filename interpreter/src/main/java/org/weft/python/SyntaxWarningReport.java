package org.weft.python;

import java.util.List;

import org.weft.python.compiler.CompileError;
import org.weft.python.compiler.SyntaxWarnings;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * Reports the compiler's {@link SyntaxWarnings} of a tree through {@code warnings.warn_explicit},
 * as CPython's compiler does while it compiles (so the filters, {@code -W}, {@code catch_warnings}
 * and the once-per-location default all apply). A warning that the filters turn into an error
 * becomes a {@code SyntaxError} at its node, as in CPython.
 *
 * <p>The interpreter's own library is not checked: it has no such code, and every import would
 * pay for the walk.
 */
final class SyntaxWarningReport {
    private SyntaxWarningReport() {
    }

    static void report(Interpreter interpreter, Object tree, String filename, String source) {
        if (filename.startsWith(PyCode.LIBRARY_ROOT)) {
            return;
        }
        List<SyntaxWarnings.Found> found = SyntaxWarnings.find(tree);
        if (found.isEmpty()) {
            return;
        }
        PyObject warnExplicit = Ops.getattr(interpreter.importModule("warnings"), "warn_explicit");
        for (SyntaxWarnings.Found w : found) {
            try {
                Ops.call(warnExplicit, PyStr.of(w.message()), PyExc.SyntaxWarning, PyStr.of(filename),
                        PyInt.of(w.lineno()));
            } catch (PyException e) {
                if (e.matches(PyExc.SyntaxWarning)) {
                    throw SyntaxErrors.fromCompiler(new CompileError(w.message(), w.node()), filename,
                            source == null ? "" : source);
                }
                throw e;
            }
        }
    }
}
