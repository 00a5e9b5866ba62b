package org.weft.python.runtime;

/**
 * A raised Python exception travelling through Java: an unchecked exception carrying the Python
 * exception object. It has no Java stack trace (Python tracebacks are built by the engine), so
 * raising is cheap. Catch with {@code catch (PyException e) { if (!e.matches(PyExc.KeyError)) throw e; }}.
 */
public final class PyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /**
     * The expression the exception left in {@link #spanFrame}, innermost first: set by the
     * expression nodes it passes through ({@link #at}), taken when the frame's traceback entry is
     * made ({@link PyTraceback#here}). Plain fields: the thread unwinding the exception is the one
     * that touches them. (One exception object re-raised by two threads at once, say from a shared
     * Future, could show one thread's carets in the other's traceback entry, never worse: the span
     * is only taken for the frame it was recorded in.)
     */
    private SourceSpan span;
    private Object spanFrame;

    /**
     * Records that the exception passes through the expression at {@code where} in {@code frame},
     * unless an expression inside it already did (the innermost one is what a traceback shows).
     * Returns this exception, for {@code throw e.at(f, span)}.
     */
    public PyException at(Object frame, SourceSpan where) {
        if (spanFrame != frame && where != null) {
            spanFrame = frame;
            span = where;
        }
        return this;
    }

    /** The span recorded for {@code frame} (null if none), forgotten once taken. */
    SourceSpan takeSpan(Object frame) {
        if (spanFrame != frame) {
            return null;
        }
        SourceSpan s = span;
        span = null;
        spanFrame = null;
        return s;
    }

    /** The Python exception object. */
    public PyBaseException value() {
        return value;
    }

    /** The Python type of the exception. */
    public PyType type() {
        return value.type();
    }

    /** True when the exception is an instance of {@code t} (an {@code except t:} clause matches). */
    public boolean matches(PyType t) {
        PyType vt = value.type();
        return vt == t || vt.isSubtypeOf(t);
    }

    /** "TypeError: message", for logs and debugging. */
    @Override
    public String getMessage() {
        return value.toString();
    }
}
