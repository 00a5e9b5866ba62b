package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.PythonThread;
import org.weft.python.threads.PythonThreads;

/**
 * {@code _thread.start_new_thread}: runs a Python callable on a new JVM platform thread whose
 * {@link ThreadState} inherits the starting thread's interpreter, output sinks and recursion
 * limit (so what it prints goes to the run, or notebook cell, that started it). An exception that
 * escapes the callable is reported as CPython's unraisable hook does; {@code SystemExit} ends the
 * thread quietly. CPython: thread_PyThread_start_new_thread and thread_run in _threadmodule.c.
 */
final class ThreadStarter {

    private ThreadStarter() {
    }

    /** Starts {@code func(*args, **kwargs)} on a new thread; returns its ident. */
    static long start(PythonThreads threads, PyObject func, PyObject args, PyObject kwargs) {
        if (!(func instanceof org.weft.python.runtime.PyCallable) && func.type().lookup("__call__") == null) {
            throw PyErr.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple t)) {
            throw PyErr.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PyErr.typeError("optional 3rd arg must be a dictionary");
        }
        PyObject[] callArgs = t.items();
        String[] kwnames = null;
        if (kwargs != null && ((PyDict) kwargs).size() > 0) {
            PyDict kw = (PyDict) kwargs;
            java.util.List<PyObject> keys = kw.keys();
            callArgs = java.util.Arrays.copyOf(t.items(), t.size() + keys.size());
            kwnames = new String[keys.size()];
            for (int i = 0; i < kwnames.length; i++) {
                if (!(keys.get(i) instanceof PyStr k)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                kwnames[i] = k.value();
                callArgs[t.size() + i] = kw.getItem(k);
            }
        }
        return launch(threads, func, callArgs, kwnames);
    }

    private static long launch(PythonThreads threads, PyObject func, PyObject[] args, String[] kwnames) {
        ThreadState child = ThreadState.current().inheritFor();
        Thread thread = new Thread(null, () -> run(threads, child, func, args, kwnames), "python-thread",
                threads.jvmStackBytes());
        // Daemon at the JVM level: Python's own shutdown (threading._shutdown) joins non-daemon threads.
        thread.setDaemon(true);
        threads.reserve();
        try {
            thread.start();
        } catch (OutOfMemoryError | IllegalThreadStateException e) {
            threads.unreserve();
            throw PyErr.runtimeError("can't start new thread");
        }
        return thread.getId();
    }

    private static void run(PythonThreads threads, ThreadState state, PyObject func, PyObject[] args,
            String[] kwnames) {
        ThreadState.install(state);
        // Joins the interpreter's thread table (interrupts by ident) and takes the GIL when it is on.
        PythonThread me = null;
        try {
            me = threads.start(state);
            Ops.call(func, args, kwnames);
        } catch (PyException e) {
            if (!e.matches(PyExc.SystemExit)) {
                reportUnraisable(func, e);
            }
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            reportUnraisable(func, PyErr.fromJava(e));
        } finally {
            if (me != null) {
                threads.finish(me);
            } else {
                threads.unreserve();
            }
        }
    }

    /** CPython 3.11 reports through sys.unraisablehook: "Exception ignored in thread started by: ...". */
    // CPython: thread_run in _threadmodule.c, write_unraisable_exc_file in errors.c
    private static void reportUnraisable(PyObject func, PyException e) {
        try {
            String text = "Exception ignored in thread started by: " + Ops.repr(func).value() + "\n"
                    + formatted(e);
            writeStderr(text);
        } catch (RuntimeException | StackOverflowError ignored) {
            // Like CPython, a failure while reporting is dropped: the thread is ending anyway.
        }
    }

    private static String formatted(PyException e) {
        if (ThreadState.current().interpreter() instanceof Interpreter py) {
            return String.join("", py.formatUnraisable(e));
        }
        PyBaseException v = e.value();
        return Ops.typeName(v) + ": " + Ops.str(v).value() + "\n";
    }

    /** Writes to {@code sys.stderr} (which the program may have replaced), else to the thread's sink. */
    static void writeStderr(String text) {
        ThreadState ts = ThreadState.current();
        PyModule sys = ts.interpreter() instanceof Interpreter py ? py.sys() : null;
        PyObject err = sys == null ? null : sys.get("stderr");
        if (err != null && err != org.weft.python.runtime.PyNone.NONE) {
            Ops.callMethod(err, "write", PyStr.of(text));
            PyObject flush = Ops.getattrOrNull(err, "flush");
            if (flush != null) {
                Ops.call(flush);
            }
        } else {
            ts.sinks().stderr().write(text);
        }
    }
}
