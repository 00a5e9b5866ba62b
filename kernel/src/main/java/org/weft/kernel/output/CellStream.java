package org.weft.kernel.output;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.weft.protocol.Header;
import org.weft.python.runtime.Sinks;

/**
 * One cell's {@code stdout} or {@code stderr}: what any Python thread started by that cell writes,
 * published as {@code stream} messages whose parent is the cell's request, also after the cell has
 * finished (DESIGN.md, Kernel: output routing).
 *
 * <p>Text is batched: complete lines collect in {@code pending} and go out at the latest
 * {@link OutputFlusher#DELAY_MS} after they were written, so a loop that prints a million lines
 * sends thousands of messages, not a million. A line a thread has begun but not ended stays with
 * that thread ({@code partial}), so lines of several threads never interleave inside one line; a
 * partial line goes out when its thread ends it, flushes, or leaves it untouched for a flush period
 * (a progress dot printed with {@code end=""} still shows up).
 *
 * <p>Threads: every method holds this object's monitor; no Python code runs under it, and the
 * monitor is never held while publishing would block (publishing sends on IOPub at once, and a
 * PUB socket drops for a slow subscriber rather than wait).
 */
public final class CellStream implements Sinks.Output {
    private final String name;
    private final Header parent;
    private final StreamPublisher publisher;
    private final OutputFlusher flusher;
    private final StringBuilder pending = new StringBuilder();
    private final Map<Thread, Partial> partials = new HashMap<>();

    /** A line in progress on one thread, and when it was last written (for the stale rule). */
    private static final class Partial {
        final StringBuilder text = new StringBuilder();
        long touched;
    }

    public CellStream(String name, Header parent, StreamPublisher publisher, OutputFlusher flusher) {
        this.name = name;
        this.parent = parent;
        this.publisher = publisher;
        this.flusher = flusher;
    }

    public Header parent() {
        return parent;
    }

    @Override
    public void write(String s) {
        if (s.isEmpty()) {
            return;
        }
        synchronized (this) {
            Thread t = Thread.currentThread();
            Partial p = partials.get(t);
            int nl = s.lastIndexOf('\n');
            if (nl < 0) {
                if (p == null) {
                    p = new Partial();
                    partials.put(t, p);
                }
                p.text.append(s);
                p.touched = System.nanoTime();
            } else {
                if (p != null) {
                    pending.append(p.text);
                    p.text.setLength(0);
                }
                pending.append(s, 0, nl + 1);
                if (nl + 1 < s.length()) {
                    if (p == null) {
                        p = new Partial();
                        partials.put(t, p);
                    }
                    p.text.append(s, nl + 1, s.length());
                    p.touched = System.nanoTime();
                } else if (p != null) {
                    partials.remove(t);
                }
            }
        }
        flusher.schedule(this);
    }

    /** {@code sys.stdout.flush()}: the calling thread's partial line and everything pending go out now. */
    @Override
    public void flush() {
        synchronized (this) {
            Partial p = partials.remove(Thread.currentThread());
            if (p != null) {
                pending.append(p.text);
            }
            publishPending();
        }
    }

    /**
     * Publishes what is pending, with partial lines left alone for a flush period, or all partial
     * lines when {@code everything} (the cell's end, an error, a display, shutdown).
     * Returns true while partial lines remain, so the flusher comes back for them.
     */
    public boolean drain(boolean everything) {
        synchronized (this) {
            long staleBefore = System.nanoTime() - OutputFlusher.DELAY_MS * 1_000_000L;
            Iterator<Partial> it = partials.values().iterator();
            while (it.hasNext()) {
                Partial p = it.next();
                if (everything || p.touched - staleBefore <= 0) {
                    pending.append(p.text);
                    it.remove();
                }
            }
            publishPending();
            return !partials.isEmpty();
        }
    }

    /**
     * Publishes everything the cell whose sinks these are has written, stdout and stderr, so that
     * what comes next (a display, an error, a reply) follows it; returns the cell's parent header,
     * or null when the sinks are not a cell's.
     */
    public static Header flushCell(Sinks sinks) {
        if (sinks == null || !(sinks.stdout() instanceof CellStream out)) {
            return null;
        }
        out.drain(true);
        if (sinks.stderr() instanceof CellStream err) {
            err.drain(true);
        }
        return out.parent();
    }

    private void publishPending() {
        if (pending.length() > 0) {
            String text = pending.toString();
            pending.setLength(0);
            publisher.publishStream(parent, name, text);
        }
    }
}
