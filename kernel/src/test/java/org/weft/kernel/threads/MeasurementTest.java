package org.weft.kernel.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A measurement of a cell")
class MeasurementTest {

    private static final String WORK = """
            import threading, time
            def work(n):
                s = 0
                for i in range(n):
                    s += i
                return s
            """;

    /** The test thread runs other tests' Python too: its threads are no longer watched. */
    @AfterEach
    void forget() {
        org.weft.python.runtime.ThreadState.current().setObserver(null);
    }

    private static List<String> names(List<ThreadRow> rows) {
        return rows.stream().map(r -> r.name() == null ? "?" : r.name()).collect(Collectors.toList());
    }

    @Test
    @DisplayName("has one row for the cell's thread and one per thread it started, ended ones included")
    void rowsPerThread() {
        PythonRun p = new PythonRun();
        p.run(WORK);
        p.cell = 4;
        Measurement m = p.registry.open(p.main);
        p.run("""
                import _weft_threads
                def named(i):
                    _weft_threads.set_name(threading.get_ident(), "w%d" % i)
                    work(200_000)
                ts = [threading.Thread(target=named, args=(i,)) for i in range(3)]
                for t in ts: t.start()
                for t in ts: t.join()
                """);
        m.settle(id -> false);
        List<ThreadRow> rows = m.close();
        assertEquals(List.of("MainThread", "w0", "w1", "w2"), names(rows));
        for (ThreadRow r : rows.subList(1, 4)) {
            assertEquals(4, r.cell());
            assertFalse(r.alive(), "joined threads have ended");
            assertTrue(r.cpu() > 0, "a thread that looped used CPU");
            assertTrue(r.start() <= r.end() && r.end() <= m.wallNanos());
        }
        assertTrue(rows.get(0).alive(), "the cell's own thread still runs");
        assertTrue(rows.get(0).blocked() > 0, "the cell's thread waited in join()");
    }

    @Test
    @DisplayName("counts a sleep as blocked time, and a thread's children belong to its cell")
    void sleepAndCells() {
        PythonRun p = new PythonRun();
        p.run(WORK);
        p.cell = 2;
        p.run("""
                import _weft_threads
                go = threading.Event()
                def child():
                    _weft_threads.set_name(threading.get_ident(), "child")
                    time.sleep(0.2)
                def parent():
                    go.wait()
                    c = threading.Thread(target=child)
                    c.start()
                    c.join()
                pt = threading.Thread(target=parent)
                pt.start()
                """);
        p.cell = 3;
        Measurement m = p.registry.open(p.main);
        p.run("go.set(); pt.join()");
        m.settle(id -> false);
        List<ThreadRow> rows = m.close();
        ThreadRow child = rows.stream().filter(r -> "child".equals(r.name())).findFirst().orElseThrow();
        assertEquals(2, child.cell(), "started by a thread of cell 2");
        assertTrue(child.blocked() >= 150_000_000L, "slept 0.2 s: " + child.blocked());
        assertTrue(child.cpu() < child.blocked());
    }

    @Test
    @DisplayName("leaves out an older thread that stayed blocked, keeps one that worked")
    void olderThreads() {
        PythonRun p = new PythonRun();
        p.run(WORK + """
                import _weft_threads, queue
                jobs = queue.Queue()
                idle = threading.Event()
                def worker(name):
                    _weft_threads.set_name(threading.get_ident(), name)
                    while True:
                        n = jobs.get()
                        if n is None:
                            return
                        work(n)
                        jobs.task_done()
                def sleeper():
                    _weft_threads.set_name(threading.get_ident(), "idle")
                    idle.wait()
                w = threading.Thread(target=worker, args=("pool",)); w.start()
                s = threading.Thread(target=sleeper); s.start()
                time.sleep(0.05)
                """);
        Measurement m = p.registry.open(p.main);
        p.run("jobs.put(300_000); jobs.join()");
        m.settle(id -> true);
        List<String> seen = names(m.close());
        p.run("jobs.put(None); idle.set(); w.join(); s.join()");
        assertTrue(seen.contains("pool"), seen.toString());
        assertFalse(seen.contains("idle"), seen.toString());
    }

    @Test
    @DisplayName("samples lanes: running, waiting on a lock, sleeping, then done")
    void lanes() {
        PythonRun p = new PythonRun();
        p.run(WORK);
        Measurement m = p.registry.open(p.main);
        m.sample(1_000_000L);
        p.run("""
                import _weft_threads
                lock = threading.Lock()
                lock.acquire()
                def waiter():
                    _weft_threads.set_name(threading.get_ident(), "waiter")
                    with lock:
                        pass
                def sleeper():
                    _weft_threads.set_name(threading.get_ident(), "sleeper")
                    time.sleep(0.1)
                a = threading.Thread(target=waiter); a.start()
                b = threading.Thread(target=sleeper); b.start()
                time.sleep(0.1)
                lock.release()
                a.join(); b.join()
                """);
        m.settle(id -> false);
        List<ThreadRow> rows = m.close();
        assertTrue(m.samples() > 0);
        ThreadRow waiter = rows.stream().filter(r -> "waiter".equals(r.name())).findFirst().orElseThrow();
        ThreadRow sleeper = rows.stream().filter(r -> "sleeper".equals(r.name())).findFirst().orElseThrow();
        assertNotNull(waiter.lane());
        long[] w = waiter.lane().totals();
        long[] s = sleeper.lane().totals();
        assertTrue(w[LaneState.WAITING.ordinal()] > 0, "the waiter was seen waiting");
        assertTrue(s[LaneState.SLEEPING.ordinal()] > 0, "the sleeper was seen sleeping");
        assertEquals(LaneState.DONE, waiter.lane().state(waiter.lane().runs() - 1), "ends done");
    }

    @Test
    @DisplayName("keeps the CPU time of ended threads in the process's total")
    void processCpu() {
        PythonRun p = new PythonRun();
        p.run(WORK);
        long before = p.registry.processCpu();
        Measurement m = p.registry.open(p.main);
        p.run("t = threading.Thread(target=work, args=(500_000,)); t.start(); t.join()");
        m.settle(id -> false);
        long threadCpu = m.close().stream().filter(r -> r.record() != p.registry.main())
                .mapToLong(ThreadRow::cpu).sum();
        long after = p.registry.processCpu();
        assertTrue(threadCpu > 0);
        assertTrue(after - before >= threadCpu, "ended thread counted: " + (after - before) + " < " + threadCpu);
        long[] ticks = p.registry.clock().processTicks();
        if (java.nio.file.Files.exists(java.nio.file.Path.of("/proc/self/stat"))) {
            assertTrue(ticks[0] >= 0 && ticks[1] >= 0 && ticks[0] + ticks[1] > 0, java.util.Arrays.toString(ticks));
        }
    }
}
