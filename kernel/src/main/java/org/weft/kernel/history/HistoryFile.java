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

    private final Path path;
    /** Where the next read starts: the end of the last whole line read. */
    private long readOffset;

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
            readOffset = 0;
        }
        if (size == readOffset) {
            return List.of();
        }
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(size - readOffset));
        long pos = readOffset;
        while (buf.hasRemaining() && ch.read(buf, pos + buf.position()) >= 0) {
            // keep reading until the buffer is full
        }
        byte[] bytes = buf.array();
        int end = lastNewline(bytes, buf.position());
        if (end < 0) {
            return List.of();
        }
        readOffset = pos + end + 1;
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
