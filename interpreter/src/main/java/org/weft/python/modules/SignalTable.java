package org.weft.python.modules;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.PythonThreads;

/**
 * One interpreter's signal dispositions ({@code signal.signal}) and their delivery on the main
 * thread ({@link ThreadState.SignalHandlers}). Signals arrive at the main thread's next poll:
 * from the operating system (through {@link OsSignals}), from {@code raise_signal}, from
 * {@code alarm}, and SIGINT from the embedder's interrupt (the kernel's interrupt_request or its
 * SIGINT handler), which {@code signal.signal(SIGINT, ...)} thereby redirects.
 *
 * <p>Threads: the dispositions are an atomic array, read by the delivering thread and written by
 * {@code signal.signal} on the main thread; no lock is held while a handler runs.
 */
final class SignalTable implements ThreadState.SignalHandlers {

    static final int NSIG = 65;

    /** What a signal does: the default action, nothing, KeyboardInterrupt, or a Python callable. */
    enum Kind { DEFAULT, IGNORE, INT_HANDLER, CALL }

    private record Disposition(Kind kind, PyObject handler) {
    }

    private static final Disposition DEFAULT = new Disposition(Kind.DEFAULT, null);

    private final AtomicReferenceArray<Disposition> table = new AtomicReferenceArray<>(NSIG);
    private final PythonThreads threads;
    private final OsSignals os;

    SignalTable(PythonThreads threads) {
        this.threads = threads;
        this.os = new OsSignals(threads);
    }

    void set(int signum, Kind kind, PyObject handler) {
        table.set(signum, new Disposition(kind, handler));
        if (signum != 2) {
            // SIGINT belongs to the embedder (the kernel's interrupt); its delivery is routed here anyway
            os.route(signum, kind != Kind.DEFAULT);
        }
    }

    private Disposition get(int signum) {
        Disposition d = table.get(signum);
        return d == null ? DEFAULT : d;
    }

    // CPython: the handlers run by _PyErr_CheckSignalsTstate in signalmodule.c
    @Override
    public void deliver(ThreadState ts, int signum) {
        Disposition d = get(signum);
        switch (d.kind) {
            case IGNORE -> {
            }
            case INT_HANDLER -> throw PyErr.of(PyExc.KeyboardInterrupt);
            case CALL -> Ops.call(d.handler, PyInt.of(signum), SysHooks.getframe(0));
            default -> defaultAction(signum);
        }
    }

    /** SIG_DFL: SIGINT is KeyboardInterrupt (Python's own default); a few are ignored; the rest end the process. */
    private void defaultAction(int signum) {
        switch (signum) {
            case 2 -> throw PyErr.of(PyExc.KeyboardInterrupt);
            case 17, 18, 23, 28 -> {
                // SIGCHLD, SIGCONT, SIGURG, SIGWINCH: ignored by default
            }
            default -> killSelf(signum);
        }
    }

    /** The default action of a fatal signal is the process's end: let the system deliver it for real. */
    static void killSelf(int signum) {
        try {
            new ProcessBuilder("kill", "-s", Integer.toString(signum), Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "cannot raise signal %d: %s", signum, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code raise_signal}: delivered to the main thread; at once when that is the caller. */
    void raise(int signum) {
        ThreadState ts = ThreadState.current();
        if (!threads.signalMain(signum)) {
            ts.raiseSignal(signum);
        }
        if (threads.mainState() == null || threads.mainState() == ts) {
            ts.checkInterrupt();
        }
    }

    /** Starts the delivery of signals through this table on the main thread (or the caller, before there is one). */
    void attach() {
        ThreadState main = threads.mainState();
        (main == null ? ThreadState.current() : main).setSignalHandlers(this);
    }

    PythonThreads threads() {
        return threads;
    }
}
