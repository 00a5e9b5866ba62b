package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** bytearray under concurrent use (DESIGN.md rule 2) and while a memoryview exports it. */
@DisplayName("PyByteArray")
class PyByteArrayTest {

    @Test
    @DisplayName("concurrent extends and appends lose no byte, and readers never fail")
    void concurrentWrites() throws InterruptedException {
        PyByteArray ba = new PyByteArray();
        int threads = 8;
        int rounds = 2000;
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            byte mark = (byte) t;
            all.add(new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        Ops.callMethod(ba, "extend", PyBytes.of(new byte[] {mark, mark, mark}));
                        ba.append(mark);
                        ByteView v = ba.view();
                        assertTrue(v.n() <= v.buf().length);
                        if (i % 250 == 0) {
                            Ops.repr(ba);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        all.forEach(Thread::start);
        start.countDown();
        for (Thread t : all) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(threads * rounds * 4, ba.size());
        int[] counts = new int[threads];
        for (byte b : ba.toByteArray()) {
            counts[b]++;
        }
        for (int c : counts) {
            assertEquals(rounds * 4, c);
        }
    }

    @Test
    @DisplayName("cannot change size inside a memoryview's with block, but can after release")
    void exports() {
        PyByteArray ba = new PyByteArray(new byte[] {1, 2});
        PyMemoryView mv = PyMemoryView.of(ba);
        ba.append((byte) 7); // a view outside a with block does not lock (see PyMemoryView)
        Ops.callMethod(mv, "__enter__");
        PyException e = assertThrows(PyException.class, () -> ba.append((byte) 3));
        assertTrue(e.matches(PyExc.BufferError));
        ba.set(0, (byte) 9);
        assertEquals(9, ((PyInt) Ops.getitem(mv, PyInt.of(0))).longValue());
        mv.release();
        ba.append((byte) 3);
        assertEquals(4, ba.size());
    }
}
