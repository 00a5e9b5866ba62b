package org.weft.python.modules;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;
import org.weft.python.threads.Blocking;

/**
 * {@code _weft_subprocess.Child}: a running child process as {@code subprocess.Popen} (written in
 * Python) drives it: its pipes, waiting, signals. Waits wake for KeyboardInterrupt and give the GIL
 * up ({@link LockWaits}).
 *
 * <p>Threads: a Popen may be shared between Python threads. The pipes guard themselves; the stdin
 * stream is used under this object's monitor, taken inside the Blocking bracket; the child's exit
 * status is read from {@link Process}, which is thread-safe.
 */
final class PyChildProcess extends PyObject {

    static final PyType TYPE = PyType.builtin("_weft_subprocess.Child", PyChildProcess.class,
            () -> PyObject.TYPE, PyChildProcess::define);

    /** How long wait() lets the copiers finish after the child exits (a grandchild may hold the pipe). */
    private static final long COPY_GRACE_MILLIS = 500;

    final Process process;
    /** Null unless stdin is PIPE. */
    private final OutputStream stdin;
    private volatile boolean stdinClosed;
    /** Null unless stdout / stderr are PIPE. */
    final ChildPipe stdout;
    final ChildPipe stderr;
    /** Copiers of output that goes to a sink or a file: finished before wait() returns. */
    private final ChildCopier[] copiers;
    /** The last signal sent through this object, to tell "killed by it" from an exit status. */
    private volatile int signalSent;
    private Thread feeder;

    PyChildProcess(Process process, OutputStream stdin, ChildPipe stdout, ChildPipe stderr, ChildCopier... copiers) {
        super(TYPE);
        this.process = process;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.copiers = copiers;
    }

    private static PyChildProcess c(PyObject self) {
        return (PyChildProcess) self;
    }

    /**
     * The Popen returncode: the exit status, or minus the signal that killed it. The JDK reports a
     * signal death as 128 + signal, like a shell; only signals sent through this object can be told
     * apart from such an exit status.
     */
    private int returncode() {
        int status = process.exitValue();
        int sig = signalSent;
        return sig > 0 && status == 128 + sig ? -sig : status;
    }

    /** Waits for the child's exit; false when the timeout passed first. */
    private boolean waitExit(long timeoutNanos) {
        if (!process.isAlive()) {
            finishCopies();
            return true;
        }
        boolean done = LockWaits.await(n -> process.waitFor(n, TimeUnit.NANOSECONDS), timeoutNanos);
        if (done) {
            finishCopies();
        }
        return done;
    }

    /** Waits (interruptibly) for the exit; the Popen returncode. */
    int waitReturncode() {
        waitExit(LockWaits.FOREVER);
        return returncode();
    }

    private void finishCopies() {
        for (ChildCopier cp : copiers) {
            cp.join(COPY_GRACE_MILLIS);
        }
    }

    private static long timeout(PyObject t) {
        if (t == PyNone.NONE) {
            return LockWaits.FOREVER;
        }
        double s = LockWaits.seconds(t);
        return s <= 0 ? 0 : (long) (s * 1e9);
    }

    private ChildPipe pipe(PyObject which) {
        ChildPipe p = Ops.index(which).longValue() == 2 ? stderr : stdout;
        if (p == null) {
            throw PyErr.valueError("no such pipe");
        }
        return p;
    }

    // CPython: Popen.send_signal; the JDK can send SIGTERM and SIGKILL itself, kill(1) the others.
    private void sendSignal(int sig) {
        if (!process.isAlive()) {
            return;
        }
        signalSent = sig;
        if (sig == 15) {
            process.destroy();
        } else if (sig == 9) {
            process.destroyForcibly();
        } else {
            try {
                new ProcessBuilder("kill", "-s", Integer.toString(sig), Long.toString(process.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor();
            } catch (IOException e) {
                throw PyErr.format(PyExc.OSError, "cannot send signal %d: %s", sig, String.valueOf(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PyErr.of(PyExc.KeyboardInterrupt);
            }
        }
    }

    private void requireStdin() {
        if (stdin == null) {
            throw PyErr.valueError("stdin is not a pipe");
        }
    }

    private PyObject write(PyObject data) {
        requireStdin();
        byte[] b = ((PyBytes) data).value();
        try {
            // The stream locks itself; this object's monitor is never held while a write blocks.
            Blocking.call(() -> {
                if (stdinClosed) {
                    throw new IOException("closed");
                }
                stdin.write(b);
                return null;
            });
        } catch (IOException e) {
            throw brokenPipe();
        }
        return PyInt.of(b.length);
    }

    private static RuntimeException brokenPipe() {
        return PyErr.of(PyExc.BrokenPipeError, PyInt.of(32), org.weft.python.runtime.PyStr.of("Broken pipe"));
    }

    private PyObject flushStdin() {
        requireStdin();
        try {
            Blocking.call(() -> {
                if (!stdinClosed) {
                    stdin.flush();
                }
                return null;
            });
        } catch (IOException e) {
            throw brokenPipe();
        }
        return PyNone.NONE;
    }

    /** Closes stdin; a child that already exited (a broken pipe) is no error, as in communicate. */
    private void closeStdin() {
        synchronized (this) {
            if (stdin == null || stdinClosed) {
                return;
            }
            stdinClosed = true;
        }
        try {
            stdin.close();
        } catch (IOException e) {
            // broken pipe: the child stopped reading
        }
    }

    /** communicate's input: written by a thread of its own so that the output can be read meanwhile. */
    private synchronized void feed(byte[] input) {
        if (feeder != null || stdin == null || stdinClosed) {
            return;
        }
        if (input == null) {
            closeStdin();
            return;
        }
        feeder = new Thread(() -> {
            try {
                if (!stdinClosed) {
                    stdin.write(input);
                }
            } catch (IOException e) {
                // the child stopped reading: CPython ignores the broken pipe too
            } finally {
                closeStdin();
            }
        }, "subprocess-stdin-" + process.pid());
        feeder.setDaemon(true);
        feeder.start();
    }

    /** (stdout, stderr) once the child exited and closed both, or None when the timeout passed. */
    private PyObject communicate(PyObject input, PyObject timeoutArg) {
        long timeoutNanos = timeout(timeoutArg);
        long deadline = System.nanoTime() + timeoutNanos;
        feed(input == PyNone.NONE ? null : ((PyBytes) input).value());
        for (ChildPipe p : new ChildPipe[] {stdout, stderr}) {
            if (p != null && !p.isClosed()
                    && !p.awaitEof(timeoutNanos < 0 ? LockWaits.FOREVER : Math.max(0, deadline - System.nanoTime()))) {
                return PyNone.NONE;
            }
        }
        if (!waitExit(timeoutNanos < 0 ? LockWaits.FOREVER : Math.max(0, deadline - System.nanoTime()))) {
            return PyNone.NONE;
        }
        return PyTuple.of(taken(stdout, false), taken(stderr, false));
    }

    private static PyObject taken(ChildPipe p, boolean peek) {
        if (p == null) {
            return PyNone.NONE;
        }
        return PyBytes.of(peek ? p.peek() : p.takeAll());
    }

    private static int size(PyObject n) {
        return n == PyNone.NONE ? -1 : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, Ops.index(n).longValue()));
    }

    private static void define(TypeBuilder b) {
        b.doc("A child process started by _weft_subprocess.spawn.");
        b.getter("pid", self -> PyInt.of(c(self).process.pid()));
        b.method0("poll", self -> c(self).process.isAlive() ? PyNone.NONE : PyInt.of(c(self).exitNow()));
        b.method1("wait", (self, t) -> c(self).waitExit(timeout(t)) ? PyInt.of(c(self).returncode()) : PyNone.NONE);
        b.method1("send_signal", (self, sig) -> {
            c(self).sendSignal((int) Ops.index(sig).longValue());
            return PyNone.NONE;
        });
        b.method2("read", (self, which, n) -> PyBytes.of(c(self).pipe(which).read(size(n))));
        b.method2("read1", (self, which, n) -> PyBytes.of(c(self).pipe(which).read1(size(n))));
        b.method2("readline", (self, which, n) -> PyBytes.of(c(self).pipe(which).readline(size(n))));
        b.method1("close_pipe", (self, which) -> {
            c(self).pipe(which).close();
            return PyNone.NONE;
        });
        b.method1("write", (self, data) -> c(self).write(data));
        b.method0("flush_stdin", self -> c(self).flushStdin());
        b.method0("close_stdin", self -> {
            c(self).closeStdin();
            return PyNone.NONE;
        });
        b.method2("communicate", (self, input, t) -> c(self).communicate(input, t));
        b.method0("partial", self -> PyTuple.of(taken(c(self).stdout, true), taken(c(self).stderr, true)));
    }

    private int exitNow() {
        finishCopies();
        return returncode();
    }
}
