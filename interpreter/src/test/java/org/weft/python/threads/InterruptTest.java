package org.weft.python.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyObject;

/**
 * The embedding API's interrupts (DESIGN.md, free-threading rule 7): {@code interruptMain()} and
 * {@code interruptThread(ident)} raise KeyboardInterrupt in a thread that spins or blocks. Only a
 * generous upper bound is asserted (hang detection); the 100 ms target is the wait-slice design.
 */
@DisplayName("Interpreter.interruptMain/interruptThread raise KeyboardInterrupt")
@Timeout(60)
class InterruptTest {

    /** Hang detection only: an interrupt must have landed well before this. */
    private static final long LANDS_WITHIN_MS = 5_000;

    /** Setup that each blocking statement needs, then the statement. */
    private static String blocker(String kind) {
        return switch (kind) {
            case "spin" -> "while True: pass";
            case "sleep" -> "time.sleep(10)";
            case "lock" -> "lk = threading.Lock(); lk.acquire(); lk.acquire()";
            case "queue" -> "queue.Queue().get()";
            case "join" -> "threading.Thread(target=time.sleep, args=(30,), daemon=True).start() or "
                    + "[t for t in threading.enumerate() if t is not threading.current_thread()][-1].join()";
            case "event" -> "threading.Event().wait()";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static final String IMPORTS = "import threading, time, queue, sys\n";

    @ParameterizedTest(name = "in the main thread: {0}")
    @ValueSource(strings = {"spin", "sleep", "lock", "queue", "join", "event"})
    void interruptMain(String kind) throws InterruptedException {
        PyRun run = new PyRun(new Interpreter(), IMPORTS + "ready = 1\n" + blocker(kind) + "\n");
        try {
            run.awaitGlobal("ready");
            Thread.sleep(50); // let it reach the blocking call
            assertTrue(run.py.interruptMain(), "no main thread known");
            assertTrue(run.join(LANDS_WITHIN_MS), "KeyboardInterrupt did not land: " + run.describe());
            assertNotNull(run.result().exception(), "the cell ended without an exception");
            assertEquals(PyExc.KeyboardInterrupt, run.result().exception().value().type(), run.describe());
        } finally {
            run.kill();
        }
    }

    @ParameterizedTest(name = "in a thread started from Python: {0}")
    @ValueSource(strings = {"spin", "sleep", "lock", "queue", "join", "event"})
    void interruptThread(String kind) throws InterruptedException {
        String body = blocker(kind).replace("\n", "\n    ");
        PyRun run = new PyRun(new Interpreter(), IMPORTS + """
                landed = []
                def work():
                    try:
                        global ident
                        ident = threading.get_ident()
                        %s
                    except KeyboardInterrupt:
                        landed.append(1)
                t = threading.Thread(target=work, daemon=True)
                t.start()
                t.join()
                print('landed', landed, t.is_alive())
                """.formatted(body));
        try {
            PyObject ident = run.awaitGlobal("ident");
            Thread.sleep(50);
            assertTrue(run.py.interruptThread(Ops.index(ident).longValue()), "thread not found by ident");
            assertTrue(run.join(LANDS_WITHIN_MS), "KeyboardInterrupt did not land: " + run.describe());
            assertEquals(null, run.result().exception(), run.describe());
            assertEquals("landed [1] False\n", run.out());
        } finally {
            run.kill();
        }
    }

    @Test
    @DisplayName("mutual recursion without loops is interrupted at function entry")
    void interruptRecursion() throws InterruptedException {
        // fib(100) runs for ages and has no loop: only the function-entry poll can see the flag.
        PyRun run = new PyRun(new Interpreter(), IMPORTS + "ready = 1\n"
                + "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
                + "fib(100)\n");
        try {
            run.awaitGlobal("ready");
            Thread.sleep(50);
            run.py.interruptMain();
            assertTrue(run.join(LANDS_WITHIN_MS), run.describe());
            assertEquals(PyExc.KeyboardInterrupt, run.result().exception().value().type(), run.describe());
        } finally {
            run.kill();
        }
    }

    @Test
    @DisplayName("an unknown ident is refused")
    void unknownIdent() {
        Interpreter py = new Interpreter();
        assertFalse(py.interruptThread(-12345));
        assertFalse(py.interruptMain(), "no code has run yet, so there is no main thread");
    }
}
