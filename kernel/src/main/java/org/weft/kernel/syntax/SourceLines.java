package org.weft.kernel.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Physical lines of a cell, as IPython handles them: {@code str.splitlines(keepends=True)} and the
 * helpers of {@code inputtransformer2.py} for lines continued with a backslash.
 */
final class SourceLines {

    private SourceLines() {
    }

    /** Python's {@code s.splitlines(keepends=True)}: every line keeps its ending. */
    static List<String> splitKeepEnds(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                int end = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(s.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || (c >= '\u001c' && c <= '\u001e')
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code find_end_of_continued_line}: the last line (0-based) of a backslash-continued line. */
    static int endOfContinuedLine(List<String> lines, int startLine) {
        int end = startLine;
        while (lines.get(end).endsWith("\\\n")) {
            end++;
            if (end >= lines.size()) {
                break;
            }
        }
        return end;
    }

    /**
     * {@code assemble_continued_line}: the pieces of a continued line from {@code (line, col)} to
     * {@code endLine}, backslashes and line ends removed, joined by single spaces.
     */
    static String assembleContinuedLine(List<String> lines, int line, int col, int endLine) {
        List<String> parts = new ArrayList<>();
        parts.add(lines.get(line).substring(col));
        parts.addAll(lines.subList(line + 1, Math.min(endLine + 1, lines.size())));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = Strings.rstrip(parts.get(i));
            if (i < parts.size() - 1) {
                p = p.isEmpty() ? p : p.substring(0, p.length() - 1);
                b.append(p).append(' ');
            } else {
                b.append(p);
            }
        }
        return b.toString();
    }

    /** {@code lines[:start] + [replacement] + lines[end + 1:]}. */
    static List<String> replace(List<String> lines, int start, int end, String replacement) {
        List<String> result = new ArrayList<>(lines.subList(0, start));
        result.add(replacement);
        result.addAll(lines.subList(Math.min(end + 1, lines.size()), lines.size()));
        return result;
    }

    /** {@code find_last_indent}: the width of the last line's leading blanks, a tab counting 4. */
    static int lastIndent(List<String> lines) {
        String last = lines.get(lines.size() - 1);
        int width = 0;
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width;
    }
}
