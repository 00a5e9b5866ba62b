package org.weft.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyBaseExceptionGroup;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PySyntaxError;
import org.weft.python.runtime.PyTraceback;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.Suggestions;

/**
 * Formats an exception as CPython 3.11 prints it: chained exceptions first, each with
 * {@code Traceback (most recent call last):}, one {@code File ...} entry and stripped source line
 * per frame (runs of a repeated entry collapsed), then {@code Type: message}. An exception group
 * is drawn in boxes: its own traceback behind a {@code +}/{@code |} margin, then each
 * sub-exception (with its own chain) in a numbered section indented two more columns, at most
 * 15 of them and 10 groups deep. Each returned string ends with a newline.
 */
// CPython: traceback.TracebackException.format (Lib/traceback.py)
final class TracebackFormatter {
    private static final int RECURSIVE_CUTOFF = 3;
    /** CPython's defaults for printing exception groups (TracebackException's max_group_width/depth). */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final Interpreter interpreter;
    private final List<String> out = new ArrayList<>();
    private final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
    /** Whether messages get 3.11's "Did you mean" (the interpreter's report, not the traceback module). */
    private final boolean suggestions;
    /** How many exception groups enclose what is being written (the box margin's depth). */
    private int groupDepth;
    /** Whether the last section of a group still needs its closing line. */
    private boolean needClose;

    private TracebackFormatter(Interpreter interpreter, boolean suggestions) {
        this.interpreter = interpreter;
        this.suggestions = suggestions;
    }

    static List<String> format(Interpreter interpreter, PyBaseException e, boolean suggestions) {
        TracebackFormatter f = new TracebackFormatter(interpreter, suggestions);
        f.chain(e);
        return f.out;
    }

    /**
     * The default {@code sys.unraisablehook}'s report body: the traceback alone (no chained
     * exceptions, no notes), then {@code Type: message}, with the colon even when the message is empty.
     */
    // CPython: write_unraisable_exc_file in errors.c
    static List<String> formatUnraisable(Interpreter interpreter, PyBaseException e) {
        TracebackFormatter f = new TracebackFormatter(interpreter, false);
        if (e.getTraceback() instanceof PyTraceback tb) {
            f.emit("Traceback (most recent call last):\n");
            f.entries(tb);
        }
        f.emit(qualifiedName(e) + ": " + message(e) + "\n");
        return f.out;
    }

    private void chain(PyBaseException e) {
        seen.put(e, true);
        PyObject cause = e.getCause();
        PyObject context = e.getContext();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            chain(c);
            emit("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context instanceof PyBaseException c && !e.getSuppressContext() && !seen.containsKey(c)) {
            chain(c);
            emit("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e instanceof PyBaseExceptionGroup g && g.getExceptions() instanceof PyTuple subs) {
            group(g, subs);
        } else {
            single(e);
        }
    }

    private void single(PyBaseException e) {
        if (e.getTraceback() instanceof PyTraceback tb) {
            emit("Traceback (most recent call last):\n");
            entries(tb);
        }
        if (e instanceof PySyntaxError s) {
            syntaxErrorLines(s);
        }
        exceptionOnly(e);
    }

    private void exceptionOnly(PyBaseException e) {
        emit(exceptionLine(e, suggestions));
        PyObject notes = e.getDict() == null ? null : e.getDict().getItem("__notes__");
        if (notes == null) {
            return;
        }
        // CPython: print_exception_notes in pythonrun.c; what fails to print is named, never raised.
        if (!isSequence(notes)) {
            // CPython 3.11 writes no newline after it.
            emit(safeText(notes, true, "<__notes__ repr() failed>"));
            return;
        }
        try {
            PyObject it = Ops.iter(notes);
            for (PyObject n = Ops.next(it); n != null; n = Ops.next(it)) {
                emit(safeText(n, false, "<note str() failed>") + "\n");
            }
        } catch (PyException ignored) {
            // A sequence that fails part way: the notes printed so far stand.
        }
    }

    /** CPython: PySequence_Check (item access, and not a dict). */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type().lookup("__getitem__") != null;
    }

    private static String safeText(PyObject o, boolean repr, String failed) {
        try {
            return repr ? Ops.repr(o).value() : Ops.str(o).value();
        } catch (PyException e) {
            return failed;
        }
    }

    // CPython: TracebackException.format's exception group branch (Lib/traceback.py, 3.11)
    private void group(PyBaseExceptionGroup g, PyTuple subs) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean top = groupDepth == 0;
        if (top) {
            groupDepth++;
        }
        if (g.getTraceback() instanceof PyTraceback tb) {
            emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            entries(tb);
        }
        exceptionOnly(g);
        int count = subs.size();
        int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                needClose = true; // a nested group's own closing line may take it
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.add(indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : String.valueOf(i + 1))
                    + " ----------------\n");
            groupDepth++;
            if (!truncated && subs.get(i) instanceof PyBaseException sub) {
                chain(sub);
            } else if (truncated) {
                int remaining = count - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && needClose) {
                out.add(indent() + "+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (top) {
            groupDepth = 0;
        }
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    private void emit(String text) {
        emit(text, '|');
    }

    /** Adds text; inside a group every line of it, empty ones too, gets the box's margin. */
    private void emit(String text, char margin) {
        if (groupDepth == 0) {
            out.add(text);
            return;
        }
        String prefix = indent() + margin + " ";
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(prefix + text.substring(start, end));
            start = end;
        }
    }

    private void entries(PyTraceback tb) {
        String lastKey = null;
        int repeats = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String file = t.frame.code.filename;
            String key = file + ":" + t.lineno + ":" + t.frame.code.name;
            if (key.equals(lastKey)) {
                repeats++;
                if (repeats >= RECURSIVE_CUTOFF) {
                    continue;
                }
            } else {
                flushRepeats(repeats);
                lastKey = key;
                repeats = 0;
            }
            emit("  File \"" + file + "\", line " + t.lineno + ", in " + t.frame.code.name + "\n");
            String src = sourceLine(file, t.lineno);
            if (src != null && !src.isBlank()) {
                emit("    " + src.strip() + "\n");
                String carets = t.span != null && t.span.line() == t.lineno ? TracebackCarets.of(src, t.span) : null;
                if (carets != null) {
                    emit(carets);
                }
            }
        }
        flushRepeats(repeats);
    }

    private void flushRepeats(int repeats) {
        if (repeats >= RECURSIVE_CUTOFF) {
            int more = repeats - RECURSIVE_CUTOFF + 1;
            emit("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]\n");
        }
    }

    // CPython: parse_syntax_error and print_error_text in pythonrun.c (3.11), whose rules differ from
    // the traceback module's: only an exact SyntaxError has its end offset used (an IndentationError
    // gets one caret), a caret left of the stripped text is not printed ("unexpected indent"), and
    // trailing blanks of the line are kept.
    private void syntaxErrorLines(PySyntaxError s) {
        PyObject filename = s.getFilename();
        PyObject lineno = Ops.getattrOrNull(s, "lineno");
        String file = filename instanceof PyStr fs ? fs.value() : "<string>";
        String line = lineno instanceof PyInt li ? String.valueOf(li.longValue()) : "?";
        emit("  File \"" + file + "\", line " + line + "\n");
        PyObject text = Ops.getattrOrNull(s, "text");
        if (!(text instanceof PyStr ts)) {
            return;
        }
        int offset = intAttr(s, "offset");
        int endOffset = -1;
        if (s.type() == PyExc.SyntaxError) {
            endOffset = intAttr(s, "end_offset");
            int start = lineno instanceof PyInt li ? (int) li.longValue() : -1;
            if (intAttr(s, "end_lineno") > start) {
                endOffset = ts.value().length(); // several lines: underline to the end of the first
            }
        }
        endOffset = Math.min(endOffset, ts.value().length() + 1);
        errorText(offset, endOffset, ts.value());
    }

    private void errorText(int offset, int endOffset, String text) {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--; // 1-based to 0-based
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
            offset--;
        }
        text = text.substring(i);
        int len = text.endsWith("\n") ? text.length() - 1 : text.length();
        offset = Math.min(offset, len);
        for (int nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n')) {
            text = text.substring(nl + 1); // the error is on a later line of a multi-line text
            len -= nl + 1;
            offset -= nl + 1;
        }
        emit("    " + text + (len < text.length() && text.charAt(len) == '\n' ? "" : "\n"));
        if (offset >= 0) {
            emit("    " + " ".repeat(offset) + "^".repeat(carets) + "\n");
        }
    }

    private static int intAttr(PyObject o, String name) {
        PyObject v = Ops.getattrOrNull(o, name);
        return v instanceof PyInt i ? (int) i.longValue() : -1;
    }

    /**
     * {@code Type: message}, with the module prefix CPython adds outside builtins and __main__, and
     * when asked the "Did you mean" of {@link Suggestions}.
     */
    static String exceptionLine(PyBaseException e, boolean suggestions) {
        String name = qualifiedName(e);
        String msg = message(e);
        String line = msg.isEmpty() ? name : name + ": " + msg;
        String suggestion = suggestions ? Suggestions.forException(e) : null;
        // CPython 3.11's print_exception adds it after the message (pythonrun.c).
        return suggestion == null ? line + "\n" : line + ". Did you mean: '" + suggestion + "'?\n";
    }

    /** The type's name, with the module prefix CPython adds outside builtins and __main__. */
    private static String qualifiedName(PyBaseException e) {
        PyType t = e.type();
        String name = t.getQualname();
        String module = t.getModule();
        if (module != null && !module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + name;
        }
        return name;
    }

    private static String message(PyBaseException e) {
        try {
            return e instanceof PySyntaxError s && s.getMsg() instanceof PyStr m ? m.value() : Ops.str(e).value();
        } catch (PyException x) {
            return "<exception str() failed>";
        }
    }

    private String sourceLine(String file, int lineno) {
        if (file.equals("<string>") || file.equals("<stdin>")) {
            return null; // CPython's linecache has no lines for -c, exec() strings and piped stdin
        }
        String src = interpreter == null ? null : interpreter.rememberedSource(file);
        if (src == null) {
            try {
                Path p = Path.of(file);
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                src = Files.readString(p);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return SyntaxErrors.line(src, lineno);
    }
}
