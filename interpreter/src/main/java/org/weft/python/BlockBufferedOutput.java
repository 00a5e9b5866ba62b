package org.weft.python;

import java.io.PrintStream;

import org.weft.python.runtime.Sinks;

/**
 * The launcher's stdout when it is not a terminal: block-buffered as CPython's sys.stdout then is
 * (8 KiB), written out when full, on {@code flush()} ({@code print(..., flush=True)},
 * {@code sys.stdout.flush()}) and at the end of the run. So {@code os._exit}, which drops what is
 * pending ({@link #discard()}), loses the same text CPython loses, and a child process writing to
 * the same pipe appears where it appears under CPython.
 *
 * <p>Threads: every method takes this object's monitor; none runs Python code.
 */
final class BlockBufferedOutput implements Sinks.Output {

    /** CPython's io.DEFAULT_BUFFER_SIZE, the chunk of its TextIOWrapper and BufferedWriter. */
    private static final int SIZE = 8192;

    private final PrintStream out;
    private final StringBuilder pending = new StringBuilder();

    BlockBufferedOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void write(String s) {
        pending.append(s);
        if (pending.length() >= SIZE) {
            writePending();
        }
    }

    @Override
    public synchronized void flush() {
        writePending();
        out.flush();
    }

    /** Bytes go out after the text before them (the pending text first), unbuffered. */
    @Override
    public synchronized boolean writeBytes(byte[] data) {
        writePending();
        out.write(data, 0, data.length);
        return true;
    }

    /** Forgets the pending text, as a process ended by _exit(2) forgets its stdio buffers. */
    synchronized void discard() {
        pending.setLength(0);
    }

    private void writePending() {
        if (pending.length() > 0) {
            out.print(pending);
            pending.setLength(0);
        }
    }
}
