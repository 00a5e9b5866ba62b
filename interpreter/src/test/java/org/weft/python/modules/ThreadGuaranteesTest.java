package org.weft.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;

/**
 * The free-threading guarantees of DESIGN.md checked from Python through the embedding API:
 * several threads hammer one object at once, and the program prints what it found.
 */
@DisplayName("Python threads keep the free-threading guarantees")
@Timeout(120)
class ThreadGuaranteesTest {

    /** Runs {@code source} as a cell of a fresh interpreter; returns stdout, failing on an exception. */
    private static String run(String source) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Sinks sinks = new Sinks(s -> {
            synchronized (out) {
                out.append(s);
            }
        }, s -> {
            synchronized (err) {
                err.append(s);
            }
        }, () -> null);
        Interpreter py = new Interpreter();
        RunResult r = py.runCell(source, "<test>", sinks);
        if (r.exception() != null) {
            fail(String.join("", py.formatException(r.exception())) + "\nstderr: " + err);
        }
        synchronized (out) {
            return out.toString();
        }
    }

    @Test
    @DisplayName("queue.Queue.shutdown (Python 3.13): puts refused, gets drain then raise, blocked threads wake")
    void queueShutdown() {
        // CPython 3.11 (the golden programs' oracle) has no shutdown: the expected lines follow the
        // 3.13 documentation of Queue.shutdown and queue.ShutDown.
        String out = run("""
                import queue, threading, time
                q = queue.Queue()
                for i in range(3): q.put(i)
                q.shutdown()
                try: q.put(9)
                except queue.ShutDown: print("put after shutdown: ShutDown")
                print([q.get() for _ in range(3)], q.qsize(), q.is_shutdown)
                try: q.get()
                except queue.ShutDown: print("get on empty shut-down queue: ShutDown")
                try: q.get(block=False)
                except queue.ShutDown: print("get_nowait: ShutDown")
                q2 = queue.Queue(); out = []
                def getter():
                    try: q2.get()
                    except queue.ShutDown: out.append("woken with ShutDown")
                t = threading.Thread(target=getter); t.start(); time.sleep(0.05); q2.shutdown(); t.join(); print(out)
                q3 = queue.Queue(maxsize=1); q3.put(1); res = []
                def putter():
                    try: q3.put(2)
                    except queue.ShutDown: res.append("blocked put: ShutDown")
                t = threading.Thread(target=putter); t.start(); time.sleep(0.05); q3.shutdown(); t.join(); print(res, q3.get())
                q4 = queue.Queue()
                for i in range(4): q4.put(i)
                q4.get(); q4.task_done()
                done = []
                j = threading.Thread(target=lambda: (q4.join(), done.append("join returned"))); j.start(); time.sleep(0.05)
                q4.shutdown(immediate=True); j.join(); print(done, q4.qsize(), q4.unfinished_tasks)
                try: q4.get()
                except queue.ShutDown: print("immediate: ShutDown")
                for cls in (queue.LifoQueue, queue.PriorityQueue):
                    q5 = cls(); q5.put(2); q5.put(1); q5.shutdown(); print(cls.__name__, q5.get(), q5.get())
                print(issubclass(queue.ShutDown, Exception), "ShutDown" in queue.__all__)
                """);
        assertEquals("""
                put after shutdown: ShutDown
                [0, 1, 2] 0 True
                get on empty shut-down queue: ShutDown
                get_nowait: ShutDown
                ['woken with ShutDown']
                ['blocked put: ShutDown'] 1
                ['join returned'] 0 0
                immediate: ShutDown
                LifoQueue 1 2
                PriorityQueue 1 2
                True True
                """, out);
    }

    @Test
    @DisplayName("4 threads x 250,000 list.append leave exactly 1,000,000 items")
    void concurrentAppends() {
        String out = run("""
                import threading
                lst = []
                def work():
                    append = lst.append
                    for i in range(250000):
                        append(i)
                ts = [threading.Thread(target=work) for _ in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(len(lst), sum(lst))
                """);
        assertEquals("1000000 124999500000\n", out);
    }

    @Test
    @DisplayName("concurrent d[k] = v on distinct keys loses none")
    void distinctKeyDictWrites() {
        String out = run("""
                import threading
                d = {}
                def work(base):
                    for i in range(50000):
                        d[base + i] = i
                ts = [threading.Thread(target=work, args=(k * 1000000,)) for k in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(len(d), all(d[k * 1000000 + i] == i for k in range(4) for i in range(0, 50000, 997)))
                """);
        assertEquals("200000 True\n", out);
    }

    @Test
    @DisplayName("time.thread_time() counts the calling thread's CPU time only")
    void threadTimePerThread() {
        String out = run("""
                import threading, time
                result = {}
                def sleeper():
                    t0 = time.thread_time()
                    time.sleep(0.3)
                    result['sleeper'] = time.thread_time() - t0
                def spinner():
                    # Spin until this thread has used 0.1 s of CPU (the machine may be busy).
                    t0 = time.thread_time()
                    end = time.monotonic() + 60
                    while time.thread_time() - t0 < 0.1 and time.monotonic() < end:
                        pass
                    result['spinner'] = time.thread_time() - t0
                main0 = time.thread_time()
                ts = [threading.Thread(target=sleeper), threading.Thread(target=spinner)]
                for t in ts: t.start()
                for t in ts: t.join()
                main = time.thread_time() - main0
                print(result['sleeper'] < 0.05, result['spinner'] >= 0.1, main < 0.05)
                """);
        assertEquals("True True True\n", out);
    }

    @Test
    @DisplayName("deep recursion in a thread raises RecursionError in that thread only")
    void recursionErrorStaysInItsThread() {
        String out = run("""
                import threading, sys
                def down(n):
                    return 0 if n == 0 else 1 + down(n - 1)
                caught = []
                def deep():
                    try:
                        down(100000)
                    except RecursionError as e:
                        caught.append(str(e))
                def fine():
                    caught.append(down(900))
                ts = [threading.Thread(target=deep), threading.Thread(target=fine)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(sorted(map(str, caught)))
                print(down(900))
                """);
        assertEquals("['900', 'maximum recursion depth exceeded']\n900\n", out);
    }

    @Test
    @DisplayName("a thread may raise its recursion limit to 10,000 without overflowing the JVM stack")
    void highRecursionLimitInThread() {
        String out = run("""
                import threading, sys
                sys.setrecursionlimit(10500)
                def down(n):
                    return 0 if n == 0 else 1 + down(n - 1)
                r = []
                t = threading.Thread(target=lambda: r.append(down(10000)))
                t.start(); t.join()
                print(r)
                """);
        assertEquals("[10000]\n", out);
    }

    @Test
    @DisplayName("two threads importing one module get one module object, executed once")
    void oneImport(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("slowmod.py"), """
                import sys, time
                sys.slowmod_runs = getattr(sys, 'slowmod_runs', 0) + 1
                time.sleep(0.2)
                value = object()
                """);
        String out = run("""
                import sys, threading
                sys.path.insert(0, %s)
                got = []
                def imp():
                    import slowmod
                    got.append(slowmod)
                ts = [threading.Thread(target=imp) for _ in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(len(got), len(set(map(id, got))), sys.slowmod_runs)
                """.formatted(pyString(dir.toString())));
        assertEquals("4 1 1\n", out);
    }

    @Test
    @DisplayName("KeyboardInterrupt wakes a thread blocked in Lock.acquire within 100 ms")
    void interruptWakesLockAcquire() {
        String out = run("""
                import _thread, threading, time
                lock = threading.Lock()
                lock.acquire()
                woke = []
                def blocked():
                    try:
                        lock.acquire()
                    except KeyboardInterrupt:
                        woke.append(time.monotonic())
                t = threading.Thread(target=blocked)
                t.start()
                time.sleep(0.1)
                sent = time.monotonic()
                print(_thread._interrupt_thread(t.ident))
                t.join()
                print(len(woke), woke[0] - sent < 0.1)
                """);
        assertEquals("True\n1 True\n", out);
    }

    @Test
    @DisplayName("_thread.interrupt_main() raises KeyboardInterrupt in the main thread")
    void interruptMain() {
        String out = run("""
                import _thread, threading, time
                threading.Timer(0.05, _thread.interrupt_main).start()
                try:
                    time.sleep(5)
                    print("not interrupted")
                except KeyboardInterrupt:
                    print("interrupted")
                """);
        assertEquals("interrupted\n", out);
    }

    @Test
    @DisplayName("thread output goes to the sinks of the run that started the thread")
    void outputFollowsTheStartingRun() {
        String out = run("""
                import threading
                t = threading.Thread(target=print, args=("from thread",))
                t.start(); t.join()
                """);
        assertEquals("from thread\n", out);
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
