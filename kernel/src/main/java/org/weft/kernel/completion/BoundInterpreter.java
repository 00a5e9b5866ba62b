package org.weft.kernel.completion;

import java.util.function.Supplier;

import org.weft.python.Interpreter;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.ThreadState;

/**
 * Runs Java code that may run Python code (a {@code __getattr__}, a property, an import) with the
 * interpreter bound to the calling thread, as {@code Interpreter.withThis} does: the kernel asks
 * for completions and inspection on its shell thread, not on the execution thread.
 */
public final class BoundInterpreter {
    private BoundInterpreter() {
    }

    /**
     * The value of {@code action}, or {@code fallback} when it raises anything: completion and
     * inspection must never fail because some object misbehaves.
     */
    public static <T> T call(Interpreter interpreter, Supplier<T> action, T fallback) {
        ThreadState ts = ThreadState.current();
        Object previous = ts.interpreter();
        ts.setInterpreter(interpreter);
        try {
            return action.get();
        } catch (PyException | StackOverflowError e) {
            return fallback;
        } catch (RuntimeException e) {
            // An interpreter bug met while looking around must not reach the kernel either.
            return fallback;
        } finally {
            ts.setInterpreter(previous);
        }
    }
}
