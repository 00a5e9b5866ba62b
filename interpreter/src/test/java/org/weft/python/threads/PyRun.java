package org.weft.python.threads;

import java.util.concurrent.TimeUnit;

import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.Sinks;

/**
 * A cell running on its own Java thread (with a Python-sized stack), as a kernel's execution
 * thread runs it: the tests start it, poke it through the embedding API, and wait for its result.
 */
final class PyRun {

    final Interpreter py;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread thread;
    private volatile RunResult result;

    /** Starts {@code source} as a cell of {@code py}; returns at once. */
    PyRun(Interpreter py, String source) {
        this.py = py;
        Sinks sinks = new Sinks(out::append, err::append, () -> null);
        this.thread = new Thread(null, () -> result = py.runCell(source, "<cell>", sinks), "py-main", 64L << 20);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the cell's global {@code name} exists (the cell reached its blocking point), at most 30 s. */
    PyObject awaitGlobal(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            PyObject v = py.mainModule().getDict().getItem(name);
            if (v != null) {
                return v;
            }
            if (!thread.isAlive()) {
                throw new AssertionError("the cell ended early: " + describe());
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the cell never set " + name + ": " + describe());
    }

    /** Waits for the cell to end; false when it is still running after {@code millis}. */
    boolean join(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    RunResult result() {
        return result;
    }

    String out() {
        return out.toString();
    }

    /** The cell's exception, formatted, or its output: for failure messages. */
    String describe() {
        RunResult r = result;
        if (r != null && r.exception() != null) {
            return String.join("", py.formatException(r.exception())) + err;
        }
        return "stdout: " + out + " stderr: " + err;
    }

    /** Stops a hung cell so that it does not spin through the other tests. */
    void kill() {
        py.interruptMain();
        thread.interrupt();
    }
}
