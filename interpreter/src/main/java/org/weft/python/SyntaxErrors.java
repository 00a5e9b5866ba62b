package org.weft.python;

import org.weft.python.compiler.CompileError;
import org.weft.python.parser.SyntaxErrorException;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/** Python {@code SyntaxError} objects from the parser's and the compiler's Java exceptions. */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    static PyException fromParser(SyntaxErrorException e) {
        PyType type = switch (e.kind()) {
            case INDENTATION_ERROR -> PyExc.IndentationError;
            case TAB_ERROR -> PyExc.TabError;
            default -> PyExc.SyntaxError;
        };
        return make(type, e.msg(), e.filename(), e.lineno(), e.offset(), e.text(), e.endLineno(), e.endOffset());
    }

    static PyException fromCompiler(CompileError e, String filename, String source) {
        String text = line(source, e.lineno());
        return make(PyExc.SyntaxError, e.getMessage(), filename, e.lineno(), e.colOffset() + 1, text,
                e.endLineno(), e.endColOffset() + 1);
    }

    /**
     * A compiler error in source given as a string, as CPython reports it: the compiler's errors
     * take their text from the file named {@code filename} (PyErr_ProgramTextObject), so it is
     * None for {@code exec(src)}'s "<string>" and for any name that is not a readable file.
     */
    static PyException fromCompilerReadingFile(CompileError e, String filename) {
        String text = null;
        try {
            java.nio.file.Path p = java.nio.file.Path.of(filename);
            if (java.nio.file.Files.isRegularFile(p)) {
                text = line(new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\r\n", "\n").replace('\r', '\n'), e.lineno());
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // unreadable or not a path: no text, as in CPython
        }
        return make(PyExc.SyntaxError, e.getMessage(), filename, e.lineno(), e.colOffset() + 1, text,
                e.endLineno(), e.endColOffset() + 1);
    }

    /** A bad encoding declaration: CPython reports it at line 0, offset -1, with no text. */
    static PyException encoding(String msg, String filename) {
        PyObject details = PyTuple.of(PyStr.of(filename), PyInt.of(0), PyInt.of(-1), PyNone.NONE);
        PyObject exc = Ops.call(PyExc.SyntaxError, PyStr.of(msg), details);
        return ((PyBaseException) exc).toException();
    }

    // CPython: SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
    private static PyException make(PyType type, String msg, String filename, int lineno, int offset,
                                    String text, int endLineno, int endOffset) {
        PyObject details = PyTuple.of(PyStr.of(filename), PyInt.of(lineno), PyInt.of(offset),
                text == null ? PyNone.NONE : PyStr.of(text), PyInt.of(endLineno), PyInt.of(endOffset));
        PyObject exc = Ops.call(type, PyStr.of(msg), details);
        return ((PyBaseException) exc).toException();
    }

    /** Line {@code n} (1-based) of {@code source} with its newline, or null. */
    static String line(String source, int n) {
        if (source == null) {
            return null;
        }
        String[] lines = source.split("\n", -1);
        if (n < 1 || n > lines.length) {
            return null;
        }
        return lines[n - 1] + "\n";
    }
}
