package org.weft.python.modules;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.weft.python.io.OpenWriters;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.IntStrDigits;
import org.weft.python.runtime.ThreadState;

/**
 * What the built-in modules keep per interpreter: the current directory ({@code os.chdir}; Java
 * cannot change the process's) and the recursion limit new threads start with. The engine's {@code Interpreter} owns one and exposes it by
 * implementing {@link Holder}.
 *
 * <p>Threads: fields are volatile; each is replaced whole, never mutated in place (the environ
 * dict is a thread-safe PyDict, made once under this object's lock).
 */
public final class InterpreterState {

    /** Implemented by the engine's Interpreter: {@code InterpreterState moduleState()}. */
    public interface Holder {
        InterpreterState moduleState();
    }

    private volatile Path cwd = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    private volatile int recursionLimit = ThreadState.DEFAULT_RECURSION_LIMIT;
    /** sys.set_int_max_str_digits: the int/str conversion limit of every thread (0: none). */
    private volatile int intMaxStrDigits = initialIntMaxStrDigits();
    /**
     * {@code os.environ}'s data: the process environment when the interpreter started, then the
     * program's changes (Java cannot change its own process's). A thread-safe {@link PyDict}
     * shared by {@code os} and {@code os.path}; made on first use.
     */
    private volatile PyDict environ;
    /** {@code sys.intern}'s table: one str object per distinct value, for this interpreter's life. */
    private final ConcurrentHashMap<String, PyStr> interned = new ConcurrentHashMap<>();
    private final OpenWriters openWriters = new OpenWriters();
    /** The descriptors of os.open and open(fd). */
    private final org.weft.python.io.FdTable fds = new org.weft.python.io.FdTable();

    /**
     * The state of the interpreter the calling thread runs for, or a fresh default one when the
     * thread has none (Java code calling a builtin directly, in unit tests).
     */
    public static InterpreterState current() {
        return of(ThreadState.current());
    }

    public static InterpreterState of(ThreadState ts) {
        if (ts.interpreter() instanceof Holder h) {
            return h.moduleState();
        }
        return new InterpreterState();
    }

    public Path cwd() {
        return cwd;
    }

    public void setCwd(Path dir) {
        this.cwd = dir;
    }

    /**
     * Resolves a path from Python against this interpreter's current directory. Every file
     * function goes through here, so it first writes out what files left open buffer
     * ({@link OpenWriters}): the program then sees the file system as CPython's would.
     */
    public Path resolve(String path) {
        openWriters.flushAll();
        return cwd.resolve(path);
    }

    /** The file descriptors this interpreter has open ({@code os.open}). */
    public org.weft.python.io.FdTable fds() {
        return fds;
    }

    /** The files this interpreter has open for writing. */
    public OpenWriters openWriters() {
        return openWriters;
    }

    /** The environment as {@code os.environ} shows it (str keys and values). */
    public PyDict environ() {
        PyDict e = environ;
        if (e == null) {
            synchronized (this) {
                e = environ;
                if (e == null) {
                    e = new PyDict();
                    for (Map.Entry<String, String> v : new TreeMap<>(System.getenv()).entrySet()) {
                        e.setItem(PyStr.of(v.getKey()), PyStr.of(v.getValue()));
                    }
                    environ = e;
                }
            }
        }
        return e;
    }

    /** A snapshot of {@link #environ()} as Java strings (entries that are not str pairs skipped). */
    public Map<String, String> environMap() {
        Map<String, String> out = new HashMap<>();
        PyDict e = environ();
        for (PyObject k : e.keys()) {
            if (k instanceof PyStr key && e.getItem(k) instanceof PyStr value) {
                out.put(key.value(), value.value());
            }
        }
        return out;
    }

    /** The interned str equal to {@code s}: {@code s} itself the first time its value is seen. */
    public PyStr intern(PyStr s) {
        PyStr previous = interned.putIfAbsent(s.value(), s);
        return previous == null ? s : previous;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int limit) {
        this.intMaxStrDigits = limit;
    }

    /** PYTHONINTMAXSTRDIGITS when it holds a valid limit, as CPython reads it at start-up. */
    private static int initialIntMaxStrDigits() {
        String v = System.getenv("PYTHONINTMAXSTRDIGITS");
        try {
            int n = v == null ? IntStrDigits.DEFAULT : Integer.parseInt(v.strip());
            return n == 0 || n >= IntStrDigits.THRESHOLD ? n : IntStrDigits.DEFAULT;
        } catch (NumberFormatException e) {
            return IntStrDigits.DEFAULT;
        }
    }
}
