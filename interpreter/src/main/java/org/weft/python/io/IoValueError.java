package org.weft.python.io;

/**
 * A failure of the io layer that Python reports as {@code ValueError} with this exact message
 * ("I/O operation on closed file.", "invalid mode: 'z'", "negative seek position -1").
 *
 * <p>Why a class of its own: the JDK throws {@code IllegalStateException} and
 * {@code IllegalArgumentException} too (a {@code CharsetEncoder} used out of order, a bad buffer
 * position); those are our bugs and must reach the user as {@code SystemError}, never as a
 * {@code ValueError} worded by Java. It extends {@code IllegalStateException} so that the io
 * methods' existing catch clauses see it. No stack trace: it is an expected Python error.
 */
public final class IoValueError extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IoValueError(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
