package org.weft.python.io;

import java.io.IOException;

/**
 * The bytes under a text stream ({@link FileTextStream}): a file of ours ({@link FileStream}), or
 * any Python binary stream that {@code io.TextIOWrapper(buffer)} wraps ({@link PyBufferStream}).
 */
interface ByteStream {

    /** What the stream may do: read, write, append. */
    OpenMode mode();

    boolean isClosed();

    /** Whether reads may wait for another program: they then run without the GIL (see Blocking). */
    boolean mayBlock();

    /** Whether {@link #tell} and {@link #seek} work. */
    boolean seekable();

    /** At most one raw read of up to {@code n} bytes; empty at the end. */
    byte[] read1(int n) throws IOException;

    int write(byte[] b, int off, int len) throws IOException;

    void flush() throws IOException;

    long tell() throws IOException;

    long seek(long offset, int whence) throws IOException;

    long truncate(Long size) throws IOException;

    void close() throws IOException;
}
