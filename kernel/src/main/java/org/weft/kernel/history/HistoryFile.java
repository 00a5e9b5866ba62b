package org.weft.kernel.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The history file: one JSON object per line, only ever appended to. Several kernels (several
 * processes) may share it, so every append holds an exclusive {@link FileLock} and writes its line
 * in one write; a reader takes only whole lines and skips any line it cannot parse (a torn write
 * after a crash, or a file that is not ours). Not thread-safe: {@link HistoryStore} serialises calls.
 */
final class HistoryFile {

    /** How long to wait for a lock that another store of this JVM holds before writing without it. */
    private static final long LOCK_PATIENCE_MS = 5_000;

    /** How much of the file's end one step of {@link #highestSession} reads. */
    private static final int BACK_CHUNK = 64 * 1024;

    private final Path path;
    /** Where the next read starts: the end of the last whole line read. */
    private long readOffset;
    /**
     * The end of the part that {@link #appendSessionStart} skipped (0: none, or already read by
     * {@link #readEarlier}). Lines are only ever appended, so that part never changes.
     */
    private long earlierEnd;

    HistoryFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /**
     * Reads the records appended since the last read, whole lines only. Unparsable lines are
     * skipped and counted in {@code skipped[0]}. A file that shrank (replaced by hand) is read again.
     */
    List<JsonObject> readNew(int[] skipped) throws IOException {
        if (!Files.exists(path)) {
            return List.of();
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            return readFrom(ch, skipped);
        }
    }

    /**
     * Appends the records {@code beforeWrite} returns, one a line, in one write under the file lock.
     * {@code beforeWrite} gets, with the lock held, the records not yet read: how a new session
     * learns the highest session number, so that two kernels never take the same one.
     */
    void append(Function<List<JsonObject>, List<JsonObject>> beforeWrite, int[] skipped)
            throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.CREATE)) {
            FileLock lock = lock(ch);
            try {
                write(ch, beforeWrite.apply(readFrom(ch, skipped)));
            } finally {
                if (lock != null) {
                    lock.release();
                }
            }
        }
    }

    /**
     * Appends {@code startRecord.apply(n)}, where {@code n} is one more than the highest session
     * number in the file, under the file lock, and returns {@code n}. Only the file's end is read
     * for it: sessions start in file order, each numbered after the one before (under this same
     * lock), so the last start record has the highest number. What lies before stays unread until
     * {@link #readEarlier}: a history of years made every kernel start parse megabytes (75,000
     * lines, 4 MB: a third of a second of the start) before answering anything.
     */
    int appendSessionStart(IntFunction<JsonObject> startRecord) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.CREATE)) {
            FileLock lock = lock(ch);
            try {
                long size = ch.size();
                int number = highestSession(ch, size) + 1;
                readOffset = size;
                earlierEnd = size;
                write(ch, List.of(startRecord.apply(number)));
                return number;
            } finally {
                if (lock != null) {
                    lock.release();
                }
            }
        }
    }

    /**
     * The records {@link #appendSessionStart} left unread (once; then none), whole lines only,
     * unparsable ones counted in {@code skipped[0]}.
     */
    List<JsonObject> readEarlier(int[] skipped) throws IOException {
        long end = earlierEnd;
        earlierEnd = 0;
        if (end == 0 || !Files.exists(path)) {
            return List.of();
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            byte[] bytes = readRange(ch, 0, Math.min(end, ch.size()));
            int last = lastNewline(bytes, bytes.length);
            return last < 0 ? List.of() : parseLines(new String(bytes, 0, last + 1, StandardCharsets.UTF_8), skipped);
        }
    }

    /**
     * The highest session number among the records at the end of the first {@code end} bytes,
     * reading back a chunk at a time until a chunk holds a session's start record (or the file's
     * beginning is reached: a file without start records is read whole).
     */
    private static int highestSession(FileChannel ch, long end) throws IOException {
        int highest = 0;
        long chunkEnd = end;
        byte[] later = new byte[0]; // the start of a line that the previous (later) chunk cut
        while (chunkEnd > 0) {
            long start = Math.max(0, chunkEnd - BACK_CHUNK);
            byte[] read = readRange(ch, start, chunkEnd);
            byte[] data = new byte[read.length + later.length];
            System.arraycopy(read, 0, data, 0, read.length);
            System.arraycopy(later, 0, data, read.length, later.length);
            int from = 0;
            if (start > 0) {
                // The first line may begin in the chunk before: keep it for that chunk.
                int nl = 0;
                while (nl < data.length && data[nl] != '\n') {
                    nl++;
                }
                from = Math.min(nl + 1, data.length);
                later = java.util.Arrays.copyOf(data, from);
            }
            boolean sawStart = false;
            for (JsonObject r : parseLines(new String(data, from, data.length - from, StandardCharsets.UTF_8),
                    new int[1])) {
                Integer session = HistoryRecord.session(r);
                if (session != null) {
                    highest = Math.max(highest, session);
                    sawStart |= HistoryRecord.isSessionStart(r);
                }
            }
            if (sawStart) {
                break;
            }
            chunkEnd = start;
        }
        return highest;
    }

    private static byte[] readRange(FileChannel ch, long start, long end) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(end - start));
        while (buf.hasRemaining() && ch.read(buf, start + buf.position()) >= 0) {
            // keep reading until the buffer is full
        }
        return buf.position() == buf.capacity() ? buf.array() : java.util.Arrays.copyOf(buf.array(), buf.position());
    }

    /** Writes records at the end of the file; the caller holds the lock. */
    private void write(FileChannel ch, List<JsonObject> records) throws IOException {
        StringBuilder text = new StringBuilder();
        long size = ch.size();
        if (size > 0 && !endsWithNewline(ch, size)) {
            // A torn line from a crash: end it, so that ours is not glued to it and lost too.
            text.append('\n');
        }
        for (JsonObject r : records) {
            text.append(r).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        long pos = size;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
        if (readOffset == size) {
            // Nothing unread before our own lines: no need to read them back.
            readOffset = pos;
        }
    }

    private List<JsonObject> readFrom(FileChannel ch, int[] skipped) throws IOException {
        long size = ch.size();
        if (size < readOffset) {
            // Replaced by a shorter file: read it all again, the skipped part included.
            readOffset = 0;
            earlierEnd = 0;
        }
        if (size == readOffset) {
            return List.of();
        }
        byte[] bytes = readRange(ch, readOffset, size);
        int end = lastNewline(bytes, bytes.length);
        if (end < 0) {
            return List.of();
        }
        readOffset += end + 1;
        return parseLines(new String(bytes, 0, end + 1, StandardCharsets.UTF_8), skipped);
    }

    private static List<JsonObject> parseLines(String text, int[] skipped) {
        List<JsonObject> records = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(JsonParser.parseString(line).getAsJsonObject());
            } catch (JsonParseException | IllegalStateException e) {
                skipped[0]++;
            }
        }
        return records;
    }

    private static int lastNewline(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /**
     * The exclusive lock. Another process holding it makes {@code lock()} wait; another store in
     * this JVM holding it makes {@code lock()} throw instead, so retry for a while, then go on
     * without it (an append of one line is still a single write).
     */
    private static FileLock lock(FileChannel ch) throws IOException {
        long deadline = System.nanoTime() + LOCK_PATIENCE_MS * 1_000_000;
        while (true) {
            try {
                return ch.lock();
            } catch (OverlappingFileLockException e) {
                if (System.nanoTime() > deadline) {
                    return null;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}
