package org.weft.kernel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.weft.python.Interpreter;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.ThreadState;

/**
 * {@code !cmd} and {@code x = !cmd}: a command run by {@code /bin/sh -c}, in the interpreter's
 * working directory, its output (stdout and stderr together, as IPython's system shows them)
 * printed to the cell as it comes, or returned. An interrupt kills the command.
 */
final class ShellCommand {
    private ShellCommand() {
    }

    static String run(String command, boolean capture, Interpreter py) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.directory(py.moduleState().resolve(".").toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "cannot run /bin/sh: %s", e.getMessage());
        }
        ThreadState ts = ThreadState.current();
        StringBuilder captured = new StringBuilder();
        try (Reader in = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buf = new char[8192];
            while (true) {
                if (ts.isInterrupted()) {
                    p.destroyForcibly();
                    ts.checkInterrupt();
                }
                if (!in.ready() && p.isAlive()) {
                    p.waitFor(20, TimeUnit.MILLISECONDS);
                    continue;
                }
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                emit(new String(buf, 0, n), capture, captured, ts);
            }
            p.waitFor();
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw PyErr.of(PyExc.KeyboardInterrupt);
        }
        return capture ? captured.toString() : null;
    }

    private static void emit(String text, boolean capture, StringBuilder captured, ThreadState ts) {
        if (capture) {
            captured.append(text);
        } else {
            ts.sinks().stdout().write(text);
        }
    }
}
