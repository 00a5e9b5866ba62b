package org.weft.kernel.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel's input history, for Jupyter's {@code history_request}, with the query semantics of
 * IPython's {@code HistoryManager} ({@code IPython/core/history.py}). Each store is one session,
 * numbered after the highest session in its file (1, 2, ...). Every {@link #store} appends one line
 * to the file, so entries survive restarts and kernels sharing the file see each other's.
 *
 * <p>Thread-safe: every public method holds this store's monitor (history calls are rare and
 * short). Safe across processes: see {@link HistoryFile}. The file is a convenience, never a
 * condition: when it cannot be read or written the store logs and keeps working in memory.
 */
public final class HistoryStore {

    /** Asked for when needed: the kernel finds the history's location before SLF4J has started. */
    private static Logger log() {
        return LoggerFactory.getLogger(HistoryStore.class);
    }

    /**
     * One history entry: {@code session}, {@code line} (the execution count), the cell as typed, and
     * its output's text repr, null when not asked for or not known.
     */
    public record Entry(int session, int line, String source, String output) {
    }

    private final HistoryFile file;
    private final int session;
    /** Every entry known, by (session, line); guarded by this. */
    private final TreeMap<Key, Cell> cells = new TreeMap<>();
    /** The highest session number any record of the file named; guarded by this. */
    private int highestSeen;
    /** Whether the last use of the file failed, so that a broken file is not logged at every cell. */
    private boolean fileFailed;
    /** Records stored with {@link #storeDeferred}, not yet in the file; guarded by this. */
    private final List<JsonObject> deferred = new ArrayList<>();

    /** Opens a new session in the history file at {@code location} (created when missing). */
    public HistoryStore(Path location) {
        this.file = new HistoryFile(location);
        this.session = openSession();
    }

    /**
     * Where history lives by default: {@code $JUPYTER_DATA_DIR}, else {@code $XDG_DATA_HOME/jupyter},
     * else {@code ~/.local/share/jupyter} (jupyter_core's order on Linux; empty means unset), then
     * {@code weft/history.jsonl}.
     */
    public static Path defaultLocation(Map<String, String> env, Path home) {
        String jupyter = env.get("JUPYTER_DATA_DIR");
        String xdg = env.get("XDG_DATA_HOME");
        Path dataDir;
        if (jupyter != null && !jupyter.isEmpty()) {
            dataDir = Path.of(jupyter);
        } else if (xdg != null && !xdg.isEmpty()) {
            dataDir = Path.of(xdg, "jupyter");
        } else {
            dataDir = home.resolve(".local").resolve("share").resolve("jupyter");
        }
        return dataDir.resolve("weft").resolve("history.jsonl");
    }

    /** This store's session number. */
    public int session() {
        return session;
    }

    /** The history file. */
    public Path location() {
        return file.path();
    }

    /** Records the cell {@code source} (as typed, before transformation) run as {@code lineNumber}. */
    public synchronized void store(int lineNumber, String source) {
        append(List.of(sourceRecord(lineNumber, source)));
    }

    /** Records the text repr of the value cell {@code lineNumber} produced ({@code Out[n]}). */
    public synchronized void storeOutput(int lineNumber, String textRepr) {
        append(List.of(outputRecord(lineNumber, textRepr)));
    }

    /**
     * {@link #store}, in memory at once (this store's queries see it) and in the file at the next
     * {@link #writeDeferred}. The kernel stores a cell before running it but writes the file after
     * the cell has answered: opening, locking and appending to the file took a tenth of a
     * millisecond of every cell's round trip.
     */
    public synchronized void storeDeferred(int lineNumber, String source) {
        deferred.add(sourceRecord(lineNumber, source));
    }

    /** {@link #storeOutput}, written to the file at the next {@link #writeDeferred}. */
    public synchronized void storeOutputDeferred(int lineNumber, String textRepr) {
        deferred.add(outputRecord(lineNumber, textRepr));
    }

    /** Appends what {@link #storeDeferred} and {@link #storeOutputDeferred} recorded, in one write. */
    public synchronized void writeDeferred() {
        if (!deferred.isEmpty()) {
            append(List.copyOf(deferred));
            deferred.clear();
        }
    }

    private JsonObject sourceRecord(int lineNumber, String source) {
        cell(session, lineNumber).source = source;
        JsonObject r = record(session, lineNumber);
        r.addProperty("source", source);
        return r;
    }

    private JsonObject outputRecord(int lineNumber, String textRepr) {
        cell(session, lineNumber).output = textRepr;
        JsonObject r = record(session, lineNumber);
        r.addProperty("output", textRepr);
        return r;
    }

    /**
     * The last {@code n} entries, oldest first; the current session's come last even when another
     * kernel's session has a higher number. IPython: {@code get_tail(n, include_latest=True)}.
     */
    public synchronized List<Entry> tail(int n, boolean output) {
        refresh();
        List<Entry> newestFirst = new ArrayList<>();
        for (Map.Entry<Key, Cell> e : cells.descendingMap().entrySet()) {
            if (e.getKey().session == session && e.getValue().source != null) {
                newestFirst.add(entry(e.getKey(), e.getValue(), output));
            }
        }
        for (Map.Entry<Key, Cell> e : cells.descendingMap().entrySet()) {
            if (e.getKey().session != session && e.getValue().source != null) {
                newestFirst.add(entry(e.getKey(), e.getValue(), output));
            }
        }
        return oldestFirst(newestFirst, n);
    }

    /**
     * Lines {@code start} to {@code stop} (excluded; 0 for no end) of a session; {@code session} 0
     * or negative counts back from the current one. As IPython: the current session's lines come
     * from memory, numbered session 0 and starting at line 0 (an empty source), and a negative
     * {@code start} or {@code stop} counts back from its end. IPython: {@code get_range}.
     */
    public synchronized List<Entry> range(int session, int start, int stop, boolean output) {
        int wanted = session <= 0 ? session + this.session : session;
        if (wanted == this.session) {
            return currentRange(start, stop, output);
        }
        refresh();
        List<Entry> result = new ArrayList<>();
        for (Map.Entry<Key, Cell> e : cells.subMap(new Key(wanted, Integer.MIN_VALUE), new Key(wanted + 1, Integer.MIN_VALUE)).entrySet()) {
            int line = e.getKey().line;
            if (e.getValue().source != null && line >= start && (stop == 0 || line < stop)) {
                result.add(entry(e.getKey(), e.getValue(), output));
            }
        }
        return result;
    }

    /**
     * Entries whose whole source matches {@code globPattern} ({@code *}, {@code ?}, {@code [...]}, as
     * SQLite's GLOB), oldest first: the {@code n} most recent ({@code n < 0}: all), and with
     * {@code unique} only the most recent of each source. IPython: {@code search}.
     */
    public synchronized List<Entry> search(String globPattern, int n, boolean unique, boolean output) {
        refresh();
        GlobPattern glob = GlobPattern.compile(globPattern);
        List<Entry> newestFirst = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<Key, Cell> e : cells.descendingMap().entrySet()) {
            String source = e.getValue().source;
            if (source != null && glob.matches(source) && (!unique || seen.add(source))) {
                newestFirst.add(entry(e.getKey(), e.getValue(), output));
            }
        }
        return oldestFirst(newestFirst, n);
    }

    /** IPython's {@code _get_range_session}: Python slice rules over [line 0, line 1, ..., last]. */
    private List<Entry> currentRange(int start, int stop, boolean output) {
        Key lastKey = cells.floorKey(new Key(session, Integer.MAX_VALUE));
        int n = (lastKey != null && lastKey.session == session ? lastKey.line : 0) + 1;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop == 0 || stop > n) {
            stop = n;
        } else if (stop < 0) {
            stop += n;
        }
        List<Entry> result = new ArrayList<>();
        for (int i = start; i < stop; i++) {
            Cell c = cells.get(new Key(session, i));
            String source = c == null || c.source == null ? "" : c.source;
            result.add(new Entry(0, i, source, output && c != null ? c.output : null));
        }
        return result;
    }

    private static List<Entry> oldestFirst(List<Entry> newestFirst, int n) {
        List<Entry> kept = n < 0 || n >= newestFirst.size() ? newestFirst : newestFirst.subList(0, n);
        List<Entry> result = new ArrayList<>(kept);
        Collections.reverse(result);
        return result;
    }

    private static Entry entry(Key k, Cell c, boolean output) {
        return new Entry(k.session, k.line, c.source, output ? c.output : null);
    }

    private Cell cell(int session, int line) {
        return cells.computeIfAbsent(new Key(session, line), k -> new Cell());
    }

    // ---- the file

    /**
     * Takes the number after the highest session in the file, recording it there under the lock.
     * The records before it are read at the first query that needs other sessions ({@link #refresh}).
     */
    private int openSession() {
        try {
            return file.appendSessionStart(number -> {
                noteSession(number);
                JsonObject start = new JsonObject();
                start.addProperty("session", number);
                start.addProperty("start", Instant.now().toString());
                return start;
            });
        } catch (IOException | RuntimeException e) {
            fileFailed(e);
            return highestSession() + 1;
        }
    }

    private void append(List<JsonObject> records) {
        int[] skipped = {0};
        try {
            file.append(unread -> {
                merge(unread);
                return records;
            }, skipped);
            fileFailed = false;
        } catch (IOException | RuntimeException e) {
            fileFailed(e);
        }
        reportSkipped(skipped[0]);
    }

    /**
     * Takes in the file's records from before this session (the first time only) and what other
     * kernels have appended since the last look.
     */
    private void refresh() {
        int[] skipped = {0};
        try {
            merge(file.readEarlier(skipped));
            merge(file.readNew(skipped));
        } catch (IOException | RuntimeException e) {
            fileFailed(e);
        }
        reportSkipped(skipped[0]);
    }

    /** Adds records read from the file; this session's own are already in memory, and win. */
    private void merge(List<JsonObject> records) {
        for (JsonObject r : records) {
            HistoryRecord.apply(r, session, this::cell, this::noteSession);
        }
    }

    private void noteSession(int number) {
        highestSeen = Math.max(highestSeen, number);
    }

    private int highestSession() {
        return cells.isEmpty() ? highestSeen : Math.max(highestSeen, cells.lastKey().session);
    }

    private JsonObject record(int session, int line) {
        JsonObject r = new JsonObject();
        r.addProperty("session", session);
        r.addProperty("line", line);
        return r;
    }

    private void fileFailed(Exception e) {
        if (!fileFailed) {
            log().warn("History file {} unusable, keeping history in memory: {}", file.path(), e.toString());
        } else {
            log().debug("History file {} still unusable: {}", file.path(), e.toString());
        }
        fileFailed = true;
    }

    private void reportSkipped(int count) {
        if (count > 0) {
            log().warn("Skipped {} unreadable line(s) in history file {}", count, file.path());
        }
    }

    /** A (session, line) pair, ordered by session then line. */
    private record Key(int session, int line) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return session != o.session ? Integer.compare(session, o.session) : Integer.compare(line, o.line);
        }
    }

    /** What is known of one cell; mutable, guarded by the store's monitor. */
    static final class Cell {
        String source;
        String output;
    }
}
