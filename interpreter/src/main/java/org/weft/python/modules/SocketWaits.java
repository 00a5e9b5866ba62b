package org.weft.python.modules;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * Waiting until a socket's channel is ready, with the socket's timeout: channels stay non-blocking,
 * and a wait is a {@link Selector} polled in slices, so that the waiting thread notices
 * KeyboardInterrupt (DESIGN.md rule 7) and, with the GIL on, gives it up ({@link LockWaits}).
 * A selector of its own per wait: threads waiting on one socket (a reader and a writer) never
 * share one.
 */
final class SocketWaits {

    private SocketWaits() {
    }

    /** No timeout: wait as long as it takes. */
    static final long FOREVER = -1;

    /** Nanoseconds left until {@code deadline} (a {@link System#nanoTime} value; 0 for none). */
    static long left(long timeoutNanos, long deadline) {
        return timeoutNanos < 0 ? FOREVER : Math.max(0, deadline - System.nanoTime());
    }

    /**
     * Waits until {@code ch} is ready for {@code op}: returns normally when it is (or was closed,
     * which the retried operation reports), raises BlockingIOError when the socket does not block
     * and TimeoutError when {@code nanos} pass first.
     */
    static void await(PySocket owner, SelectableChannel ch, int op, long timeoutNanos, long deadline) {
        if (timeoutNanos == 0) {
            throw SocketErrors.withErrno(SocketErrors.EAGAIN);
        }
        long nanos = left(timeoutNanos, deadline);
        boolean ready;
        try (Selector sel = Selector.open()) {
            owner.waitStarted(sel);
            try {
                ch.register(sel, op);
                ready = LockWaits.await(n -> !ch.isOpen() || select(sel, n) > 0,
                        nanos == FOREVER ? LockWaits.FOREVER : nanos);
            } catch (java.nio.channels.ClosedChannelException e) {
                return;
            } finally {
                sel.close(); // lets a closed channel's descriptor go before close() stops waiting for it
                owner.waitEnded(sel);
            }
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (java.nio.channels.ClosedSelectorException | java.nio.channels.CancelledKeyException e) {
            return;
        }
        if (!ready) {
            throw SocketErrors.timedOut();
        }
    }

    /** One slice: a selector's select for at most {@code nanos} (0: only a look). */
    static int select(Selector sel, long nanos) {
        try {
            long ms = nanos / 1_000_000L;
            int n = ms <= 0 ? sel.selectNow() : sel.select(ms);
            sel.selectedKeys().clear();
            return n;
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    /** The interest set that means "readable" for this kind of channel. */
    static int readOp(SelectableChannel ch) {
        return (ch.validOps() & SelectionKey.OP_ACCEPT) != 0 ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
    }

    /** The interest set that means "writable": a connect under way becomes writable when it finishes. */
    static int writeOp(SelectableChannel ch) {
        if (ch instanceof java.nio.channels.SocketChannel sc && sc.isConnectionPending()) {
            return SelectionKey.OP_CONNECT;
        }
        return (ch.validOps() & SelectionKey.OP_WRITE) != 0 ? SelectionKey.OP_WRITE : 0;
    }
}
