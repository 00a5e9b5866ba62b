package org.weft.protocol;

import java.io.IOException;

/** A connection file that cannot be used: unreadable, not JSON, or a field missing or wrong. */
public final class ConnectionFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public ConnectionFileException(String message) {
        super(message);
    }

    public ConnectionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
