package org.weft.python.modules;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.IdentityHashMap;
import java.util.Map;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;

/**
 * The wait under {@code select.select} and the selectors module: which of some sockets are ready
 * to read (or accept) and to write (or have finished connecting), waiting up to a timeout on one
 * java.nio {@link Selector}, in slices that notice KeyboardInterrupt ({@link LockWaits}).
 * CPython: select_select_impl in selectmodule.c.
 */
final class SocketSelect {

    private SocketSelect() {
    }

    /**
     * {@code readers} and {@code writers} are sequences of {@link PySocket}s; returns the indices
     * of the ready ones in each, as a pair of lists.
     */
    static PyObject select(PyObject readers, PyObject writers, long timeoutNanos) {
        PySocket[] r = sockets(readers);
        PySocket[] w = sockets(writers);
        Map<SelectableChannel, Integer> interest = new IdentityHashMap<>();
        for (PySocket s : r) {
            add(interest, s, s.readInterest());
        }
        for (PySocket s : w) {
            add(interest, s, s.writeInterest());
        }
        Map<SelectableChannel, Integer> ready = new IdentityHashMap<>();
        try (Selector sel = Selector.open()) {
            for (var e : interest.entrySet()) {
                if (e.getValue() != 0) {
                    e.getKey().register(sel, e.getValue());
                }
            }
            for (PySocket s : r) {
                s.waitStarted(sel);
            }
            for (PySocket s : w) {
                s.waitStarted(sel);
            }
            try {
                LockWaits.await(n -> look(sel, n), timeoutNanos < 0 ? LockWaits.FOREVER : timeoutNanos);
            } finally {
                for (var k : sel.selectedKeys()) {
                    ready.put(k.channel(), k.readyOps());
                }
                sel.close(); // lets a closed channel's descriptor go before close() stops waiting for it
                for (PySocket s : r) {
                    s.waitEnded(sel);
                }
                for (PySocket s : w) {
                    s.waitEnded(sel);
                }
            }
        } catch (ClosedChannelException e) {
            throw SocketErrors.withErrno(SocketErrors.EBADF);
        } catch (IOException e) {
            throw SocketErrors.of(e);
        } catch (RuntimeException e) {
            throw PySocket.rethrow(e);
        }
        return PyTuple.of(indices(r, ready, true), indices(w, ready, false));
    }

    private static boolean look(Selector sel, long nanos) {
        try {
            long ms = nanos / 1_000_000L;
            int n = ms <= 0 ? sel.selectNow() : sel.select(ms);
            return n > 0 || !sel.selectedKeys().isEmpty();
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    private static void add(Map<SelectableChannel, Integer> interest, PySocket s, int ops) {
        SelectableChannel ch = s.channel();
        if (ch != null) {
            interest.merge(ch, ops, (a, b) -> a | b);
        }
    }

    private static PySocket[] sockets(PyObject seq) {
        PyObject[] items = seq instanceof PyTuple t ? t.items() : ((PyTuple) Ops.call(PyTuple.TYPE, seq)).items();
        PySocket[] out = new PySocket[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PySocket s)) {
                throw PyErr.typeError("select(): not a socket: '%s'", Ops.typeName(items[i]));
            }
            out[i] = s;
        }
        return out;
    }

    private static PyObject indices(PySocket[] socks, Map<SelectableChannel, Integer> ready, boolean reading) {
        PyList out = PyList.of();
        for (int i = 0; i < socks.length; i++) {
            SelectableChannel ch = socks[i].channelOrNull();
            Integer ops = ch == null ? null : ready.get(ch);
            int want = reading ? SelectionKey.OP_READ | SelectionKey.OP_ACCEPT
                    : SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT;
            if (ops != null && (ops & want) != 0) {
                out.append(PyInt.of(i));
            }
        }
        return out;
    }
}
