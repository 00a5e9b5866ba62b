package org.weft.python.runtime;

/**
 * A bug in Weft itself (never a Python error): keeps its Java stack trace for the log. At the
 * engine's boundary it becomes a Python {@code SystemError}.
 */
public class InterpreterError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InterpreterError(String format, Object... args) {
        super(args.length == 0 ? format : String.format(format, args));
    }

    public InterpreterError(Throwable cause, String format, Object... args) {
        super(args.length == 0 ? format : String.format(format, args), cause);
    }
}
