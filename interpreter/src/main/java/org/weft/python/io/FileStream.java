package org.weft.python.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.weft.python.threads.Blocking;

/**
 * A buffered binary file on a Java {@link FileChannel}: what CPython splits into FileIO and
 * BufferedReader/BufferedWriter/BufferedRandom, in one class. Knows nothing of Python objects;
 * errors are Java {@link IOException}s that {@link OsErrors} turns into Python's OSErrors.
 *
 * <p>Threads: a file object may be shared between Python threads, so every public method holds
 * this object's monitor, as CPython's buffered objects hold their lock. No Python code runs under
 * it. A file that is not a regular file (a pipe, a FIFO, a terminal, /dev/stdin) may block a read
 * for as long as its writer likes: its opening and reads run without the GIL (in GIL mode), the
 * monitor taken inside that bracket, so that other threads keep running ({@link Blocking}).
 * Regular files keep the GIL, as they never wait on another program.
 */
public final class FileStream implements ByteStream, AutoCloseable {

    static final int BUFFER_SIZE = 8192;

    private final FileChannel channel;
    private final OpenMode mode;
    private final byte[] readBuf = new byte[BUFFER_SIZE];
    private int readPos;
    private int readEnd;
    private final ByteArrayOutputStream writeBuf = new ByteArrayOutputStream();
    private boolean closed;
    /** Not a regular file: reads may wait indefinitely, so they give the GIL up. */
    private final boolean mayBlock;

    /**
     * Flushes and closes files that become garbage while open, as CPython's deallocator does. A JDK
     * service with its own thread; it holds no interpreter state, so one for the JVM is shared.
     */
    private static final Cleaner CLEANER = Cleaner.create();

    /** The path it was opened by, for os.fstat. */
    private final Path path;

    /** The record locks fcntl.flock and fcntl.lockf took through this file; guarded by this. */
    private final List<FileLock> locks = new ArrayList<>();

    private FileStream(FileChannel channel, Path path, OpenMode mode, boolean mayBlock) {
        this.channel = channel;
        this.path = path;
        this.mode = mode;
        this.mayBlock = mayBlock;
        if (mode.writing()) {
            CLEANER.register(this, new Unflushed(channel, writeBuf));
        }
    }

    /** The cleaning action: only the channel and the write buffer, never the FileStream itself. */
    private record Unflushed(FileChannel channel, ByteArrayOutputStream writeBuf) implements Runnable {
        @Override
        public void run() {
            if (!channel.isOpen()) {
                return;
            }
            try (FileChannel c = channel) {
                ByteBuffer bb = ByteBuffer.wrap(writeBuf.toByteArray());
                while (bb.hasRemaining()) {
                    c.write(bb);
                }
            } catch (IOException e) {
                // nobody is left to tell: CPython also drops errors of unclosed files at deallocation
            }
        }
    }

    /** Opens {@code path}; an existing directory gives IsADirectoryError's IOException. */
    public static FileStream open(Path path, OpenMode mode) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IsADirectoryException(path.toString());
        }
        Set<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
        if (mode.reading()) {
            opts.add(StandardOpenOption.READ);
        }
        if (mode.writing()) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (mode.creating()) {
            opts.add(StandardOpenOption.CREATE_NEW);
        } else if (mode.truncate() || mode.append()) {
            opts.add(StandardOpenOption.CREATE);
        }
        if (mode.truncate()) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        // Java refuses READ with APPEND: 'a+' appends by moving to the end before each write
        // (flushWrites), 'a' keeps the system's atomic appends.
        boolean appendByHand = mode.append() && mode.reading();
        if (mode.append() && !appendByHand) {
            opts.add(StandardOpenOption.APPEND);
        }
        return openWith(path, mode, opts);
    }

    /**
     * Opens {@code path} as {@code os.open} does, from POSIX flags: the access mode (O_RDONLY 0,
     * O_WRONLY 1, O_RDWR 2) and O_CREAT 0100, O_EXCL 0200, O_TRUNC 01000, O_APPEND 02000 (Linux values).
     */
    public static FileStream openFlags(Path path, int flags) throws IOException {
        int access = flags & 3;
        boolean create = (flags & 0100) != 0;
        boolean exclusive = create && (flags & 0200) != 0;
        boolean truncate = (flags & 01000) != 0 && access != 0;
        boolean append = (flags & 02000) != 0;
        if (Files.isDirectory(path)) {
            throw new IsADirectoryException(path.toString());
        }
        Set<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
        if (access != 1) {
            opts.add(StandardOpenOption.READ);
        }
        if (access != 0) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (exclusive) {
            opts.add(StandardOpenOption.CREATE_NEW);
        } else if (create) {
            opts.add(StandardOpenOption.CREATE);
        }
        if (truncate) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (append && access == 1) { // Java refuses APPEND with READ
            opts.add(StandardOpenOption.APPEND);
        }
        OpenMode mode = new OpenMode(access != 1, access != 0, exclusive, truncate, append, true, access == 2);
        return openWith(path, mode, opts);
    }

    private static FileStream openWith(Path path, OpenMode mode, Set<StandardOpenOption> opts) throws IOException {
        // Opening a FIFO waits for its other end.
        boolean regular = !Files.exists(path) || Files.isRegularFile(path);
        FileChannel channel = regular ? FileChannel.open(path, opts)
                : Blocking.call(() -> FileChannel.open(path, opts));
        if (mode.append() && mode.reading() && regular) {
            // READ with APPEND ('a+', O_RDWR|O_APPEND): writes move to the end by hand (flushWrites);
            // as O_APPEND opens, tell() starts at the end
            channel.position(channel.size());
        }
        return new FileStream(channel, path, mode, !regular);
    }

    /** The path the file was opened by (os.fstat stats it). */
    public Path path() {
        return path;
    }

    /** Whether reads may wait for another program (not a regular file): they run without the GIL. */
    @Override
    public boolean mayBlock() {
        return mayBlock;
    }

    /** A regular file has positions; a pipe or terminal has none. */
    @Override
    public boolean seekable() {
        return !mayBlock;
    }

    @Override
    public OpenMode mode() {
        return mode;
    }

    @Override
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Reads up to {@code n} bytes, or to the end when {@code n < 0}; empty at the end. */
    public byte[] read(int n) throws IOException {
        return mayBlock ? Blocking.call(() -> readLocked(n)) : readLocked(n);
    }

    private synchronized byte[] readLocked(int n) throws IOException {
        prepareRead();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n < 0 ? BUFFER_SIZE : Math.min(n, 1 << 20));
        int want = n < 0 ? Integer.MAX_VALUE : n;
        while (want > 0) {
            if (readPos == readEnd && !fill()) {
                break;
            }
            int k = Math.min(want, readEnd - readPos);
            out.write(readBuf, readPos, k);
            readPos += k;
            want -= k;
        }
        return out.toByteArray();
    }

    /** At most one raw read: what is buffered, or one fill of the buffer. */
    @Override
    public byte[] read1(int n) throws IOException {
        return mayBlock ? Blocking.call(() -> read1Locked(n)) : read1Locked(n);
    }

    private synchronized byte[] read1Locked(int n) throws IOException {
        prepareRead();
        if (readPos == readEnd && !fill()) {
            return new byte[0];
        }
        int k = n < 0 ? readEnd - readPos : Math.min(n, readEnd - readPos);
        byte[] out = java.util.Arrays.copyOfRange(readBuf, readPos, readPos + k);
        readPos += k;
        return out;
    }

    /**
     * Up to {@code n} buffered bytes without moving (at least one when the file has more), as
     * BufferedReader.peek: filling the buffer only when it is empty.
     */
    public byte[] peek(int n) throws IOException {
        return mayBlock ? Blocking.call(() -> peekLocked(n)) : peekLocked(n);
    }

    private synchronized byte[] peekLocked(int n) throws IOException {
        prepareRead();
        if (readPos == readEnd && !fill()) {
            return new byte[0];
        }
        return java.util.Arrays.copyOfRange(readBuf, readPos, readEnd);
    }

    /** Reads through the next '\n' (included), at most {@code limit} bytes when limit >= 0. */
    public byte[] readline(int limit) throws IOException {
        return mayBlock ? Blocking.call(() -> readlineLocked(limit)) : readlineLocked(limit);
    }

    private synchronized byte[] readlineLocked(int limit) throws IOException {
        prepareRead();
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        int want = limit < 0 ? Integer.MAX_VALUE : limit;
        while (want > 0) {
            if (readPos == readEnd && !fill()) {
                break;
            }
            int end = readPos + Math.min(want, readEnd - readPos);
            int i = readPos;
            while (i < end && readBuf[i] != '\n') {
                i++;
            }
            boolean found = i < end;
            int stop = found ? i + 1 : end;
            out.write(readBuf, readPos, stop - readPos);
            want -= stop - readPos;
            readPos = stop;
            if (found) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** Buffers {@code len} bytes for writing; returns len. */
    @Override
    public synchronized int write(byte[] b, int off, int len) throws IOException {
        prepareWrite();
        writeBuf.write(b, off, len);
        if (writeBuf.size() >= BUFFER_SIZE) {
            flushWrites();
        }
        return len;
    }

    @Override
    public synchronized void flush() throws IOException {
        checkOpen();
        flushWrites();
    }

    /** The logical position: the channel's, less what is read ahead, plus what is not yet written. */
    @Override
    public synchronized long tell() throws IOException {
        checkOpen();
        if (mode.append() && writeBuf.size() > 0) {
            flushWrites();
        }
        return channel.position() - (readEnd - readPos) + writeBuf.size();
    }

    /**
     * Moves to {@code offset} from the start (0), the current position (1) or the end (2), as
     * lseek does: also SEEK_DATA (3) and SEEK_HOLE (4), where a file without holes is all data and
     * its only hole is at its end; a negative target or another whence is EINVAL.
     */
    @Override
    public synchronized long seek(long offset, int whence) throws IOException {
        checkOpen();
        long base = switch (whence) {
            case 0, 3, 4 -> 0;
            case 1 -> tell();
            case 2 -> {
                flushWrites();
                yield channel.size();
            }
            default -> throw new ErrnoException(OsErrors.EINVAL);
        };
        long target = base + offset;
        if (target < 0) {
            throw new ErrnoException(OsErrors.EINVAL);
        }
        flushWrites();
        if (whence == 3 || whence == 4) {
            long size = channel.size();
            if (target >= size) {
                throw new ErrnoException(OsErrors.ENXIO);
            }
            target = whence == 3 ? target : size;
        }
        readPos = readEnd = 0;
        channel.position(target);
        return target;
    }

    /** Cuts or extends the file to {@code size} (the current position when null). */
    @Override
    public synchronized long truncate(Long size) throws IOException {
        checkOpen();
        if (!mode.writing()) {
            throw new UnsupportedOperationIOException("truncate");
        }
        long pos = tell();
        flushWrites();
        readPos = readEnd = 0;
        channel.position(pos);
        long target = size == null ? pos : size;
        if (target < channel.size()) {
            channel.truncate(target);
            channel.position(pos); // Java moves a position past the new end to it; ftruncate(2) moves nothing
        } else if (target > channel.size()) {
            channel.write(ByteBuffer.wrap(new byte[] {0}), target - 1);
        }
        return target;
    }

    /** The size of the file on disk, without what is still buffered (what fstat sees). */
    public synchronized long sizeOnDisk() throws IOException {
        checkOpen();
        return channel.size();
    }

    public synchronized long size() throws IOException {
        checkOpen();
        flushWrites();
        return channel.size();
    }

    /**
     * Locks {@code size} bytes from {@code position} (shared or exclusive) for fcntl.flock and
     * fcntl.lockf: returns false, without waiting, when another holder has them and {@code wait}
     * is false. Java's locks are the system's record locks, so they exclude other processes;
     * within this JVM a range another file object holds counts as held too (flock's locks
     * belong to an open file), and a waiting lock polls until it is free, unless
     * {@code processWide} (lockf's locks belong to the process, which never conflicts with
     * itself). A range this file already holds is released first (a lock conversion, not atomic,
     * as flock's).
     */
    public boolean lock(long position, long size, boolean shared, boolean wait, boolean processWide)
            throws IOException {
        unlock(position, size);
        while (true) {
            FileLock lock;
            try {
                lock = wait ? Blocking.call(() -> channel.lock(position, size, shared))
                        : channel.tryLock(position, size, shared);
            } catch (OverlappingFileLockException held) {
                if (processWide) {
                    return true; // POSIX record locks: this process holds it already, through another file
                }
                if (!wait) {
                    return false;
                }
                pause();
                continue;
            } catch (NonWritableChannelException | NonReadableChannelException e) {
                throw new ErrnoException(FdTable.EBADF);
            }
            if (lock == null) {
                return false;
            }
            synchronized (this) {
                locks.add(lock);
            }
            return true;
        }
    }

    /** A short wait for another file object of this process to release its lock; interruptible. */
    private static void pause() throws IOException {
        try {
            Blocking.call(() -> {
                Thread.sleep(10);
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
        org.weft.python.runtime.ThreadState.current().checkInterrupt();
    }

    /** Releases the locks this file holds that overlap {@code size} bytes from {@code position}. */
    public void unlock(long position, long size) throws IOException {
        List<FileLock> released = new ArrayList<>();
        synchronized (this) {
            locks.removeIf(l -> l.overlaps(position, size) && released.add(l));
        }
        for (FileLock l : released) {
            if (l.isValid()) {
                l.release();
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flushWrites();
        } finally {
            closed = true;
            channel.close();
        }
    }

    private void prepareRead() throws IOException {
        checkOpen();
        if (!mode.reading()) {
            throw new UnsupportedOperationIOException("read");
        }
        flushWrites();
    }

    private void prepareWrite() throws IOException {
        checkOpen();
        if (!mode.writing()) {
            throw new UnsupportedOperationIOException("write");
        }
        if (readPos != readEnd) {
            // give back what was read ahead so the write lands at the logical position
            channel.position(channel.position() - (readEnd - readPos));
        }
        readPos = readEnd = 0;
    }

    private boolean fill() throws IOException {
        int n = channel.read(ByteBuffer.wrap(readBuf));
        readPos = 0;
        readEnd = Math.max(n, 0);
        return n > 0;
    }

    private void flushWrites() throws IOException {
        if (writeBuf.size() == 0) {
            return;
        }
        ByteBuffer bb = ByteBuffer.wrap(writeBuf.toByteArray());
        writeBuf.reset();
        if (mode.append() && mode.reading() && !mayBlock) {
            channel.position(channel.size()); // 'a+': every write goes to the end, wherever reads left it
        }
        while (bb.hasRemaining()) {
            channel.write(bb);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IoValueError("I/O operation on closed file.");
        }
    }
}
