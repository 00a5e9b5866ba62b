package org.weft.python.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.PythonThreads;

/**
 * The {@code _thread} module: starting threads, plain and reentrant locks, thread-local data and
 * thread identity; {@code threading}, {@code queue} and {@code concurrent.futures} (Python, under
 * {@code org/weft/python/lib/}) are built on it. Python threads are JVM platform threads with a
 * 64 MB stack and no global lock. CPython: Modules/_threadmodule.c.
 *
 * <p>Threads: the per-interpreter bookkeeping (idents, the main thread, the count of running
 * threads, the stack size) is the interpreter's one {@link PythonThreads} table, captured by the
 * functions below.
 */
public final class ThreadModule implements BuiltinModule {

    private static final ArgParser START = ArgParser.of("start_new_thread", "function", "args", "kwargs=", "/");
    private static final ArgParser INTERRUPT = ArgParser.of("interrupt_main", "signum=", "/");
    private static final ArgParser STACK_SIZE = ArgParser.of("stack_size", "size=", "/");
    private static final ArgParser ALLOCATE = ArgParser.of("allocate_lock", "/");

    @Override
    public String name() {
        return "_thread";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", org.weft.python.runtime.PyStr.of("This module provides primitive operations to write "
                + "multi-threaded programs.\nThe 'threading' module provides a more convenient interface."));
        PythonThreads threads = interpreter.threads();
        defineStart(m, threads);
        defineLocks(m);
        defineIdentity(m, threads);
        m.put("error", PyExc.RuntimeError);
        m.put("TIMEOUT_MAX", PyFloat.of(LockWaits.TIMEOUT_MAX));
        m.put("LockType", PyLock.TYPE);
        m.put("RLock", PyRLock.TYPE);
        m.put("_local", PyThreadLocal.TYPE);
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }

    private static void alias(PyModule m, String alias, String name) {
        m.put(alias, m.get(name));
    }

    private static void defineStart(PyModule m, PythonThreads threads) {
        put(m, PyBuiltinFunction.of("start_new_thread", "start_new_thread(function, args[, kwargs])\n"
                + "(start_new() is an obsolete synonym)\n\nStart a new thread and return its identifier.",
                (self, args, kwnames) -> {
                    PyObject[] a = START.parse(args, kwnames);
                    return PyInt.of(ThreadStarter.start(threads, a[0], a[1], a[2]));
                }));
        alias(m, "start_new", "start_new_thread");
        put(m, PyBuiltinFunction.of0("exit", "exit()\n(exit_thread() is an obsolete synonym)\n\n"
                + "This is synonymous to ``raise SystemExit''.", self -> {
                    throw PyErr.of(PyExc.SystemExit);
                }));
        alias(m, "exit_thread", "exit");
        put(m, PyBuiltinFunction.of("interrupt_main", "interrupt_main(signum=signal.SIGINT, /)\n\n"
                + "Simulate the arrival of the given signal in the main thread.", (self, args, kwnames) -> {
                    INTERRUPT.parse(args, kwnames);
                    if (!threads.interruptMain()) {
                        // No code ran through an entry point yet: the caller is all there is.
                        ThreadState.current().interrupt();
                    }
                    return PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of("stack_size", "stack_size([size]) -> size\n\nReturn the thread stack size "
                + "used when creating new threads.", (self, args, kwnames) -> stackSize(threads, args, kwnames)));
        put(m, PyBuiltinFunction.of0("_count", "_count() -> integer\n\nReturn the number of currently running "
                + "Python threads, excluding the main thread.", self -> PyInt.of(threads.count())));
        put(m, PyBuiltinFunction.of0("_main_ident", "_main_ident() -> integer\n\nThe identifier of the main "
                + "thread (Weft: the thread that first ran the interpreter's code, a kernel's execution thread).",
                self -> PyInt.of(mainIdent(threads))));
    }

    // CPython: thread_stack_size in _threadmodule.c. The size defaults to 0, so a call without one
    // also resets the setting to the default (and returns what it was).
    private static PyObject stackSize(PythonThreads threads, PyObject[] args, String[] kwnames) {
        PyObject[] a = STACK_SIZE.parse(args, kwnames);
        long size = a[0] == null ? 0 : Ops.index(a[0]).longValue();
        if (size < 0) {
            throw PyErr.valueError("size must be 0 or a positive value");
        }
        if (size != 0 && size < 32768) {
            throw PyErr.valueError("size not valid: %d bytes", size);
        }
        long old = threads.stackSize();
        threads.setStackSize(size);
        return PyInt.of(old);
    }

    private static void defineLocks(PyModule m) {
        put(m, PyBuiltinFunction.of("allocate_lock", "allocate_lock() -> lock object\n(allocate() is an "
                + "obsolete synonym)\n\nCreate a new lock object. See help(type(threading.Lock())) for\n"
                + "information about locks.", (self, args, kwnames) -> {
                    ALLOCATE.parse(args, kwnames);
                    return new PyLock();
                }));
        alias(m, "allocate", "allocate_lock");
    }

    private static void defineIdentity(PyModule m, PythonThreads threads) {
        put(m, PyBuiltinFunction.of0("get_ident", "get_ident() -> integer\n\nReturn a non-zero integer that "
                + "uniquely identifies the current thread\namongst other threads that exist simultaneously.",
                self -> PyInt.of(Thread.currentThread().getId())));
        put(m, PyBuiltinFunction.of0("get_native_id", "get_native_id() -> integer\n\nReturn a non-negative "
                + "integer identifying the thread as reported\nby the OS (kernel).",
                self -> PyInt.of(nativeId())));
        put(m, PyBuiltinFunction.of1("_interrupt_thread", "_interrupt_thread(ident)\n\nWeft: raise "
                + "KeyboardInterrupt in the running thread with this identifier; False if there is none.",
                (self, ident) -> org.weft.python.runtime.PyBool.of(threads.interrupt(Ops.index(ident).longValue()))));
    }

    /** The main thread's ident; the caller's when no code ran through an entry point yet (Java calling in). */
    private static long mainIdent(PythonThreads threads) {
        long ident = threads.mainIdent();
        return ident == -1 ? Thread.currentThread().getId() : ident;
    }

    /** The OS thread id on Linux ({@code /proc/thread-self} names it); the JVM's id elsewhere. */
    static long nativeId() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Long.parseLong(self.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return Thread.currentThread().getId();
        }
    }
}
