package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DESIGN.md's free-threading rules 2-5 for list, dict and set: atomic operations stay atomic under
 * contention, mixed mutations leave the containers consistent, iteration during a change raises
 * CPython's RuntimeError (never a Java exception), and a key's Python {@code __eq__} running while
 * another thread writes the same dict or set cannot deadlock.
 */
class ContainerConcurrencyTest {

    private static final int THREADS = 4;

    /** Runs {@code body(threadIndex)} on THREADS threads at once; rethrows the first failure. */
    private static void race(ThreadBody body) throws InterruptedException {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    body.run(id);
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            th.start();
            ts.add(th);
        }
        start.countDown();
        for (Thread th : ts) {
            th.join(120_000);
            assertTrue(!th.isAlive(), "a thread did not finish (deadlock?)");
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("a thread failed", errors.peek());
        }
    }

    @FunctionalInterface
    interface ThreadBody {
        void run(int thread) throws Exception;
    }

    @Test
    @DisplayName("4 threads x 250,000 list.append give exactly 1,000,000 items")
    void appendIsAtomic() throws InterruptedException {
        PyList l = new PyList();
        PyObject append = Ops.getattr(l, "append");
        race(t -> {
            for (int i = 0; i < 250_000; i++) {
                Ops.call(append, PyInt.of(i));
            }
        });
        assertEquals(1_000_000, l.size());
        assertEquals(1_000_000, l.snapshot().length);
    }

    @Test
    @DisplayName("ints appended by 4 threads while one also appends strs: the switch from longs loses none")
    void appendDuringStorageSwitch() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            PyList l = new PyList();
            race(t -> {
                for (int i = 0; i < 5_000; i++) {
                    l.append(t == 3 && i == 2_000 ? new PyStr("s") : PyInt.of(1_000 + i));
                }
            });
            assertEquals(20_000, l.size());
            long sum = 0;
            int strs = 0;
            for (PyObject x : l.snapshot()) {
                if (x instanceof PyStr) {
                    strs++;
                } else {
                    sum += ((PyInt) x).longValue();
                }
            }
            assertEquals(1, strs);
            assertEquals(4L * (1_000 * 5_000 + 5_000L * 4_999 / 2) - (1_000 + 2_000), sum);
        }
    }

    @Test
    @DisplayName("concurrent d[k] = v of distinct keys loses none, across many resizes")
    void dictSetItemLosesNothing() throws InterruptedException {
        PyDict d = new PyDict();
        race(t -> {
            for (int i = 0; i < 100_000; i++) {
                d.setItem(PyInt.of(i * THREADS + t), PyInt.of(i));
            }
        });
        assertEquals(400_000, d.size());
        for (int k = 0; k < 400_000; k++) {
            PyObject v = d.getItem(PyInt.of(k));
            assertNotNull(v, "lost key " + k);
            assertEquals(k / THREADS, ((PyInt) v).longValue());
        }
    }

    @Test
    @DisplayName("concurrent set.add of distinct and shared elements loses none")
    void setAddLosesNothing() throws InterruptedException {
        PySet s = new PySet();
        race(t -> {
            for (int i = 0; i < 100_000; i++) {
                s.add(PyInt.of(i * THREADS + t));
                s.add(PyStr.of("shared" + (i % 100)));
            }
        });
        assertEquals(400_100, s.size());
        assertEquals(400_100, Sequences.toArray(s).length);
    }

    private static boolean expected(PyException e) {
        String m = Ops.str(e.value()).value();
        return e.matches(PyExc.IndexError) || m.equals("list modified during sort");
    }

    @Test
    @DisplayName("mixed list mutations from 4 threads leave a consistent list")
    void listStaysConsistent() throws InterruptedException {
        PyList l = new PyList();
        AtomicBoolean stop = new AtomicBoolean();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        race(t -> {
            Random rnd = new Random(t);
            while (System.nanoTime() < end && !stop.get()) {
                try {
                    mutateList(l, rnd);
                } catch (PyException e) {
                    if (!expected(e)) {
                        stop.set(true);
                        throw e;
                    }
                }
            }
        });
        PyObject[] items = l.snapshot();
        assertEquals(l.size(), items.length);
        for (PyObject x : items) {
            assertTrue(x instanceof PyInt, "a hole or foreign object in the list");
        }
    }

    private static void mutateList(PyList l, Random rnd) {
        PyInt x = PyInt.of(rnd.nextInt(1000));
        switch (rnd.nextInt(10)) {
            case 0, 1 -> Ops.callMethod(l, "append", x);
            case 2 -> Ops.callMethod(l, "pop");
            case 3 -> Ops.callMethod(l, "insert", PyInt.of(rnd.nextInt(20) - 10), x);
            case 4 -> Ops.delitem(l, PyInt.of(0));
            case 5 -> {
                if (rnd.nextInt(20) == 0) {
                    Ops.callMethod(l, "sort");
                }
            }
            case 6 -> {
                if (rnd.nextInt(50) == 0) {
                    Ops.callMethod(l, "clear");
                }
            }
            case 7 -> Ops.setitem(l, new PySlice(PyInt.of(1), PyInt.of(3), PyNone.NONE), PyList.of(x, x, x));
            case 8 -> Ops.getitem(l, new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(-1)));
            default -> Ops.callMethod(l, "extend", PyList.of(x, x));
        }
    }

    @Test
    @DisplayName("mixed dict mutations and iteration from 4 threads keep every invariant")
    void dictStaysConsistent() throws InterruptedException {
        PyDict d = new PyDict();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        race(t -> {
            Random rnd = new Random(t);
            while (System.nanoTime() < end) {
                try {
                    mutateDict(d, rnd);
                } catch (PyException e) {
                    String m = Ops.str(e.value()).value();
                    if (!e.matches(PyExc.KeyError) && !m.equals("dictionary changed size during iteration")
                            && !m.equals("dictionary keys changed during iteration")) {
                        throw e;
                    }
                }
            }
        });
        PyDict.Snapshot s = d.snapshot();
        assertEquals(d.size(), s.size());
        for (int i = 0; i < s.size(); i++) {
            long k = ((PyInt) s.keys()[i]).longValue();
            assertEquals(2 * k, ((PyInt) s.values()[i]).longValue(), "value of " + k);
            assertEquals(s.values()[i], d.getItem(s.keys()[i]));
        }
    }

    private static void mutateDict(PyDict d, Random rnd) {
        int k = rnd.nextInt(2000);
        PyInt key = PyInt.of(k);
        switch (rnd.nextInt(10)) {
            case 0, 1, 2 -> Ops.setitem(d, key, PyInt.of(2L * k));
            case 3 -> Ops.delitem(d, key);
            case 4 -> {
                PyDict other = new PyDict();
                for (int i = 0; i < 50; i++) {
                    other.setItem(PyInt.of(k + i), PyInt.of(2L * (k + i)));
                }
                Ops.callMethod(d, "update", other);
            }
            case 5 -> {
                if (rnd.nextInt(100) == 0) {
                    Ops.callMethod(d, "clear");
                }
            }
            case 6 -> Ops.callMethod(d, "setdefault", key, PyInt.of(2L * k));
            case 7 -> Ops.callMethod(d, "pop", key, PyNone.NONE);
            case 8 -> {
                PyObject it = Ops.iter(Ops.callMethod(d, "items"));
                for (PyObject kv; (kv = Ops.next(it)) != null;) {
                    PyObject[] p = ((PyTuple) kv).items();
                    assertEquals(2 * ((PyInt) p[0]).longValue(), ((PyInt) p[1]).longValue());
                }
            }
            default -> {
                PyObject v = d.getItem(key);
                assertTrue(v == null || ((PyInt) v).longValue() == 2L * k);
            }
        }
    }

    /**
     * A key type written in Java whose {@code __eq__} blocks until a latch opens: it stands for a
     * Python {@code __eq__} that waits for another thread.
     */
    static final class BlockingKey extends PyObject {
        static final PyType TYPE = PyType.builtin("BlockingKey", BlockingKey.class, () -> PyObject.TYPE, b -> {
            b.method0("__hash__", self -> PyInt.of(42));
            b.method1("__eq__", (self, o) -> {
                BlockingKey k = (BlockingKey) self;
                try {
                    k.gate.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return PyBool.of(self == o);
            });
        });

        final CountDownLatch gate;

        BlockingKey(CountDownLatch gate) {
            super(TYPE);
            this.gate = gate;
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("a key's __eq__ that waits for another thread's write to the same dict does not deadlock")
    void eqWaitingForWriterDoesNotDeadlock() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        PyDict d = new PyDict();
        d.setItem(new BlockingKey(gate), PyInt.of(1));
        PySet s = new PySet();
        s.add(new BlockingKey(gate));
        Thread a = new Thread(() -> {
            d.setItem(new BlockingKey(gate), PyInt.of(2)); // compares with the first key: blocks
            s.add(new BlockingKey(gate));
        });
        a.start();
        Thread.sleep(100);
        d.setItem(PyStr.of("other"), PyInt.of(3)); // must not wait for thread a's comparison
        s.add(PyStr.of("other"));
        assertEquals(PyInt.of(3).longValue(), ((PyInt) d.getItem(PyStr.of("other"))).longValue());
        gate.countDown();
        a.join(10_000);
        assertTrue(!a.isAlive());
        assertEquals(3, d.size());
        assertEquals(3, s.size());
    }

    @Test
    @DisplayName("changing a dict or set while iterating it raises CPython's RuntimeError")
    void iterationDuringChange() {
        PyDict d = new PyDict();
        d.setItem(PyInt.of(1), PyInt.of(1));
        PyObject it = Ops.iter(d);
        Ops.next(it);
        d.setItem(PyInt.of(2), PyInt.of(2));
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> Ops.next(it));
        assertEquals("dictionary changed size during iteration", Ops.str(e.value()).value());
        PySet s = new PySet();
        s.add(PyInt.of(1));
        PyObject si = Ops.iter(s);
        s.add(PyInt.of(2));
        e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> Ops.next(si));
        assertEquals("Set changed size during iteration", Ops.str(e.value()).value());
    }
}
