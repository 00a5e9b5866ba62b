package org.weft.python.io;

import java.util.TreeMap;
import org.weft.python.runtime.PyException;

/**
 * The file descriptors of one interpreter: what {@code os.open} returns and {@code os.read},
 * {@code os.write}, {@code os.close} and {@code open(fd)} take. The JVM gives no access to real
 * descriptors, so each number names a {@link FileStream}; as on POSIX, a new descriptor is the
 * lowest free number, from 3 up (0, 1 and 2 are the standard streams). Sockets take numbers from
 * the same table ({@link #reserve}), as on POSIX, where files and sockets share one numbering.
 *
 * <p>Threads: shared by the interpreter's threads; every method holds this table's monitor, which
 * is never held while Python code runs.
 */
public final class FdTable {

    /** 0, 1 and 2 are stdin, stdout and stderr, which are not files here. */
    private static final int FIRST = 3;

    private final TreeMap<Integer, Object> open = new TreeMap<>();

    /** Registers {@code stream} under the lowest free descriptor and returns it. */
    public synchronized int add(FileStream stream) {
        return reserve(stream);
    }

    /**
     * Registers {@code owner}, a file stream or anything else with a descriptor (a socket), under the
     * lowest free descriptor and returns it.
     */
    public synchronized int reserve(Object owner) {
        // a descriptor whose file object has closed it is free again
        open.values().removeIf(o -> o instanceof FileStream f && f.isClosed());
        int fd = FIRST;
        for (int used : open.keySet()) {
            if (used != fd) {
                break;
            }
            fd++;
        }
        open.put(fd, owner);
        return fd;
    }

    /**
     * The descriptor of a file that open() made: the one it has, or a new one at its first
     * {@code fileno()} (open() registers no descriptor until a program asks for it).
     */
    public synchronized int fdOf(FileStream stream) {
        for (var e : open.entrySet()) {
            if (e.getValue() == stream) {
                return e.getKey();
            }
        }
        return add(stream);
    }

    /** The stream of {@code fd}; OSError EBADF ("Bad file descriptor") when it is not open. */
    public synchronized FileStream get(long fd) {
        Object o = owner(fd);
        if (!(o instanceof FileStream s) || s.isClosed()) {
            throw badFd();
        }
        return s;
    }

    /** What {@code fd} names (a file stream, a socket), or null when it is not open. */
    public synchronized Object owner(long fd) {
        return fd >= FIRST && fd <= Integer.MAX_VALUE ? open.get((int) fd) : null;
    }

    /** Forgets {@code fd} and returns its stream, for closing; EBADF when it is not open. */
    public synchronized FileStream remove(long fd) {
        FileStream s = get(fd);
        open.remove((int) fd);
        return s;
    }

    /** Forgets {@code fd} if it still names {@code stream} (a file object closing its descriptor). */
    public synchronized void release(long fd, Object stream) {
        if (fd <= Integer.MAX_VALUE && open.get((int) fd) == stream) {
            open.remove((int) fd);
        }
    }

    public static PyException badFd() {
        return OsErrors.withErrno(EBADF, null);
    }

    /** POSIX EBADF. */
    public static final int EBADF = 9;
}
