package org.weft.python.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;

/**
 * One thread table per interpreter ({@link PythonThreads}): {@code threading.main_thread()},
 * {@code _thread._main_ident()}, {@code _thread._count()} and the embedding API agree on it.
 */
@DisplayName("the main thread and the thread table")
@Timeout(60)
class MainThreadTest {

    /** Runs {@code source} as a cell on a new Java thread (before it, {@code before} on that thread); returns its output. */
    private static String runOn(Interpreter py, String source, Runnable before) throws InterruptedException {
        StringBuffer out = new StringBuffer();
        AtomicReference<RunResult> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            before.run();
            result.set(py.runCell(source, "<cell>", new Sinks(out::append, out::append, () -> null)));
        }, "cell", 64L << 20);
        t.start();
        t.join(30_000);
        RunResult r = result.get();
        assertNull(r == null ? "hung" : r.exception() == null ? null : String.join("", py.formatException(r.exception())));
        return out.toString();
    }

    private static final String WHO = """
            import threading, _thread
            print(threading.main_thread().ident == threading.get_ident(), _thread._main_ident() == threading.get_ident())
            """;

    @Test
    @DisplayName("the first thread that runs code is main, not the first to import _thread")
    void firstRunnerIsMain() throws InterruptedException {
        Interpreter py = new Interpreter();
        runOn(py, "x = 1", () -> { });
        assertEquals("False False\n", runOn(py, WHO, () -> { }));
    }

    @Test
    @DisplayName("an embedder's execution thread may claim to be main after start-up code ran elsewhere")
    void claimedMain() throws InterruptedException {
        Interpreter py = new Interpreter();
        runOn(py, "import json", () -> { });
        assertEquals("True True\n", runOn(py, WHO, () -> py.threads().claimMain(ThreadState.current())));
    }

    @Test
    @DisplayName("_thread._count() counts running threads started from Python, and the table forgets them")
    void countsStartedThreads() throws InterruptedException {
        Interpreter py = new Interpreter();
        assertEquals("0 3 0\n", runOn(py, """
                import threading, _thread
                before = _thread._count()
                go = threading.Event()
                ts = [threading.Thread(target=go.wait) for _ in range(3)]
                for t in ts: t.start()
                during = _thread._count()
                go.set()
                for t in ts: t.join()
                import time
                for _ in range(500):
                    if _thread._count() == 0:
                        break
                    time.sleep(0.01)
                print(before, during, _thread._count())
                """, () -> { }));
    }
}
