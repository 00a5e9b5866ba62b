package org.weft.kernel.history;

import java.util.function.BiFunction;
import java.util.function.IntConsumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The records of the history file, one JSON object a line:
 * <pre>
 * {"session": 3, "start": "2026-11-26T12:00:00Z"}     a session began
 * {"session": 3, "line": 1, "source": "x = 1"}        cell 1 as typed
 * {"session": 3, "line": 1, "output": "1"}            the text repr of Out[1]
 * </pre>
 * A record of another shape, or with fields of the wrong type, is ignored.
 */
final class HistoryRecord {

    private HistoryRecord() {
    }

    /**
     * Applies one record read from the file: notes its session number, and fills the cell it names
     * through {@code cell}, unless it belongs to {@code ownSession} (whose cells memory already holds).
     */
    static void apply(JsonObject r, int ownSession, BiFunction<Integer, Integer, HistoryStore.Cell> cell,
                      IntConsumer noteSession) {
        Integer session = intField(r, "session");
        if (session == null || session <= 0) {
            return;
        }
        noteSession.accept(session);
        Integer line = intField(r, "line");
        if (line == null || line < 0 || session == ownSession) {
            return;
        }
        String source = stringField(r, "source");
        String output = stringField(r, "output");
        if (source != null) {
            cell.apply(session, line).source = source;
        }
        if (output != null) {
            cell.apply(session, line).output = output;
        }
    }

    /** The record's session number, or null when it has none that is valid. */
    static Integer session(JsonObject r) {
        Integer session = intField(r, "session");
        return session == null || session <= 0 ? null : session;
    }

    /** True for the record that begins a session ({@code {"session": n, "start": ...}}). */
    static boolean isSessionStart(JsonObject r) {
        return r.has("start") && !r.has("line");
    }

    private static Integer intField(JsonObject r, String name) {
        JsonElement e = r.get(name);
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            double d = p.getAsDouble();
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        return null;
    }

    private static String stringField(JsonObject r, String name) {
        JsonElement e = r.get(name);
        return e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }
}
