package org.weft.python.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.weft.python.Interpreter;

/**
 * Blocking reads give the GIL up ({@link Blocking}): a thread waiting for a pipe's writer must not
 * stop the other threads in GIL mode.
 */
@DisplayName("blocking reads and the GIL")
@Timeout(120)
class BlockingReadTest {

    @Test
    @DisplayName("with the GIL on, a thread blocked reading a FIFO lets the main thread run")
    void fifoReadReleasesTheGil(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Assumptions.assumeTrue(mkfifo(fifo), "mkfifo is not available");
        CountDownLatch go = new CountDownLatch(1);
        Thread writer = new Thread(() -> writeWhenTold(fifo, go), "fifo writer");
        writer.setDaemon(true);
        writer.start();
        Interpreter py = new Interpreter();
        py.setGilEnabled(true);
        // The reader blocks in readline until the test writes, which it does only once the main
        // thread has counted: that needs the GIL, which the reader must have given up.
        PyRun run = new PyRun(py, """
                import threading
                got = []
                ready = threading.Event()
                def reader():
                    with open(%s) as f:
                        ready.set()
                        got.append(f.readline())
                t = threading.Thread(target=reader)
                t.start()
                ready.wait()
                n = 0
                for i in range(300000):
                    n += 1
                counted = n
                t.join()
                print(got, counted)
                """.formatted(pyString(fifo.toString())));
        try {
            run.awaitGlobal("counted");
            go.countDown();
            assertTrue(run.join(30_000), run.describe());
            assertNull(run.result().exception(), run.describe());
            assertEquals("['hello\\n'] 300000\n", run.out());
        } finally {
            go.countDown();
            run.kill();
        }
    }

    @Test
    @DisplayName("Blocking.call returns the value and passes exceptions through, on any thread")
    void callPassesThrough() {
        assertEquals("v", Blocking.call(() -> "v"));
        IOException boom = new IOException("boom");
        assertSame(boom, assertThrows(IOException.class, () -> Blocking.<String, IOException>call(() -> {
            throw boom;
        })));
    }

    private static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Opens the FIFO for writing (which waits for the reader), then writes a line when told. */
    private static void writeWhenTold(Path fifo, CountDownLatch go) {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            go.await();
            out.write("hello\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            // The test fails on its own assertions.
        }
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
