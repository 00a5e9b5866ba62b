package org.weft.python.io;

import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The kinds of line ending a text file has decoded so far, its {@code newlines} attribute. As
 * CPython's IncrementalNewlineDecoder, it counts every decoded chunk (not only what was read
 * from it), and a '\r' at the end of a chunk waits to see whether '\n' follows.
 * Not thread-safe: its text stream's monitor guards it.
 */
// CPython: _PyIncrementalNewlineDecoder_decode and incrementalnewlinedecoder_newlines_get in textio.c
final class SeenNewlines {

    private static final int LF = 1;
    private static final int CR = 2;
    private static final int CRLF = 4;

    private int seen;
    private boolean pendingCr;

    /** Counts the line endings of the next decoded chunk; {@code last}: nothing follows it. */
    void scan(String chunk, boolean last) {
        int i = 0;
        if (pendingCr) {
            pendingCr = false;
            if (chunk.startsWith("\n")) {
                seen |= CRLF;
                i = 1;
            } else if (!chunk.isEmpty() || last) {
                seen |= CR;
            } else {
                pendingCr = true;
            }
        }
        for (; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '\n') {
                seen |= LF;
            } else if (c == '\r') {
                if (i + 1 < chunk.length()) {
                    if (chunk.charAt(i + 1) == '\n') {
                        seen |= CRLF;
                        i++;
                    } else {
                        seen |= CR;
                    }
                } else if (last) {
                    seen |= CR;
                } else {
                    pendingCr = true;
                }
            }
        }
    }

    /** A seek to the start of the stream forgets what was seen, as the decoder's reset does. */
    void reset() {
        seen = 0;
        pendingCr = false;
    }

    PyObject value() {
        return switch (seen) {
            case LF -> PyStr.of("\n");
            case CR -> PyStr.of("\r");
            case CRLF -> PyStr.of("\r\n");
            case CR | LF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"));
            case CRLF | LF -> PyTuple.of(PyStr.of("\n"), PyStr.of("\r\n"));
            case CR | CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\r\n"));
            case CR | LF | CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"), PyStr.of("\r\n"));
            default -> PyNone.NONE;
        };
    }
}
