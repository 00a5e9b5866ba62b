package org.weft.python;

import java.util.List;

import org.weft.python.ast.Expr;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Stmt;
import org.weft.python.parser.Mode;
import org.weft.python.parser.Parser;
import org.weft.python.runtime.SourceSpan;

/**
 * The line of markers a traceback prints under a frame's source line to show the expression that
 * failed: {@code ^^^^} under it, or for an operator or a subscript {@code ~~~^^^~~} with the
 * operator or the brackets picked out. Nothing when the expression is the whole line, as CPython.
 * Used by the uncaught-exception report and, through {@code _weft_inspect.carets}, by the
 * {@code traceback} module.
 *
 * <p>Stateless.
 */
// CPython 3.11: StackSummary.format_frame_summary and _extract_caret_anchors_from_line_segment in traceback.py
public final class TracebackCarets {
    private TracebackCarets() {
    }

    /**
     * The marker line (with its four-space margin and newline) for {@code span} on the source line
     * {@code line} (as read, indentation included, with or without its newline), or null when none is shown.
     */
    public static String of(String line, SourceSpan span) {
        if (line == null || span == null) {
            return null;
        }
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - (line.endsWith("\r\n") ? 2 : 1));
        }
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        // CPython counts the line as linecache gives it, newline included, against the line stripped at
        // both ends: the markers line up under the expression, one column further left for each
        // blank that trails the source line
        int strippedChars = line.length() + 1 - stripped.length();
        int start = span.col();
        int end = span.endCol();
        if (start < 0 || start > line.length()) {
            return null;
        }
        int[] anchors = null;
        String segment = null;
        if (span.line() == span.endLine()) {
            if (end < start) {
                return null;
            }
            segment = line.substring(start, Math.min(end, line.length()));
            anchors = anchors(segment);
        } else {
            end = line.stripTrailing().length();
        }
        boolean partOfLine = end - start < stripped.length();
        if (!partOfLine && !(anchors != null && anchors[1] - anchors[0] > 0)) {
            return null;
        }
        int dpStart = displayWidth(line, start) + 1;
        int dpEnd = displayWidth(line, end) + 1;
        StringBuilder b = new StringBuilder("    ");
        b.append(" ".repeat(Math.max(0, dpStart - strippedChars)));
        if (anchors != null) {
            int left = displayWidth(segment, anchors[0]);
            int right = displayWidth(segment, anchors[1]);
            b.append("~".repeat(Math.max(0, left)));
            b.append("^".repeat(Math.max(0, right - left)));
            b.append("~".repeat(Math.max(0, dpEnd - dpStart - right)));
        } else {
            b.append("^".repeat(Math.max(0, dpEnd - dpStart)));
        }
        return b.append('\n').toString();
    }

    /**
     * Where the operator of a binary operation, or the brackets of a subscript, begin and end in
     * {@code segment} (character offsets); null for any other expression.
     */
    private static int[] anchors(String segment) {
        Mod tree;
        try {
            tree = Parser.parse(segment, "<segment>", Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        List<Stmt> body = tree instanceof Mod.Module m ? m.body() : List.of();
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.Expr statement)) {
            return null;
        }
        if (statement.value() instanceof Expr.BinOp op) {
            return operator(segment, op);
        }
        if (statement.value() instanceof Expr.Subscript sub) {
            return brackets(segment, sub);
        }
        return null;
    }

    private static int[] operator(String segment, Expr.BinOp op) {
        int operatorStart = op.left().endColOffset();
        int operatorEnd = op.right().colOffset();
        String operator = segment.substring(operatorStart, Math.max(operatorStart, operatorEnd));
        int operatorOffset = operator.length() - operator.stripLeading().length();
        int left = op.left().endColOffset() + operatorOffset;
        int right = left + 1;
        if (operatorOffset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(operatorOffset + 1))) {
            right++;
        }
        while (left < segment.length() && (Character.isWhitespace(segment.charAt(left))
                || segment.charAt(left) == ')' || segment.charAt(left) == '#')) {
            left++;
            right++;
        }
        return new int[] {left, right};
    }

    private static int[] brackets(String segment, Expr.Subscript sub) {
        int left = sub.value().endColOffset();
        int right = sub.slice().endColOffset() + 1;
        while (left < segment.length() && segment.charAt(left) != '[') {
            left++;
        }
        while (right < segment.length() && segment.charAt(right) != ']') {
            right++;
        }
        if (right < segment.length()) {
            right++;
        }
        return new int[] {left, right};
    }

    /** Columns {@code s[0, offset)} takes on a terminal: two for East Asian wide and full-width characters. */
    private static int displayWidth(String s, int offset) {
        int end = Math.min(offset, s.length());
        int width = 0;
        for (int i = 0; i < end; ) {
            int cp = s.codePointAt(i);
            width += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width + Math.max(0, offset - end);
    }

    /**
     * East Asian Width W or F, the blocks that hold nearly all of them (CPython's _display_width
     * asks unicodedata; a caret line only needs the common cases: CJK, Hangul, full-width forms, emoji).
     */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
