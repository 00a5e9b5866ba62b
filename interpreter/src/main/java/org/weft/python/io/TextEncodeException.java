package org.weft.python.io;

import java.io.IOException;

/**
 * Text that the file's encoding cannot encode under errors='strict': becomes Python's
 * UnicodeEncodeError ("'ascii' codec can't encode character '\xe9' in position 0: ordinal not in
 * range(128)").
 */
public final class TextEncodeException extends IOException {

    public final String encoding;
    public final String object;
    public final int start;
    public final int end;
    public final String reason;

    public TextEncodeException(String encoding, String object, int start, int end, String reason) {
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
