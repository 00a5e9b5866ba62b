package org.weft.python.modules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the parser's code-point columns into CPython's UTF-8 byte columns, line by line. Lines
 * that are pure ASCII (nearly all) need no work: the two counts agree there. Immutable.
 */
final class Utf8Columns {
    private final List<String> lines;

    Utf8Columns(String source) {
        lines = new ArrayList<>();
        int start = 0;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(source.substring(start, i));
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(source.substring(start));
    }

    /** The byte offset of code-point column {@code col} on 1-based line {@code lineno}. */
    int byteColumn(int lineno, int col) {
        if (lineno < 1 || lineno > lines.size() || col <= 0) {
            return col;
        }
        String line = lines.get(lineno - 1);
        int end = line.offsetByCodePoints(0, Math.min(col, line.codePointCount(0, line.length())));
        String prefix = line.substring(0, end);
        if (prefix.chars().allMatch(ch -> ch < 0x80)) {
            return col;
        }
        int extra = col - prefix.codePointCount(0, prefix.length());
        return prefix.getBytes(StandardCharsets.UTF_8).length + extra;
    }
}
