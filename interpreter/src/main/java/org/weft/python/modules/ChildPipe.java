package org.weft.python.modules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * One output stream (stdout or stderr) of a child process that Python reads through
 * {@code subprocess.PIPE}. A daemon thread of its own reads the stream to its end into a buffer, so
 * a child never stalls on a full pipe while Python waits for it, {@code communicate} can time out
 * and resume without losing data, and every wait here is a monitor wait that wakes for
 * KeyboardInterrupt ({@link LockWaits}), which a blocked {@code InputStream.read} would not.
 *
 * <p>Threads: the buffer is guarded by this object's monitor; the pump thread runs no Python code.
 */
final class ChildPipe {

    private byte[] buf = new byte[8192];
    private int start;
    private int end;
    private boolean eof;
    /** Python closed its end: what the child still writes is read and dropped. */
    private boolean closed;
    /** Set when this pipe became another child's stdin (a pipeline): the bytes go there instead. */
    private ChildCopier.Target forward;

    private ChildPipe() {
    }

    /** Starts the pump thread that reads {@code in} to its end. */
    static ChildPipe pump(InputStream in, String threadName) {
        ChildPipe pipe = new ChildPipe();
        Thread t = new Thread(() -> pipe.drain(in), threadName);
        t.setDaemon(true);
        t.start();
        return pipe;
    }

    private void drain(InputStream in) {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                ChildCopier.Target to = appendOrForward(chunk, n);
                if (to != null) {
                    to.write(chunk, n);
                }
            }
        } catch (IOException e) {
            // the stream was closed under us (process destroyed), or the pipeline's reader went away
        } finally {
            ChildCopier.Target to;
            synchronized (this) {
                eof = true;
                to = forward;
                notifyAll();
            }
            finish(to);
        }
    }

    private static void finish(ChildCopier.Target to) {
        if (to != null) {
            try {
                to.finish();
            } catch (IOException e) {
                // the reading child is gone
            }
        }
    }

    /**
     * From now on the child's output goes to {@code to} (another child's stdin), starting with what
     * is buffered. Python no longer reads this pipe, as its fd would be handed over in CPython.
     */
    void forwardTo(ChildCopier.Target to) throws IOException {
        boolean ended;
        synchronized (this) {
            if (end > start) {
                to.write(Arrays.copyOfRange(buf, start, end), end - start);
            }
            start = end;
            forward = to;
            ended = eof;
        }
        if (ended) {
            finish(to);
        }
    }

    /** Buffers the chunk, or returns where it must go instead (the drain thread writes it, unlocked). */
    private synchronized ChildCopier.Target appendOrForward(byte[] chunk, int n) {
        if (forward != null) {
            return forward;
        }
        append(chunk, n);
        return null;
    }

    private void append(byte[] chunk, int n) {
        if (closed) {
            return;
        }
        if (end + n > buf.length) {
            int live = end - start;
            byte[] grown = live + n > buf.length ? new byte[Math.max(buf.length * 2, live + n)] : buf;
            System.arraycopy(buf, start, grown, 0, live);
            buf = grown;
            start = 0;
            end = live;
        }
        System.arraycopy(chunk, 0, buf, end, n);
        end += n;
        notifyAll();
    }

    /** What a wait waits for, evaluated under the monitor. */
    private interface Ready {
        boolean test();
    }

    /** Waits (interruptibly, without the GIL) until {@code ready}; false when {@code timeoutNanos} passed. */
    private boolean await(Ready ready, long timeoutNanos) {
        synchronized (this) {
            if (ready.test()) {
                return true;
            }
        }
        return LockWaits.await(nanos -> {
            synchronized (this) {
                if (!ready.test() && nanos > 0) {
                    TimeUnit.NANOSECONDS.timedWait(this, nanos);
                }
                return ready.test();
            }
        }, timeoutNanos);
    }

    /** True when the child closed the stream (or the timeout passed first: false). */
    boolean awaitEof(long timeoutNanos) {
        return await(() -> eof, timeoutNanos);
    }

    private byte[] take(int n) {
        int k = n < 0 ? end - start : Math.min(n, end - start);
        byte[] out = Arrays.copyOfRange(buf, start, start + k);
        start += k;
        return out;
    }

    /** {@code read(n)}: n bytes, fewer only at the end; n < 0: everything to the end. */
    byte[] read(int n) {
        await(() -> eof || (n >= 0 && end - start >= n), LockWaits.FOREVER);
        synchronized (this) {
            return take(n);
        }
    }

    /** {@code read1(n)}: what is there, waiting only while nothing is; empty at the end. */
    byte[] read1(int n) {
        await(() -> eof || end > start || n == 0, LockWaits.FOREVER);
        synchronized (this) {
            return take(n);
        }
    }

    /** Through the next newline (included), at most {@code limit} bytes when limit >= 0. */
    byte[] readline(int limit) {
        await(() -> eof || newlineWithin(limit) >= 0 || (limit >= 0 && end - start >= limit), LockWaits.FOREVER);
        synchronized (this) {
            int nl = newlineWithin(limit);
            return take(nl >= 0 ? nl - start + 1 : limit);
        }
    }

    private int newlineWithin(int limit) {
        int stop = limit < 0 ? end : Math.min(end, start + limit);
        for (int i = start; i < stop; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Everything read so far, leaving it buffered (the partial output a timeout reports). */
    synchronized byte[] peek() {
        return Arrays.copyOfRange(buf, start, end);
    }

    /** Everything read so far, consumed. */
    synchronized byte[] takeAll() {
        return take(-1);
    }

    synchronized void close() {
        closed = true;
        buf = new byte[0];
        start = 0;
        end = 0;
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
