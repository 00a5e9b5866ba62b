package org.weft.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PySyntaxError;
import org.weft.python.runtime.PyTraceback;
import org.weft.python.runtime.Suggestions;
import org.weft.python.runtime.PyType;

/**
 * Formats an exception as CPython 3.11 prints it: chained exceptions first, each with
 * {@code Traceback (most recent call last):}, one {@code File ...} entry and stripped source line
 * per frame (runs of a repeated entry collapsed), then {@code Type: message}. Each returned string
 * is one line with its newline.
 */
// CPython: traceback.TracebackException.format (Lib/traceback.py)
final class TracebackFormatter {
    private static final int RECURSIVE_CUTOFF = 3;

    private final Interpreter interpreter;
    private final List<String> out = new ArrayList<>();
    private final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
    /** Whether messages get 3.11's "Did you mean" (the interpreter's report, not the traceback module). */
    private final boolean suggestions;

    private TracebackFormatter(Interpreter interpreter, boolean suggestions) {
        this.interpreter = interpreter;
        this.suggestions = suggestions;
    }

    static List<String> format(Interpreter interpreter, PyBaseException e, boolean suggestions) {
        TracebackFormatter f = new TracebackFormatter(interpreter, suggestions);
        f.chain(e);
        return f.out;
    }

    private void chain(PyBaseException e) {
        seen.put(e, true);
        PyObject cause = e.getCause();
        PyObject context = e.getContext();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            chain(c);
            out.add("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context instanceof PyBaseException c && !e.getSuppressContext() && !seen.containsKey(c)) {
            chain(c);
            out.add("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(e);
    }

    private void single(PyBaseException e) {
        if (e.getTraceback() instanceof PyTraceback tb) {
            out.add("Traceback (most recent call last):\n");
            entries(tb);
        }
        if (e instanceof PySyntaxError s) {
            syntaxErrorLines(s);
        }
        out.add(exceptionLine(e, suggestions));
        PyObject notes = e.getDict() == null ? null : e.getDict().getItem("__notes__");
        if (notes != null) {
            PyObject it = Ops.iter(notes);
            for (PyObject n = Ops.next(it); n != null; n = Ops.next(it)) {
                out.add(Ops.str(n).value() + "\n");
            }
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
            out.add("  File \"" + file + "\", line " + t.lineno + ", in " + t.frame.code.name + "\n");
            String src = sourceLine(file, t.lineno);
            if (src != null && !src.isBlank()) {
                out.add("    " + src.strip() + "\n");
            }
        }
        flushRepeats(repeats);
    }

    private void flushRepeats(int repeats) {
        if (repeats >= RECURSIVE_CUTOFF) {
            int more = repeats - RECURSIVE_CUTOFF + 1;
            out.add("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]\n");
        }
    }

    private void syntaxErrorLines(PySyntaxError s) {
        PyObject filename = s.getFilename();
        PyObject lineno = Ops.getattrOrNull(s, "lineno");
        String file = filename instanceof PyStr fs ? fs.value() : "<string>";
        String line = lineno instanceof PyInt li ? String.valueOf(li.longValue()) : "?";
        out.add("  File \"" + file + "\", line " + line + "\n");
        PyObject text = Ops.getattrOrNull(s, "text");
        if (!(text instanceof PyStr ts)) {
            return;
        }
        String raw = ts.value();
        if (raw.endsWith("\n")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        String stripped = raw.stripLeading();
        int removed = raw.length() - stripped.length();
        out.add("    " + stripped.stripTrailing() + "\n");
        int offset = intAttr(s, "offset");
        if (offset >= 1) {
            int endOffset = intAttr(s, "end_offset");
            int endLine = intAttr(s, "end_lineno");
            int start = Math.max(0, offset - 1 - removed);
            int width = 1;
            if (endOffset > offset && (endLine < 0 || String.valueOf(endLine).equals(line))) {
                width = endOffset - offset;
            }
            out.add("    " + " ".repeat(start) + "^".repeat(width) + "\n");
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
        PyType t = e.type();
        String name = t.getQualname();
        String module = t.getModule();
        if (module != null && !module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + name;
        }
        String msg;
        try {
            msg = e instanceof PySyntaxError s && s.getMsg() instanceof PyStr m ? m.value() : Ops.str(e).value();
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        String line = msg.isEmpty() ? name : name + ": " + msg;
        String suggestion = suggestions ? Suggestions.forException(e) : null;
        // CPython 3.11's print_exception adds it after the message (pythonrun.c).
        return suggestion == null ? line + "\n" : line + ". Did you mean: '" + suggestion + "'?\n";
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
