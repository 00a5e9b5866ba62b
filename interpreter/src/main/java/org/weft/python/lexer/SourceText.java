package org.weft.python.lexer;

import java.util.Arrays;

/**
 * Source code as code points, with newlines normalised to {@code \n} and a final newline added
 * when missing, as CPython's string tokenizer does; plus an index of line starts for error reports.
 */
public final class SourceText {
    private final int[] cp;
    private final int[] lineStarts;
    private final int lineCount;
    /** The source did not end with a newline: the last one is {@link #normalise}'s. */
    private final boolean addedNewline;

    public SourceText(String source) {
        this.cp = normalise(source);
        this.addedNewline = cp.length > 0 && !source.endsWith("\n") && !source.endsWith("\r");
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < cp.length; i++) {
            if (cp[i] == '\n' && i + 1 < cp.length) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = cp.length == 0 ? 0 : n;
    }

    private static int[] normalise(String source) {
        int[] raw = source.codePoints().toArray();
        int[] out = new int[raw.length + 1];
        int n = 0;
        for (int i = 0; i < raw.length; i++) {
            int c = raw[i];
            if (c == '\r') {
                c = '\n';
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    i++;
                }
            }
            out[n++] = c;
        }
        if (n > 0 && out[n - 1] != '\n') {
            out[n++] = '\n';
        }
        return Arrays.copyOf(out, n);
    }

    /** Number of code points. */
    public int length() {
        return cp.length;
    }

    /** Code point at {@code i}, or -1 past the end. */
    public int at(int i) {
        return i < cp.length ? cp[i] : -1;
    }

    /** True when the final newline was added here, not in the source. */
    public boolean addedNewline() {
        return addedNewline;
    }

    /** Number of lines (0 for empty source). */
    public int lineCount() {
        return lineCount;
    }

    /** Index of the first code point of 1-based line {@code lineno}. */
    public int lineStart(int lineno) {
        return lineStarts[lineno - 1];
    }

    /** The text of 1-based line {@code lineno}, with its newline if {@code withNewline}; "" if none. */
    public String line(int lineno, boolean withNewline) {
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        int start = lineStarts[lineno - 1];
        int end = start;
        while (end < cp.length && cp[end] != '\n') {
            end++;
        }
        if (withNewline && end < cp.length) {
            end++;
        }
        return text(start, end);
    }

    /** The code points {@code [start, end)} as a Java string. */
    public String text(int start, int end) {
        return new String(cp, start, end - start);
    }
}
