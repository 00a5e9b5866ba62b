package org.weft.python.modules;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.weft.python.runtime.ThreadState;

/**
 * What the built-in modules keep per interpreter: the current directory ({@code os.chdir}; Java
 * cannot change the process's) and the recursion limit new threads start with. The engine's {@code Interpreter} owns one and exposes it by
 * implementing {@link Holder}.
 *
 * <p>Threads: fields are volatile; each is replaced whole, never mutated in place.
 */
public final class InterpreterState {

    /** Implemented by the engine's Interpreter: {@code InterpreterState moduleState()}. */
    public interface Holder {
        InterpreterState moduleState();
    }

    private volatile Path cwd = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    private volatile int recursionLimit = ThreadState.DEFAULT_RECURSION_LIMIT;

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

    /** Resolves a path from Python against this interpreter's current directory. */
    public Path resolve(String path) {
        return cwd.resolve(path);
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }
}
