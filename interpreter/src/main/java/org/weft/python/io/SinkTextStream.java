package org.weft.python.io;

import java.io.IOException;

import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.Blocking;

/**
 * sys.stdout, sys.stderr and sys.stdin: text that goes to (or comes from) the run sinks of the
 * calling thread, so a thread started by a cell writes to that cell. No bytes in between.
 */
public final class SinkTextStream implements TextStream {

    /** Which of the run's streams this is. */
    public enum Which { STDIN, STDOUT, STDERR }

    private final Which which;
    private volatile boolean closed;
    /** Text read from the sink but not yet consumed (read(n) smaller than a line); guarded by this. */
    private String pending = "";

    public SinkTextStream(Which which) {
        this.which = which;
    }

    public Which which() {
        return which;
    }

    private static Sinks sinks() {
        return ThreadState.current().sinks();
    }

    @Override
    public int write(String s) throws IOException {
        checkOpen();
        if (which == Which.STDIN) {
            throw new UnsupportedOperationIOException("not writable");
        }
        (which == Which.STDOUT ? sinks().stdout() : sinks().stderr()).write(s);
        return s.codePointCount(0, s.length());
    }

    @Override
    public void flush() {
        checkOpen();
        if (which == Which.STDOUT) {
            sinks().stdout().flush();
        } else if (which == Which.STDERR) {
            sinks().stderr().flush();
        }
    }

    /**
     * A line from the run's stdin, waiting without the GIL (another thread may run while this one
     * waits for the user); the monitor is taken inside the bracket, as {@link Blocking} asks.
     */
    @Override
    public String readline(int limit) {
        return Blocking.call(() -> readlineLocked(limit));
    }

    private synchronized String readlineLocked(int limit) {
        checkOpen();
        String line = pending.isEmpty() ? sinks().stdin().readLine() : pending;
        pending = "";
        if (line == null) {
            return "";
        }
        if (limit >= 0 && limit < line.length()) {
            pending = line.substring(limit);
            return line.substring(0, limit);
        }
        return line;
    }

    @Override
    public String read(int n) {
        return Blocking.call(() -> readLocked(n));
    }

    private synchronized String readLocked(int n) {
        StringBuilder out = new StringBuilder();
        while (n < 0 || out.length() < n) {
            String line = readlineLocked(n < 0 ? -1 : n - out.length());
            if (line.isEmpty()) {
                break;
            }
            out.append(line);
        }
        return out.toString();
    }

    @Override
    public long tell() throws UnsupportedOperationIOException {
        throw new UnsupportedOperationIOException("underlying stream is not seekable");
    }

    @Override
    public long seek(long cookie, int whence) throws UnsupportedOperationIOException {
        throw new UnsupportedOperationIOException("underlying stream is not seekable");
    }

    @Override
    public long truncate(Long size) throws UnsupportedOperationIOException {
        throw new UnsupportedOperationIOException("truncate");
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean readable() {
        return which == Which.STDIN;
    }

    @Override
    public boolean writable() {
        return which != Which.STDIN;
    }

    @Override
    public boolean seekable() {
        return false;
    }

    /** What reconfigure() set: the stream stays text to the sinks, but says what it was told. */
    private volatile String encodingName = "utf-8";
    private volatile String errorsName;

    void reconfigure(String encoding, String errors) {
        if (encoding != null) {
            encodingName = encoding;
        }
        if (errors != null) {
            errorsName = errors;
        }
    }

    @Override
    public String encoding() {
        return encodingName;
    }

    @Override
    public String errors() {
        String e = errorsName;
        return e != null ? e : which == Which.STDERR ? "backslashreplace" : "strict";
    }

    @Override
    public FileStream buffer() {
        return null;
    }

    private void checkOpen() {
        if (closed) {
            throw new IoValueError("I/O operation on closed file.");
        }
    }
}
