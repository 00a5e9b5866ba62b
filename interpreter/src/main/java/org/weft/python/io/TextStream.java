package org.weft.python.io;

import java.io.IOException;

/**
 * What a Python text file does, in Java terms: the back end of {@code TextIOWrapper}. Two kinds
 * exist: {@link FileTextStream} (a file, decoded) and the run's output sinks (sys.stdout/stderr,
 * where text goes straight to the embedder without bytes in between).
 */
public interface TextStream extends AutoCloseable {

    /** Up to {@code n} characters (code points' UTF-16 form), all that is left when n < 0. */
    String read(int n) throws IOException;

    /** The next line with its line ending, at most {@code limit} chars when limit >= 0. */
    String readline(int limit) throws IOException;

    /** The next line for next() and for loops: as readline(), where a stream may note that it iterates. */
    default String nextLine() throws IOException {
        return readline(-1);
    }

    /** Writes {@code s}; returns the number of code points written, as Python counts them. */
    int write(String s) throws IOException;

    void flush() throws IOException;

    long tell() throws IOException;

    long seek(long cookie, int whence) throws IOException;

    long truncate(Long size) throws IOException;

    @Override
    void close() throws IOException;

    boolean isClosed();

    boolean readable();

    boolean writable();

    boolean seekable();

    /** Whether the stream is an interactive terminal ({@code isatty()}). */
    default boolean isatty() {
        return false;
    }

    String encoding();

    /** {@code newlines}: the kinds of line ending read so far (None, a str or a tuple of them). */
    default org.weft.python.runtime.PyObject newlines() {
        return org.weft.python.runtime.PyNone.NONE;
    }

    String errors();

    /** The stream's raw buffer, or null when it has none (the run sinks). */
    FileStream buffer();
}
