package org.weft.kernel;

import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.weft.kernel.completion.Completer;
import org.weft.kernel.completion.Completion;
import org.weft.kernel.history.HistoryStore;
import org.weft.kernel.inspection.Inspector;
import org.weft.kernel.syntax.CodeCompleteness;
import org.weft.protocol.Channels;
import org.weft.protocol.Request;
import org.weft.python.Interpreter;

/**
 * The requests that look at code without running it: complete, inspect, is_complete, history.
 * They may run while a cell executes (free threading lets them read the user's namespace).
 */
final class Introspection {
    private final Completer completer;
    private final Inspector inspector;
    private final Channels channels;

    Introspection(Interpreter py, PythonShell shell, Channels channels) {
        this.completer = new Completer(py, shell::magicNames);
        this.inspector = new Inspector(py);
        this.channels = channels;
    }

    void complete(Request request) {
        JsonObject c = request.message().content();
        String code = ExecuteRequest.text(c, "code");
        int cursor = ExecuteRequest.integer(c, "cursor_pos", code.codePointCount(0, code.length()));
        Completion done = completer.complete(code, cursor);
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        JsonArray matches = new JsonArray();
        done.matches().forEach(matches::add);
        reply.add("matches", matches);
        reply.addProperty("cursor_start", done.cursorStart());
        reply.addProperty("cursor_end", done.cursorEnd());
        reply.add("metadata", new JsonObject());
        channels.reply(request, "complete_reply", reply);
    }

    void inspect(Request request) {
        JsonObject c = request.message().content();
        String code = ExecuteRequest.text(c, "code");
        int cursor = ExecuteRequest.integer(c, "cursor_pos", code.codePointCount(0, code.length()));
        int detail = ExecuteRequest.integer(c, "detail_level", 0);
        Optional<String> text = inspector.inspect(code, cursor, detail);
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        reply.addProperty("found", text.isPresent());
        JsonObject data = new JsonObject();
        text.ifPresent(t -> data.addProperty("text/plain", t));
        reply.add("data", data);
        reply.add("metadata", new JsonObject());
        channels.reply(request, "inspect_reply", reply);
    }

    /** {@code obj?} and {@code obj??}: the page text, or null. */
    String pinfo(String expression, int detail) {
        return inspector.pinfo(expression, detail).orElse(null);
    }

    static void isComplete(Channels channels, Request request) {
        String code = ExecuteRequest.text(request.message().content(), "code");
        CodeCompleteness.Result r = CodeCompleteness.check(code);
        JsonObject reply = new JsonObject();
        reply.addProperty("status", r.status());
        if (CodeCompleteness.Result.INCOMPLETE.equals(r.status())) {
            reply.addProperty("indent", r.indent() == null ? "" : r.indent());
        }
        channels.reply(request, "is_complete_reply", reply);
    }

    static void history(Channels channels, Request request, HistoryStore store) {
        JsonObject c = request.message().content();
        boolean output = ExecuteRequest.bool(c, "output", false);
        String access = ExecuteRequest.text(c, "hist_access_type");
        List<HistoryStore.Entry> entries = switch (access) {
            case "tail" -> store.tail(ExecuteRequest.integer(c, "n", 10), output);
            case "range" -> store.range(ExecuteRequest.integer(c, "session", 0),
                    ExecuteRequest.integer(c, "start", 0), ExecuteRequest.integer(c, "stop", Integer.MAX_VALUE), output);
            case "search" -> store.search(patternOf(c), ExecuteRequest.integer(c, "n", Integer.MAX_VALUE),
                    ExecuteRequest.bool(c, "unique", false), output);
            default -> List.of();
        };
        JsonArray history = new JsonArray();
        for (HistoryStore.Entry e : entries) {
            JsonArray row = new JsonArray();
            // IPython numbers the current session 0 in a range; clients (jupyter_kernel_test) expect
            // the session number that tail and search gave them.
            row.add(e.session() == 0 ? store.session() : e.session());
            row.add(e.line());
            if (output) {
                JsonArray io = new JsonArray();
                io.add(e.source());
                io.add(e.output());
                row.add(io);
            } else {
                row.add(e.source());
            }
            history.add(row);
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        reply.add("history", history);
        channels.reply(request, "history_reply", reply);
    }

    private static String patternOf(JsonObject c) {
        String p = ExecuteRequest.text(c, "pattern");
        return p.isEmpty() ? "*" : p;
    }
}
