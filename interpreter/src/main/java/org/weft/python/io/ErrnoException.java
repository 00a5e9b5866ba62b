package org.weft.python.io;

import java.io.IOException;

/**
 * A failure that POSIX reports only as an errno, with no Java exception type of its own (lseek to
 * a negative offset: EINVAL; SEEK_DATA past the end: ENXIO). {@link OsErrors} makes it the OSError
 * of that errno, with no filename, as CPython does for calls on an open file.
 */
public final class ErrnoException extends IOException {

    final int errno;

    public ErrnoException(int errno) {
        super(OsErrors.strerror(errno), null);
        this.errno = errno;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a Python-level error, not our bug: no Java stack trace
    }
}
