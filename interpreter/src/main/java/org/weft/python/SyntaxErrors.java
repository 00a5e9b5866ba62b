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
        return make(PyExc.SyntaxError, e.getMessage(), filename, e.lineno(), e.colOffset() + 1,
                lineOfFile(filename, e.lineno()), e.endLineno(), e.endColOffset() + 1);
    }

    /**
     * Line {@code n} of the file, with its newline, as CPython's err_programtext reads it: strict
     * UTF-8 whatever the coding declaration (a line that is not gives null), a BOM kept.
     */
    private static String lineOfFile(String filename, int n) {
        byte[] data;
        try {
            java.nio.file.Path p = java.nio.file.Path.of(filename);
            if (n < 1 || !java.nio.file.Files.isRegularFile(p)) {
                return null;
            }
            data = java.nio.file.Files.readAllBytes(p);
        } catch (java.io.IOException | RuntimeException ignored) {
            return null; // unreadable or not a path: no text, as in CPython
        }
        int start = 0;
        for (int line = 1; line < n; line++) {
            while (start < data.length && data[start] != '\n' && data[start] != '\r') {
                start++;
            }
            if (start >= data.length) {
                return null;
            }
            start += data[start] == '\r' && start + 1 < data.length && data[start + 1] == '\n' ? 2 : 1;
        }
        int end = start;
        while (end < data.length && data[end] != '\n' && data[end] != '\r') {
            end++;
        }
        if (start >= data.length) {
            return null;
        }
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(data, start, end - start)).toString();
            return end < data.length ? text + "\n" : text;
        } catch (java.nio.charset.CharacterCodingException bad) {
            return null;
        }
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
