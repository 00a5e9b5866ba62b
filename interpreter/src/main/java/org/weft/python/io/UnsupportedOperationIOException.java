package org.weft.python.io;

import java.io.IOException;

/** Python's {@code io.UnsupportedOperation}: reading a write-only file, writing a read-only one. */
public final class UnsupportedOperationIOException extends IOException {

    public UnsupportedOperationIOException(String operation) {
        super(operation, null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a Python-level error, not our bug: no Java stack trace
    }
}
