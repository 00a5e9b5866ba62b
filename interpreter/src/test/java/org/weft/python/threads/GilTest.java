package org.weft.python.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.weft.python.Interpreter;
import org.weft.python.runtime.PyExc;

/**
 * GIL mode (DESIGN.md, free-threading rule 8): with it on, only one thread runs Python code at a
 * time, blocking calls let the others run, and the kernel can switch it while threads run.
 */
@DisplayName("GIL mode")
@Timeout(120)
class GilTest {

    /**
     * Each thread counts itself into a shared list and reads its length, with no poll point (loop
     * back-edge, Python call) between the append and the pop: under the GIL no other thread can be
     * inside, so the largest length seen is 1.
     */
    private static final String OVERLAP = """
            import threading, sys
            inside = []
            seen = [0]
            def work():
                for i in range(200000):
                    inside.append(1); n = len(inside); seen[0] = n if n > seen[0] else seen[0]; inside.pop()
            ts = [threading.Thread(target=work) for _ in range(4)]
            for t in ts: t.start()
            for t in ts: t.join()
            print(sys._is_gil_enabled(), seen[0])
            """;

    private static String runToEnd(Interpreter py, String source) throws InterruptedException {
        PyRun run = new PyRun(py, source);
        try {
            assertTrue(run.join(60_000), "the cell hung: " + run.describe());
            assertNull(run.result().exception(), run.describe());
            return run.out();
        } finally {
            run.kill();
        }
    }

    @Test
    @DisplayName("with the GIL on, threads never run Python code at the same time")
    void gilSerializes() throws InterruptedException {
        Interpreter py = new Interpreter();
        py.setGilEnabled(true);
        assertEquals("True 1\n", runToEnd(py, OVERLAP));
    }

    @Test
    @DisplayName("sys reports the GIL and keeps the switch interval as CPython does")
    void sysFunctions() throws InterruptedException {
        Interpreter py = new Interpreter();
        String out = runToEnd(py, """
                import sys
                print(sys._is_gil_enabled(), sys.getswitchinterval())
                sys.setswitchinterval(0.001)
                print(sys.getswitchinterval())
                for bad in (0, -1.0, 'a'):
                    try:
                        sys.setswitchinterval(bad)
                    except (ValueError, TypeError) as e:
                        print(type(e).__name__, e)
                """);
        assertEquals("False 0.005\n0.001\nValueError switch interval must be strictly positive\n"
                + "ValueError switch interval must be strictly positive\nTypeError must be real number, not str\n", out);
    }

    @Test
    @DisplayName("a sleeping or waiting thread lets the others run")
    void blockingCallsReleaseTheGil() throws InterruptedException {
        Interpreter py = new Interpreter();
        py.setGilEnabled(true);
        String out = runToEnd(py, """
                import threading, time, queue
                q = queue.Queue()
                ev = threading.Event()
                counter = [0]
                def sleeper():
                    # The main thread can only count while this one sleeps if sleep releases the
                    # GIL; the sleeper waits (up to 5 s, for a loaded machine) until it has counted.
                    start = counter[0]
                    for _ in range(250):
                        time.sleep(0.02)
                        if counter[0] > start:
                            break
                    q.put(('slept', counter[0] > start))
                def waiter():
                    ev.wait()
                    q.put(('woke', True))
                ts = [threading.Thread(target=sleeper), threading.Thread(target=waiter)]
                for t in ts: t.start()
                while q.empty():
                    counter[0] += 1
                ev.set()
                for t in ts: t.join()
                print(sorted([q.get(), q.get()]))
                """);
        assertEquals("[('slept', True), ('woke', True)]\n", out);
    }

    @Test
    @DisplayName("the GIL switched on and off while threads spin: they keep running and finish")
    void switchWhileRunning() throws InterruptedException {
        Interpreter py = new Interpreter();
        PyRun run = new PyRun(py, """
                import threading
                stop = []
                counts = [0] * 4
                def work(k):
                    while not stop:
                        counts[k] += 1
                ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                for t in ts: t.start()
                ready = 1
                for t in ts: t.join()
                print(all(c > 0 for c in counts))
                """);
        try {
            run.awaitGlobal("ready");
            for (int i = 0; i < 20; i++) {
                py.setGilEnabled(i % 2 == 0);
                Thread.sleep(10);
            }
            py.setGilEnabled(true);
            py.eval("stop.append(1)", py.mainModule());
            assertTrue(run.join(30_000), "threads hung after switching the GIL: " + run.describe());
            assertNull(run.result().exception(), run.describe());
            assertEquals("True\n", run.out());
        } finally {
            run.kill();
        }
    }

    @Test
    @DisplayName("with the GIL on, a spinning thread is still interrupted")
    void interruptUnderGil() throws InterruptedException {
        Interpreter py = new Interpreter();
        py.setGilEnabled(true);
        PyRun run = new PyRun(py, """
                import threading
                def spin():
                    while True: pass
                threading.Thread(target=spin, daemon=True).start()
                ready = 1
                while True: pass
                """);
        try {
            run.awaitGlobal("ready");
            Thread.sleep(50);
            py.interruptMain();
            assertTrue(run.join(5_000), run.describe());
            assertEquals(PyExc.KeyboardInterrupt, run.result().exception().value().type(), run.describe());
        } finally {
            run.kill();
            py.setGilEnabled(false);
        }
    }

    @Test
    @DisplayName("two threads importing one module under the GIL get one module, no deadlock")
    void importUnderGil() throws InterruptedException {
        Interpreter py = new Interpreter();
        py.setGilEnabled(true);
        String out = runToEnd(py, """
                import threading
                got = []
                def imp():
                    import json, fractions, decimal
                    got.append(json)
                ts = [threading.Thread(target=imp) for _ in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(len(got), all(m is got[0] for m in got))
                """);
        assertEquals("4 True\n", out);
    }
}
