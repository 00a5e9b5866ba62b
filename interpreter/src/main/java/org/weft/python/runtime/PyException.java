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
