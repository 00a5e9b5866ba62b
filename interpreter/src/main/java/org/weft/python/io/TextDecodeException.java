package org.weft.python.io;

import java.io.IOException;

/**
 * Bytes that the file's encoding cannot decode under errors='strict': becomes Python's
 * UnicodeDecodeError ("'utf-8' codec can't decode byte 0xff in position 3: invalid start byte").
 */
public final class TextDecodeException extends IOException {

    public final String encoding;
    public final byte[] object;
    public final int start;
    public final int end;
    public final String reason;

    public TextDecodeException(String encoding, byte[] object, int start, int end, String reason) {
        super(reason, null);
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a Python-level error, not our bug: no Java stack trace
    }
}
